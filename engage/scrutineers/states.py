"""The life of a challenge, as an explicit state machine.

    draft --submit--> submitted --answer--> answered --judge--> judged --close--> closed
                          |
                          +--withdraw--> withdrawn --close--> closed

A draft is never "withdrawn": it was never sent, so its author simply discards it. Anything not
drawn above is refused with a message a person can act on; the services call ``move`` (or
``require`` for changes that keep the state, such as a longer deadline) before touching anything.
"""

from __future__ import annotations

from enum import StrEnum

from engage.scrutineers.models import Challenge, ChallengeStatus

S = ChallengeStatus


class Event(StrEnum):
    SUBMIT = "submit"
    EDIT = "edit"
    DISCARD = "discard"
    ANSWER = "answer"
    JUDGE = "judge"
    WITHDRAW = "withdraw"
    CLOSE = "close"
    EXTEND = "extend"
    REASSIGN = "reassign"
    DISCUSS = "discuss"


# event -> (states it may happen in, state it leads to; None keeps the state)
TRANSITIONS: dict[Event, tuple[frozenset[str], str | None]] = {
    Event.SUBMIT: (frozenset({S.DRAFT}), S.SUBMITTED),
    Event.EDIT: (frozenset({S.DRAFT}), None),
    Event.DISCARD: (frozenset({S.DRAFT}), None),
    Event.ANSWER: (frozenset({S.SUBMITTED}), S.ANSWERED),
    Event.JUDGE: (frozenset({S.ANSWERED}), S.JUDGED),
    Event.WITHDRAW: (frozenset({S.SUBMITTED}), S.WITHDRAWN),
    Event.CLOSE: (frozenset({S.WITHDRAWN, S.JUDGED}), S.CLOSED),
    Event.EXTEND: (frozenset({S.SUBMITTED}), None),
    Event.REASSIGN: (frozenset({S.SUBMITTED}), None),
    Event.DISCUSS: (frozenset({S.SUBMITTED, S.ANSWERED, S.JUDGED, S.WITHDRAWN}), None),
}

_WHERE_IT_IS = {
    S.DRAFT: "has not been sent yet",
    S.SUBMITTED: "is still waiting for an answer",
    S.ANSWERED: "already has an answer",
    S.JUDGED: "has already been judged",
    S.WITHDRAWN: "was withdrawn",
    S.CLOSED: "is closed",
}

_WHAT_WAS_TRIED = {
    Event.SUBMIT: "sent again",
    Event.EDIT: "changed",
    Event.DISCARD: "deleted",
    Event.ANSWER: "answered",
    Event.JUDGE: "judged",
    Event.WITHDRAW: "withdrawn",
    Event.CLOSE: "closed",
    Event.EXTEND: "given more time",
    Event.REASSIGN: "passed to another chair",
    Event.DISCUSS: "discussed",
}

# The two refusals people will meet most often get wording of their own.
_SPECIAL: dict[tuple[Event, str], str] = {
    (Event.JUDGE, S.SUBMITTED): (
        "This challenge has not been answered yet, so you cannot give a verdict on it"
    ),
    (Event.ANSWER, S.WITHDRAWN): (
        "This challenge was withdrawn by the Young Scrutineer, so it cannot be answered"
    ),
    (Event.CLOSE, S.SUBMITTED): (
        "This challenge is still waiting for an answer. Only a withdrawn or judged challenge "
        "can be closed"
    ),
    (Event.WITHDRAW, S.DRAFT): "This challenge has not been sent yet. Delete the draft instead",
}


class ChallengeError(ValueError):
    """A plain-language reason nothing was changed; ``field`` names the form field it concerns."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def refusal(event: Event, status: str) -> str:
    special = _SPECIAL.get((event, status))
    if special:
        return special
    where = _WHERE_IT_IS.get(status, f"is {status}")  # type: ignore[call-overload]
    return f"This challenge {where}, so it cannot be {_WHAT_WAS_TRIED[event]}"


def allowed(challenge: Challenge, event: Event) -> bool:
    return challenge.status in TRANSITIONS[event][0]


def require(challenge: Challenge, event: Event) -> None:
    """Raises ``ChallengeError`` unless ``event`` may happen to the challenge as it is now."""
    if not allowed(challenge, event):
        raise ChallengeError(refusal(event, challenge.status))


def move(challenge: Challenge, event: Event) -> str:
    """Applies ``event`` to the challenge's state and returns the state it was in."""
    require(challenge, event)
    before = challenge.status
    target = TRANSITIONS[event][1]
    if target is not None:
        challenge.status = target
    return before
