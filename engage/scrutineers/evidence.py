"""What young people said, as a Young Scrutineer sees it, and the evidence a challenge cites.

Only comments from submitted sessions that are not withheld are ever used: a disclosure must never
appear as evidence. The check is made when evidence is offered, when it is saved, and again every
time it is shown, because a comment can be withheld (or its session withdrawn) after it was cited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select

from engage import database
from engage.canvasser.models import Comment, EngagementSession, SessionStatus
from engage.models import Priority
from engage.reports.disclosure import format_count, suppress
from engage.scrutineers.models import (
    Challenge,
    ChallengeAction,
    ChallengeEvidence,
    ChallengeResponse,
    ChallengeStatus,
    EvidenceKind,
)
from engage.themes.models import CommentAnalysis, Theme

QUOTES_PER_THEME = 3
FALLBACK_QUOTES = 20
NO_LONGER_AVAILABLE = "This quote is no longer available"


def _usable() -> ColumnElement[bool]:
    return (EngagementSession.status == SessionStatus.SUBMITTED) & Comment.withheld.is_(False)


def usable_comments() -> Select[tuple[Comment]]:
    """Comments that may be shown to anyone but the safeguarding lead."""
    return (
        select(Comment)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(_usable())
    )


@dataclass(frozen=True)
class ThemeSummary:
    theme: Theme
    count: int
    shown_count: str
    quotes: list[Comment]


def _theme_counts(slug: str) -> dict[uuid.UUID, int]:
    rows = database.session.execute(
        select(CommentAnalysis.theme_id, func.count(Comment.id))
        .join(Comment, Comment.id == CommentAnalysis.comment_id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .join(Theme, Theme.id == CommentAnalysis.theme_id)
        .where(_usable(), Theme.priority_slug == slug, Theme.active.is_(True))
        .group_by(CommentAnalysis.theme_id)
    )
    return {theme_id: count for theme_id, count in rows}


def active_themes(slug: str) -> list[Theme]:
    return list(
        database.session.scalars(
            select(Theme)
            .where(Theme.priority_slug == slug, Theme.active.is_(True))
            .order_by(Theme.label)
        )
    )


def _quotes_for(theme: Theme, limit: int) -> list[Comment]:
    wanted: list[uuid.UUID] = []
    for value in theme.representative_ids or []:
        try:
            wanted.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    found: list[Comment] = []
    if wanted:
        rows = database.session.scalars(usable_comments().where(Comment.id.in_(wanted)))
        by_id = {comment.id: comment for comment in rows}
        found = [by_id[key] for key in wanted if key in by_id]
    if len(found) < limit:
        more = database.session.scalars(
            usable_comments()
            .join(CommentAnalysis, CommentAnalysis.comment_id == Comment.id)
            .where(CommentAnalysis.theme_id == theme.id, Comment.id.not_in([c.id for c in found]))
            .order_by(Comment.created_at.desc())
            .limit(limit - len(found))
        )
        found.extend(more)
    return found[:limit]


def theme_summaries(priority: Priority, threshold: int, quotes: int = 2) -> list[ThemeSummary]:
    """The priority's themes, most-mentioned first, counts suppressed below the threshold."""
    counts = _theme_counts(priority.slug)
    themes = [theme for theme in active_themes(priority.slug) if counts.get(theme.id)]
    published = suppress({str(theme.id): counts[theme.id] for theme in themes}, threshold).cells
    themes.sort(key=lambda theme: (-counts[theme.id], theme.label))
    return [
        ThemeSummary(
            theme=theme,
            count=counts[theme.id],
            shown_count=format_count(published[str(theme.id)], threshold),
            quotes=_quotes_for(theme, quotes),
        )
        for theme in themes
    ]


def _fallback_quotes(priority: Priority) -> list[Comment]:
    """Before the theme engine has run, the comments partners linked to the priority."""
    return list(
        database.session.scalars(
            usable_comments()
            .where(
                (EngagementSession.priority_id == priority.id)
                | (Comment.priority_hint_id == priority.id)
            )
            .order_by(Comment.created_at.desc())
            .limit(FALLBACK_QUOTES)
        )
    )


@dataclass(frozen=True)
class EvidenceChoices:
    themes: list[Theme]
    quotes: list[Comment]
    responses: list[ChallengeResponse]
    actions: list[ChallengeAction]

    @property
    def empty(self) -> bool:
        return not (self.themes or self.quotes or self.responses or self.actions)


