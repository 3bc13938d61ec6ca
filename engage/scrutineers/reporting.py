"""How responsive each priority group is, and the list of escalations.

The coordinator sees exact figures. Everyone else sees counts through disclosure control: the four
ways a raised challenge can stand (answered on time, answered late, waiting, withdrawn) are one
table that adds up to the number raised, and is suppressed as one so that no hidden count can be
worked out from the total.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select

from engage import database
from engage.models import Priority
from engage.reports.disclosure import format_count, suppress, suppress_value
from engage.scrutineers import calendar
from engage.scrutineers.models import (
    Challenge,
    ChallengeStatus,
    DeadlineEvent,
    DeadlineStage,
    VerdictOutcome,
)

PARTS = ("on_time", "late", "waiting", "withdrawn")


@dataclass(frozen=True)
class Figures:
    """One priority's figures as they may be shown to the person asking."""

    priority: Priority
    raised: str
    on_time: str
    late: str
    waiting: str
    withdrawn: str
    overdue_now: str
    judged_answered: str
    median_days: str


def _part(challenge: Challenge) -> str:
    if challenge.answered_on is not None:
        return "on_time" if calendar.answered_on_time(challenge) else "late"
    if challenge.status == ChallengeStatus.SUBMITTED:
        return "waiting"
    return "withdrawn"


def _median(days: list[int]) -> str:
    return f"{statistics.median(days):g}" if days else "None yet"


def responsiveness(today: date, exact: bool, threshold: int) -> list[Figures]:
    closed = calendar.closures()
    priorities = list(database.session.scalars(select(Priority).order_by(Priority.position)))
    sent = list(
        database.session.scalars(select(Challenge).where(Challenge.submitted_on.is_not(None)))
    )
    figures = []
    for priority in priorities:
        mine = [challenge for challenge in sent if challenge.priority_id == priority.id]
        if not mine and not priority.active:
            continue
        parts = dict.fromkeys(PARTS, 0)
        for challenge in mine:
            parts[_part(challenge)] += 1
        overdue = sum(1 for challenge in mine if calendar.is_overdue(challenge, today))
        judged = sum(
            1
            for challenge in mine
            if challenge.verdict is not None
            and challenge.verdict.outcome == VerdictOutcome.ANSWERED
        )
        days = [
            value
            for value in (calendar.answered_in(challenge, closed) for challenge in mine)
            if value is not None
        ]
        if exact:
            shown: dict[str, int | None] = dict(parts)
            total: int | None = len(mine)
            overdue_shown: int | None = overdue
            judged_shown: int | None = judged
            median = _median(days)
        else:
            published = suppress(parts, threshold)
            shown, total = published.cells, published.total
            overdue_shown = suppress_value(overdue, threshold)
            judged_shown = suppress_value(judged, threshold)
            median = _median(days) if len(days) >= threshold or not days else "Too few"

        def words(value: int | None) -> str:
            return format_count(value, threshold)

        # A hidden total never reads "fewer than 5": beside hidden cells that could pin them
        # (a total below 5 over four hidden cells means every one of them is 1).
        raised = "not shown" if total is None else f"{total:,}"

        figures.append(
            Figures(
                priority=priority,
                raised=raised,
                on_time=words(shown["on_time"]),
                late=words(shown["late"]),
                waiting=words(shown["waiting"]),
                withdrawn=words(shown["withdrawn"]),
                overdue_now=words(overdue_shown),
                judged_answered=words(judged_shown),
                median_days=median,
            )
        )
    return figures


def escalations_statement(
    stages: frozenset[str], still_waiting: bool
) -> Select[tuple[DeadlineEvent]]:
    statement = (
        select(DeadlineEvent)
        .join(Challenge, Challenge.id == DeadlineEvent.challenge_id)
        .where(DeadlineEvent.stage.in_(stages))
        .order_by(DeadlineEvent.occurred_at.desc())
    )
    if still_waiting:
        statement = statement.where(Challenge.status == ChallengeStatus.SUBMITTED)
    return statement


STAGE_LABELS = {
    DeadlineStage.OVERDUE: "Overdue",
    DeadlineStage.LONG_OVERDUE: "Long overdue",
}
