"""Verdicts and the discussion thread on a challenge."""

from __future__ import annotations

from datetime import date

from engage import audit, database
from engage.database import utcnow
from engage.models import User
from engage.scrutineers import challenges, notices, people, permissions
from engage.scrutineers.challenges import flush
from engage.scrutineers.models import (
    MESSAGE_MAX,
    REASON_MAX,
    Challenge,
    ChallengeMessage,
    Verdict,
    VerdictOutcome,
)
from engage.scrutineers.states import ChallengeError, Event, move, require

VERDICT_LABELS = {
    VerdictOutcome.ANSWERED: "Answered",
    VerdictOutcome.PARTLY: "Partly answered",
    VerdictOutcome.NOT_ANSWERED: "Not answered",
}


def judge(
    user: User,
    challenge: Challenge,
    outcome: str,
    reason: str,
    today: date,
    open_follow_up: bool = False,
) -> Challenge | None:
    """Records the verdict; returns the follow-up draft when one was asked for."""
    if people.is_read_only(user, today):
        raise ChallengeError(challenges.READ_ONLY)
    if not permissions.follows(user, challenge):
        raise ChallengeError("Only the Young Scrutineer who follows this challenge can judge it")
    require(challenge, Event.JUDGE)
    if outcome not in VERDICT_LABELS:
        raise ChallengeError("Choose whether the answer answers your challenge", "outcome")
    if not reason.strip():
        raise ChallengeError("Say why you think that", "reason")
    if len(reason) > REASON_MAX:
        raise ChallengeError(f"Your reason must be {REASON_MAX:,} characters or fewer", "reason")
    if open_follow_up and outcome == VerdictOutcome.ANSWERED:
        raise ChallengeError(
            "You said it was answered, so there is nothing to follow up. Untick the follow-up box",
            "follow_up",
        )
    move(challenge, Event.JUDGE)
    challenge.judged_at = utcnow()
    database.session.add(
        Verdict(challenge=challenge, outcome=outcome, reason=reason, judged_by_id=user.id)
    )
    flush()
    audit.record(
        "challenge_judged",
        actor=user,
        object_type="challenge",
        object_id=challenge.id,
        details={"outcome": outcome},
    )
    notices.judged(challenge, VERDICT_LABELS[VerdictOutcome(outcome)])
    if open_follow_up:
        return challenges.follow_up(user, challenge, today)
    return None


def add_message(user: User, challenge: Challenge, body: str, today: date) -> ChallengeMessage:
    if not permissions.can_discuss(user, challenge, today):
        raise ChallengeError("You cannot add to this discussion", "body")
    if not body.strip():
        raise ChallengeError("Write your message", "body")
    if len(body) > MESSAGE_MAX:
        raise ChallengeError(f"Your message must be {MESSAGE_MAX:,} characters or fewer", "body")
    message = ChallengeMessage(challenge=challenge, author_id=user.id, body=body)
    database.session.add(message)
    database.session.flush()
    audit.record(
        "challenge_message_added",
        actor=user,
        object_type="challenge",
        object_id=challenge.id,
        details={"message_id": message.id},
    )
    notices.new_message(challenge, user)
    return message
