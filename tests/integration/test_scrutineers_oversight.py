"""The coordinator, the Independent Scrutineer and the Executive Group: reassigning, closing,
mentor notes, escalations and how responsive each priority group is."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from engage.models import AuditEvent, Notification
from engage.roles import Role
from engage.scrutineers import escalation
from engage.scrutineers.models import Challenge, ChallengeStatus, MentorNote
from tests.integration import test_scrutineers_fixtures as support
from tests.integration.test_scrutineers_fixtures import answer_form, raise_challenge, run

# The shared fixtures, made visible to pytest in this module.
cast = support.cast


def test_the_coordinator_passes_a_challenge_to_another_chair(
    cast, sign_in, make_user, new_client, db
):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    deputy = make_user(Role.CHAIR, display_name="Dee Deputy")
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    form = coordinator.get(f"/challenges/{challenge.id}/reassign")
    assert "Dee Deputy" in form.page.main_text
    same = coordinator.post(
        f"/challenges/{challenge.id}/reassign", data={"chair": str(cast.chair.id)}
    )
    assert "already has this challenge" in same.page.main_text
    moved = coordinator.post(f"/challenges/{challenge.id}/reassign", data={"chair": str(deputy.id)})
    assert moved.status_code == 302
    db.expire_all()
    assert db.get(Challenge, challenge.id).chair_id == deputy.id
    note = db.scalar(select(Notification).where(Notification.user_id == deputy.id))
    assert "passed to you" in note.title
    original = sign_in(cast.chair, on=new_client())
    passed_on = original.post(f"/challenges/{challenge.id}/answer", data=answer_form())
    assert (
        "passed this challenge to another chair" in original.get(passed_on.location).page.main_text
    )
    deputy_client = sign_in(deputy, on=new_client())
    answered = deputy_client.post(f"/challenges/{challenge.id}/answer", data=answer_form())
    assert answered.status_code == 302
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "challenge_reassigned"))
    assert event.details == {"from": str(cast.chair.id), "to": str(deputy.id)}


def test_only_a_withdrawn_or_judged_challenge_can_be_closed(
    cast, sign_in, make_user, new_client, db
):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    refused = coordinator.post(f"/challenges/{challenge.id}/close")
    page = coordinator.get(refused.location)
    assert "Only a withdrawn or judged challenge can be closed" in page.page.main_text
    db.expire_all()
    assert db.get(Challenge, challenge.id).status == ChallengeStatus.SUBMITTED


def test_only_the_coordinator_reassigns_extends_or_closes(cast, sign_in, make_user, new_client, db):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    for role in (Role.INDEPENDENT_SCRUTINEER, Role.CHAIR, Role.EXECUTIVE):
        client = sign_in(make_user(role), on=new_client())
        for page in ("reassign", "extend", "close"):
            assert client.post(f"/challenges/{challenge.id}/{page}").status_code == 403


def test_mentor_notes_are_for_the_independent_scrutineer_and_coordinator_only(
    cast, sign_in, make_user, new_client, db
):
    mentor = sign_in(make_user(Role.INDEPENDENT_SCRUTINEER), on=new_client())
    listing = mentor.get("/challenges/scrutineers")
    assert "Sam Scrutineer" in listing.page.main_text
    saved = mentor.post(
        f"/challenges/scrutineers/{cast.scrutineer.id}",
        data={"note-body": "Practise summarising the evidence"},
    )
    assert saved.status_code == 302
    empty = mentor.post(f"/challenges/scrutineers/{cast.scrutineer.id}", data={"note-body": ""})
    assert "Write your note" in empty.page.main_text
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    page = coordinator.get(f"/challenges/scrutineers/{cast.scrutineer.id}")
    assert "Practise summarising the evidence" in page.page.main_text
    assert (
        coordinator.post(
            f"/challenges/scrutineers/{cast.scrutineer.id}", data={"note-body": "x"}
        ).status_code
        == 403
    )
    for person in (cast.scrutineer, cast.chair, make_user(Role.EXECUTIVE)):
        client = sign_in(person, on=new_client())
        assert client.get(f"/challenges/scrutineers/{cast.scrutineer.id}").status_code == 403
    assert len(list(db.scalars(select(MentorNote)))) == 1
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "mentor_note_added"))
    assert "summarising" not in str(event.details)


def test_the_coordinator_sets_a_term_and_hands_over(cast, sign_in, make_user, new_client, db):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    successor = make_user(Role.YOUNG_SCRUTINEER, display_name="Riya Next")
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    ends = date.today() - timedelta(days=1)
    set_term = coordinator.post(
        f"/challenges/scrutineers/{cast.scrutineer.id}/term",
        data={"term-term_ends_on": [str(ends.day), str(ends.month), str(ends.year)]},
    )
    assert set_term.status_code == 302
    page = coordinator.get(set_term.location)
    assert "Ended: read only" in page.page.main_text
    missing = coordinator.post(
        f"/challenges/scrutineers/{cast.scrutineer.id}/handover", data={"handover-successor": ""}
    )
    assert "Choose the Young Scrutineer who takes over" in missing.page.main_text
    handed = coordinator.post(
        f"/challenges/scrutineers/{cast.scrutineer.id}/handover",
        data={"handover-successor": str(successor.id)},
    )
    assert "1 open challenge handed over" in coordinator.get(handed.location).page.main_text
    db.expire_all()
    assert db.get(Challenge, challenge.id).scrutineer_id == successor.id
    assert db.get(type(cast.priority), cast.priority.id).young_scrutineer_id == successor.id
    riya = sign_in(successor, on=new_client())
    chair = sign_in(cast.chair, on=new_client())
    chair.post(f"/challenges/{challenge.id}/answer", data=answer_form())
    judged = riya.post(
        f"/challenges/{challenge.id}/verdict", data={"outcome": "answered", "reason": "Clear"}
    )
    assert judged.status_code == 302


def test_escalations_reach_the_right_people(app, cast, sign_in, make_user, new_client, db):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    mentor = sign_in(make_user(Role.INDEPENDENT_SCRUTINEER), on=new_client())
    executive = sign_in(make_user(Role.EXECUTIVE), on=new_client())
    assert "There are no escalations" in mentor.get("/challenges/escalations").page.main_text
    run(app, escalation.tick, challenge.due_on + timedelta(days=1))
    seen = mentor.get("/challenges/escalations").page.main_text
    assert challenge.title in seen and "Overdue" in seen
    assert challenge.title not in executive.get("/challenges/escalations").page.main_text
    long_after = challenge.due_on + timedelta(days=60)
    run(app, escalation.tick, long_after)
    exec_page = executive.get("/challenges/escalations").page.main_text
    assert challenge.title in exec_page and "Long overdue" in exec_page
    assert "Escalations" in executive.get("/home").page.main_text
    chair = sign_in(cast.chair, on=new_client())
    assert chair.get("/challenges/escalations").status_code == 403


def test_responsiveness_is_exact_for_the_coordinator_and_suppressed_for_others(
    cast, sign_in, make_user, new_client, db
):
    scrutineer = sign_in(cast.scrutineer)
    chair = sign_in(cast.chair, on=new_client())
    made = [raise_challenge(scrutineer, db, title=f"Challenge {n}") for n in range(7)]
    for challenge in made[:6]:
        chair.post(f"/challenges/{challenge.id}/answer", data=answer_form())
    for challenge in made[:5]:
        scrutineer.post(
            f"/challenges/{challenge.id}/verdict", data={"outcome": "answered", "reason": "ok"}
        )
    late = made[6]
    late.submitted_on = date.today() - timedelta(days=90)
    late.due_on = date.today() - timedelta(days=60)
    db.flush()

    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    exact = coordinator.get("/challenges/responsiveness").page.main_text
    assert "Staying Safe Online 7 6 0 1 0 1 5 0" in exact

    executive = sign_in(make_user(Role.EXECUTIVE), on=new_client())
    shown = executive.get("/challenges/responsiveness").page.main_text
    # One small count would give itself away from the total, so the smallest other count is
    # hidden with it (secondary suppression).
    assert "Staying Safe Online 7 fewer than 5 0 fewer than 5 0 fewer than 5 5 0" in shown
    assert "counts below 5 show as “fewer than 5”" in shown
    mentor = sign_in(make_user(Role.INDEPENDENT_SCRUTINEER), on=new_client())
    assert "fewer than 5" in mentor.get("/challenges/responsiveness").page.main_text
    assert sign_in(cast.chair, on=new_client()).get("/challenges/responsiveness").status_code == 403


def test_a_hidden_number_raised_never_reads_fewer_than(cast, sign_in, make_user, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    for n in range(4):
        raise_challenge(scrutineer, db, title=f"Small {n}")
    executive = sign_in(make_user(Role.EXECUTIVE), on=new_client())
    shown = executive.get("/challenges/responsiveness").page.main_text
    assert "Staying Safe Online not shown 0 0 fewer than 5 0" in shown
