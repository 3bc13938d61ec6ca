""" "You said, we did" packs: create from a draft, edit, publish, unpublish, and who sees them.

Partners see a pack only when it is published and they attend its group (``User.groups``); any
other pack is simply not found. Every change is in the audit trail (ids only).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from engage import audit, database
from engage.database import utcnow
from engage.models import EngagementGroup, User, user_groups
from engage.reports import data, easy_read
from engage.reports.models import PACK_TEXT_MAX, FeedbackPack, PackStatus
from engage.reports.periods import Period
from engage.reports.readability import reading_ease
from engage.reports.scrutiny import challenges_for_themes, scrutiny_ready
from engage.roles import Role
from engage.sanitise import clean_multiline, clean_text, sanitise_rich_text
from engage.themes.board import priority_titles

_TAGS = re.compile(r"<[^>]+>")


class PackError(ValueError):
    """A plain-language reason nothing was changed."""


def visible_packs(user: User) -> Select[tuple[FeedbackPack]]:
    statement = select(FeedbackPack).order_by(
        FeedbackPack.period_end.desc(), FeedbackPack.created_at.desc()
    )
    if user.role == Role.COORDINATOR:
        return statement
    attended = select(user_groups.c.group_id).where(user_groups.c.user_id == user.id)
    return statement.where(
        FeedbackPack.status == PackStatus.PUBLISHED, FeedbackPack.group_id.in_(attended)
    )


def find(user: User, pack_id: str) -> FeedbackPack | None:
    try:
        key = uuid.UUID(pack_id)
    except ValueError:
        return None
    return database.session.scalar(visible_packs(user).where(FeedbackPack.id == key))


def _draft_themes(group: EngagementGroup, period: Period) -> list[easy_read.DraftTheme]:
    counts = data.group_comment_counts(group.id, period)
    themes = sorted(data.theme_facts(counts), key=lambda t: (-counts[t.id], t.label.lower()))
    linked = challenges_for_themes([t.id for t in themes]) if scrutiny_ready() else {}
    titles = priority_titles()
    return [
        easy_read.DraftTheme(
            label=theme.label,
            priority_slug=theme.priority_slug,
            priority_title=titles.get(theme.priority_slug, theme.priority_slug),
            challenges=linked.get(theme.id, []),
        )
        for theme in themes
    ]


def create(user: User, group: EngagementGroup, period: Period) -> tuple[FeedbackPack, bool]:
    """A new draft pack for the group and period, or the one already there (created is False)."""
    existing = database.session.scalar(
        select(FeedbackPack).where(
            FeedbackPack.group_id == group.id,
            FeedbackPack.period_start == period.start,
            FeedbackPack.period_end == period.end,
        )
    )
    if existing is not None:
        return existing, False
    draft = easy_read.draft(group.name, _draft_themes(group, period))
    pack = FeedbackPack(
        group=group,
        period_start=period.start,
        period_end=period.end,
        title=draft.title[:120],
        you_said=draft.you_said,
        we_did_html=sanitise_rich_text(draft.we_did_html),
        next_steps=draft.next_steps,
        created_by_id=user.id,
    )
    try:
        with database.session.begin_nested():
            database.session.add(pack)
            database.session.flush()
    except IntegrityError:  # someone made the same pack a moment ago
        return create(user, group, period)
    audit.record(
        "pack_created",
        user,
        "feedback_pack",
        pack.id,
        {"group": group.id, "from": period.start.isoformat(), "to": period.end.isoformat()},
    )
    return pack, True


@dataclass(frozen=True)
class PackText:
    title: str
    you_said: str
    we_did_html: str
    next_steps: str


def update(user: User, pack: FeedbackPack, text: PackText, version: int | None) -> None:
    if version is not None and version != pack.version:
        raise PackError(
            "Someone else changed this pack while you were editing it. Check it and try again"
        )
    pack.title = clean_text(text.title)[:120] or pack.title
    pack.you_said = clean_multiline(text.you_said)[:PACK_TEXT_MAX]
    pack.we_did_html = sanitise_rich_text(text.we_did_html)[:PACK_TEXT_MAX]
    pack.next_steps = clean_multiline(text.next_steps)[:PACK_TEXT_MAX]
    try:
        database.session.flush()
    except StaleDataError as error:
        raise PackError("Someone else changed this pack while you were editing it") from error
    audit.record("pack_edited", user, "feedback_pack", pack.id, {"group": pack.group_id})


def publish(user: User, pack: FeedbackPack) -> bool:
    """Publishes the pack; False when it already was (a second press changes nothing)."""
    if pack.status == PackStatus.PUBLISHED:
        return False
    if not pack.you_said.strip():
        raise PackError("Write what the group said before you publish the pack")
    pack.status = PackStatus.PUBLISHED
    pack.published_at = utcnow()
    pack.published_by_id = user.id
    audit.record("pack_published", user, "feedback_pack", pack.id, {"group": pack.group_id})
    return True


def unpublish(user: User, pack: FeedbackPack) -> bool:
    if pack.status != PackStatus.PUBLISHED:
        return False
    pack.status = PackStatus.DRAFT
    pack.published_at = None
    audit.record("pack_unpublished", user, "feedback_pack", pack.id, {"group": pack.group_id})
    return True


def plain_text(pack: FeedbackPack) -> str:
    """The pack's words as plain text (for the reading-ease check)."""
    we_did = _TAGS.sub(" ", pack.we_did_html.replace("</li>", ". ").replace("</p>", ". "))
    return "\n".join([pack.you_said, we_did, pack.next_steps])


def pack_reading_ease(pack: FeedbackPack) -> float:
    return reading_ease(plain_text(pack))


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
