"""Shared set-up for the scrutiny tests: a priority with its chair and Young Scrutineer, what young
people said about it (with one withheld disclosure), and helpers to drive a challenge along.

Imported by the test_scrutineers* modules; it holds no tests itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from engage import database
from engage.canvasser.models import Comment, EngagementSession
from engage.models import Priority, User
from engage.roles import Role
from engage.scrutineers.models import Challenge
from engage.themes.models import CommentAnalysis, Theme

QUOTES = [
    "people share pics of girls without asking and nobody stops it",
    "my mate's photo got sent round the whole year group",
    "the school just said delete it",
    "nobody tells you how to get a picture taken down",
    "boys ask for nudes all the time on snap",
    "you can't report it because you'll get in trouble too",
]
WITHHELD = "my uncle makes me send him photos and says not to tell"
GAMING = ["strangers message you in game chats", "adults pretend to be kids on roblox"]
SCAMS = ["there are loads of scams on tiktok", "my cousin lost money to a fake shop"]


@dataclass
class Cast:
    priority: Priority
    chair: User
    scrutineer: User


@dataclass
class Said:
    theme: Theme
    small_theme: Theme
    quotes: list[Comment]
    withheld: Comment


def run(app: Any, function: Any, *args: Any, **kwargs: Any) -> Any:
    """Runs a service inside the app, keeping what it did (the test's transaction still ends in
    a rollback)."""
    with app.test_request_context():
        result = function(*args, **kwargs)
        database.session.commit()
        return result


def fetch(model: Any, key: Any) -> Any:
    return database.session.get(model, key)


@pytest.fixture
def cast(db, make_user, priority) -> Cast:
    online = priority("online-safety")
    chair = make_user(Role.CHAIR, display_name="Chidi Chair", priorities=[online])
    scrutineer = make_user(
        Role.YOUNG_SCRUTINEER, display_name="Sam Scrutineer", priorities=[online]
    )
    online.chair = chair
    online.young_scrutineer = scrutineer
    db.flush()
    return Cast(online, chair, scrutineer)


@pytest.fixture
def said(db, make_user, group, cast) -> Said:
    partner = make_user(Role.PARTNER)
    session = EngagementSession(
        group_id=group("Youth Council").id,
        agency_id=partner.agency_id,
        recorded_by_id=partner.id,
        held_on=date(2026, 10, 1),
        status="submitted",
        submission_key=uuid.uuid4().hex,
        age_14_15=9,
    )
    db.add(session)
    db.flush()
    comments = [
        Comment(session_id=session.id, text=text, position=index)
        for index, text in enumerate([*QUOTES, WITHHELD, *GAMING, *SCAMS])
    ]
    withheld = comments[len(QUOTES)]
    withheld.withheld = True
    db.add_all(comments)
    db.flush()
    theme = Theme(
        priority_slug="online-safety",
        label="Pictures shared without asking",
        keywords=["pictures", "shared"],
        representative_ids=[str(withheld.id), str(comments[0].id)],
    )
    small = Theme(priority_slug="online-safety", label="Strangers in game chats")
    scams = Theme(priority_slug="online-safety", label="Scams and fake shops")
    db.add_all([theme, small, scams])
    db.flush()
    members = {
        theme.id: comments[: len(QUOTES) + 1],
        small.id: comments[len(QUOTES) + 1 : len(QUOTES) + 1 + len(GAMING)],
        scams.id: comments[len(QUOTES) + 1 + len(GAMING) :],
    }
    for theme_id, chosen in members.items():
        for comment in chosen:
            db.add(
                CommentAnalysis(
                    comment_id=comment.id, priority_slug="online-safety", theme_id=theme_id
                )
            )
    db.flush()
    return Said(theme, small, comments[: len(QUOTES)], withheld)


def challenge_form(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Pictures shared without asking",
        "question": "Girls said pictures get shared without asking. What will you do about it?",
        "action": "check",
    }
    data.update(overrides)
    return data


def raise_challenge(client: Any, db: Any, **overrides: Any) -> Challenge:
    """Raises and sends a challenge through the pages, as a Young Scrutineer would."""
    response = client.post("/challenges/new", data=challenge_form(**overrides))
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    challenge = newest(db)
    sent = client.post(f"/challenges/{challenge.id}/submit")
    assert sent.status_code == 302 and sent.location.endswith("/sent")
    db.expire_all()
    return newest(db)


def newest(db: Any) -> Challenge:
    return db.scalar(select(Challenge).order_by(Challenge.number.desc()))


def answer_form(
    body: str = "We will act.", actions: list[tuple[str, str, date]] | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {"body": body, "action": "send"}
    for index, (what, agency_id, due) in enumerate(actions or []):
        data[f"actions-{index}-description"] = what
        data[f"actions-{index}-agency"] = agency_id
        data[f"actions-{index}-due_on"] = [str(due.day), str(due.month), str(due.year)]
    if not actions:
        data.update(
            {"actions-0-description": "", "actions-0-agency": "", "actions-0-due_on": ["", "", ""]}
        )
    return data
