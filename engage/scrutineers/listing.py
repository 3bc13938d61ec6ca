"""Lists of challenges for each role's pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, case, func, select
from werkzeug.datastructures import MultiDict

from engage import database
from engage.models import Priority, User
from engage.roles import Role
from engage.scrutineers import calendar, permissions
from engage.scrutineers.models import Challenge, ChallengeStatus

STATUS_LABELS = {
    ChallengeStatus.DRAFT: "Draft",
    ChallengeStatus.SUBMITTED: "Waiting for an answer",
    ChallengeStatus.ANSWERED: "Answered",
    ChallengeStatus.JUDGED: "Judged",
    ChallengeStatus.WITHDRAWN: "Withdrawn",
    ChallengeStatus.CLOSED: "Closed",
}

STATUS_COLOURS = {
    ChallengeStatus.DRAFT: "yellow",
    ChallengeStatus.SUBMITTED: "blue",
    ChallengeStatus.ANSWERED: "purple",
    ChallengeStatus.JUDGED: "green",
    ChallengeStatus.WITHDRAWN: "grey",
    ChallengeStatus.CLOSED: "grey",
}

_DUE = func.coalesce(Challenge.extended_due_on, Challenge.due_on)


@dataclass(frozen=True)
class ListFilters:
    priority: str = ""
    status: str = ""

    @classmethod
    def from_args(cls, args: MultiDict[str, str]) -> ListFilters:
        status = args.get("status", "")
        return cls(
            priority=args.get("priority", ""),
            status=status if status in STATUS_LABELS or status == "open" else "",
        )

    @property
    def active(self) -> bool:
        return bool(self.priority or self.status)


def statement_for(user: User, filters: ListFilters) -> Select[tuple[Challenge]]:
    """Waiting challenges first, the most overdue at the top; then the rest, newest first."""
    statement = permissions.visible_statement(user)
    if filters.priority:
        statement = statement.join(Priority, Priority.id == Challenge.priority_id).where(
            Priority.slug == filters.priority
        )
    if filters.status == "open":
        statement = statement.where(
            Challenge.status.in_([ChallengeStatus.SUBMITTED, ChallengeStatus.ANSWERED])
        )
    elif filters.status:
        statement = statement.where(Challenge.status == filters.status)
    waiting_first = case((Challenge.status == ChallengeStatus.SUBMITTED, 0), else_=1)
    return statement.order_by(
        waiting_first,
        case((Challenge.status == ChallengeStatus.SUBMITTED, _DUE), else_=None),
        Challenge.number.desc(),
    )


def priorities_for_filter(user: User) -> list[Priority]:
    statement = select(Priority).order_by(Priority.position)
    if user.role == Role.CHAIR:
        statement = statement.where(Priority.chair_id == user.id)
    return list(database.session.scalars(statement))


@dataclass(frozen=True)
class MyWork:
    drafts: list[Challenge]
    waiting: list[Challenge]
    to_judge: list[Challenge]
    next_due: Challenge | None


def my_work(user: User) -> MyWork:
    drafts = list(
        database.session.scalars(
            select(Challenge)
            .where(Challenge.raised_by_id == user.id, Challenge.status == ChallengeStatus.DRAFT)
            .order_by(Challenge.updated_at.desc())
        )
    )
    followed = select(Challenge).where(Challenge.scrutineer_id == user.id)
    waiting = list(
        database.session.scalars(
            followed.where(Challenge.status == ChallengeStatus.SUBMITTED).order_by(_DUE)
        )
    )
    to_judge = list(
        database.session.scalars(
            followed.where(Challenge.status == ChallengeStatus.ANSWERED).order_by(
                Challenge.answered_at
            )
        )
    )
    return MyWork(
        drafts=drafts, waiting=waiting, to_judge=to_judge, next_due=waiting[0] if waiting else None
    )


def waiting_for_chair(user: User, today: date) -> tuple[int, int]:
    """How many challenges wait for this chair's answer, and how many of those are overdue."""
    rows = list(
        database.session.scalars(
            permissions.visible_statement(user).where(Challenge.status == ChallengeStatus.SUBMITTED)
        )
    )
    overdue = sum(1 for row in rows if calendar.is_overdue(row, today))
    return len(rows), overdue
