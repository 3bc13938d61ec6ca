"""The theme board: analysis over submitted comments, curation, and what each role may see."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from engage.canvasser.models import Comment
from engage.roles import Role
from engage.themes.models import AnalysisRun, AssignmentChange, CommentAnalysis, Theme, ThemeEvent
from tests.integration.canvasser_helpers import session_form

ONLINE = [
    "girls get asked for nudes all the time",
    "people share screenshots of private pics round school",
    "boys pressure girls to send pictures",
    "nudes get leaked on group chats",
    "fake accounts are made to bully people online",
    "cyberbullying follows you home",
    "online bullying in group chats is the worst",
    "strangers on games message kids",
]
EXPLOITATION = [
    "older boys get kids to run drugs county lines",
    "gangs groom younger kids with money and trainers",
    "students get offered cash to use their bank accounts as money mules",
    "dealers take over vulnerable people's flats",
    "county lines recruit kids on snapchat",
]
OTHER = [
    "CAMHS waiting lists are far too long",
    "waiting months for mental health support",
    "we need more youth clubs open in the evening",
    "nowhere safe to hang out after school",
]


@pytest.fixture
def recorded(as_role, group, db, new_client, sign_in, make_user):
    """Submits a session as a partner, then returns a signed-in coordinator client."""
    partner_client, _ = as_role(Role.PARTNER)
    data = session_form(
        group("Youth Council").id, [], pasted="\n".join(ONLINE + EXPLOITATION + OTHER)
    )
    response = partner_client.post("/sessions/new", data=data)
    session_id = response.location.split("/")[2]
    partner_client.post(f"/sessions/{session_id}/submit")
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    return coordinator


def themes_for(db, slug):
    return list(
        db.scalars(select(Theme).where(Theme.priority_slug == slug, Theme.active.is_(True)))
    )


def analysis_of(db, text):
    return db.scalar(
        select(CommentAnalysis)
        .join(Comment, CommentAnalysis.comment_id == Comment.id)
        .where(Comment.text == text)
    )


def test_submitting_a_session_analyses_its_comments(recorded, db):
    run = db.scalar(select(AnalysisRun).order_by(AnalysisRun.requested_at.desc()))
    assert run.status == "done" and run.comment_count == len(ONLINE + EXPLOITATION + OTHER)
    assert (
        analysis_of(db, "girls get asked for nudes all the time").priority_slug == "online-safety"
    )
    assert (
        analysis_of(db, "older boys get kids to run drugs county lines").priority_slug
        == "exploitation"
    )
    assert analysis_of(db, "CAMHS waiting lists are far too long").priority_slug == "other"


def test_coordinator_board_shows_themes_with_counts_and_quotes(recorded, db):
    board = recorded.get("/themes/online-safety")
    text = board.page.main_text
    assert "Staying Safe Online" in text
    assert themes_for(db, "online-safety"), "the engine found themes"
    assert any(theme.label in text for theme in themes_for(db, "online-safety"))


def test_empty_board_says_what_happens_next(as_role):
    client, _ = as_role(Role.COORDINATOR)
    page = client.get("/themes/domestic-abuse")
    assert "There are no comments under this priority yet" in page.page.main_text


def test_withheld_comments_never_reach_the_engine(as_role, group, db):
    partner_client, _ = as_role(Role.PARTNER)
    data = session_form(
        group("Youth Council").id,
        [],
        pasted="we want more youth clubs\nmy dad hits me and I'm scared to go home",
    )
    response = partner_client.post("/sessions/new", data=data)
    partner_client.post(f"/sessions/{response.location.split('/')[2]}/submit")
    withheld = db.scalar(select(Comment).where(Comment.withheld.is_(True)))
    assert withheld is not None
    assert db.get(CommentAnalysis, withheld.id) is None


def test_drafts_are_not_analysed(as_role, group, db):
    partner_client, _ = as_role(Role.PARTNER)
    partner_client.post(
        "/sessions/new",
        data=session_form(group("Youth Council").id, ["a draft comment"], action="draft"),
    )
    assert db.scalar(select(func.count()).select_from(CommentAnalysis)) == 0


def test_rename_survives_reanalysis_and_is_recorded(recorded, db):
    theme = themes_for(db, "online-safety")[0]
    response = recorded.post(
        f"/themes/theme/{theme.id}/rename",
        data={"label": "Pictures shared without asking", "version": theme.version},
    )
    assert response.status_code == 302
    recorded.post("/themes/analyse")
    renamed = db.get(Theme, theme.id)
    assert (
        renamed.active
        and renamed.label == "Pictures shared without asking"
        and renamed.status == "renamed"
    )
    assert db.scalar(
        select(ThemeEvent).where(ThemeEvent.theme_id == theme.id, ThemeEvent.action == "renamed")
    )


def test_moving_a_comment_to_another_priority_survives_reanalysis_and_is_learned(recorded, db):
    target = analysis_of(db, "strangers on games message kids")
    response = recorded.post(
        f"/themes/comments/{target.comment_id}/priority", data={"priority": "exploitation"}
    )
    assert response.status_code == 302
    moved = db.get(CommentAnalysis, target.comment_id)
    assert moved.priority_slug == "exploitation" and moved.priority_source == "person"
    assert moved.machine_priority_slug == "online-safety", "what the machine said is kept"
    recorded.post("/themes/analyse")
    after = db.get(CommentAnalysis, target.comment_id)
    assert after.priority_slug == "exploitation"
    run = db.scalar(select(AnalysisRun).order_by(AnalysisRun.requested_at.desc()))
    assert run.labelled_count == 1
    change = db.scalar(
        select(AssignmentChange).where(
            AssignmentChange.comment_id == target.comment_id, AssignmentChange.source == "person"
        )
    )
    assert change.old_value == "online-safety" and change.new_value == "exploitation"


def test_board_shows_how_often_people_override_the_machine(recorded, db):
    target = analysis_of(db, "strangers on games message kids")
    recorded.post(
        f"/themes/comments/{target.comment_id}/priority", data={"priority": "exploitation"}
    )
    page = recorded.get("/themes/exploitation")
    assert "People changed the machine's priority for 1 of" in page.page.main_text


def test_merge_then_a_stale_second_merge_is_refused(recorded, db):
    themes = themes_for(db, "online-safety") + themes_for(db, "exploitation")
    source, target = themes[0], themes[1]
    stale_version = source.version
    first = recorded.post(
        f"/themes/theme/{source.id}/merge",
        data={"target": str(target.id), "version": stale_version, "target_version": target.version},
    )
    assert first.status_code == 302
    assert not db.get(Theme, source.id).active
    second = recorded.post(
        f"/themes/theme/{source.id}/merge",
        data={"target": str(target.id), "version": stale_version, "target_version": target.version},
    )
    assert second.status_code == 410, "the merged theme has gone"
    other = [
        t
        for t in themes_for(db, "online-safety") + themes_for(db, "exploitation")
        if t.id not in (source.id, target.id)
    ]
    if other:
        refused = recorded.post(
            f"/themes/theme/{other[0].id}/rename",
            data={"label": "Too late", "version": other[0].version - 1},
        )
        page = recorded.get(refused.location)
        assert "Someone else changed this theme" in page.page.main_text


def test_split_moves_chosen_comments_into_a_new_theme(recorded, db):
    theme = max(
        themes_for(db, "online-safety"),
        key=lambda t: db.scalar(
            select(func.count())
            .select_from(CommentAnalysis)
            .where(CommentAnalysis.theme_id == t.id)
        ),
    )
    members = list(db.scalars(select(CommentAnalysis).where(CommentAnalysis.theme_id == theme.id)))
    assert len(members) >= 2
    chosen = str(members[0].comment_id)
    response = recorded.post(
        f"/themes/theme/{theme.id}/split",
        data={"label": "A split-off theme", "comments": [chosen], "version": theme.version},
    )
    assert response.status_code == 302
    new_theme = db.scalar(select(Theme).where(Theme.label == "A split-off theme"))
    assert db.get(CommentAnalysis, uuid.UUID(chosen)).theme_id == new_theme.id


def test_pin_keeps_a_theme_under_a_priority(recorded, db):
    theme = themes_for(db, "other")[0]
    recorded.post(
        f"/themes/theme/{theme.id}/pin",
        data={"priority": "domestic-abuse", "version": theme.version},
    )
    recorded.post("/themes/analyse")
    pinned = db.get(Theme, theme.id)
    assert pinned.priority_slug == "domestic-abuse" and pinned.priority_pinned


def test_chair_sees_only_their_priority_read_only_with_small_counts_hidden(
    recorded, db, make_user, sign_in, new_client, priority
):
    chair = make_user(Role.CHAIR, priorities=[priority("online-safety")])
    client = sign_in(chair, on=new_client())
    page = client.get("/themes/online-safety")
    assert page.status_code == 200
    assert "fewer than 5" in page.page.main_text
    assert "Set priority" not in page.get_data(as_text=True)
    assert client.get("/themes/exploitation").status_code == 404
    theme = themes_for(db, "online-safety")[0]
    assert client.post(f"/themes/theme/{theme.id}/rename", data={"label": "x"}).status_code == 403


def test_young_scrutineer_reads_every_priority_without_curation(
    recorded, db, make_user, sign_in, new_client, priority
):
    scrutineer = make_user(Role.YOUNG_SCRUTINEER, priorities=[priority("online-safety")])
    client = sign_in(scrutineer, on=new_client())
    for slug in ("online-safety", "exploitation", "domestic-abuse", "other"):
        assert client.get(f"/themes/{slug}").status_code == 200
    assert client.post("/themes/analyse").status_code == 403


def test_safeguarding_lead_has_no_theme_board(as_role):
    client, _ = as_role(Role.SAFEGUARDING_LEAD)
    assert client.get("/themes/").status_code == 403


def test_unknown_priority_and_theme_are_not_found(recorded):
    assert recorded.get("/themes/not-a-priority").status_code == 404
    assert recorded.get(f"/themes/theme/{uuid.uuid4()}").status_code == 404
    assert recorded.get("/themes/theme/not-a-uuid").status_code == 404


def test_comment_history_shows_machine_and_person_changes(recorded, db):
    target = analysis_of(db, "cyberbullying follows you home")
    recorded.post(f"/themes/comments/{target.comment_id}/priority", data={"priority": "other"})
    page = recorded.get(f"/themes/comments/{target.comment_id}/history")
    assert "Test Coordinator" in page.page.main_text
