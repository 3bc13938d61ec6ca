"""Every scrutiny page opens for the people who may use it, and no one else (the test client checks
each page: a title, one h1, unique ids); and the smaller chair and coordinator tools work."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from engage.roles import Role
from engage.scrutineers.models import ActionUpdate, ChallengeAction, ReplyTemplate
from tests.integration import test_scrutineers_fixtures as support
from tests.integration.test_scrutineers_fixtures import answer_form, raise_challenge

cast = support.cast
said = support.said


def test_every_page_opens_for_each_role(cast, said, sign_in, make_user, new_client, db, agency):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db, themes=[str(said.theme.id)])
    chair = sign_in(cast.chair, on=new_client())
    due = date.today() + timedelta(days=30)
    chair.post(
        f"/challenges/{challenge.id}/answer",
        data=answer_form("We will.", [("Run a session", str(agency("Youth Service").id), due)]),
    )
    action = db.scalar(select(ChallengeAction))
    waiting = raise_challenge(scrutineer, db, title="Still waiting")
    people = {
        Role.YOUNG_SCRUTINEER: scrutineer,
        Role.CHAIR: chair,
        Role.INDEPENDENT_SCRUTINEER: sign_in(
            make_user(Role.INDEPENDENT_SCRUTINEER), on=new_client()
        ),
        Role.COORDINATOR: sign_in(make_user(Role.COORDINATOR), on=new_client()),
        Role.EXECUTIVE: sign_in(make_user(Role.EXECUTIVE), on=new_client()),
        Role.SAFEGUARDING_LEAD: sign_in(make_user(Role.SAFEGUARDING_LEAD), on=new_client()),
        Role.PARTNER: sign_in(make_user(Role.PARTNER), on=new_client()),
    }
    everyone_involved = {
        Role.YOUNG_SCRUTINEER,
        Role.CHAIR,
        Role.INDEPENDENT_SCRUTINEER,
        Role.COORDINATOR,
        Role.EXECUTIVE,
    }
    dashboards = {Role.INDEPENDENT_SCRUTINEER, Role.COORDINATOR, Role.EXECUTIVE}
    pages = {
        "/challenges": everyone_involved,
        "/challenges/all?status=open": everyone_involved,
        f"/challenges/{challenge.id}": everyone_involved,
        f"/challenges/actions/{action.id}": everyone_involved,
        "/challenges/actions?status=planned": everyone_involved - {Role.YOUNG_SCRUTINEER},
        "/challenges/templates": {Role.CHAIR, Role.COORDINATOR},
        "/challenges/templates/new": {Role.CHAIR, Role.COORDINATOR},
        f"/challenges/{waiting.id}/answer": {Role.CHAIR},
        f"/challenges/{waiting.id}/reassign": {Role.COORDINATOR},
        f"/challenges/{waiting.id}/extend": {Role.COORDINATOR},
        "/challenges/closure-days": {Role.COORDINATOR},
        "/challenges/escalations?show=all": dashboards,
        "/challenges/responsiveness": dashboards,
        "/challenges/scrutineers": {Role.INDEPENDENT_SCRUTINEER, Role.COORDINATOR},
        f"/challenges/scrutineers/{cast.scrutineer.id}": {
            Role.INDEPENDENT_SCRUTINEER,
            Role.COORDINATOR,
        },
        "/challenges/requests?status=all": {Role.COORDINATOR, Role.SAFEGUARDING_LEAD},
        "/my-data": {Role.YOUNG_SCRUTINEER},
        "/home": set(people) - {Role.YOUNG_SCRUTINEER},
    }
    young = people[Role.YOUNG_SCRUTINEER].get("/home")
    assert young.status_code == 302 and young.location.endswith("/challenges"), young.location
    for path, allowed in pages.items():
        for role, client in people.items():
            if path == "/home" and role is Role.YOUNG_SCRUTINEER:
                continue
            status = client.get(path).status_code
            if role in allowed:
                assert status == 200, f"{role} {path}: {status}"
            else:
                assert status in (403, 404), f"{role} should not open {path}: {status}"


def test_a_chair_keeps_reply_templates_and_starts_an_answer_from_one(cast, sign_in, new_client, db):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    chair = sign_in(cast.chair, on=new_client())
    saved = chair.post(
        "/challenges/templates/new",
        data={
            "priority": str(cast.priority.id),
            "title": "Thanks",
            "body": "Thank you for this.\n\n- First step",
        },
    )
    assert saved.status_code == 302
    clash = chair.post(
        "/challenges/templates/new",
        data={"priority": str(cast.priority.id), "title": "Thanks", "body": "Again"},
    )
    assert "already has a template with that name" in clash.page.main_text
    template = db.scalar(select(ReplyTemplate))
    page = chair.get(f"/challenges/{challenge.id}/answer?template={template.id}")
    assert "Thank you for this." in page.get_data(as_text=True)
    more = chair.post(
        f"/challenges/{challenge.id}/answer",
        data={**answer_form("Kept while adding"), "action": "add_action"},
    )
    assert more.status_code == 200
    assert "What will be done (action 2)" in more.page.main_text
    assert "Kept while adding" in more.get_data(as_text=True)
    assert chair.post(f"/challenges/templates/{template.id}/delete").status_code == 302
    assert db.scalar(select(ReplyTemplate)) is None


def test_another_chairs_templates_are_not_theirs_to_change(
    cast, sign_in, make_user, priority, new_client, db
):
    db.add(ReplyTemplate(priority_id=cast.priority.id, title="Ours", body="x"))
    db.flush()
    template = db.scalar(select(ReplyTemplate))
    other = priority("exploitation")
    stranger = make_user(Role.CHAIR)
    other.chair = stranger
    db.flush()
    client = sign_in(stranger, on=new_client())
    assert client.get(f"/challenges/templates/{template.id}").status_code == 404
    assert client.post(f"/challenges/templates/{template.id}/delete").status_code == 404


def test_action_progress_is_recorded_by_the_chair(cast, sign_in, new_client, db, agency):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db)
    chair = sign_in(cast.chair, on=new_client())
    due = date.today() + timedelta(days=10)
    chair.post(
        f"/challenges/{challenge.id}/answer",
        data=answer_form("Yes.", [("Write to the apps", str(agency("Youth Service").id), due)]),
    )
    action = db.scalar(select(ChallengeAction))
    nothing = chair.post(f"/challenges/actions/{action.id}", data={"status": "planned", "note": ""})
    assert "Say what has happened, or choose a new status" in nothing.page.main_text
    done = chair.post(
        f"/challenges/actions/{action.id}", data={"status": "done", "note": "Letters sent"}
    )
    assert done.status_code == 302
    db.expire_all()
    action = db.get(ChallengeAction, action.id)
    assert action.status == "done" and action.completed_on == date.today()
    assert db.scalar(select(ActionUpdate)).note == "Letters sent"
    page = scrutineer.get(f"/challenges/actions/{action.id}")
    assert "Letters sent" in page.page.main_text and "Add an update" not in page.page.main_text
    assert scrutineer.post(
        f"/challenges/actions/{action.id}", data={"status": "planned"}
    ).status_code in (403, 405)
