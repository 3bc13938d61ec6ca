"""What the coordinator and the Independent Scrutineer do around challenges: reassign, extend,
close, closure days, mentor notes, and a Young Scrutineer's term and handover."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from engage import audit, database
from engage.database import utcnow
from engage.models import Priority, User
from engage.roles import Role
from engage.scrutineers import calendar, deadlines, notices, people
from engage.scrutineers.challenges import flush
from engage.scrutineers.models import (
    NOTE_MAX,
    OPEN_STATUSES,
    TITLE_MAX,
    Challenge,
    ChallengeStatus,
    ClosureDay,
    MentorNote,
)
from engage.scrutineers.states import ChallengeError, Event, move, require

EXTENSION_REASON_MAX = 500


def _user(user_id: str, role: Role, message: str, field: str) -> User:
    try:
        found = database.session.get(User, uuid.UUID(user_id)) if user_id else None
    except ValueError:
        found = None
    if found is None or found.role != role or not found.active:
        raise ChallengeError(message, field)
    return found


def reassign(coordinator: User, challenge: Challenge, chair_id: str) -> None:
    require(challenge, Event.REASSIGN)
    chair = _user(chair_id, Role.CHAIR, "Choose a chair from the list", "chair")
    if chair.id == challenge.chair_id:
        raise ChallengeError("That chair already has this challenge. Choose another", "chair")
    before = challenge.chair_id
    challenge.chair = chair
    flush()
    audit.record(
        "challenge_reassigned",
        actor=coordinator,
        object_type="challenge",
        object_id=challenge.id,
        details={"from": before, "to": chair.id},
    )
    notices.reassigned(challenge)


def extend(
    coordinator: User, challenge: Challenge, new_due: date | None, reason: str, today: date
) -> None:
    require(challenge, Event.EXTEND)
    current = challenge.effective_due_on
    if new_due is None:
        raise ChallengeError("Enter the new date it is due", "due_on")
    if current is not None and new_due <= current:
        raise ChallengeError(
            f"The new date must be after {current.day} {current:%B %Y}, the date it is due now",
            "due_on",
        )
    if not deadlines.is_working_day(new_due, calendar.closures()):
        raise ChallengeError(
            "Choose a working day (not a weekend, bank holiday or closure day)", "due_on"
        )
    if not reason.strip():
        raise ChallengeError("Say why it needs more time", "reason")
    if len(reason) > EXTENSION_REASON_MAX:
        raise ChallengeError(
            f"The reason must be {EXTENSION_REASON_MAX} characters or fewer", "reason"
        )
    challenge.extended_due_on = new_due
    challenge.extension_reason = reason
    flush()
    audit.record(
        "challenge_deadline_extended",
        actor=coordinator,
        object_type="challenge",
        object_id=challenge.id,
        details={
            "from": current.isoformat() if current else None,
            "to": new_due.isoformat(),
            "on": today.isoformat(),
        },
    )
    notices.extended(challenge)


def close(coordinator: User, challenge: Challenge) -> None:
    before = move(challenge, Event.CLOSE)
    challenge.closed_at = utcnow()
    flush()
    audit.record(
        "challenge_closed",
        actor=coordinator,
        object_type="challenge",
        object_id=challenge.id,
        details={"from": before},
    )


# Closure days -----------------------------------------------------------------------------


def closure_days() -> list[ClosureDay]:
    return list(database.session.scalars(select(ClosureDay).order_by(ClosureDay.day)))


def _recalculate_due_dates(actor: User) -> int:
    """Open challenges' due dates follow the closure days; returns how many moved."""
    closed = calendar.closures()
    moved = 0
    for challenge in database.session.scalars(
        select(Challenge).where(Challenge.status == ChallengeStatus.SUBMITTED)
    ):
        if challenge.submitted_on is None:
            continue
        new_due = calendar.due_date(challenge.submitted_on, closed)
        if new_due != challenge.due_on:
            audit.record(
                "challenge_due_date_moved",
                actor=actor,
                object_type="challenge",
                object_id=challenge.id,
                details={
                    "from": challenge.due_on.isoformat() if challenge.due_on else None,
                    "to": new_due.isoformat(),
                },
            )
            challenge.due_on = new_due
            moved += 1
    flush()
    return moved


def add_closure(coordinator: User, day: date | None, label: str) -> int:
    if day is None:
        raise ChallengeError("Enter the date the partnership is closed", "day")
    if len(label) > TITLE_MAX:
        raise ChallengeError(f"The description must be {TITLE_MAX} characters or fewer", "label")
    if database.session.scalar(select(ClosureDay.id).where(ClosureDay.day == day)) is not None:
        raise ChallengeError("That day is already a closure day", "day")
    closure = ClosureDay(day=day, label=label, added_by_id=coordinator.id)
    database.session.add(closure)
    database.session.flush()
    audit.record(
        "closure_day_added",
        actor=coordinator,
        object_type="closure_day",
        object_id=closure.id,
        details={"day": day.isoformat()},
    )
    return _recalculate_due_dates(coordinator)


