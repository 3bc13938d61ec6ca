""" "You said, we did": the coordinator builds, edits, publishes and unpublishes a group's pack;
partners who go to that group see it, and nobody else does. Also the challenge links."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import docx
import openpyxl
import pytest
from sqlalchemy import select

from engage.database import utcnow
from engage.models import AuditEvent
from engage.reports.models import FeedbackPack
from engage.reports.readability import reading_ease
from engage.roles import Role
from engage.scrutineers.models import (
    Challenge,
    ChallengeAction,
    ChallengeEvidence,
    ChallengeResponse,
    Verdict,
)
from tests.integration.test_reports_data import make_session, make_theme

TODAY = date.today()


@pytest.fixture
def carers_data(db, group, priority):
    """The Young Carers Forum talked about two themes; a challenge cites one, with two actions."""
    online = make_theme(db, "Pictures shared without asking")
    home = make_theme(db, "Abuse at home", slug="domestic-abuse")
    carers = group("Young Carers Forum")
    make_session(
        db,
        carers,
        [(f"pics get shared {n}", online, -0.4) for n in range(6)]
        + [(f"shouting at home {n}", home, -0.6) for n in range(2)],
    )
    make_session(db, group("Youth Council"), [("council only comment", online, 0.0)])
    challenge = Challenge(
        number=7,
        priority_id=priority("online-safety").id,
        title="What will you do about shared pictures?",
        question="Tell us",
        status="judged",
        submitted_on=TODAY - timedelta(days=30),
        submitted_at=utcnow(),
        due_on=TODAY - timedelta(days=2),
        answered_on=TODAY - timedelta(days=10),
    )
    db.add(challenge)
    db.flush()
    db.add(
        ChallengeEvidence(
            challenge_id=challenge.id, kind="theme", theme_id=online.id, label=online.label
        )
    )
    response = ChallengeResponse(challenge_id=challenge.id, body_html="<p>We will act.</p>")
    db.add(response)
    db.flush()
    db.add_all(
        [
            ChallengeAction(
                challenge_id=challenge.id,
                response_id=response.id,
                priority_id=challenge.priority_id,
                description="Schools now teach what to do if a picture is shared",
                due_on=TODAY,
                status="done",
            ),
            ChallengeAction(
                challenge_id=challenge.id,
                response_id=response.id,
                priority_id=challenge.priority_id,
                description="Police will visit every school",
                due_on=TODAY + timedelta(days=60),
                status="in_progress",
            ),
        ]
    )
    db.add(Verdict(challenge_id=challenge.id, outcome="answered", reason="ok"))
    db.flush()
    return carers, online


@pytest.fixture
def coordinator(as_role):
    client, _ = as_role(Role.COORDINATOR)
    return client


def create_pack(client, group):
    start, end = TODAY - timedelta(days=364), TODAY
    data = {
        "group": str(group.id),
        "period_start": [str(start.day), str(start.month), str(start.year)],
        "period_end": [str(end.day), str(end.month), str(end.year)],
    }
    response = client.post("/reports/packs", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    return response.location.split("/")[3]


def test_the_draft_is_easy_read_and_built_from_the_groups_own_themes_and_actions(
    coordinator, carers_data, db
):
    carers, _ = carers_data
    pack_id = create_pack(coordinator, carers)
    pack = db.scalar(select(FeedbackPack))
    assert "You talked about pictures shared without asking." in pack.you_said
    assert "You talked about abuse at home." in pack.you_said
    assert "council only" not in pack.you_said
    assert "Schools now teach what to do if a picture is shared. This is done." in pack.we_did_html
    assert "Police will visit every school. We are still working on this." in pack.we_did_html
    plain = re.sub(r"<[^>]+>", " ", "\n".join([pack.you_said, pack.we_did_html, pack.next_steps]))
    assert reading_ease(plain) >= 60
    edit = coordinator.get(f"/reports/packs/{pack_id}/edit")
    assert "Reading ease of the saved words" in edit.page.main_text


def test_pressing_create_twice_finds_the_same_pack(coordinator, carers_data, db):
    carers, _ = carers_data
    assert create_pack(coordinator, carers) == create_pack(coordinator, carers)
    assert len(db.scalars(select(FeedbackPack)).all()) == 1


def test_publish_shows_it_to_partners_of_the_group_only_and_unpublish_takes_it_back(
    coordinator, carers_data, db, make_user, sign_in, new_client, group
):
    carers, _ = carers_data
    pack_id = create_pack(coordinator, carers)
    attending = sign_in(make_user(Role.PARTNER, groups=[carers]), on=new_client())
    elsewhere = sign_in(
        make_user(Role.PARTNER, groups=[group("Children Living in Care Council")]), on=new_client()
    )
    assert attending.get(f"/feedback-packs/{pack_id}").status_code == 404, "a draft is not shown"
    edited = coordinator.post(
        f"/reports/packs/{pack_id}/edit",
        data={
            "version": db.scalar(select(FeedbackPack)).version,
            "title": "You said, we did: spring",
            "you_said": "You told us pictures get shared.\n<script>alert(1)</script>",
            "we_did_html": "<ul><li>Schools teach it now.</li></ul><script>alert(2)</script>",
            "next_steps": "We will come back.",
        },
    )
    assert edited.status_code == 302
    pack = db.scalar(select(FeedbackPack))
    assert (
        "<script>" not in pack.we_did_html
        and "alert(2)" not in pack.we_did_html
        and "<li>" in pack.we_did_html
    )
    assert "<script>" not in pack.you_said
    assert coordinator.post(f"/reports/packs/{pack_id}/publish").status_code == 302
    listing = attending.get("/feedback-packs")
    assert "You said, we did: spring" in listing.page.main_text
    view = attending.get(f"/feedback-packs/{pack_id}")
    assert view.status_code == 200 and "Schools teach it now." in view.page.main_text
    download = attending.get(f"/feedback-packs/{pack_id}/download.docx")
    document = docx.Document(io.BytesIO(download.get_data()))
    assert [p.text for p in document.paragraphs if p.style.name.startswith("Heading")][:2] == [
        "You said",
        "We did",
    ]
    assert elsewhere.get(f"/feedback-packs/{pack_id}").status_code == 404
    assert elsewhere.get(f"/feedback-packs/{pack_id}/download.docx").status_code == 404
    assert "You said, we did: spring" not in elsewhere.get("/feedback-packs").page.main_text
    assert elsewhere.get("/feedback-packs/not-a-uuid").status_code == 404
    assert coordinator.get(f"/reports/packs/{pack_id}/unpublish").status_code == 200
    assert coordinator.post(f"/reports/packs/{pack_id}/unpublish").status_code == 302
    assert attending.get(f"/feedback-packs/{pack_id}").status_code == 404
    actions = [
        e.action
        for e in db.scalars(select(AuditEvent).where(AuditEvent.object_type == "feedback_pack"))
    ]
    assert {"pack_created", "pack_edited", "pack_published", "pack_unpublished"} <= set(actions)
    assert attending.post(f"/reports/packs/{pack_id}/publish").status_code == 403


def test_theme_report_lists_linked_challenges_and_actions(coordinator, carers_data):
    page = coordinator.get("/reports/themes?priority=online-safety")
    text = page.page.main_text
    assert "Challenge 7: What will you do about shared pictures?" in text
    assert "Police will visit every school (In progress" in text


def test_challenge_log_exports_every_sent_challenge(coordinator, carers_data, db):
    rows = coordinator.get("/reports/challenges/export.csv").get_data(as_text=True)
    assert (
        "What will you do about shared pictures?" in rows
        and "Answered on time" in rows.splitlines()[0]
    )
    workbook = openpyxl.load_workbook(
        io.BytesIO(coordinator.get("/reports/challenges/export.xlsx").get_data())
    )
    values = list(workbook.active.iter_rows(values_only=True))
    assert values[1][0] == 7 and values[1][7] == "Yes" and values[1][8] == "Answered"
    assert "Schools now teach" in values[1][9]
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "report_exported")).all()
    assert [e.details["format"] for e in events] == ["csv", "xlsx"] and events[0].details[
        "rows"
    ] == 1


def test_annual_pack_counts_challenges_by_priority(coordinator, carers_data):
    text = coordinator.get("/reports/annual").page.main_text
    assert "Challenges from the Young Scrutineer" in text
