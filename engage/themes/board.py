"""What the theme boards show: themes with counts by group, age band and quarter, sentiment mix,
representative quotes and an "emerging" mark, and how often people overrode the machine."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from engage import database
from engage.canvasser.models import AGE_BANDS, Comment, EngagementSession
from engage.models import EngagementGroup, Priority
from engage.themes.models import OTHER, AnalysisRun, CommentAnalysis, RunStatus, Source, Theme
from engage.themes.queries import eligible_condition

EMERGING_WINDOW_DAYS = 91
EMERGING_MINIMUM = 3


def quarter_of(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def sentiment_bucket(score: float) -> str:
    if score >= 0.05:
        return "positive"
    if score <= -0.05:
        return "negative"
    return "neutral"


@dataclass
class ThemeCard:
    theme: Theme
    count: int = 0
    by_group: Counter[str] = field(default_factory=Counter)
    by_quarter: Counter[str] = field(default_factory=Counter)
    by_age_band: Counter[str] = field(default_factory=Counter)
    sentiment: Counter[str] = field(default_factory=Counter)
    quotes: list[Comment] = field(default_factory=list)
    recent: int = 0
    earlier: int = 0

    @property
    def emerging(self) -> bool:
        """Growing against the previous quarter: the last 91 days against the 91 before."""
        return self.recent >= EMERGING_MINIMUM and self.recent >= 1.5 * max(self.earlier, 1)


@dataclass
class Overrides:
    comments: int = 0
    priority_changed: int = 0
    theme_changed: int = 0

    @property
    def priority_rate(self) -> float:
        return self.priority_changed / self.comments if self.comments else 0.0


@dataclass
class Board:
    slug: str
    title: str
    description: str
    cards: list[ThemeCard]
    unthemed: int
    total: int
    quarters: list[str]
    overrides: Overrides
    last_run: AnalysisRun | None


def priority_titles() -> dict[str, str]:
    titles = {
        priority.slug: priority.title
        for priority in database.session.scalars(
            select(Priority).where(Priority.active.is_(True)).order_by(Priority.position)
        )
    }
    titles[OTHER] = "Cross-cutting (other)"
    return titles


def _rows(slug: str) -> list[tuple[CommentAnalysis, Comment, EngagementSession]]:
    statement = (
        select(CommentAnalysis, Comment, EngagementSession)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(CommentAnalysis.priority_slug == slug, eligible_condition())
    )
    return list(database.session.execute(statement).all())


def last_run() -> AnalysisRun | None:
    return database.session.scalar(
        select(AnalysisRun)
        .where(AnalysisRun.status == RunStatus.DONE)
        .order_by(AnalysisRun.finished_at.desc())
    )


def build_board(slug: str, today: date | None = None) -> Board:
    today = today or date.today()
    titles = priority_titles()
    priority = database.session.scalar(select(Priority).where(Priority.slug == slug))
    themes = {
        theme.id: theme
        for theme in database.session.scalars(
            select(Theme).where(Theme.priority_slug == slug, Theme.active.is_(True))
        )
    }
    cards = {theme_id: ThemeCard(theme) for theme_id, theme in themes.items()}
    group_names = dict(
        database.session.execute(select(EngagementGroup.id, EngagementGroup.name)).all()
    )
    sessions_seen: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    overrides = Overrides()
    quarters: set[str] = set()
    unthemed = 0
    rows = _rows(slug)
    comments_by_id = {}
    recent_from = today - timedelta(days=EMERGING_WINDOW_DAYS)
    earlier_from = recent_from - timedelta(days=EMERGING_WINDOW_DAYS)
    for analysis, comment, session in rows:
        comments_by_id[str(comment.id)] = comment
        overrides.comments += 1
        if analysis.priority_source == Source.PERSON and (
            analysis.priority_slug != analysis.machine_priority_slug
        ):
            overrides.priority_changed += 1
        if (
            analysis.theme_source == Source.PERSON
            and analysis.theme_id != analysis.machine_theme_id
        ):
            overrides.theme_changed += 1
        card = cards.get(analysis.theme_id) if analysis.theme_id else None
        if card is None:
            unthemed += 1
            continue
        card.count += 1
        card.by_group[group_names.get(session.group_id, "")] += 1
        quarter = quarter_of(session.held_on)
        quarters.add(quarter)
        card.by_quarter[quarter] += 1
        card.sentiment[sentiment_bucket(analysis.sentiment)] += 1
        if session.held_on > recent_from:
            card.recent += 1
        elif session.held_on > earlier_from:
            card.earlier += 1
        if session.id not in sessions_seen[card.theme.id]:
            sessions_seen[card.theme.id].add(session.id)
            for column, label in AGE_BANDS:
                card.by_age_band[label] += getattr(session, column)
    for card in cards.values():
        wanted = [str(value) for value in card.theme.representative_ids]
        card.quotes = [comments_by_id[key] for key in wanted if key in comments_by_id][:3]
    ordered = sorted(cards.values(), key=lambda card: (-card.count, card.theme.label.lower()))
    return Board(
        slug=slug,
        title=titles.get(slug, slug),
        description=priority.description
        if priority
        else "Comments that fit none of the priorities.",
        cards=[card for card in ordered if card.count > 0],
        unthemed=unthemed,
        total=len(rows),
        quarters=sorted(quarters),
        overrides=overrides,
        last_run=last_run(),
    )


def theme_members(theme: Theme) -> list[tuple[CommentAnalysis, Comment, EngagementSession]]:
    statement = (
        select(CommentAnalysis, Comment, EngagementSession)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(CommentAnalysis.theme_id == theme.id, eligible_condition())
        .order_by(EngagementSession.held_on.desc(), Comment.position)
    )
    return list(database.session.execute(statement).all())


def unthemed_members(slug: str) -> list[tuple[CommentAnalysis, Comment, EngagementSession]]:
    statement = (
        select(CommentAnalysis, Comment, EngagementSession)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(
            CommentAnalysis.priority_slug == slug,
            CommentAnalysis.theme_id.is_(None),
            eligible_condition(),
        )
        .order_by(EngagementSession.held_on.desc(), Comment.position)
    )
    return list(database.session.execute(statement).all())


def counts_by_priority() -> dict[str, int]:
    statement = (
        select(CommentAnalysis.priority_slug, func.count())
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(eligible_condition())
        .group_by(CommentAnalysis.priority_slug)
    )
    return dict(database.session.execute(statement).all())


def active_themes(slug: str | None = None) -> list[Theme]:
    statement = (
        select(Theme).where(Theme.active.is_(True)).order_by(Theme.priority_slug, Theme.label)
    )
    if slug is not None:
        statement = statement.where(Theme.priority_slug == slug)
    return list(database.session.scalars(statement))
