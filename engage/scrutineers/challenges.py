"""A Young Scrutineer's side of a challenge: drafts, sending, withdrawing and follow-ups.

Every change of state goes through ``states.move`` and is written to the audit trail with ids and
codes only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from engage import audit, database
from engage.database import utcnow
from engage.models import Priority, User
from engage.scrutineers import calendar, evidence, notices, people, permissions
from engage.scrutineers.models import (
    QUESTION_MAX,
    TITLE_MAX,
    Challenge,
    ChallengeStatus,
    EvidenceKind,
    VerdictOutcome,
)
from engage.scrutineers.states import ChallengeError, Event, move, require

CHANGED_BY_SOMEONE_ELSE = (
    "Someone else changed this challenge while you were looking at it. Nothing was saved: "
    "check it and try again"
)
READ_ONLY = (
    "Your term as a Young Scrutineer has ended, so you can read challenges but not change them"
)


@dataclass(frozen=True)
class Draft:
    title: str
    question: str
    chosen: evidence.Chosen = field(default_factory=evidence.Chosen)


def flush() -> None:
    """Writes now, so a clash with someone else's change is reported, not a server error."""
    try:
        database.session.flush()
    except StaleDataError as error:
        database.session.rollback()
        raise ChallengeError(CHANGED_BY_SOMEONE_ELSE) from error


def _check_writable(user: User, today: date) -> None:
    if people.is_read_only(user, today):
        raise ChallengeError(READ_ONLY)


def _check_text(draft: Draft, complete: bool = False) -> None:
    """A draft needs a title; a challenge being sent also needs its question."""
    if not draft.title.strip():
        raise ChallengeError("Give your challenge a short title", "title")
    if len(draft.title) > TITLE_MAX:
        raise ChallengeError(f"The title must be {TITLE_MAX} characters or fewer", "title")
    if complete and not draft.question.strip():
        raise ChallengeError("Say what you want to know or see changed", "question")
    if len(draft.question) > QUESTION_MAX:
        raise ChallengeError(
            f"What you want to know must be {QUESTION_MAX:,} characters or fewer", "question"
        )


def _next_number() -> int:
    return (database.session.scalar(select(func.max(Challenge.number))) or 0) + 1


def _add_numbered(challenge: Challenge) -> None:
    # Two scrutineers starting a draft in the same instant would pick the same number; the
    # unique key turns that into a retry rather than a clash.
    for _ in range(5):
        challenge.number = _next_number()
        try:
            with database.session.begin_nested():
                database.session.add(challenge)
        except IntegrityError:
            continue
        return
    raise ChallengeError("The challenge could not be saved just now. Try again")


def _set_evidence(challenge: Challenge, priority: Priority, chosen: evidence.Chosen) -> None:
    challenge.evidence.clear()
    database.session.flush()
    challenge.evidence.extend(evidence.build(priority, chosen))


def _priority_for(author: User, priority_id: str | None) -> Priority:
    mine = people.scrutineer_priorities(author)
    if not mine:
        raise ChallengeError("You are not linked to a priority yet. Ask the coordinator")
    if priority_id:
        for priority in mine:
            if str(priority.id) == priority_id:
                return priority
        raise ChallengeError("Choose your priority from the list", "priority")
    return mine[0]


def new_draft(
    author: User,
    draft: Draft,
    today: date,
    priority_id: str | None = None,
    follow_up_of: Challenge | None = None,
) -> Challenge:
    _check_writable(author, today)
    _check_text(draft)
    priority = follow_up_of.priority if follow_up_of else _priority_for(author, priority_id)
    challenge = Challenge(
        priority=priority,
        raised_by_id=author.id,
        scrutineer_id=author.id,
        title=draft.title,
        question=draft.question,
        status=ChallengeStatus.DRAFT,
        follow_up_of_id=follow_up_of.id if follow_up_of else None,
    )
    _add_numbered(challenge)
    _set_evidence(challenge, priority, draft.chosen)
    audit.record(
        "challenge_drafted",
        actor=author,
        object_type="challenge",
        object_id=challenge.id,
        details={"priority_id": priority.id, "follow_up_of": challenge.follow_up_of_id},
    )
    return challenge


