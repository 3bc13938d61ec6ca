"""A Young Scrutineer raises a challenge, the chair answers it, the scrutineer judges the answer."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from engage.models import AuditEvent, Notification
from engage.roles import Role
from engage.scrutineers.models import (
    ChallengeAction,
    ChallengeEvidence,
    ChallengeResponse,
    ChallengeStatus,
)
from tests.integration import test_scrutineers_fixtures as support
from tests.integration.test_scrutineers_fixtures import (
    QUOTES,
    WITHHELD,
    answer_form,
    challenge_form,
    newest,
    raise_challenge,
)

# The shared fixtures, made visible to pytest in this module.
cast = support.cast
said = support.said


def test_a_scrutineer_raises_a_challenge_citing_a_theme_and_a_quote(
    cast, said, sign_in, new_client, db
):
    client = sign_in(cast.scrutineer)
    portal = client.get("/challenges")
    text = portal.page.main_text
    assert "Pictures shared without asking" in text and "6 comments" in text
    assert "Strangers in game chats" in text and "fewer than 5 comments" in text
    assert WITHHELD not in portal.get_data(as_text=True)

    form = client.get(f"/challenges/new?theme={said.theme.id}")
    html = form.get_data(as_text=True)
    assert f'value="{said.theme.id}" checked' in html
    assert QUOTES[0] in html and WITHHELD not in html

    challenge = raise_challenge(
        client, db, themes=[str(said.theme.id)], quotes=[str(said.quotes[0].id)]
    )
    assert challenge.status == ChallengeStatus.SUBMITTED
    assert challenge.chair_id == cast.chair.id and challenge.due_on > challenge.submitted_on
    kinds = sorted(item.kind for item in challenge.evidence)
    assert kinds == ["comment", "theme"]
    sent = client.get(f"/challenges/{challenge.id}/sent")
    assert f"Your challenge number is {challenge.number}" in sent.page.main_text

    note = db.scalar(select(Notification).where(Notification.user_id == cast.chair.id))
    assert note is not None and f"challenge {challenge.number}" in note.title
    assert challenge.title not in note.title + note.body, "a young person's words stay out"

    chair = sign_in(cast.chair, on=new_client())
    page = chair.get(f"/challenges/{challenge.id}")
    assert "Pictures shared without asking" in page.page.main_text
    assert QUOTES[0] in page.page.main_text


def test_a_challenge_with_no_evidence_is_allowed_with_a_nudge(cast, sign_in, db):
    client = sign_in(cast.scrutineer)
    response = client.post("/challenges/new", data=challenge_form())
    check = client.get(response.location)
    assert "Your challenge has no evidence" in check.page.main_text
    assert "send it as it is" in check.page.main_text
    challenge = newest(db)
    assert client.post(f"/challenges/{challenge.id}/submit").status_code == 302
    db.expire_all()
    assert newest(db).status == ChallengeStatus.SUBMITTED


def test_twenty_thousand_characters_get_a_clear_message_and_nothing_is_lost(cast, sign_in, db):
    client = sign_in(cast.scrutineer)
    long_text = "We need this fixed. " * 1000
    response = client.post("/challenges/new", data=challenge_form(question=long_text))
    assert response.status_code == 200
    assert "What you want to know must be 5,000 characters or fewer" in response.page.main_text
    assert long_text.strip() in response.get_data(as_text=True)
    assert newest(db) is None


def test_a_draft_can_be_saved_without_the_question_but_not_sent(cast, sign_in, db):
    client = sign_in(cast.scrutineer)
    saved = client.post("/challenges/new", data=challenge_form(question="", action="draft"))
    assert saved.status_code == 302
    draft = newest(db)
    assert draft.status == ChallengeStatus.DRAFT
    refused = client.post(f"/challenges/{draft.id}/submit")
    page = client.get(refused.location)
    assert "Say what you want to know or see changed" in page.page.main_text
    db.expire_all()
    assert newest(db).status == ChallengeStatus.DRAFT


def test_a_draft_is_seen_only_by_its_author(cast, said, sign_in, make_user, new_client, db):
    client = sign_in(cast.scrutineer)
    client.post("/challenges/new", data=challenge_form(action="draft"))
    draft = newest(db)
    for role in (Role.COORDINATOR, Role.INDEPENDENT_SCRUTINEER):
        other = sign_in(make_user(role), on=new_client())
        response = other.get(f"/challenges/{draft.id}")
        assert response.status_code == 404, response.location
    chair = sign_in(cast.chair, on=new_client())
    assert chair.get(f"/challenges/{draft.id}").status_code == 404


def test_the_chair_answers_with_actions_and_script_is_removed(
    cast, sign_in, new_client, db, agency
):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db)
    police = agency("Metropolitan Police")
    chair = sign_in(cast.chair, on=new_client())
    listing = chair.get("/challenges/all")
    assert challenge.title in listing.page.main_text
    body = (
        "<script>alert('x')</script>Thank you.\n\n"
        "- Teach Report Remove in schools\n- Run a drop-in\n\n"
        "See https://www.childline.org.uk for help. <strong>Soon</strong> "
        '<a href="javascript:alert(1)">bad</a> <img src=x onerror=alert(1)>'
    )
    due = date.today() + timedelta(days=60)
    response = chair.post(
        f"/challenges/{challenge.id}/answer",
        data=answer_form(body, [("Police drop-in at the Youth Council", str(police.id), due)]),
    )
    assert response.status_code == 302
    stored = db.scalar(
        select(ChallengeResponse).where(ChallengeResponse.challenge_id == challenge.id)
    )
    html = stored.body_html
    assert "<script" not in html and "alert" not in html and "onerror" not in html
    assert "javascript:" not in html
    assert "<ul><li>Teach Report Remove in schools</li><li>Run a drop-in</li></ul>" in html
    assert "<strong>Soon</strong>" in html and "<p>Thank you.</p>" in html
    assert 'href="https://www.childline.org.uk"' in html and 'rel="nofollow noopener"' in html
    action = db.scalar(select(ChallengeAction).where(ChallengeAction.challenge_id == challenge.id))
    assert action.agency_id == police.id and action.due_on == due and action.status == "planned"
    db.expire_all()
    assert newest(db).status == ChallengeStatus.ANSWERED
    note = db.scalar(select(Notification).where(Notification.user_id == cast.scrutineer.id))
    assert note is not None and "has an answer" in note.title
    page = scrutineer.get(f"/challenges/{challenge.id}")
    assert "Police drop-in at the Youth Council" in page.page.main_text
    assert "Judge the answer" in page.page.main_text


def test_an_action_half_filled_is_refused_and_the_answer_kept(cast, sign_in, new_client, db):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    chair = sign_in(cast.chair, on=new_client())
    data = answer_form("Our answer, kept safe")
    data["actions-0-description"] = "Something we promise"
    response = chair.post(f"/challenges/{challenge.id}/answer", data=data)
    assert response.status_code == 200
    assert "Action 1: enter the date it will be done by" in response.page.main_text
    assert "Our answer, kept safe" in response.get_data(as_text=True)
    db.expire_all()
    assert newest(db).status == ChallengeStatus.SUBMITTED


def test_a_chair_of_another_priority_cannot_see_or_answer_it(
    cast, sign_in, new_client, make_user, priority, db
):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    other_priority = priority("domestic-abuse")
    other_chair = make_user(Role.CHAIR, priorities=[other_priority])
    other_priority.chair = other_chair
    db.flush()
    client = sign_in(other_chair, on=new_client())
    assert client.get(f"/challenges/{challenge.id}").status_code == 404
    assert client.get(f"/challenges/{challenge.id}/answer").status_code == 404
    posted = client.post(f"/challenges/{challenge.id}/answer", data=answer_form("Not mine"))
    assert posted.status_code == 404
    assert challenge.title not in client.get("/challenges/all").page.main_text
    db.expire_all()
    assert newest(db).status == ChallengeStatus.SUBMITTED


def test_a_verdict_on_an_unanswered_challenge_is_refused_clearly(cast, sign_in, db):
    client = sign_in(cast.scrutineer)
    challenge = raise_challenge(client, db)
    response = client.post(
        f"/challenges/{challenge.id}/verdict",
        data={"outcome": "answered", "reason": "Fine"},
    )
    assert response.status_code == 200
    assert "has not been answered yet, so you cannot give a verdict" in response.page.main_text
    db.expire_all()
    assert newest(db).status == ChallengeStatus.SUBMITTED and newest(db).verdict is None


def test_an_answer_to_a_withdrawn_challenge_is_refused(cast, sign_in, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db)
    confirm = scrutineer.get(f"/challenges/{challenge.id}/withdraw")
    assert "Withdraw" in confirm.page.h1[0]
    assert scrutineer.post(f"/challenges/{challenge.id}/withdraw").status_code == 302
    chair = sign_in(cast.chair, on=new_client())
    response = chair.post(f"/challenges/{challenge.id}/answer", data=answer_form("Too late"))
    assert response.status_code == 302
    page = chair.get(response.location)
    assert "was withdrawn by the Young Scrutineer, so it cannot be answered" in page.page.main_text
    assert db.scalar(select(func.count()).select_from(ChallengeResponse)) == 0


def test_partly_answered_opens_a_follow_up_in_one_step(cast, said, sign_in, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    first = raise_challenge(scrutineer, db, themes=[str(said.theme.id)])
    chair = sign_in(cast.chair, on=new_client())
    chair.post(f"/challenges/{first.id}/answer", data=answer_form("Schools will teach it."))
    response = scrutineer.post(
        f"/challenges/{first.id}/verdict",
        data={"outcome": "partly", "reason": "Nothing on taking pictures down", "follow_up": "y"},
    )
    assert response.status_code == 302 and response.location.endswith("/edit")
    follow_up = newest(db)
    assert follow_up.follow_up_of_id == first.id and follow_up.status == ChallengeStatus.DRAFT
    cited = {item.kind for item in follow_up.evidence}
    assert cited == {"response", "theme"}
    edit = scrutineer.get(response.location)
    assert f"follow-up to challenge {first.number}" in edit.page.main_text
    db.expire_all()
    judged = db.get(type(first), first.id)
    assert judged.status == ChallengeStatus.JUDGED and judged.verdict.outcome == "partly"


def test_answered_verdict_with_a_follow_up_tick_is_refused(cast, sign_in, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db)
    sign_in(cast.chair, on=new_client()).post(
        f"/challenges/{challenge.id}/answer", data=answer_form()
    )
    response = scrutineer.post(
        f"/challenges/{challenge.id}/verdict",
        data={"outcome": "answered", "reason": "Good", "follow_up": "y"},
    )
    assert "nothing to follow up" in response.page.main_text


def test_every_state_change_is_in_the_audit_trail(cast, sign_in, new_client, db, make_user):
    scrutineer = sign_in(cast.scrutineer)
    first = raise_challenge(scrutineer, db)
    sign_in(cast.chair, on=new_client()).post(f"/challenges/{first.id}/answer", data=answer_form())
    scrutineer.post(f"/challenges/{first.id}/verdict", data={"outcome": "answered", "reason": "ok"})
    second = raise_challenge(scrutineer, db, title="Second")
    scrutineer.post(f"/challenges/{second.id}/withdraw")
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    assert coordinator.post(f"/challenges/{second.id}/close").status_code == 302
    actions = [
        event.action
        for event in db.scalars(
            select(AuditEvent)
            .where(AuditEvent.object_type == "challenge")
            .order_by(AuditEvent.occurred_at)
        )
    ]
    for expected in (
        "challenge_drafted",
        "challenge_submitted",
        "challenge_answered",
        "challenge_judged",
        "challenge_withdrawn",
        "challenge_closed",
    ):
        assert expected in actions
    db.expire_all()
    assert db.get(type(second), second.id).status == ChallengeStatus.CLOSED


def test_a_scrutineer_past_their_term_end_is_read_only(cast, sign_in, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db)
    sign_in(cast.chair, on=new_client()).post(
        f"/challenges/{challenge.id}/answer", data=answer_form()
    )
    cast.scrutineer.term_ends_on = date.today() - timedelta(days=1)
    db.flush()
    portal = scrutineer.get("/challenges")
    assert "Your term has ended" in portal.page.main_text
    assert "Raise a challenge" not in portal.page.main_text
    assert scrutineer.get("/challenges/new").status_code == 403
    refused = scrutineer.post(
        f"/challenges/{challenge.id}/verdict", data={"outcome": "answered", "reason": "ok"}
    )
    assert "Your term as a Young Scrutineer has ended" in refused.page.main_text
    message = scrutineer.post(f"/challenges/{challenge.id}/messages", data={"body": "hello"})
    assert "You cannot add to this discussion" in message.page.main_text
    assert scrutineer.get("/my-data/download").status_code == 200
    db.expire_all()
    assert newest(db).status == ChallengeStatus.ANSWERED


def test_a_withheld_comment_never_appears_as_evidence(cast, said, sign_in, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(
        scrutineer, db, quotes=[str(said.withheld.id), str(said.quotes[1].id)]
    )
    cited = [item.comment_id for item in challenge.evidence]
    assert cited == [said.quotes[1].id], "a withheld comment cannot be cited, even by its id"
    said.quotes[1].withheld = True
    db.flush()
    chair = sign_in(cast.chair, on=new_client())
    page = chair.get(f"/challenges/{challenge.id}")
    assert QUOTES[1] not in page.get_data(as_text=True)
    assert "This quote is no longer available" in page.page.main_text
    assert db.scalar(select(func.count()).select_from(ChallengeEvidence)) == 1


def test_the_scrutineer_is_not_named_unless_they_choose(cast, sign_in, new_client, db):
    challenge = raise_challenge(sign_in(cast.scrutineer), db)
    chair = sign_in(cast.chair, on=new_client())
    page = chair.get(f"/challenges/{challenge.id}").page.main_text
    assert "Young Scrutineer (Staying Safe Online)" in page and "Sam Scrutineer" not in page
    scrutineer = sign_in(cast.scrutineer, on=new_client())
    choices = scrutineer.post(
        "/my-data/choices", data={"show_name": "yes", "email_notifications": "no"}
    )
    assert choices.status_code == 302
    assert (
        "Sam Scrutineer, Young Scrutineer"
        in chair.get(f"/challenges/{challenge.id}").page.main_text
    )
    db.expire_all()
    assert db.get(type(cast.scrutineer), cast.scrutineer.id).email_notifications is False


def test_the_discussion_is_open_to_the_people_on_the_challenge_only(
    cast, sign_in, new_client, make_user, priority, db
):
    scrutineer = sign_in(cast.scrutineer)
    challenge = raise_challenge(scrutineer, db)
    posted = scrutineer.post(f"/challenges/{challenge.id}/messages", data={"body": "Any news?"})
    assert posted.status_code == 302
    chair = sign_in(cast.chair, on=new_client())
    chair.post(f"/challenges/{challenge.id}/messages", data={"body": "Working on it."})
    mentor = sign_in(make_user(Role.INDEPENDENT_SCRUTINEER), on=new_client())
    seen = mentor.get(f"/challenges/{challenge.id}").page.main_text
    assert "Any news?" in seen and "Working on it." in seen
    executive = sign_in(make_user(Role.EXECUTIVE), on=new_client())
    exec_page = executive.get(f"/challenges/{challenge.id}")
    assert exec_page.status_code == 200 and "Any news?" not in exec_page.page.main_text
    assert (
        executive.post(f"/challenges/{challenge.id}/messages", data={"body": "x"}).status_code
        == 200
    )
    other = make_user(Role.YOUNG_SCRUTINEER, priorities=[priority("exploitation")])
    reader = sign_in(other, on=new_client())
    assert "Any news?" in reader.get(f"/challenges/{challenge.id}").page.main_text
    refused = reader.post(f"/challenges/{challenge.id}/messages", data={"body": "Me too"})
    assert "You cannot add to this discussion" in refused.page.main_text
    assert len(challenge.messages) == 2


def test_the_chair_sees_overdue_challenges_first(cast, sign_in, new_client, db):
    scrutineer = sign_in(cast.scrutineer)
    later = raise_challenge(scrutineer, db, title="Due later")
    overdue = raise_challenge(scrutineer, db, title="Already late")
    overdue.submitted_on = date.today() - timedelta(days=60)
    overdue.due_on = date.today() - timedelta(days=30)
    db.flush()
    chair = sign_in(cast.chair, on=new_client())
    text = chair.get("/challenges/all").page.main_text
    assert text.index("Already late") < text.index("Due later")
    assert "Late" in text and later.title in text
    home = chair.get("/home").page.main_text
    assert "Challenges to answer" in home and "1 overdue" in home
