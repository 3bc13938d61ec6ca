"""Notifications about challenges, in fixed wording built from numbers, dates and priority titles.

A challenge's title and question are a young person's own words, so they never go into a
notification or an e-mail: people are told "challenge 12" and follow the link.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import current_app

from engage.models import User
from engage.notifications.services import notify
from engage.roles import Role
from engage.scrutineers import people, permissions
from engage.scrutineers.models import Challenge
from engage.templating import long_date

KIND = "challenge"


def absolute(path: str) -> str:
    """A link that works in an e-mail as well as in the app (when the address is configured)."""
    return current_app.config["ENGAGE"].public_base_url + path


def challenge_link(challenge: Challenge) -> str:
    return absolute(f"/challenges/{challenge.id}")


def send(
    recipients: Iterable[User | None],
    challenge: Challenge,
    title: str,
    body: str,
    key: str | None = None,
    skip: User | None = None,
) -> int:
    """Notifies each person once; ``key`` (with the challenge id) makes a repeat a no-op."""
    sent = 0
    seen: set[object] = set()
    for person in recipients:
        if person is None or not person.active or person.id in seen:
            continue
        if skip is not None and person.id == skip.id:
            continue
        seen.add(person.id)
        dedupe = f"challenge:{challenge.id}:{key}" if key else None
        if notify(person, KIND, title, body, challenge_link(challenge), dedupe) is not None:
            sent += 1
    return sent


def oversight() -> list[User]:
    return people.active_people(Role.INDEPENDENT_SCRUTINEER) + people.active_people(
        Role.COORDINATOR
    )


def chair_of(challenge: Challenge) -> User | None:
    return permissions.answering_chair(challenge)


def submitted(challenge: Challenge) -> None:
    due = long_date(challenge.effective_due_on)
    chair = chair_of(challenge)
    send(
        [chair],
        challenge,
        f"New challenge {challenge.number} for {challenge.priority.title}",
        f"A Young Scrutineer has sent a challenge to your priority group. Please answer it by "
        f"{due}.",
        key="submitted",
    )
    send(
        people.active_people(Role.INDEPENDENT_SCRUTINEER),
        challenge,
        f"Challenge {challenge.number} sent to {challenge.priority.title}",
        f"It is due to be answered by {due}.",
        key="submitted",
    )
    if chair is None:
        send(
            people.active_people(Role.COORDINATOR),
            challenge,
            f"Challenge {challenge.number} has no chair to answer it",
            f"{challenge.priority.title} has no chair. Choose a chair for the challenge.",
            key="no-chair",
        )


def answered(challenge: Challenge) -> None:
    send(
        [challenge.scrutineer],
        challenge,
        f"Your challenge {challenge.number} has an answer",
        "Read the answer and tell us if it answers your challenge.",
        key="answered",
    )


def judged(challenge: Challenge, outcome_label: str) -> None:
    send(
        [chair_of(challenge), *people.active_people(Role.INDEPENDENT_SCRUTINEER)],
        challenge,
        f"Challenge {challenge.number}: the Young Scrutineer's verdict is {outcome_label.lower()}",
        "The Young Scrutineer has judged the answer to their challenge.",
        key="judged",
    )


def withdrawn(challenge: Challenge) -> None:
    send(
        [chair_of(challenge), *people.active_people(Role.INDEPENDENT_SCRUTINEER)],
        challenge,
        f"Challenge {challenge.number} was withdrawn",
        "The Young Scrutineer withdrew this challenge. It does not need an answer now.",
        key="withdrawn",
    )


def new_message(challenge: Challenge, author: User) -> None:
    send(
        [challenge.scrutineer, chair_of(challenge)],
        challenge,
        f"New message about challenge {challenge.number}",
        "Someone has added to the discussion about this challenge.",
        skip=author,
    )


def reassigned(challenge: Challenge) -> None:
    send(
        [challenge.chair],
        challenge,
        f"Challenge {challenge.number} has been passed to you to answer",
        f"Please answer it by {long_date(challenge.effective_due_on)}.",
        key=f"reassigned:{challenge.chair_id}",
    )


def extended(challenge: Challenge) -> None:
    send(
        [chair_of(challenge), challenge.scrutineer],
        challenge,
        f"Challenge {challenge.number} now has until {long_date(challenge.effective_due_on)}",
        "The coordinator has given more time to answer this challenge.",
        key=f"extended:{challenge.effective_due_on}",
    )


def handed_over(challenge: Challenge) -> None:
    send(
        [challenge.scrutineer],
        challenge,
        f"Challenge {challenge.number} has been passed to you",
        "The Young Scrutineer who raised it has finished their term. You now follow it.",
        key=f"handover:{challenge.scrutineer_id}",
    )