def choices_for(priority: Priority) -> EvidenceChoices:
    themes = active_themes(priority.slug)
    quotes: list[Comment] = []
    for theme in themes:
        quotes.extend(_quotes_for(theme, QUOTES_PER_THEME))
    if not quotes:
        quotes = _fallback_quotes(priority)
    answered = (
        select(ChallengeResponse)
        .join(Challenge, Challenge.id == ChallengeResponse.challenge_id)
        .where(Challenge.priority_id == priority.id)
        .order_by(ChallengeResponse.created_at.desc())
    )
    actions = (
        select(ChallengeAction)
        .where(ChallengeAction.priority_id == priority.id)
        .order_by(ChallengeAction.created_at.desc())
    )
    return EvidenceChoices(
        themes=themes,
        quotes=list(dict.fromkeys(quotes)),
        responses=list(database.session.scalars(answered)),
        actions=list(database.session.scalars(actions)),
    )


def _ids(values: Iterable[str]) -> list[uuid.UUID]:
    keys = []
    for value in values:
        try:
            keys.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return list(dict.fromkeys(keys))


@dataclass(frozen=True)
class Chosen:
    themes: Sequence[str] = ()
    quotes: Sequence[str] = ()
    responses: Sequence[str] = ()
    actions: Sequence[str] = ()


def build(priority: Priority, chosen: Chosen) -> list[ChallengeEvidence]:
    """Evidence rows for what was ticked, keeping only what the scrutineer may cite."""
    rows: list[ChallengeEvidence] = []
    theme_ids = _ids(chosen.themes)
    if theme_ids:
        for theme in database.session.scalars(
            select(Theme).where(
                Theme.id.in_(theme_ids),
                Theme.priority_slug == priority.slug,
                Theme.active.is_(True),
            )
        ):
            rows.append(ChallengeEvidence(kind=EvidenceKind.THEME, theme=theme, label=theme.label))
    comment_ids = _ids(chosen.quotes)
    if comment_ids:
        for comment in database.session.scalars(
            usable_comments().where(Comment.id.in_(comment_ids))
        ):
            rows.append(ChallengeEvidence(kind=EvidenceKind.COMMENT, comment=comment))
    sent = Challenge.status != ChallengeStatus.DRAFT
    response_ids = _ids(chosen.responses)
    if response_ids:
        for response in database.session.scalars(
            select(ChallengeResponse)
            .join(Challenge, Challenge.id == ChallengeResponse.challenge_id)
            .where(ChallengeResponse.id.in_(response_ids), sent)
        ):
            rows.append(ChallengeEvidence(kind=EvidenceKind.RESPONSE, response=response))
    action_ids = _ids(chosen.actions)
    if action_ids:
        for action in database.session.scalars(
            select(ChallengeAction).where(ChallengeAction.id.in_(action_ids))
        ):
            rows.append(ChallengeEvidence(kind=EvidenceKind.ACTION, action=action))
    return rows


def chosen_from(challenge: Challenge) -> Chosen:
    def of(kind: str, attribute: str) -> list[str]:
        return [
            str(getattr(item, attribute))
            for item in challenge.evidence
            if item.kind == kind and getattr(item, attribute) is not None
        ]

    return Chosen(
        themes=of(EvidenceKind.THEME, "theme_id"),
        quotes=of(EvidenceKind.COMMENT, "comment_id"),
        responses=of(EvidenceKind.RESPONSE, "response_id"),
        actions=of(EvidenceKind.ACTION, "action_id"),
    )


@dataclass(frozen=True)
class ShownEvidence:
    kind: str
    label: str
    quote: Comment | None = None
    challenge: Challenge | None = None
    action: ChallengeAction | None = None
    available: bool = True


def _comment_is_usable(comment: Comment | None) -> bool:
    return (
        comment is not None
        and not comment.withheld
        and comment.session.status == SessionStatus.SUBMITTED
    )


def shown(challenge: Challenge) -> list[ShownEvidence]:
    """The challenge's evidence as it may be shown now: withheld quotes are never displayed."""
    items: list[ShownEvidence] = []
    for item in challenge.evidence:
        if item.kind == EvidenceKind.THEME:
            theme = item.theme
            label = theme.label if theme is not None and theme.active else item.label
            items.append(ShownEvidence(kind=item.kind, label=label, available=theme is not None))
        elif item.kind == EvidenceKind.COMMENT:
            usable = _comment_is_usable(item.comment)
            items.append(
                ShownEvidence(
                    kind=item.kind,
                    label="What a young person said" if usable else NO_LONGER_AVAILABLE,
                    quote=item.comment if usable else None,
                    available=usable,
                )
            )
        elif item.kind == EvidenceKind.RESPONSE and item.response is not None:
            earlier = item.response.challenge
            items.append(
                ShownEvidence(
                    kind=item.kind,
                    label=f"The answer to challenge {earlier.number}",
                    challenge=earlier,
                )
            )
        elif item.kind == EvidenceKind.ACTION and item.action is not None:
            items.append(
                ShownEvidence(
                    kind=item.kind,
                    label=item.action.description,
                    action=item.action,
                    challenge=item.action.challenge,
                )
            )
    return items


def theme_ids_cited(challenge: Challenge) -> list[uuid.UUID]:
    return [item.theme_id for item in challenge.evidence if item.theme_id is not None]
