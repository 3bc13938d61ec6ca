"""What the Young Scrutineers' challenges add to reports: the challenges and actions linked to each
theme, the challenge log, and each priority's figures for the annual pack.

A challenge is linked to a theme when it cites the theme as evidence. Drafts are never reported:
they were never sent. Titles and action wording are written by scrutineers and chairs for the
partnership, so they may appear in reports; they never go into the audit trail.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, func, inspect, select
from sqlalchemy.orm import selectinload

from engage import database
from engage.reports.periods import Period
from engage.scrutineers import calendar
from engage.scrutineers.models import (
    ActionStatus,
    Challenge,
    ChallengeAction,
    ChallengeEvidence,
    ChallengeStatus,
    VerdictOutcome,
)

STATUS_LABELS = {
    ChallengeStatus.SUBMITTED: "Waiting for an answer",
    ChallengeStatus.ANSWERED: "Answered",
    ChallengeStatus.JUDGED: "Judged",
    ChallengeStatus.WITHDRAWN: "Withdrawn",
    ChallengeStatus.CLOSED: "Closed",
}
VERDICT_LABELS = {
    VerdictOutcome.ANSWERED: "Answered",
    VerdictOutcome.PARTLY: "Partly answered",
    VerdictOutcome.NOT_ANSWERED: "Not answered",
}
ACTION_LABELS = {
    ActionStatus.PLANNED: "Planned",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.STOPPED: "Stopped",
}


@dataclass(frozen=True)
class LinkedAction:
    id: uuid.UUID
    description: str
    status: str
    due_on: date
    completed_on: date | None
    agency: str

    @property
    def status_label(self) -> str:
        return ACTION_LABELS.get(self.status, self.status)  # type: ignore[call-overload]


@dataclass(frozen=True)
class LinkedChallenge:
    id: uuid.UUID
    number: int
    title: str
    status: str
    priority_slug: str
    submitted_on: date | None
    answered_on: date | None
    verdict: str | None
    actions: list[LinkedAction] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)  # type: ignore[call-overload]

    @property
    def verdict_label(self) -> str:
        if self.verdict is None:
            return "Not judged yet"
        return VERDICT_LABELS.get(self.verdict, self.verdict)  # type: ignore[call-overload]


def scrutiny_ready() -> bool:
    """Whether the challenge tables exist yet (the scrutineers' migration has run)."""
    return inspect(database.session.connection()).has_table("challenges")


def _sent() -> Select[tuple[Challenge]]:
    return (
        select(Challenge)
        .where(Challenge.status != ChallengeStatus.DRAFT, Challenge.submitted_on.is_not(None))
        .options(
            selectinload(Challenge.actions).selectinload(ChallengeAction.agency),
            selectinload(Challenge.verdict),
            selectinload(Challenge.priority),
        )
    )


def _linked(challenge: Challenge) -> LinkedChallenge:
    return LinkedChallenge(
        id=challenge.id,
        number=challenge.number,
        title=challenge.title,
        status=challenge.status,
        priority_slug=challenge.priority.slug,
        submitted_on=challenge.submitted_on,
        answered_on=challenge.answered_on,
        verdict=challenge.verdict.outcome if challenge.verdict is not None else None,
        actions=[
            LinkedAction(
                id=action.id,
                description=action.description,
                status=action.status,
                due_on=action.due_on,
                completed_on=action.completed_on,
                agency=action.agency.name if action.agency is not None else "",
            )
            for action in challenge.actions
        ],
    )


def challenges_for_themes(theme_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[LinkedChallenge]]:
    """Sent challenges that cite each theme as evidence, oldest first."""
    wanted = list(theme_ids)
    linked: dict[uuid.UUID, list[LinkedChallenge]] = defaultdict(list)
    if not wanted:
        return linked
    pairs = database.session.execute(
        select(ChallengeEvidence.theme_id, ChallengeEvidence.challenge_id).where(
            ChallengeEvidence.theme_id.in_(wanted)
        )
    ).all()
    challenge_ids = {challenge_id for _, challenge_id in pairs}
    if not challenge_ids:
        return linked
    challenges = {
        challenge.id: _linked(challenge)
        for challenge in database.session.scalars(
            _sent().where(Challenge.id.in_(challenge_ids)).order_by(Challenge.number)
        )
    }
    for theme_id, challenge_id in sorted(pairs, key=lambda pair: str(pair[1])):
        challenge = challenges.get(challenge_id)
        if challenge is not None and challenge not in linked[theme_id]:
            linked[theme_id].append(challenge)
    for items in linked.values():
        items.sort(key=lambda challenge: challenge.number)
    return linked


@dataclass(frozen=True)
class LogRow:
    number: int
    title: str
    priority: str
    status: str
    submitted_on: date | None
    due_on: date | None
    answered_on: date | None
    on_time: str
    verdict: str
    actions: str


def challenge_log(period: Period | None = None, batch: int = 500) -> Iterator[LogRow]:
    """Every sent challenge with its dates, status, verdict and linked actions, in number order.

    Read in batches, so a long log streams without holding every challenge in memory."""
    statement = _sent().order_by(Challenge.number)
    if period is not None:
        statement = statement.where(Challenge.submitted_on.between(period.start, period.end))
    last = -1
    while True:
        page = list(database.session.scalars(statement.where(Challenge.number > last).limit(batch)))
        if not page:
            return
        for challenge in page:
            linked = _linked(challenge)
            on_time = calendar.answered_on_time(challenge)
            yield LogRow(
                number=challenge.number,
                title=challenge.title,
                priority=challenge.priority.title,
                status=linked.status_label,
                submitted_on=challenge.submitted_on,
                due_on=challenge.effective_due_on,
                answered_on=challenge.answered_on,
                on_time={True: "Yes", False: "No", None: "Not answered"}[on_time],
                verdict=linked.verdict_label,
                actions="; ".join(
                    f"{action.description} ({action.status_label}, due {action.due_on.isoformat()})"
                    for action in linked.actions
                ),
            )
        last = page[-1].number
        database.session.expunge_all()


@dataclass(frozen=True)
class ChallengeFigures:
    raised: int
    answered_on_time: int
    answered_late: int
    waiting: int
    judged_answered: int
    actions_done: int
    actions_in_progress: int


def figures_by_priority(period: Period) -> dict[uuid.UUID, ChallengeFigures]:
    """For the annual pack: challenges raised in the period per priority and how they went."""
    result: dict[uuid.UUID, ChallengeFigures] = {}
    mine: dict[uuid.UUID, list[Challenge]] = defaultdict(list)
    for challenge in database.session.scalars(
        _sent().where(Challenge.submitted_on.between(period.start, period.end))
    ):
        mine[challenge.priority_id].append(challenge)
    for priority_id, challenges in mine.items():
        on_time = [calendar.answered_on_time(challenge) for challenge in challenges]
        actions = [action for challenge in challenges for action in challenge.actions]
        result[priority_id] = ChallengeFigures(
            raised=len(challenges),
            answered_on_time=sum(1 for value in on_time if value is True),
            answered_late=sum(1 for value in on_time if value is False),
            waiting=sum(1 for c in challenges if c.status == ChallengeStatus.SUBMITTED),
            judged_answered=sum(
                1
                for c in challenges
                if c.verdict is not None and c.verdict.outcome == VerdictOutcome.ANSWERED
            ),
            actions_done=sum(1 for a in actions if a.status == ActionStatus.DONE),
            actions_in_progress=sum(
                1 for a in actions if a.status in (ActionStatus.IN_PROGRESS, ActionStatus.PLANNED)
            ),
        )
    return result


LOG_HEADER = [
    "Challenge",
    "Title",
    "Priority",
    "Status",
    "Sent",
    "Due",
    "Answered",
    "Answered on time",
    "Verdict",
    "Actions",
]


def challenge_count() -> int:
    return int(
        database.session.scalar(
            select(func.count())
            .select_from(Challenge)
            .where(Challenge.status != ChallengeStatus.DRAFT, Challenge.submitted_on.is_not(None))
        )
        or 0
    )


def log_cells() -> Iterator[list[object]]:
    for row in challenge_log():
        yield [
            row.number,
            row.title,
            row.priority,
            row.status,
            row.submitted_on,
            row.due_on,
            row.answered_on,
            row.on_time,
            row.verdict,
            row.actions,
        ]


def log_rows() -> Iterator[list[object]]:
    yield LOG_HEADER
    yield from log_cells()
