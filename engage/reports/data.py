"""The data layer for reports: counts worked out in SQL (GROUP BY), never row by row in Python.

Every query starts from ``eligible_condition()``: only comments from submitted sessions that are
not withheld are counted or quoted. Engagement groups are joined by id and shown by their current
name, so a group renamed in the middle of a period keeps its earlier sessions.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select

from engage import database
from engage.canvasser.models import AGE_BANDS, Comment, EngagementSession
from engage.models import EngagementGroup
from engage.reports.periods import Period, quarter_of
from engage.themes.models import CommentAnalysis, Theme
from engage.themes.queries import eligible_condition

SENTIMENTS: list[tuple[str, str]] = [
    ("positive", "Positive"),
    ("neutral", "Neutral"),
    ("negative", "Negative"),
]
QUOTES_PER_THEME = 3


@dataclass(frozen=True)
class ThemeFacts:
    id: uuid.UUID
    label: str
    priority_slug: str
    keywords: list[str]
    representative_ids: list[str]


@dataclass
class RawThemeReport:
    """Exact counts: only for the disclosure step, never shown as they are."""

    themes: list[ThemeFacts]
    counts: dict[uuid.UUID, int]
    previous: dict[uuid.UUID, int]
    by_group: dict[uuid.UUID, dict[uuid.UUID, int]]
    by_quarter: dict[uuid.UUID, dict[str, int]]
    by_sentiment: dict[uuid.UUID, dict[str, int]]
    young_people: dict[uuid.UUID, dict[str, int]]


def _in_period(period: Period) -> ColumnElement[bool]:
    return EngagementSession.held_on.between(period.start, period.end)


def _themed(statement: Select[Any], slug: str | None, period: Period) -> Select[Any]:
    statement = (
        statement.select_from(CommentAnalysis)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .join(Theme, Theme.id == CommentAnalysis.theme_id)
        .where(eligible_condition(), _in_period(period), Theme.active.is_(True))
    )
    if slug is not None:
        statement = statement.where(Theme.priority_slug == slug)
    return statement


def _sentiment_bucket() -> ColumnElement[str]:
    # The same cut-offs as the theme board's sentiment_bucket.
    return case(
        (CommentAnalysis.sentiment >= 0.05, "positive"),
        (CommentAnalysis.sentiment <= -0.05, "negative"),
        else_="neutral",
    )


def groups() -> list[EngagementGroup]:
    """Every engagement group, archived too: report columns never depend on the data."""
    return list(database.session.scalars(select(EngagementGroup).order_by(EngagementGroup.name)))


def _theme_facts(ids: Iterable[uuid.UUID]) -> list[ThemeFacts]:
    wanted = list(ids)
    if not wanted:
        return []
    return [
        ThemeFacts(
            id=theme.id,
            label=theme.label,
            priority_slug=theme.priority_slug,
            keywords=list(theme.keywords or []),
            representative_ids=[str(value) for value in theme.representative_ids or []],
        )
        for theme in database.session.scalars(select(Theme).where(Theme.id.in_(wanted)))
    ]


def theme_counts(slug: str | None, period: Period) -> dict[uuid.UUID, int]:
    statement = _themed(select(CommentAnalysis.theme_id, func.count()), slug, period).group_by(
        CommentAnalysis.theme_id
    )
    return {theme_id: count for theme_id, count in database.session.execute(statement)}


def raw_theme_report(
    slug: str | None, period: Period, group_ids: list[uuid.UUID]
) -> RawThemeReport:
    by_group: dict[uuid.UUID, dict[uuid.UUID, int]] = defaultdict(dict)
    statement = _themed(
        select(CommentAnalysis.theme_id, EngagementSession.group_id, func.count()), slug, period
    ).group_by(CommentAnalysis.theme_id, EngagementSession.group_id)
    for theme_id, group_id, count in database.session.execute(statement):
        by_group[theme_id][group_id] = count
    counts = {theme_id: sum(cells.values()) for theme_id, cells in by_group.items()}

    quarters = period.quarters()
    by_quarter: dict[uuid.UUID, dict[str, int]] = {
        theme_id: dict.fromkeys(quarters, 0) for theme_id in counts
    }
    # Grouped by day in SQL (portable between SQLite and PostgreSQL), then days folded into
    # quarters: at most a few hundred rows per theme whatever the number of comments.
    statement = _themed(
        select(CommentAnalysis.theme_id, EngagementSession.held_on, func.count()), slug, period
    ).group_by(CommentAnalysis.theme_id, EngagementSession.held_on)
    for theme_id, held_on, count in database.session.execute(statement):
        by_quarter[theme_id][quarter_of(held_on)] += count

    by_sentiment: dict[uuid.UUID, dict[str, int]] = {
        theme_id: {key: 0 for key, _ in SENTIMENTS} for theme_id in counts
    }
    bucket = _sentiment_bucket()
    statement = _themed(
        select(CommentAnalysis.theme_id, bucket, func.count()), slug, period
    ).group_by(CommentAnalysis.theme_id, bucket)
    for theme_id, feeling, count in database.session.execute(statement):
        by_sentiment[theme_id][feeling] += count

    # Young people are counted per session, so each session where a theme came up counts once.
    sessions = (
        _themed(
            select(
                CommentAnalysis.theme_id.label("theme_id"),
                EngagementSession.id.label("session_id"),
            ),
            slug,
            period,
        )
        .distinct()
        .subquery()
    )
    ages = [func.sum(getattr(EngagementSession, column)) for column, _ in AGE_BANDS]
    statement = (
        select(sessions.c.theme_id, *ages)
        .join(EngagementSession, EngagementSession.id == sessions.c.session_id)
        .group_by(sessions.c.theme_id)
    )
    young_people = {
        row[0]: {
            column: int(value or 0) for (column, _), value in zip(AGE_BANDS, row[1:], strict=True)
        }
        for row in database.session.execute(statement)
    }
    themes = sorted(
        _theme_facts(counts), key=lambda theme: (-counts[theme.id], theme.label.lower())
    )
    return RawThemeReport(
        themes=themes,
        counts=counts,
        previous=theme_counts(slug, period.previous()),
        by_group={
            theme_id: {str(group_id): cells.get(group_id, 0) for group_id in group_ids}
            for theme_id, cells in by_group.items()
        },
        by_quarter=by_quarter,
        by_sentiment=by_sentiment,
        young_people=young_people,
    )


@dataclass(frozen=True)
class Quote:
    comment_id: uuid.UUID
    theme_id: uuid.UUID
    text: str
    group_id: uuid.UUID
    held_on: date


def quotes(
    themes: list[ThemeFacts], period: Period, per_theme: int = QUOTES_PER_THEME
) -> dict[uuid.UUID, list[Quote]]:
    """Representative redacted quotes for each theme from inside the period: the engine's chosen
    representatives first, then the most recent members."""
    found: dict[uuid.UUID, list[Quote]] = {theme.id: [] for theme in themes}
    columns = (
        Comment.id,
        CommentAnalysis.theme_id,
        Comment.text,
        EngagementSession.group_id,
        EngagementSession.held_on,
    )
    base = (
        select(*columns)
        .select_from(CommentAnalysis)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(eligible_condition(), _in_period(period))
    )
    wanted: list[uuid.UUID] = []
    for theme in themes:
        for value in theme.representative_ids:
            try:
                wanted.append(uuid.UUID(value))
            except ValueError:
                continue
    if wanted:
        by_id = {
            row[0]: Quote(*row)
            for row in database.session.execute(base.where(Comment.id.in_(wanted)))
        }
        for theme in themes:
            for value in theme.representative_ids:
                quote = by_id.get(uuid.UUID(value)) if _is_uuid(value) else None
                if (
                    quote is not None
                    and quote.theme_id == theme.id
                    and len(found[theme.id]) < per_theme
                ):
                    found[theme.id].append(quote)
    short = [theme.id for theme in themes if len(found[theme.id]) < per_theme]
    if short:
        # One windowed query for every theme still short of quotes (not one query per theme):
        # the newest members of each, numbered within their theme.
        rank = (
            func.row_number()
            .over(
                partition_by=CommentAnalysis.theme_id,
                order_by=(EngagementSession.held_on.desc(), Comment.position, Comment.id),
            )
            .label("rank")
        )
        ranked = base.add_columns(rank).where(CommentAnalysis.theme_id.in_(short)).subquery()
        statement = (
            select(*[ranked.c[column.key] for column in columns])
            .where(ranked.c.rank <= 2 * per_theme)
            .order_by(ranked.c.theme_id, ranked.c.rank)
        )
        for row in database.session.execute(statement):
            quote = Quote(*row)
            have = found[quote.theme_id]
            if len(have) < per_theme and all(q.comment_id != quote.comment_id for q in have):
                have.append(quote)
    return found


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def group_comment_counts(group_id: uuid.UUID, period: Period) -> dict[uuid.UUID, int]:
    """One engagement group's comments in a period, by theme (any priority)."""
    statement = (
        _themed(select(CommentAnalysis.theme_id, func.count()), None, period)
        .where(EngagementSession.group_id == group_id)
        .group_by(CommentAnalysis.theme_id)
    )
    return {theme_id: count for theme_id, count in database.session.execute(statement)}


def group_total(group_id: uuid.UUID, period: Period) -> int:
    statement = (
        select(func.count())
        .select_from(Comment)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(eligible_condition(), _in_period(period), EngagementSession.group_id == group_id)
    )
    return int(database.session.scalar(statement) or 0)


def theme_facts(ids: Iterable[uuid.UUID]) -> list[ThemeFacts]:
    return _theme_facts(ids)
