"""The theme report: what the page and every export of it show, after disclosure control.

Built once per request from exact counts (``data``) and published through ``protect``; the page,
CSV, Excel and Word all render this one object, so no format can show more than another.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from engage.canvasser.models import AGE_BANDS
from engage.database import utcnow
from engage.reports import data, protect
from engage.reports.disclosure import suppress, suppress_rate
from engage.reports.periods import Period
from engage.reports.scrutiny import LinkedChallenge, challenges_for_themes, scrutiny_ready
from engage.themes.board import priority_titles

ALL = "all"
UNATTRIBUTED = "An engagement group"


@dataclass(frozen=True)
class ShownQuote:
    text: str
    group: str  # the group's name, or UNATTRIBUTED when its count is too small to name it


@dataclass
class ThemeRow:
    id: uuid.UUID
    label: str
    priority_slug: str
    priority_title: str
    keywords: list[str]
    count: int | None
    previous: int | None
    trend: str
    by_group: dict[str, int | None] | None
    by_quarter: dict[str, int | None] | None
    by_sentiment: dict[str, int | None] | None
    young_people: dict[str, int | None] | None
    young_people_total: int | None
    quotes: list[ShownQuote] = field(default_factory=list)
    challenges: list[LinkedChallenge] = field(default_factory=list)


@dataclass
class ThemeReport:
    scope: str
    title: str
    period: Period
    previous_period: Period
    themes: list[ThemeRow]
    total: int | None
    previous_total: int | None
    groups: list[str]
    quarters: list[str]
    threshold: int
    scrutiny: bool
    generated_at: datetime

    @property
    def empty(self) -> bool:
        return not self.themes

    @property
    def row_count(self) -> int:
        return len(self.themes)


def trend(current: int | None, previous: int | None) -> str:
    """Change against the previous period, in words, from published counts only."""
    if current is None or previous is None:
        return "Not shown (small numbers)"
    if previous == 0:
        return "New this period" if current else "No change"
    rate = suppress_rate(current, previous)
    assert rate is not None
    change = round((rate - 1) * 100)
    if change == 0:
        return "No change"
    return f"Up {change}%" if change > 0 else f"Down {-change}%"


def _order(rows: list[ThemeRow]) -> list[ThemeRow]:
    # By the published count only: ordering by the exact count would place a hidden theme between
    # two shown ones and so give away a range for it. Hidden counts go last, by name.
    return sorted(
        rows,
        key=lambda row: (row.count is None, -(row.count or 0), row.label.lower()),
    )


def build(scope: str, period: Period, threshold: int) -> ThemeReport:
    titles = priority_titles()
    slug = None if scope == ALL else scope
    groups = data.groups()
    group_names = {str(group.id): group.name for group in groups}
    raw = data.raw_theme_report(slug, period, [group.id for group in groups])
    keys = {theme.id: str(theme.id) for theme in raw.themes}
    published = protect.publish(
        {keys[theme.id]: raw.counts[theme.id] for theme in raw.themes},
        {
            "group": {keys[t.id]: raw.by_group[t.id] for t in raw.themes},
            "quarter": {keys[t.id]: raw.by_quarter[t.id] for t in raw.themes},
            "sentiment": {keys[t.id]: raw.by_sentiment[t.id] for t in raw.themes},
        },
        threshold,
    )
    previous = suppress({keys[t.id]: raw.previous.get(t.id, 0) for t in raw.themes}, threshold)
    quotes = data.quotes(raw.themes, period)
    scrutiny = scrutiny_ready()
    linked = challenges_for_themes(keys) if scrutiny else {}
    sentiment_labels = dict(data.SENTIMENTS)
    age_labels = dict(AGE_BANDS)
    rows = []
    for theme in raw.themes:
        key = keys[theme.id]
        count = published.counts[key]
        by_group = published.rows["group"][key]
        by_sentiment = published.rows["sentiment"][key]
        ages = (
            suppress(raw.young_people.get(theme.id, {}), threshold) if count is not None else None
        )
        raw_groups = raw.by_group[theme.id]
        rows.append(
            ThemeRow(
                id=theme.id,
                label=theme.label,
                priority_slug=theme.priority_slug,
                priority_title=titles.get(theme.priority_slug, theme.priority_slug),
                keywords=theme.keywords[:8],
                count=count,
                previous=previous.cells[key],
                trend=trend(count, previous.cells[key]),
                by_group=None
                if by_group is None
                else {group_names[g]: value for g, value in by_group.items()},
                by_quarter=published.rows["quarter"][key],
                by_sentiment=None
                if by_sentiment is None
                else {sentiment_labels[k]: value for k, value in by_sentiment.items()},
                young_people=None
                if ages is None
                else {age_labels[k]: value for k, value in ages.cells.items()},
                young_people_total=ages.total if ages is not None else None,
                # Quotes only beside a count that is shown; a group is named only when it raised
                # the theme at least ``threshold`` times in the period.
                quotes=[
                    ShownQuote(
                        text=quote.text,
                        group=group_names[str(quote.group_id)]
                        if raw_groups.get(str(quote.group_id), 0) >= threshold
                        else UNATTRIBUTED,
                    )
                    for quote in quotes.get(theme.id, [])
                ]
                if count is not None
                else [],
                challenges=linked.get(theme.id, []),
            )
        )
    return ThemeReport(
        scope=scope,
        title="All priorities" if slug is None else titles.get(slug, slug),
        period=period,
        previous_period=period.previous(),
        themes=_order(rows),
        total=published.total,
        previous_total=previous.total,
        groups=[group.name for group in groups],
        quarters=period.quarters(),
        threshold=threshold,
        scrutiny=scrutiny,
        generated_at=utcnow(),
    )
