"""Template globals and filters: navigation by role, dates in plain British English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, request, url_for
from flask_login import current_user

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
    _nav("Admin", "admin.index", "/admin", Role.COORDINATOR),
]

# Feature packages append their own entries when they register.


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
        items.append({"text": item.text, "href": url_for(item.endpoint), "active": active})
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
    app.jinja_env.globals.update(
        service_name=SERVICE_NAME,
        partnership_name=PARTNERSHIP_NAME,
        navigation_items=navigation_items,
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