def remove_closure(coordinator: User, closure: ClosureDay) -> int:
    audit.record(
        "closure_day_removed",
        actor=coordinator,
        object_type="closure_day",
        object_id=closure.id,
        details={"day": closure.day.isoformat()},
    )
    database.session.delete(closure)
    database.session.flush()
    return _recalculate_due_dates(coordinator)


# Mentor notes -----------------------------------------------------------------------------


def add_note(mentor: User, scrutineer: User, body: str) -> MentorNote:
    if mentor.role != Role.INDEPENDENT_SCRUTINEER:
        raise ChallengeError("Only the Independent Scrutineer writes mentor notes", "body")
    if not body.strip():
        raise ChallengeError("Write your note", "body")
    if len(body) > NOTE_MAX:
        raise ChallengeError(f"The note must be {NOTE_MAX:,} characters or fewer", "body")
    note = MentorNote(scrutineer_id=scrutineer.id, author_id=mentor.id, body=body)
    database.session.add(note)
    database.session.flush()
    audit.record(
        "mentor_note_added",
        actor=mentor,
        object_type="user",
        object_id=scrutineer.id,
        details={"note_id": note.id},
    )
    return note


def notes_about(scrutineer: User) -> list[MentorNote]:
    return list(
        database.session.scalars(
            select(MentorNote)
            .where(MentorNote.scrutineer_id == scrutineer.id)
            .order_by(MentorNote.created_at.desc())
        )
    )


# Terms and handover -----------------------------------------------------------------------


def find_scrutineer(user_id: str) -> User | None:
    try:
        found = database.session.get(User, uuid.UUID(user_id))
    except ValueError:
        return None
    return found if found is not None and found.role == Role.YOUNG_SCRUTINEER else None


def scrutineers() -> list[User]:
    return list(
        database.session.scalars(
            select(User).where(User.role == str(Role.YOUNG_SCRUTINEER)).order_by(User.display_name)
        )
    )


def open_challenges_of(scrutineer: User) -> list[Challenge]:
    return list(
        database.session.scalars(
            select(Challenge)
            .where(Challenge.scrutineer_id == scrutineer.id, Challenge.status.in_(OPEN_STATUSES))
            .order_by(Challenge.number)
        )
    )


def set_term_end(coordinator: User, scrutineer: User, ends_on: date | None) -> None:
    scrutineer.term_ends_on = ends_on
    database.session.flush()
    audit.record(
        "scrutineer_term_set",
        actor=coordinator,
        object_type="user",
        object_id=scrutineer.id,
        details={"term_ends_on": ends_on.isoformat() if ends_on else None},
    )


def hand_over(actor: User | None, predecessor: User, successor_id: str) -> int:
    """Passes the predecessor's open challenges and priorities to the successor."""
    successor = _user(
        successor_id,
        Role.YOUNG_SCRUTINEER,
        "Choose the Young Scrutineer who takes over",
        "successor",
    )
    if successor.id == predecessor.id:
        raise ChallengeError("Choose a different Young Scrutineer to take over", "successor")
    for priority in people.scrutineer_priorities(predecessor):
        if priority.young_scrutineer_id in (None, predecessor.id):
            priority.young_scrutineer = successor
        if priority not in successor.priorities:
            successor.priorities.append(priority)
    moved = open_challenges_of(predecessor)
    for challenge in moved:
        challenge.scrutineer = successor
        audit.record(
            "challenge_handed_over",
            actor=actor,
            object_type="challenge",
            object_id=challenge.id,
            details={"from": predecessor.id, "to": successor.id},
        )
    flush()
    for challenge in moved:
        notices.handed_over(challenge)
    return len(moved)


def automatic_handovers(today: date) -> int:
    """For the tick: a scrutineer whose term has ended hands over to the priority's new one."""
    moved = 0
    for scrutineer in scrutineers():
        if not people.term_has_ended(scrutineer, today) or not open_challenges_of(scrutineer):
            continue
        successors = {
            priority.young_scrutineer_id
            for priority in database.session.scalars(
                select(Priority).where(Priority.young_scrutineer_id.is_not(None))
            )
            if priority.id in {p.id for p in scrutineer.priorities}
            and priority.young_scrutineer_id != scrutineer.id
        }
        if len(successors) == 1:
            successor = database.session.get(User, successors.pop())
            if successor is not None and successor.active:
                moved += hand_over(None, scrutineer, str(successor.id))
    return moved
