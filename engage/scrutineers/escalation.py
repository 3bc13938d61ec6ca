"""The hourly tick: reminders to chairs, escalations when an answer is late, and handovers when a
Young Scrutineer's term has ended.

Safe to run every hour and idempotent. Each reminder or escalation is a ``DeadlineEvent`` whose
unique key (challenge, stage, due date) lets only one tick ever send it, and every notification
carries a dedupe key as well. Ticks also queue behind each other: the first statement of a tick
writes a row every tick writes, so a second tick started at the same moment waits for the first
to commit (a row lock on PostgreSQL, the write lock on SQLite) and then finds nothing left to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from engage import audit, database
from engage.database import utcnow
from engage.models import PartnershipSetting
from engage.roles import Role
from engage.scrutineers import calendar, notices, oversight, people
from engage.scrutineers.models import Challenge, ChallengeStatus, DeadlineEvent, DeadlineStage
from engage.templating import long_date

LAST_TICK_KEY = "scrutiny_last_tick"


@dataclass
class TickResult:
    reminders: int = 0
    overdue: int = 0
    long_overdue: int = 0
    handovers: int = 0

    def describe(self) -> str:
        return (
            f"{self.reminders} reminders, {self.overdue} overdue, "
            f"{self.long_overdue} long overdue, {self.handovers} challenges handed over"
        )


def _queue_behind_other_ticks() -> None:
    values = {"key": LAST_TICK_KEY, "value": utcnow().isoformat()}
    dialect = database.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(PartnershipSetting).values(**values)
    database.session.execute(
        statement.on_conflict_do_update(
            index_elements=["key"], set_={"value": statement.excluded.value}
        )
    )


def _claim(challenge: Challenge, stage: DeadlineStage, due: date, today: date) -> bool:
    """Records that ``stage`` has happened; False when another tick already recorded it."""
    exists = database.session.scalar(
        select(DeadlineEvent.id).where(
            DeadlineEvent.challenge_id == challenge.id,
            DeadlineEvent.stage == stage,
            DeadlineEvent.due_on == due,
        )
    )
    if exists is not None:
        return False
    try:
        with database.session.begin_nested():
            database.session.add(
                DeadlineEvent(challenge_id=challenge.id, stage=stage, due_on=due, occurred_on=today)
            )
    except IntegrityError:
        return False
    return True


def _reminder_stage(due: date, today: date, closed: list[date]) -> DeadlineStage | None:
    """The one reminder due today, if any: a tick that missed a day never sends a stale one."""
    if today == due:
        return DeadlineStage.DUE_TODAY
    if today > due:
        return None
    if today >= calendar.reminder_date(due, 1, closed):
        return DeadlineStage.REMINDER_1
    if today >= calendar.reminder_date(due, 5, closed):
        return DeadlineStage.REMINDER_5
    return None


_REMINDER_WORDS = {
    DeadlineStage.REMINDER_5: "is due in 5 working days",
    DeadlineStage.REMINDER_1: "is due on the next working day",
    DeadlineStage.DUE_TODAY: "is due today",
}


def _remind(challenge: Challenge, stage: DeadlineStage, due: date) -> None:
    notices.send(
        [notices.chair_of(challenge)],
        challenge,
        f"Reminder: challenge {challenge.number} {_REMINDER_WORDS[stage]}",
        f"Please answer the Young Scrutineer's challenge by {long_date(due)}.",
        key=f"{stage}:{due.isoformat()}",
    )


def _escalate(challenge: Challenge, stage: DeadlineStage, due: date) -> None:
    key = f"{stage}:{due.isoformat()}"
    where = challenge.priority.title
    if stage == DeadlineStage.OVERDUE:
        notices.send(
            notices.oversight(),
            challenge,
            f"Overdue: challenge {challenge.number} to {where}",
            f"It was due by {long_date(due)} and has not been answered.",
            key=key,
        )
        notices.send(
            [challenge.scrutineer],
            challenge,
            f"The answer to your challenge {challenge.number} is late",
            "We have told the Independent Scrutineer and the coordinator, who will chase it.",
            key=key,
        )
    else:
        notices.send(
            people.active_people(Role.EXECUTIVE) + notices.oversight(),
            challenge,
            f"Long overdue: challenge {challenge.number} to {where}",
            f"It was due by {long_date(due)} and has still not been answered, twice the time "
            "allowed. It is on the Executive Group's list of escalations.",
            key=key,
        )
    audit.record(
        f"challenge_{stage}",
        object_type="challenge",
        object_id=challenge.id,
        details={"due_on": due.isoformat()},
    )


def tick(today: date | None = None) -> TickResult:
    today = today or calendar.london_today()
    _queue_behind_other_ticks()
    result = TickResult(handovers=oversight.automatic_handovers(today))
    closed = calendar.closures()
    waiting = list(
        database.session.scalars(
            select(Challenge)
            .where(Challenge.status == ChallengeStatus.SUBMITTED, Challenge.due_on.is_not(None))
            .order_by(Challenge.number)
        )
    )
    for challenge in waiting:
        due = challenge.effective_due_on
        if due is None:
            continue
        stage = _reminder_stage(due, today, closed)
        if stage is not None and _claim(challenge, stage, due, today):
            _remind(challenge, stage, due)
            result.reminders += 1
        if calendar.is_overdue(challenge, today) and _claim(
            challenge, DeadlineStage.OVERDUE, due, today
        ):
            _escalate(challenge, DeadlineStage.OVERDUE, due)
            result.overdue += 1
        if calendar.is_long_overdue(challenge, today, closed) and _claim(
            challenge, DeadlineStage.LONG_OVERDUE, due, today
        ):
            _escalate(challenge, DeadlineStage.LONG_OVERDUE, due)
            result.long_overdue += 1
    return result
