"""What the coordinator does to the machine's themes. Every change is kept beside what the
machine said, and person-set assignments become labelled examples for the next run."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from engage import audit, database
from engage.database import utcnow
from engage.models import User
from engage.themes.board import priority_titles
from engage.themes.models import (
    AssignmentChange,
    CommentAnalysis,
    Source,
    Theme,
    ThemeEvent,
    ThemeStatus,
)

LABEL_MAX = 120
CHANGED_BY_SOMEONE_ELSE = (
    "Someone else changed this theme while you were looking at it. "
    "Nothing was changed: check the board and try again"
)


class CurationError(ValueError):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def _check_version(theme: Theme, seen_version: int | None) -> None:
    if seen_version is not None and theme.version != seen_version:
        raise CurationError(CHANGED_BY_SOMEONE_ELSE)


def _flush() -> None:
    try:
        database.session.flush()
    except StaleDataError as error:
        database.session.rollback()
        raise CurationError(CHANGED_BY_SOMEONE_ELSE) from error


def _event(
    theme: Theme, action: str, actor: User, detail: str = "", other: Theme | None = None
) -> None:
    database.session.add(
        ThemeEvent(
            theme_id=theme.id,
            action=action,
            detail=detail,
            actor_id=actor.id,
            other_theme_id=other.id if other else None,
        )
    )
    audit.record(
        f"theme_{action}",
        actor=actor,
        object_type="theme",
        object_id=theme.id,
        details={"other_theme_id": other.id if other else None},
    )


def _clean_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise CurationError("Enter a name for the theme", "label")
    if len(label) > LABEL_MAX:
        raise CurationError(f"The name must be {LABEL_MAX} characters or fewer", "label")
    return label


def rename(actor: User, theme: Theme, label: str, seen_version: int | None = None) -> None:
    _check_version(theme, seen_version)
    new_label = _clean_label(label)
    old = theme.label
    theme.label = new_label
    theme.status = ThemeStatus.RENAMED
    _event(theme, "renamed", actor, f"{old} → {new_label}")
    _flush()


def confirm(actor: User, theme: Theme, seen_version: int | None = None) -> None:
    _check_version(theme, seen_version)
    if theme.status == ThemeStatus.MACHINE:
        theme.status = ThemeStatus.CONFIRMED
    _event(theme, "confirmed", actor)
    _flush()


def _record_change(analysis: CommentAnalysis, field: str, old: str, new: str, actor: User) -> None:
    database.session.add(
        AssignmentChange(
            comment_id=analysis.comment_id,
            field=field,
            old_value=old,
            new_value=new,
            source=Source.PERSON,
            changed_by_id=actor.id,
        )
    )


def _members(theme: Theme) -> list[CommentAnalysis]:
    return list(
        database.session.scalars(
            select(CommentAnalysis).where(CommentAnalysis.theme_id == theme.id)
        )
    )


def _assign(analysis: CommentAnalysis, theme: Theme | None, actor: User) -> None:
    old = str(analysis.theme_id or "")
    analysis.theme_id = theme.id if theme else None
    analysis.theme_source = Source.PERSON
    analysis.theme_set_by_id = actor.id
    _record_change(analysis, "theme", old, str(theme.id) if theme else "", actor)


def merge(
    actor: User,
    source: Theme,
    target: Theme,
    source_version: int | None = None,
    target_version: int | None = None,
) -> int:
    """Moves every comment of `source` into `target`; returns how many moved."""
    if source.id == target.id:
        raise CurationError("Choose a different theme to merge with", "target")
    if not source.active or not target.active:
        raise CurationError(CHANGED_BY_SOMEONE_ELSE)
    _check_version(source, source_version)
    _check_version(target, target_version)
    members = _members(source)
    for analysis in members:
        _assign(analysis, target, actor)
        if analysis.priority_slug != target.priority_slug:
            _set_priority(analysis, target.priority_slug, actor)
    source.active = False
    source.merged_into_id = target.id
    target.status = ThemeStatus.CONFIRMED if target.status == ThemeStatus.MACHINE else target.status
    _event(target, "merged", actor, f"{source.label} merged into {target.label}", other=source)
    _flush()
    return len(members)


def split(
    actor: User,
    theme: Theme,
    comment_ids: Sequence[str],
    label: str,
    seen_version: int | None = None,
) -> Theme:
    _check_version(theme, seen_version)
    new_label = _clean_label(label)
    members = {str(analysis.comment_id): analysis for analysis in _members(theme)}
    chosen = [members[key] for key in comment_ids if key in members]
    if not chosen:
        raise CurationError("Choose the comments that belong in the new theme", "comments")
    if len(chosen) == len(members):
        raise CurationError(
            "Leave at least one comment in the old theme, or rename it instead", "comments"
        )
    new_theme = Theme(
        priority_slug=theme.priority_slug,
        label=new_label,
        machine_label="",
        keywords=[],
        status=ThemeStatus.RENAMED,
        priority_pinned=theme.priority_pinned,
    )
    database.session.add(new_theme)
    database.session.flush()
    for analysis in chosen:
        _assign(analysis, new_theme, actor)
    _event(new_theme, "split", actor, f"{len(chosen)} comments from {theme.label}", other=theme)
    # Touching the theme bumps its version, so a stale form in another tab is refused.
    theme.updated_at = utcnow()
    _flush()
    return new_theme


def _set_priority(analysis: CommentAnalysis, slug: str, actor: User) -> None:
    old = analysis.priority_slug
    analysis.priority_slug = slug
    analysis.priority_source = Source.PERSON
    analysis.priority_set_by_id = actor.id
    _record_change(analysis, "priority", old, slug, actor)


def set_comment_priority(actor: User, analysis: CommentAnalysis, slug: str) -> None:
    """Moves a comment to another priority, or confirms the machine's choice (same slug)."""
    if slug not in priority_titles():
        raise CurationError("Choose a priority from the list", "priority")
    moving = slug != analysis.priority_slug
    _set_priority(analysis, slug, actor)
    if moving and analysis.theme is not None and analysis.theme.priority_slug != slug:
        _assign(analysis, None, actor)
    audit.record(
        "comment_priority_set",
        actor=actor,
        object_type="comment",
        object_id=analysis.comment_id,
        details={"priority": slug, "moved": moving},
    )
    _flush()


