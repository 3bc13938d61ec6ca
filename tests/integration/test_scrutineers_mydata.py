"""A Young Scrutineer's own data: the download, their choices, and requests and worries."""

from __future__ import annotations

import json

from sqlalchemy import select

from engage.models import AuditEvent, Notification
from engage.roles import Role
from engage.scrutineers.models import DataRequest, MentorNote
from tests.integration import test_scrutineers_fixtures as support
from tests.integration.test_scrutineers_fixtures import raise_challenge

# The shared fixtures, made visible to pytest in this module.
cast = support.cast


def test_download_everything_held_about_me(cast, sign_in, make_user, db):
    client = sign_in(cast.scrutineer)
    challenge = raise_challenge(client, db)
    client.post(f"/challenges/{challenge.id}/messages", data={"body": "Any news yet?"})
    mentor = make_user(Role.INDEPENDENT_SCRUTINEER)
    db.add(
        MentorNote(
            scrutineer_id=cast.scrutineer.id, author_id=mentor.id, body="Growing in confidence"
        )
    )
    db.flush()
    page = client.get("/my-data")
    assert "Download my data" in page.page.main_text
    response = client.get("/my-data/download")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.headers["Cache-Control"] == "no-store"
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["email"] == cast.scrutineer.email
    assert data["account"]["priorities"] == ["Staying Safe Online"]
    assert data["challenges"][0]["title"] == challenge.title
    assert data["messages"][0]["message"] == "Any news yet?"
    assert data["mentor_notes"][0]["note"] == "Growing in confidence"
    assert any(item["what"] == "challenge_submitted" for item in data["things_you_did"])
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "my_data_downloaded"))


def test_only_young_scrutineers_have_a_my_data_page(as_role):
    client, _ = as_role(Role.CHAIR)
    assert client.get("/my-data").status_code == 403
    assert client.get("/my-data/download").status_code == 403


def test_a_correction_request_reaches_the_coordinator_and_comes_back(
    cast, sign_in, make_user, new_client, db
):
    coordinator_user = make_user(Role.COORDINATOR)
    client = sign_in(cast.scrutineer)
    empty = client.post("/my-data/ask/correction", data={"details": ""})
    assert "Tell us what is wrong and what it should say" in empty.page.main_text
    sent = client.post("/my-data/ask/correction", data={"details": "My name is spelt Samm"})
    assert sent.status_code == 302
    assert "We have got your message" in client.get(sent.location).page.main_text
    note = db.scalar(select(Notification).where(Notification.user_id == coordinator_user.id))
    assert "asked about their data" in note.title and "Samm" not in note.title + note.body
    coordinator = sign_in(coordinator_user, on=new_client())
    listing = coordinator.get("/challenges/requests")
    assert "Correct something" in listing.page.main_text
    request = db.scalar(select(DataRequest))
    page = coordinator.get(f"/challenges/requests/{request.id}")
    assert "My name is spelt Samm" in page.page.main_text
    assert coordinator.post(f"/challenges/requests/{request.id}").status_code == 302
    db.expire_all()
    assert db.get(DataRequest, request.id).handled_at is not None
    back = db.scalar(
        select(Notification).where(
            Notification.user_id == cast.scrutineer.id, Notification.kind == "data_request"
        )
    )
    assert back is not None and "dealt with" in back.title


def test_a_worry_goes_to_the_safeguarding_lead_and_says_what_to_do_now(
    cast, sign_in, make_user, new_client, db
):
    lead_user = make_user(Role.SAFEGUARDING_LEAD)
    client = sign_in(cast.scrutineer)
    form = client.get("/my-data/ask/worry").page.main_text
    assert "call 999" in form and "Childline" in form and "0800 1111" in form
    client.post("/my-data/ask/worry", data={"details": "An adult keeps messaging me on Snapchat"})
    request = db.scalar(select(DataRequest))
    assert request.kind == "worry"
    note = db.scalar(select(Notification).where(Notification.user_id == lead_user.id))
    assert note.title == "A Young Scrutineer has reported a worry" and "Snapchat" not in note.body
    lead = sign_in(lead_user, on=new_client())
    assert "Worries from Young Scrutineers" in lead.get("/home").page.main_text
    page = lead.get(f"/challenges/requests/{request.id}")
    assert "An adult keeps messaging me on Snapchat" in page.page.main_text
    viewed = db.scalar(select(AuditEvent).where(AuditEvent.action == "data_request_viewed"))
    assert viewed.actor_id == lead_user.id


def test_the_safeguarding_lead_sees_worries_but_not_data_requests(
    cast, sign_in, make_user, new_client, db
):
    client = sign_in(cast.scrutineer)
    client.post("/my-data/ask/deletion", data={"details": ""})
    request = db.scalar(select(DataRequest))
    assert request.kind == "deletion"
    lead = sign_in(make_user(Role.SAFEGUARDING_LEAD), on=new_client())
    assert lead.get(f"/challenges/requests/{request.id}").status_code == 404
    assert "There are no requests here" in lead.get("/challenges/requests").page.main_text


def test_choices_start_private_and_can_be_changed(cast, sign_in, db):
    client = sign_in(cast.scrutineer)
    page = client.get("/my-data/choices")
    html = page.get_data(as_text=True)
    assert 'name="show_name" type="radio" value="no" checked' in html
    missing = client.post("/my-data/choices", data={})
    assert "Choose yes or no" in missing.page.main_text
