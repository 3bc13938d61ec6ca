"""Template globals and filters: navigation by role, dates in plain British English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, request, url_for
from flask_login import current_user
from markupsafe import Markup, escape

from engage.database import utcnow
from engage.models import AGENCY_KINDS
from engage.roles import ROLE_LABELS, Role

LONDON = ZoneInfo("Europe/London")
SERVICE_NAME = "engage"
PARTNERSHIP_NAME = "Safeguarding Children Partnership"


@dataclass(frozen=True)
class NavItem:
    text: str
    endpoint: str
    roles: frozenset[Role]
    prefix: str


def _nav(text: str, endpoint: str, prefix: str, *roles: Role) -> NavItem:
    return NavItem(text, endpoint, frozenset(roles), prefix)


NAVIGATION: list[NavItem] = [
    _nav("Home", "home.index", "/home", *Role),
    _nav("Sessions", "canvasser.index", "/sessions", Role.PARTNER, Role.COORDINATOR),
    _nav(
        "Themes",
        "themes.index",
        "/themes",
        Role.COORDINATOR,
        Role.CHAIR,
        Role.YOUNG_SCRUTINEER,
        Role.INDEPENDENT_SCRUTINEER,
        Role.EXECUTIVE,
        Role.PARTNER,
    ),
    _nav(
        "Challenges",
        "scrutiny.index",
        "/challenges",
        Role.YOUNG_SCRUTINEER,
        Role.CHAIR,
        Role.INDEPENDENT_SCRUTINEER,
        Role.COORDINATOR,
        Role.EXECUTIVE,
    ),
    _nav("My data", "scrutiny.my_data", "/my-data", Role.YOUNG_SCRUTINEER),
    _nav("Reports", "reports.index", "/reports", Role.COORDINATOR, Role.EXECUTIVE),
    _nav("Feedback packs", "reports.feedback_packs", "/feedback-packs", Role.PARTNER),
    _nav("Safeguarding queue", "safeguarding.queue", "/safeguarding", Role.SAFEGUARDING_LEAD),
    _nav("Notifications", "notifications.index", "/notifications", *Role),
    _nav("Admin", "admin.index", "/admin", Role.COORDINATOR),
]


def navigation_items() -> list[dict[str, object]]:
    if not current_user.is_authenticated:
        return []
    items = []
    for item in NAVIGATION:
        if current_user.role not in item.roles:
            continue
        active = request.path.startswith(item.prefix) or (
            item.endpoint == "home.index" and request.path == "/"
        )
        text = item.text
        if item.endpoint == "notifications.index":
            from engage.notifications.services import unread_count

            unread = unread_count(current_user)
            text = f"Notifications ({unread} new)" if unread else text
        items.append({"text": text, "href": url_for(item.endpoint), "active": active})
    return items


def long_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(LONDON)
    return f"{value.day} {value:%B %Y}"


def date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(LONDON)
    hour = local.strftime("%I:%M").lstrip("0")
    return f"{local.day} {local:%B %Y} at {hour}{local:%p}".replace("AM", "am").replace("PM", "pm")


_PLACEHOLDER = re.compile(
    r"\[(NAME|PHONE|EMAIL|POSTCODE|ADDRESS|SCHOOL|DOB|HANDLE|NHS_NUMBER|REMOVED)\]"
)


def mark_redactions(text: str) -> Markup:
    """Shows each placeholder as a highlighted marker saying what kind of detail was removed."""
    from engage.safeguarding import KIND_LABELS

    pieces: list[str] = []
    last = 0
    for match in _PLACEHOLDER.finditer(text):
        pieces.append(str(escape(text[last : match.start()])))
        kind = match.group(1)
        label = KIND_LABELS.get(kind, "words taken out by hand")
        pieces.append(
            f'<mark class="engage-redaction">{escape(match.group(0))}'
            f'<span class="govuk-visually-hidden"> ({escape(label)} removed)</span></mark>'
        )
        last = match.end()
    pieces.append(str(escape(text[last:])))
    return Markup("".join(pieces))  # noqa: S704 - every piece above is escaped


def removed_summary(kinds: list[str]) -> str:
    from engage.safeguarding import KIND_LABELS

    labels = [KIND_LABELS.get(kind, kind.lower()) for kind in kinds]
    if not labels:
        return ""
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def rich_text(html: str | None) -> Markup:
    """Chair answers and "we did" text: sanitised when saved, and again here, so a template never
    marks stored HTML safe on trust."""
    from engage.sanitise import sanitise_rich_text

    return Markup(sanitise_rich_text(html or ""))  # noqa: S704 - bleach allow-list output


def count_text(value: int | None) -> str:
    """A count as published: "fewer than 5" where disclosure control hid it."""
    from flask import current_app

    from engage.reports.disclosure import format_count

    return format_count(value, current_app.config["ENGAGE"].suppression_threshold)


def total_text(value: int | None) -> str:
    """A published total. A hidden total never says "fewer than 5": with the hidden cells beside
    it, that could pin them (four hidden cells and a total below 5 must all be 1)."""
    if value is None:
        return "not shown"
    return f"{value:,}"


def suppress_cells(cells: dict[str, int]) -> dict[str, int | None]:
    from flask import current_app

    from engage.reports.disclosure import suppress

    return suppress(dict(cells), current_app.config["ENGAGE"].suppression_threshold).cells


def role_label(role: str) -> str:
    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role


def init_templating(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters["long_date"] = long_date
    app.jinja_env.filters["date_time"] = date_time
    app.jinja_env.filters["role_label"] = role_label
    app.jinja_env.filters["mark_redactions"] = mark_redactions
    app.jinja_env.filters["removed_summary"] = removed_summary
    app.jinja_env.filters["rich_text"] = rich_text
    app.jinja_env.globals.update(
        service_name=SERVICE_NAME,
        partnership_name=PARTNERSHIP_NAME,
        navigation_items=navigation_items,
        count_text=count_text,
        suppress_cells=suppress_cells,
        total_text=total_text,
        Role=Role,
        agency_kinds=AGENCY_KINDS,
        now=utcnow,
    )

    @app.context_processor
    def _session_timing() -> dict[str, object]:
        settings = app.config["ENGAGE"]
        return {
            "idle_timeout_seconds": settings.idle_timeout_minutes * 60,
            "idle_warning_seconds": settings.idle_warning_minutes * 60,
        }
