"""Who may see and do what with a challenge. Every fetch by id goes through ``find``.

- Young Scrutineers read every sent challenge (their own priority's and the others'), and only
  their own drafts; they raise, discuss and judge on their own priority until their term ends.
- A chair sees the challenges of the priority they chair and those assigned to them, and no
  others: another priority's challenge is simply not found.
- The Independent Scrutineer and the coordinator see every sent challenge and its discussion.
- Executive Group members read sent challenges (they receive escalations), but not discussions.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, false, or_, select

from engage import database
from engage.models import Priority, User
from engage.roles import Role
from engage.scrutineers import people
from engage.scrutineers.models import Challenge, ChallengeStatus
from engage.scrutineers.states import Event, allowed

OVERSIGHT = frozenset({Role.COORDINATOR, Role.INDEPENDENT_SCRUTINEER})
READ_EVERYTHING = OVERSIGHT | {Role.EXECUTIVE}


def visible_statement(user: User) -> Select[tuple[Challenge]]:
    sent = Challenge.status != ChallengeStatus.DRAFT
    statement = select(Challenge)
    if user.role in READ_EVERYTHING:
        return statement.where(sent)
    if user.role == Role.YOUNG_SCRUTINEER:
        return statement.where(or_(sent, Challenge.raised_by_id == user.id))
    if user.role == Role.CHAIR:
        chaired = select(Priority.id).where(Priority.chair_id == user.id)
        return statement.where(
            sent, or_(Challenge.chair_id == user.id, Challenge.priority_id.in_(chaired))
        )
    return statement.where(false())


def find(user: User, challenge_id: str | uuid.UUID) -> Challenge | None:
    try:
        key = challenge_id if isinstance(challenge_id, uuid.UUID) else uuid.UUID(challenge_id)
    except ValueError:
        return None
    return database.session.scalar(visible_statement(user).where(Challenge.id == key))


def on_my_priority(user: User, challenge: Challenge) -> bool:
    return challenge.priority_id in {p.id for p in people.scrutineer_priorities(user)}


def is_author(user: User, challenge: Challenge) -> bool:
    return challenge.raised_by_id == user.id


def can_edit_draft(user: User, challenge: Challenge, today: date) -> bool:
    return (
        challenge.status == ChallengeStatus.DRAFT
        and is_author(user, challenge)
        and not people.is_read_only(user, today)
    )


def follows(user: User, challenge: Challenge) -> bool:
    """The Young Scrutineer who follows the challenge now (and judges it)."""
    return user.role == Role.YOUNG_SCRUTINEER and challenge.scrutineer_id == user.id


def can_withdraw(user: User, challenge: Challenge, today: date) -> bool:
    return (
        follows(user, challenge)
        and allowed(challenge, Event.WITHDRAW)
        and not people.is_read_only(user, today)
    )


def can_judge(user: User, challenge: Challenge, today: date) -> bool:
    return (
        follows(user, challenge)
        and allowed(challenge, Event.JUDGE)
        and not people.is_read_only(user, today)
    )


def is_chair_for(user: User, challenge: Challenge) -> bool:
    if user.role != Role.CHAIR:
        return False
    return challenge.chair_id == user.id or challenge.priority.chair_id == user.id


def answering_chair(challenge: Challenge) -> User | None:
    """Who must answer: the chair it was assigned to, unless they no longer chair anything here
    (left, or deactivated), in which case the priority's chair today."""
    assigned = challenge.chair
    if assigned is not None and assigned.active and assigned.role == Role.CHAIR:
        return assigned
    return challenge.priority.chair


def is_answering_chair(user: User, challenge: Challenge) -> bool:
    chair = answering_chair(challenge)
    return user.role == Role.CHAIR and chair is not None and chair.id == user.id


def can_answer(user: User, challenge: Challenge) -> bool:
    return is_answering_chair(user, challenge) and allowed(challenge, Event.ANSWER)


def can_manage_actions(user: User, challenge: Challenge) -> bool:
    return user.role == Role.COORDINATOR or is_chair_for(user, challenge)


def sees_discussion(user: User) -> bool:
    return user.role != Role.EXECUTIVE


def can_discuss(user: User, challenge: Challenge, today: date) -> bool:
    if not allowed(challenge, Event.DISCUSS):
        return False
    if user.role in OVERSIGHT or is_chair_for(user, challenge):
        return True
    return (
        user.role == Role.YOUNG_SCRUTINEER
        and on_my_priority(user, challenge)
        and not people.is_read_only(user, today)
    )


def can_raise(user: User, today: date) -> bool:
    return (
        user.role == Role.YOUNG_SCRUTINEER
        and bool(people.scrutineer_priorities(user))
        and not people.is_read_only(user, today)
    )