def move_comment(actor: User, analysis: CommentAnalysis, theme_id: str) -> None:
    theme = None
    if theme_id:
        try:
            theme = database.session.get(Theme, uuid.UUID(theme_id))
        except ValueError:
            theme = None
        if theme is None or not theme.active:
            raise CurationError("Choose a theme from the list", "theme")
    _assign(analysis, theme, actor)
    if theme is not None and analysis.priority_slug != theme.priority_slug:
        _set_priority(analysis, theme.priority_slug, actor)
    audit.record(
        "comment_theme_set",
        actor=actor,
        object_type="comment",
        object_id=analysis.comment_id,
        details={"theme_id": theme.id if theme else None},
    )
    _flush()


def pin_priority(actor: User, theme: Theme, slug: str, seen_version: int | None = None) -> None:
    """The theme belongs to `slug` from now on, whatever the machine says next time."""
    _check_version(theme, seen_version)
    if slug not in priority_titles():
        raise CurationError("Choose a priority from the list", "priority")
    theme.priority_slug = slug
    theme.priority_pinned = True
    for analysis in _members(theme):
        if analysis.priority_slug != slug:
            _set_priority(analysis, slug, actor)
    _event(theme, "pinned", actor, slug)
    _flush()


def find_analysis(comment_id: str) -> CommentAnalysis | None:
    try:
        key = uuid.UUID(comment_id)
    except ValueError:
        return None
    return database.session.get(CommentAnalysis, key)
