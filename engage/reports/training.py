"""Training needs: themes that point to what practitioners need to learn.

The rule, shown on the page as it is written here, so anyone can check it:

A theme is a training need when, in the period, at least one of its comments names an adult who
works with young people (``ADULT_WORDS``) *and* says something about what they know or do
(``LEARNING_WORDS``): "teachers don't understand the apps", "police should listen", "we want
workers trained". A theme whose own name or key words contain a learning word counts too.
Themes are ranked by how many comments young people made on them in the period.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from engage import database
from engage.canvasser.models import Comment, EngagementSession
from engage.reports.data import theme_facts
from engage.reports.disclosure import suppress
from engage.reports.periods import Period
from engage.themes.board import priority_titles
from engage.themes.models import CommentAnalysis, Theme
from engage.themes.queries import eligible_condition

ADULT_WORDS = (
    "adult",
    "adults",
    "teacher",
    "teachers",
    "staff",
    "school",
    "schools",
    "parent",
    "parents",
    "police",
    "officer",
    "officers",
    "worker",
    "workers",
    "social worker",
    "social workers",
    "youth worker",
    "youth workers",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "gp",
    "camhs",
    "counsellor",
    "counsellors",
    "professionals",
    "carers",
    "foster carers",
)
LEARNING_WORDS = (
    "know",
    "knows",
    "knew",
    "understand",
    "understands",
    "learn",
    "learning",
    "train",
    "trained",
    "training",
    "aware",
    "awareness",
    "teach",
    "taught",
    "lesson",
    "lessons",
    "listen",
    "listened",
    "believe",
    "spot",
    "signs",
    "explain",
    "notice",
    "ask",
    "asks",
    "tell",
    "told",
)


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


ADULTS = _pattern(ADULT_WORDS)
LEARNING = _pattern(LEARNING_WORDS)


@dataclass(frozen=True)
class TrainingNeed:
    theme_id: uuid.UUID
    label: str
    priority_title: str
    count: int | None  # published
    matching: int | None  # published: comments that matched the rule
    words: list[str]  # the words that made it a training need, most used first


def matches(text: str) -> list[str]:
    """The rule for one comment: the adult and learning words it uses, or [] when it is not a
    training need (it must use both)."""
    adults = [match.group(0).lower() for match in ADULTS.finditer(text)]
    learning = [match.group(0).lower() for match in LEARNING.finditer(text)]
    return adults + learning if adults and learning else []


def training_needs(period: Period, threshold: int) -> list[TrainingNeed]:
    statement = (
        select(CommentAnalysis.theme_id, Comment.text)
        .select_from(CommentAnalysis)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .join(Theme, Theme.id == CommentAnalysis.theme_id)
        .where(
            eligible_condition(),
            EngagementSession.held_on.between(period.start, period.end),
            Theme.active.is_(True),
        )
    )
    counts: Counter[uuid.UUID] = Counter()
    matching: Counter[uuid.UUID] = Counter()
    words: dict[uuid.UUID, Counter[str]] = defaultdict(Counter)
    for theme_id, text in database.session.execute(statement):
        counts[theme_id] += 1
        found = matches(text)
        if found:
            matching[theme_id] += 1
            words[theme_id].update(found)
    titles = priority_titles()
    chosen = []
    for theme in theme_facts(counts):
        own = [
            m.group(0).lower() for m in LEARNING.finditer(" ".join([theme.label, *theme.keywords]))
        ]
        if matching[theme.id] or own:
            words[theme.id].update(own)
            chosen.append(theme)
    published = suppress({str(theme.id): counts[theme.id] for theme in chosen}, threshold).cells
    published_matching = suppress(
        {str(theme.id): matching[theme.id] for theme in chosen}, threshold
    ).cells
    needs = [
        TrainingNeed(
            theme_id=theme.id,
            label=theme.label,
            priority_title=titles.get(theme.priority_slug, theme.priority_slug),
            count=published[str(theme.id)],
            matching=published_matching[str(theme.id)],
            words=[word for word, _ in words[theme.id].most_common(6)],
        )
        for theme in chosen
    ]
    # Ranked by the published count, hidden ones last: the exact order would give hidden ones away.
    return sorted(
        needs, key=lambda need: (need.count is None, -(need.count or 0), need.label.lower())
    )
