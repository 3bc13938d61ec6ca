"""The annual-report evidence pack, arranged by the three priorities.

For each priority: reach (sessions held on its behalf, groups visited, young people by age band),
its main themes and how they moved against the year before, the challenges raised and how they
went, actions done and in progress, and a few example quotes. Every count of young people or
comments goes through disclosure control; theme tables show no totals, so themes left out of the
"main themes" list cannot be worked out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import distinct, func, select

from engage import database
from engage.canvasser.models import AGE_BANDS, EngagementSession
from engage.models import Priority
from engage.reports import data
from engage.reports.disclosure import suppress, suppress_table
from engage.reports.periods import Period
from engage.reports.scrutiny import ChallengeFigures, figures_by_priority, scrutiny_ready
from engage.reports.theme_report import trend

MAIN_THEMES = 5
EXAMPLE_QUOTES = 3
NO_PRIORITY = "none"


@dataclass(frozen=True)
class MainTheme:
    label: str
    count: int | None
    year_before: int | None
    trend: str


@dataclass
class PrioritySection:
    slug: str
    title: str
    sessions: int
    groups_visited: int
    young_people: dict[str, int | None]
    young_people_total: int | None
    themes: list[MainTheme] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    challenges: dict[str, int | None] | None = None
    challenges_raised: int | None = None
    actions: dict[str, int | None] | None = None


@dataclass
class AnnualPack:
    period: Period
    sections: list[PrioritySection]
    threshold: int
    scrutiny: bool

    @property
    def empty(self) -> bool:
        return not any(section.sessions for section in self.sections)


def _reach(period: Period) -> dict[str, tuple[int, int, dict[str, int]]]:
    ages = [func.coalesce(func.sum(getattr(EngagementSession, c)), 0) for c, _ in AGE_BANDS]
    statement = (
        select(
            Priority.slug,
            func.count(EngagementSession.id),
            func.count(distinct(EngagementSession.group_id)),
            *ages,
        )
        .select_from(EngagementSession)
        .outerjoin(Priority, Priority.id == EngagementSession.priority_id)
        .where(
            EngagementSession.status == "submitted",
            EngagementSession.held_on.between(period.start, period.end),
        )
        .group_by(Priority.slug)
    )
    return {
        (row[0] or NO_PRIORITY): (
            int(row[1]),
            int(row[2]),
            {c: int(v or 0) for (c, _), v in zip(AGE_BANDS, row[3:], strict=True)},
        )
        for row in database.session.execute(statement)
    }


def _quotes(slug: str, theme_ids: list[uuid.UUID], period: Period) -> list[str]:
    facts = data.theme_facts(theme_ids)
    found = data.quotes(facts, period, per_theme=1)
    order = {theme_id: index for index, theme_id in enumerate(theme_ids)}
    quotes = sorted(
        (quote for items in found.values() for quote in items), key=lambda q: order[q.theme_id]
    )
    return [quote.text for quote in quotes[:EXAMPLE_QUOTES]]


def build(period: Period, threshold: int) -> AnnualPack:
    priorities = list(
        database.session.scalars(
            select(Priority).where(Priority.active.is_(True)).order_by(Priority.position)
        )
    )
    reach = _reach(period)
    keys = [p.slug for p in priorities] + [NO_PRIORITY]
    age_table = suppress_table(
        {
            key: reach.get(key, (0, 0, dict.fromkeys((c for c, _ in AGE_BANDS), 0)))[2]
            for key in keys
        },
        threshold,
    )
    labels = dict(AGE_BANDS)
    scrutiny = scrutiny_ready()
    challenge_figures = figures_by_priority(period) if scrutiny else {}
    year_before = period.year_before()
    sections = []
    for priority in priorities:
        sessions, groups_visited, _ = reach.get(priority.slug, (0, 0, {}))
        section = PrioritySection(
            slug=priority.slug,
            title=priority.title,
            sessions=sessions,
            groups_visited=groups_visited,
            young_people={labels[c]: v for c, v in age_table.cells[priority.slug].items()},
            young_people_total=age_table.row_totals[priority.slug],
        )
        _add_themes(section, priority.slug, period, year_before, threshold)
        if scrutiny:
            _add_challenges(section, challenge_figures.get(priority.id), threshold)
        sections.append(section)
    return AnnualPack(period=period, sections=sections, threshold=threshold, scrutiny=scrutiny)


def _add_themes(
    section: PrioritySection, slug: str, period: Period, year_before: Period, threshold: int
) -> None:
    counts = data.theme_counts(slug, period)
    before = data.theme_counts(slug, year_before)
    published = suppress({str(k): v for k, v in counts.items()}, threshold).cells
    published_before = suppress({str(k): before.get(k, 0) for k in counts}, threshold).cells
    facts = {theme.id: theme for theme in data.theme_facts(counts)}
    ranked = sorted(
        (k for k in counts if published[str(k)] is not None and k in facts),
        key=lambda k: (-(published[str(k)] or 0), facts[k].label.lower()),
    )[:MAIN_THEMES]
    section.themes = [
        MainTheme(
            label=facts[k].label,
            count=published[str(k)],
            year_before=published_before[str(k)],
            trend=trend(published[str(k)], published_before[str(k)]),
        )
        for k in ranked
    ]
    section.quotes = _quotes(slug, ranked, period)


def _add_challenges(
    section: PrioritySection, figures: ChallengeFigures | None, threshold: int
) -> None:
    figures = figures or ChallengeFigures(0, 0, 0, 0, 0, 0, 0)
    other = figures.raised - figures.answered_on_time - figures.answered_late - figures.waiting
    parts = suppress(
        {
            "Answered on time": figures.answered_on_time,
            "Answered late": figures.answered_late,
            "Waiting for an answer": figures.waiting,
            "Withdrawn or closed": other,
        },
        threshold,
    )
    section.challenges = dict(parts.cells)
    section.challenges_raised = parts.total
    judged = suppress(
        {
            "Judged answered by the Young Scrutineer": figures.judged_answered,
            "Not judged answered": figures.raised - figures.judged_answered,
        },
        threshold,
    )
    section.challenges["Judged answered by the Young Scrutineer"] = judged.cells[
        "Judged answered by the Young Scrutineer"
    ]
    actions = suppress(
        {"Done": figures.actions_done, "In progress or planned": figures.actions_in_progress},
        threshold,
    )
    section.actions = dict(actions.cells)
