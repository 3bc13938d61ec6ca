"""The coordinator's admin pages: agencies, groups, priorities, users and invites."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from engage.database import utcnow
from engage.models import Agency, AuditEvent, EngagementGroup, Invite, Priority, User
from engage.roles import Role

PRELOADED_GROUPS = [
    "CAMHS Young People's Participation Group",
    "Barts Health Youth Forum / Youth Empowerment Squad",
    "Children Living in Care Council",
    "Youth Council",
    "Young Carers Forum",
    "Young Health Watch",
    "Youth Service Providers Forum",
    "Young People with SEND Forum",
]


@pytest.fixture
def coordinator(as_role):
    return as_role(Role.COORDINATOR)


def test_the_eight_groups_and_three_priorities_are_preloaded(coordinator, db):
    client, _ = coordinator
    text = client.get("/admin/groups").page.main_text
    for name in PRELOADED_GROUPS:
        assert name in text
    slugs = sorted(db.scalars(select(Priority.slug)))
    assert slugs == ["domestic-abuse", "exploitation", "online-safety"]
    priorities = client.get("/admin/priorities").page.main_text
    assert "Staying Safe Online" in priorities and "All Age Exploitation" in priorities


def test_add_a_group_then_a_duplicate_is_refused(coordinator, db):
    client, _ = coordinator
    response = client.post(
        "/admin/groups/new", data={"name": "Girls' Football Club", "description": ""}
    )
    assert response.status_code == 302
    duplicate = client.post(
        "/admin/groups/new", data={"name": "girls' football club", "description": ""}
    )
    assert duplicate.status_code == 200
    assert "There is already an engagement group with that name" in duplicate.page.main_text
    assert (
        db.scalar(
            select(func.count())
            .select_from(EngagementGroup)
            .where(func.lower(EngagementGroup.name) == "girls' football club")
        )
        == 1
    )


def test_a_group_name_of_ten_thousand_characters_is_refused_and_kept_in_the_form(coordinator, db):
    client, _ = coordinator
    long_name = "A" * 10_000
    response = client.post("/admin/groups/new", data={"name": long_name, "description": ""})
    assert response.status_code == 200
    assert "Group name must be 120 characters or fewer" in response.page.main_text
    assert long_name in response.get_data(as_text=True), "what was typed is not lost"
    assert db.scalar(select(func.count()).select_from(EngagementGroup)) == 8


def test_html_in_a_name_is_stored_as_plain_text_and_shown_escaped(coordinator, db):
    client, _ = coordinator
    client.post(
        "/admin/agencies/new",
        data={"name": "<script>alert(1)</script>Safe Agency <b>bold</b>", "kind": "youth"},
    )
    agency = db.scalar(select(Agency).where(Agency.name.like("%Safe Agency%")))
    assert "<" not in agency.name and "alert" not in agency.name
    assert agency.name == "Safe Agency bold"
    html = client.get("/admin/agencies").get_data(as_text=True)
    assert "<script>alert" not in html


def test_empty_group_name_is_refused(coordinator):
    client, _ = coordinator
    response = client.post("/admin/groups/new", data={"name": "   ", "description": ""})
    assert "Enter the group's name" in response.page.main_text


def test_group_with_no_sessions_can_be_deleted_after_confirming(coordinator, db):
    client, _ = coordinator
    client.post("/admin/groups/new", data={"name": "Short-lived Group", "description": ""})
    group = db.scalar(select(EngagementGroup).where(EngagementGroup.name == "Short-lived Group"))
    confirm = client.get(f"/admin/groups/{group.id}/delete")
    assert "Are you sure" in confirm.page.main_text
    group_id = group.id
    assert client.post(f"/admin/groups/{group_id}/delete").status_code == 302
    assert db.scalar(select(EngagementGroup).where(EngagementGroup.id == group_id)) is None


def test_archive_and_restore_a_group(coordinator, db, group):
    client, _ = coordinator
    youth_council = group("Youth Council")
    client.post(f"/admin/groups/{youth_council.id}/archive", data={"archive": "yes"})
    assert db.get(EngagementGroup, youth_council.id).archived
    client.post(f"/admin/groups/{youth_council.id}/archive", data={"archive": "no"})
    assert not db.get(EngagementGroup, youth_council.id).archived


def test_duplicate_agency_name_is_refused(coordinator, db):
    client, _ = coordinator
    client.post("/admin/agencies/new", data={"name": "Fire Brigade", "kind": "other"})
    again = client.post("/admin/agencies/new", data={"name": "FIRE BRIGADE", "kind": "other"})
    assert "There is already an agency with that name" in again.page.main_text


def test_edit_a_priority_and_set_its_chair(coordinator, db, make_user, priority):
    client, _ = coordinator
    chair = make_user(Role.CHAIR, display_name="Chidi Chair")
    online = priority("online-safety")
    response = client.post(
        f"/admin/priorities/{online.id}",
        data={
            "title": "Staying Safe Online",
            "description": "Keeping safe on apps and games.",
            "chair": str(chair.id),
            "young_scrutineer": "",
        },
    )
    assert response.status_code == 302
    assert db.get(Priority, online.id).chair_id == chair.id
    assert online in db.get(User, chair.id).priorities


def test_a_new_priority_needs_a_valid_short_name(coordinator, db):
    client, _ = coordinator
    bad = client.post(
        "/admin/priorities/new",
        data={
            "title": "Serious Youth Violence",
            "slug": "Serious Youth!",
            "description": "Violence.",
            "chair": "",
            "young_scrutineer": "",
        },
    )
    assert "only use lower-case letters" in bad.page.main_text
    good = client.post(
        "/admin/priorities/new",
        data={
            "title": "Serious Youth Violence",
            "slug": "serious-youth-violence",
            "description": "Violence between young people.",
            "chair": "",
            "young_scrutineer": "",
        },
    )
    assert good.status_code == 302
    assert db.scalar(select(Priority).where(Priority.slug == "serious-youth-violence")) is not None


def test_invite_accept_then_the_link_is_used_up(new_client, coordinator, db, group):
    client, _ = coordinator
    young_carers = group("Young Carers Forum")
    agency = Agency(name="Fire Brigade", kind="other")
    db.add(agency)
    db.flush()
    response = client.post(
        "/admin/users/invite",
        data={
            "display_name": "Nadia Newcomer",
            "email": "Nadia@Example.org",
            "role": "partner",
            "agency": str(agency.id),
            "groups": [str(young_carers.id)],
        },
    )
    assert response.status_code == 200
    assert "Invite created" in response.page.main_text
    link = re.search(
        r'id="invite-link" type="text" value="([^"]+)"', response.get_data(as_text=True)
    ).group(1)
    path = link.replace("http://localhost", "")
    visitor = new_client()
    page = visitor.get(path)
    assert (
        "Create your account" in page.page.main_text and "nadia@example.org" in page.page.main_text
    )
    mismatch = visitor.post(
        path, data={"password": "a long enough passphrase", "confirm": "something else"}
    )
    assert "The passwords do not match" in mismatch.page.main_text
    done = visitor.post(
        path, data={"password": "a long enough passphrase", "confirm": "a long enough passphrase"}
    )
    assert done.status_code == 302
    user = db.scalar(select(User).where(User.email == "nadia@example.org"))
    assert user.role == "partner" and user.agency_id == agency.id and young_carers in user.groups
    reused = new_client().get(path)
    assert reused.status_code == 410 and "already been used" in reused.page.main_text
    signed_in = visitor.post(
        "/sign-in", data={"email": "nadia@example.org", "password": "a long enough passphrase"}
    )
    assert signed_in.status_code == 302


def test_expired_invite_is_refused(new_client, coordinator, db):
    client, _ = coordinator
    response = client.post(
        "/admin/users/invite",
        data={
            "display_name": "Late Larry",
            "email": "larry@example.org",
            "role": "executive",
            "agency": "",
        },
    )
    link = re.search(
        r'value="(http://localhost/invite/[^"]+)"', response.get_data(as_text=True)
    ).group(1)
    invite = db.scalar(select(Invite).where(Invite.email == "larry@example.org"))
    invite.expires_at = utcnow() - timedelta(minutes=1)
    db.flush()
    page = new_client().get(link.replace("http://localhost", ""))
    assert page.status_code == 410 and "expired" in page.page.main_text


def test_a_made_up_invite_token_is_refused(new_client):
    page = new_client().get("/invite/not-a-real-token")
    assert page.status_code == 410 and "not valid" in page.page.main_text


def test_invite_for_an_existing_email_is_refused(coordinator, make_user):
    client, _ = coordinator
    existing = make_user(Role.PARTNER)
    response = client.post(
        "/admin/users/invite",
        data={"display_name": "Dup", "email": existing.email, "role": "executive", "agency": ""},
    )
    assert "already an account with that email" in response.page.main_text


def test_partner_invite_needs_an_agency_and_scrutineer_one_priority(coordinator, priority):
    client, _ = coordinator
    partner = client.post(
        "/admin/users/invite",
        data={"display_name": "P", "email": "p@example.org", "role": "partner", "agency": ""},
    )
    assert "Choose the partner's agency" in partner.page.main_text
    scrutineer = client.post(
        "/admin/users/invite",
        data={
            "display_name": "Y",
            "email": "y@example.org",
            "role": "young_scrutineer",
            "agency": "",
            "priorities": [str(priority("online-safety").id), str(priority("exploitation").id)],
        },
    )
    assert "exactly one priority" in scrutineer.page.main_text


def test_role_change_is_audited_and_signs_the_person_out(
    new_client, coordinator, make_user, sign_in, db
):
    client, _ = coordinator
    person = make_user(Role.EXECUTIVE)
    their_client = new_client()
    sign_in(person, on=their_client)
    response = client.post(
        f"/admin/users/{person.id}",
        data={"display_name": person.display_name, "role": "independent_scrutineer", "agency": ""},
    )
    assert response.status_code == 302
    assert db.get(User, person.id).role == "independent_scrutineer"
    event = db.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "role_changed", AuditEvent.object_id == str(person.id)
        )
    )
    assert event.details == {"from": "executive", "to": "independent_scrutineer"}
    assert their_client.get("/home").status_code == 302


def test_coordinator_cannot_deactivate_or_demote_themselves(coordinator, db):
    client, me = coordinator
    client.post(f"/admin/users/{me.id}/deactivate")
    assert db.get(User, me.id).active
    response = client.post(
        f"/admin/users/{me.id}",
        data={"display_name": me.display_name, "role": "partner", "agency": ""},
    )
    assert db.get(User, me.id).role == "coordinator"
    assert response.status_code == 200


def test_users_list_filters_and_pages(coordinator, make_user):
    client, _ = coordinator
    for _ in range(30):
        make_user(Role.PARTNER)
    first = client.get("/admin/users?role=partner")
    assert "Showing 1 to 25 of 30" in first.page.main_text
    second = client.get("/admin/users?role=partner&page=2")
    assert "Showing 26 to 30 of 30" in second.page.main_text
    assert client.get("/admin/users?page=banana").status_code == 200


def test_another_record_id_that_does_not_exist_is_not_found(coordinator):
    client, _ = coordinator
    assert client.get("/admin/users/00000000-0000-0000-0000-000000000000").status_code == 404
    assert client.get("/admin/groups/not-a-uuid").status_code == 404


def test_audit_trail_refuses_changes(db):
    from sqlalchemy import update
    from sqlalchemy.exc import DBAPIError

    db.add(AuditEvent(action="test_event", details={}))
    db.flush()
    with pytest.raises(DBAPIError), db.begin_nested():
        db.execute(update(AuditEvent).values(action="tampered"))


def test_audit_refuses_free_text():
    from engage.audit import AuditDetailError, _check_value

    with pytest.raises(AuditDetailError):
        _check_value("note", "my mate said her stepdad hits her, it's been going on since May")