def update_draft(author: User, challenge: Challenge, draft: Draft, today: date) -> None:
    _check_writable(author, today)
    require(challenge, Event.EDIT)
    _check_text(draft)
    challenge.title = draft.title
    challenge.question = draft.question
    _set_evidence(challenge, challenge.priority, draft.chosen)
    flush()


def submit(author: User, challenge: Challenge, today: date) -> bool:
    """Sends the draft. A second press of the button changes nothing and returns False."""
    _check_writable(author, today)
    if challenge.status != ChallengeStatus.DRAFT and challenge.scrutineer_id == author.id:
        return False
    _check_text(Draft(challenge.title, challenge.question), complete=True)
    move(challenge, Event.SUBMIT)
    challenge.submitted_at = utcnow()
    challenge.submitted_on = today
    challenge.due_on = calendar.due_date(today)
    challenge.chair_id = challenge.priority.chair_id
    challenge.scrutineer_id = author.id
    flush()
    audit.record(
        "challenge_submitted",
        actor=author,
        object_type="challenge",
        object_id=challenge.id,
        details={
            "priority_id": challenge.priority_id,
            "chair_id": challenge.chair_id,
            "due_on": challenge.due_on.isoformat(),
            "evidence": len(challenge.evidence),
            "follow_up_of": challenge.follow_up_of_id,
        },
    )
    notices.submitted(challenge)
    return True


def discard(author: User, challenge: Challenge, today: date) -> None:
    _check_writable(author, today)
    require(challenge, Event.DISCARD)
    audit.record(
        "challenge_draft_deleted", actor=author, object_type="challenge", object_id=challenge.id
    )
    database.session.delete(challenge)
    database.session.flush()


def withdraw(user: User, challenge: Challenge, today: date) -> None:
    _check_writable(user, today)
    if not permissions.follows(user, challenge):
        raise ChallengeError("Only the Young Scrutineer who follows this challenge can withdraw it")
    before = move(challenge, Event.WITHDRAW)
    challenge.withdrawn_at = utcnow()
    flush()
    audit.record(
        "challenge_withdrawn",
        actor=user,
        object_type="challenge",
        object_id=challenge.id,
        details={"from": before},
    )
    notices.withdrawn(challenge)


FOLLOW_UP_OUTCOMES = frozenset({VerdictOutcome.PARTLY, VerdictOutcome.NOT_ANSWERED})


def can_follow_up(user: User, challenge: Challenge, today: date) -> bool:
    return (
        permissions.follows(user, challenge)
        and challenge.status == ChallengeStatus.JUDGED
        and challenge.verdict is not None
        and challenge.verdict.outcome in FOLLOW_UP_OUTCOMES
        and not people.is_read_only(user, today)
    )


def follow_up(user: User, earlier: Challenge, today: date) -> Challenge:
    """A new draft that links to the earlier challenge and cites its answer."""
    if not can_follow_up(user, earlier, today):
        raise ChallengeError(
            "You can open a follow-up once you have said a challenge was partly answered or "
            "not answered"
        )
    existing = database.session.scalar(
        select(Challenge).where(
            Challenge.follow_up_of_id == earlier.id,
            Challenge.raised_by_id == user.id,
            Challenge.status == ChallengeStatus.DRAFT,
        )
    )
    if existing is not None:
        return existing
    cited = evidence.Chosen(
        responses=[str(earlier.response.id)] if earlier.response else [],
        themes=evidence.chosen_from(earlier).themes,
    )
    return new_draft(
        user,
        Draft(title=f"Follow-up: {earlier.title}"[:TITLE_MAX], question="", chosen=cited),
        today,
        follow_up_of=earlier,
    )


def cites_a_theme(challenge: Challenge) -> bool:
    return any(item.kind == EvidenceKind.THEME for item in challenge.evidence)
