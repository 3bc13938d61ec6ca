"""The state machine a challenge follows: only the moves drawn in engage.scrutineers.states."""

from __future__ import annotations

import pytest

from engage.scrutineers.models import Challenge, ChallengeStatus
from engage.scrutineers.states import TRANSITIONS, ChallengeError, Event, allowed, move

S = ChallengeStatus


def challenge(status: str) -> Challenge:
    return Challenge(title="t", question="q", status=status)


@pytest.mark.parametrize(
    ("start", "event", "end"),
    [
        (S.DRAFT, Event.SUBMIT, S.SUBMITTED),
        (S.SUBMITTED, Event.ANSWER, S.ANSWERED),
        (S.ANSWERED, Event.JUDGE, S.JUDGED),
        (S.SUBMITTED, Event.WITHDRAW, S.WITHDRAWN),
        (S.WITHDRAWN, Event.CLOSE, S.CLOSED),
        (S.JUDGED, Event.CLOSE, S.CLOSED),
    ],
)
def test_the_moves_that_are_allowed(start, event, end):
    item = challenge(start)
    assert move(item, event) == start
    assert item.status == end


def test_every_other_move_is_refused_and_changes_nothing():
    for event, (sources, _) in TRANSITIONS.items():
        for status in S:
            if status in sources:
                continue
            item = challenge(status)
            with pytest.raises(ChallengeError) as refused:
                move(item, event)
            assert item.status == status
            assert str(refused.value).startswith("This challenge")


def test_the_refusals_people_meet_most_say_what_happened():
    with pytest.raises(ChallengeError, match="has not been answered yet, so you cannot give a"):
        move(challenge(S.SUBMITTED), Event.JUDGE)
    with pytest.raises(ChallengeError, match="was withdrawn by the Young Scrutineer, so it cannot"):
        move(challenge(S.WITHDRAWN), Event.ANSWER)
    with pytest.raises(ChallengeError, match="Delete the draft instead"):
        move(challenge(S.DRAFT), Event.WITHDRAW)
    with pytest.raises(ChallengeError, match="already has an answer, so it cannot be answered"):
        move(challenge(S.ANSWERED), Event.ANSWER)


def test_changes_that_keep_the_state():
    assert allowed(challenge(S.SUBMITTED), Event.EXTEND)
    assert not allowed(challenge(S.ANSWERED), Event.EXTEND)
    assert allowed(challenge(S.DRAFT), Event.EDIT) and not allowed(
        challenge(S.SUBMITTED), Event.EDIT
    )
    assert not allowed(challenge(S.CLOSED), Event.DISCUSS)
    item = challenge(S.SUBMITTED)
    assert move(item, Event.REASSIGN) == S.SUBMITTED and item.status == S.SUBMITTED
