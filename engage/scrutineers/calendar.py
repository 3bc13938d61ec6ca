"""The partnership's calendar for challenges: today in London, closure days, and the dates a
challenge is due, overdue and long overdue.

Every function that depends on "today" takes it as a parameter, so tests, the tick command
(``--today``) and the browser test can move the clock without touching the system's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import select

from engage import database
from engage.scrutineers import deadlines
from engage.scrutineers.models import Challenge, ClosureDay

LONDON = ZoneInfo("Europe/London")
REMINDER_DAYS = (5, 1)


def london_today(now: datetime | None = None) -> date:
    moment = now or datetime.now(LONDON)
    return moment.astimezone(LONDON).date()


def working_days() -> int:
    return current_app.config["ENGAGE"].challenge_working_days


def closures() -> list[date]:
    return list(database.session.scalars(select(ClosureDay.day).order_by(ClosureDay.day)))


def due_date(submitted_on: date, closed: Sequence[date] | None = None) -> date:
    closed = closures() if closed is None else closed
    return deadlines.due_on(submitted_on, working_days(), closed)


def long_overdue_after(challenge: Challenge, closed: Sequence[date] | None = None) -> date | None:
    """The date after which an unanswered challenge is long overdue: twice the period.

    For a challenge with its original deadline this is ``due_on(submitted_on, 2 * period)``; after
    an extension the second period is counted from the extended date.
    """
    due = challenge.effective_due_on
    if due is None:
        return None
    closed = closures() if closed is None else closed
    return deadlines.add_working_days(due, working_days(), closed)


def is_long_overdue(challenge: Challenge, today: date, closed: Sequence[date]) -> bool:
    after = long_overdue_after(challenge, closed)
    return challenge.status == "submitted" and after is not None and today >= overdue_from(after)


def reminder_date(due: date, days_before: int, closed: Sequence[date]) -> date:
    return deadlines.add_working_days(due, -days_before, closed)


def overdue_from(due: date) -> date:
    """The first day an unanswered challenge counts as overdue: the due date itself.

    The partnership's rule is that a challenge still unanswered when its due date arrives is
    overdue and escalates that day. An answer given on the due date still counts as on time in the
    responsiveness figures (it took exactly the allowed working days).
    """
    return due


def is_overdue(challenge: Challenge, today: date) -> bool:
    """Still waiting for an answer after its due date."""
    due = challenge.effective_due_on
    return challenge.status == "submitted" and due is not None and today >= overdue_from(due)


def working_days_left(challenge: Challenge, today: date, closed: Sequence[date]) -> int | None:
    due = challenge.effective_due_on
    if due is None or challenge.status != "submitted":
        return None
    if today > due:
        return -deadlines.working_days_between(due, today, closed)
    return deadlines.working_days_between(today, due, closed)


def answered_in(challenge: Challenge, closed: Sequence[date]) -> int | None:
    """Working days the chair took to answer (the deadline rule's own count)."""
    if challenge.submitted_on is None or challenge.answered_on is None:
        return None
    return deadlines.working_days_between(challenge.submitted_on, challenge.answered_on, closed)


def answered_on_time(challenge: Challenge) -> bool | None:
    due = challenge.effective_due_on
    if challenge.answered_on is None or due is None:
        return None
    return challenge.answered_on <= due
