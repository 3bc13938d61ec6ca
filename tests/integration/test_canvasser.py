"""Partners record sessions; every comment is safeguarded at the door."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from engage.canvasser.models import Comment, EngagementSession
from engage.database import utcnow
from engage.models import AuditEvent, Notification
from engage.roles import Role
from engage.safeguarding.models import SafeguardingCase
from tests.integration.canvasser_helpers import session_form

PHONE = "07700 900123"
EMAIL = "jordan.smith@gmail.com"


@pytest.fixture
def partner(as_role):
    return as_role(Role.PARTNER, agency_name="Youth Service")


def post_session(client, group, comments, **overrides):
    overrides.setdefault("submission_key", uuid.uuid4().hex)
    return client.post(
        "/sessions/new", data=session_form(group("Young Carers Forum").id, comments, **overrides)
    )


def only_session(db):
    return db.scalar(select(EngagementSession).order_by(EngagementSession.created_at.desc()))


def all_stored_text(db) -> str:
    """Every text and JSON column of every table, as one string."""
    parts = []
    for table in [
        "comments",
        "engagement_sessions",
        "audit_events",
        "safeguarding_cases",
        "notifications",
    ]:
        for row in db.execute(text(f"SELECT * FROM {table}")):
            parts.extend(str(value) for value in row)
    return " ".join(parts)


def test_partner_records_a_session_and_personal_details_never_reach_the_database(
    partner, group, db
):
    client, _ = partner
    response = post_session(
        client,
        group,
        [
            f"my mate Jordan said to ring him on {PHONE}",
            f"email me at {EMAIL} about the youth club",
            "there's nowhere safe to hang out in the evenings",
        ],
    )
    assert response.status_code == 302 and "/review" in response.location
    session = only_session(db)
    texts = [comment.text for comment in session.comments]
    assert len(texts) == 3
    assert "[PHONE]" in texts[0] and "[NAME]" in texts[0]
    assert "[EMAIL]" in texts[1]
    stored = all_stored_text(db)
    for secret in (PHONE, EMAIL, "Jordan", "900123"):
        assert secret not in stored
    review = client.get(response.location)
    html = review.get_data(as_text=True)
    assert 'class="engage-redaction"' in html and "(a phone number removed)" in html
    assert (
        "We took out a name and a phone number" in review.page.main_text
        or "We took out" in review.page.main_text
    )


def test_a_disclosure_is_withheld_and_the_partner_is_told_what_to_do(partner, group, db, make_user):
    client, _ = partner
    lead = make_user(Role.SAFEGUARDING_LEAD)
    response = post_session(
        client,
        group,
        ["we want more youth clubs", "my mum's boyfriend hits her and last night he hit me too"],
    )
    review = client.get(response.location)
    text_on_page = review.page.main_text
    assert "Safeguarding: act now" in text_on_page
    assert "call 999" in text_on_page and "children's social care front door" in text_on_page
    assert "not a referral route" in text_on_page
    assert "Held back for the safeguarding lead" in text_on_page
    session = only_session(db)
    withheld = [comment for comment in session.comments if comment.withheld]
    assert len(withheld) == 1
    case = db.scalar(select(SafeguardingCase).where(SafeguardingCase.comment_id == withheld[0].id))
    assert case is not None and case.status == "new"
    client.post(f"/sessions/{session.id}/submit")
    view = client.get(f"/sessions/{session.id}")
    assert "hits her" not in view.get_data(as_text=True)
    assert "1 comment was held back" in view.page.main_text
    assert lead is not None


def test_an_urgent_disclosure_notifies_the_safeguarding_lead_at_once(partner, group, db, make_user):
    client, _ = partner
    lead = make_user(Role.SAFEGUARDING_LEAD)
    post_session(client, group, ["I am going to kill myself tonight"])
    note = db.scalar(select(Notification).where(Notification.user_id == lead.id))
    assert note is not None and note.title.startswith("Urgent")
    assert "kill" not in note.title + note.body


def test_withheld_comment_cannot_be_deleted_or_edited_by_the_partner(partner, group, db):
    client, _ = partner
    post_session(client, group, ["I've been self harming for a few weeks"])
    session = only_session(db)
    comment = session.comments[0]
    assert client.get(f"/sessions/{session.id}/comments/{comment.id}").status_code == 404
    assert client.post(f"/sessions/{session.id}/comments/{comment.id}/delete").status_code == 404
    assert db.scalar(select(func.count()).select_from(Comment).where(Comment.id == comment.id)) == 1


def test_empty_comments_are_skipped_with_a_count(partner, group, db):
    client, _ = partner
    response = post_session(
        client, group, ["   ", "", "a real comment"], pasted="first line\n\n\nsecond line\n"
    )
    page = client.get(response.location)
    assert "3 comments added" in page.page.main_text
    assert "2 empty lines were skipped" in page.page.main_text
    assert len(only_session(db).comments) == 3


def test_a_comment_over_2000_characters_is_refused_and_nothing_typed_is_lost(partner, group, db):
    client, _ = partner
    long_comment = "x" * 2001
    response = post_session(client, group, ["keep me", long_comment])
    assert response.status_code == 200
    assert "A comment must be 2,000 characters or fewer" in response.page.main_text
    html = response.get_data(as_text=True)
    assert long_comment in html and "keep me" in html
    assert db.scalar(select(func.count()).select_from(EngagementSession)) == 0


def test_more_than_300_comments_is_refused_with_a_clear_message(partner, group, db):
    client, _ = partner
    pasted = "\n".join(f"comment number {i}" for i in range(301))
    response = post_session(client, group, [], pasted=pasted)
    assert response.status_code == 200
    assert "up to 300 comments" in response.page.main_text
    assert pasted in response.get_data(as_text=True)
    assert db.scalar(select(func.count()).select_from(Comment)) == 0


def test_script_in_any_field_is_stored_as_plain_text(partner, group, db):
    client, _ = partner
    response = post_session(
        client,
        group,
        ["<script>alert('x')</script>we need more <b>youth workers</b>"],
        questions="<img src=x onerror=alert(1)>What do you think?",
        sub_group="<script>bad()</script>Girls group",
    )
    session = only_session(db)
    assert "<" not in session.comments[0].text and "alert" not in session.comments[0].text
    assert session.comments[0].text == "we need more youth workers"
    assert "<img" not in session.questions and session.sub_group == "Girls group"
    html = client.get(response.location).get_data(as_text=True)
    assert "<script>alert" not in html


def test_bengali_and_somali_comments_are_kept_and_screened(partner, group, db):
    client, _ = partner
    bengali = "আমার বন্ধু বলেছে স্কুলে নিরাপদ লাগে না 😟"
    somali = "Dhalinyarada waxay u baahan yihiin meelo nabdoon"
    post_session(client, group, [bengali, somali])
    texts = [comment.text for comment in only_session(db).comments]
    assert texts == [bengali, somali]


def test_the_same_form_sent_twice_makes_one_session(partner, group, db):
    client, _ = partner
    data = session_form(
        group("Young Carers Forum").id, ["only once please"], submission_key="same-key-twice"
    )
    first = client.post("/sessions/new", data=data)
    second = client.post("/sessions/new", data=data)
    assert first.location == second.location
    assert db.scalar(select(func.count()).select_from(EngagementSession)) == 1
    assert db.scalar(select(func.count()).select_from(Comment)) == 1


def test_submitting_twice_is_harmless(partner, group, db):
    client, _ = partner
    post_session(client, group, ["a comment"])
    session = only_session(db)
    client.post(f"/sessions/{session.id}/submit")
    client.post(f"/sessions/{session.id}/submit")
    submitted = db.scalars(select(AuditEvent).where(AuditEvent.action == "session_submitted")).all()
    assert len(submitted) == 1


def test_another_agencys_session_is_not_found(
    partner, as_role, group, db, new_client, sign_in, make_user
):
    client, _ = partner
    post_session(client, group, ["ours"])
    session = only_session(db)
    other = make_user(Role.PARTNER, agency_name="Metropolitan Police")
    other_client = sign_in(other, on=new_client())
    for path in ["", "/review", "/details", "/comments", "/upload", "/withdraw"]:
        assert other_client.get(f"/sessions/{session.id}{path}").status_code == 404
    assert other_client.post(f"/sessions/{session.id}/submit").status_code == 404
    listing = other_client.get("/sessions")
    assert "Young Carers Forum" not in listing.page.main_text


def test_other_roles_cannot_see_session_details(
    as_role, partner, group, db, new_client, sign_in, make_user
):
    client, _ = partner
    post_session(client, group, ["ours"])
    session = only_session(db)
    for role in (
        Role.CHAIR,
        Role.YOUNG_SCRUTINEER,
        Role.EXECUTIVE,
        Role.SAFEGUARDING_LEAD,
        Role.INDEPENDENT_SCRUTINEER,
    ):
        someone = sign_in(make_user(role), on=new_client())
        assert someone.get(f"/sessions/{session.id}").status_code == 403
        assert someone.get("/sessions").status_code == 403


def test_coordinator_sees_every_agencys_sessions(
    partner, group, db, new_client, sign_in, make_user
):
    client, _ = partner
    post_session(client, group, ["ours"])
    session = only_session(db)
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    assert coordinator.get(f"/sessions/{session.id}").status_code == 200
    assert "Young Carers Forum" in coordinator.get("/sessions").page.main_text


def test_a_draft_left_for_a_week_is_still_there(partner, group, db):
    client, _ = partner
    post_session(client, group, ["draft comment"], action="draft")
    session = only_session(db)
    session.created_at = utcnow() - timedelta(days=8)
    db.flush()
    listing = client.get("/sessions?status=draft")
    assert "Young Carers Forum" in listing.page.main_text
    assert client.get(f"/sessions/{session.id}/review").status_code == 200


def test_editing_a_submitted_session_needs_a_reason_that_is_audited(partner, group, db):
    client, _ = partner
    post_session(client, group, ["we need more youth workers"])
    session = only_session(db)
    client.post(f"/sessions/{session.id}/submit")
    comment = session.comments[0]
    refused = client.post(
        f"/sessions/{session.id}/comments/{comment.id}",
        data={
            "action": "rewrite",
            "text": "we need many more youth workers",
            "kind": "quote",
            "priority_hint": "",
            "reason": "",
        },
    )
    assert "Choose why you are changing a submitted session" in refused.page.main_text
    accepted = client.post(
        f"/sessions/{session.id}/comments/{comment.id}",
        data={
            "action": "rewrite",
            "text": "we need many more youth workers",
            "kind": "quote",
            "priority_hint": "",
            "reason": "correction",
        },
    )
    assert accepted.status_code == 302
    event = db.scalar(
        select(AuditEvent).where(AuditEvent.action == "submitted_session_comment_changed")
    )
    assert event.details["reason"] == "correction"


def test_partner_removes_more_words_by_hand_and_cannot_put_them_back(partner, group, db):
    client, _ = partner
    post_session(client, group, ["the youth club on Cable Street shuts too early"])
    session = only_session(db)
    comment = session.comments[0]
    missing = client.post(
        f"/sessions/{session.id}/comments/{comment.id}",
        data={"action": "remove", "remove-phrase": "not in the text", "remove-reason": ""},
    )
    assert "Those words are not in the comment" in missing.page.main_text
    done = client.post(
        f"/sessions/{session.id}/comments/{comment.id}",
        data={"action": "remove", "remove-phrase": "Cable Street", "remove-reason": ""},
    )
    assert done.status_code == 302
    stored = db.get(Comment, comment.id)
    assert "Cable" not in stored.text and "[REMOVED]" in stored.text
    assert stored.removed_by_hand == 1


def test_withdrawing_a_session_needs_a_reason(partner, group, db):
    client, _ = partner
    post_session(client, group, ["a comment"])
    session = only_session(db)
    client.post(f"/sessions/{session.id}/submit")
    refused = client.post(f"/sessions/{session.id}/withdraw", data={"reason": ""})
    assert refused.status_code == 200
    client.post(f"/sessions/{session.id}/withdraw", data={"reason": "consent_withdrawn"})
    assert db.get(EngagementSession, session.id).status == "withdrawn"


def test_future_date_and_missing_consent_are_refused(partner, group, db):
    client, _ = partner
    from datetime import date

    response = post_session(
        client, group, ["a"], held_on=date.today() + timedelta(days=3), consent_method=""
    )
    text_on_page = response.page.main_text
    assert "must be today or in the past" in text_on_page
    assert "Choose how you got consent" in text_on_page


def test_add_another_comment_box_keeps_what_was_typed(partner, group):
    client, _ = partner
    data = session_form(
        group("Young Carers Forum").id, ["typed before adding a box"], action="add_box"
    )
    response = client.post("/sessions/new", data=data)
    html = response.get_data(as_text=True)
    assert "typed before adding a box" in html
    assert 'name="comments-5-text"' in html


def upload(client, session_id, filename, content):
    return client.post(
        f"/sessions/{session_id}/upload",
        data={"file": (io.BytesIO(content), filename)},
        content_type="multipart/form-data",
    )


def test_csv_upload_previews_redacted_comments_then_saves_them(partner, group, db):
    client, _ = partner
    post_session(client, group, [], action="draft")
    session = only_session(db)
    csv_bytes = (
        "comment,priority,type\n"
        f"call me on {PHONE},online-safety,quote\n"
        ",,\n"
        "girls get asked for nudes all the time,Staying Safe Online,summary\n"
    ).encode()
    preview = upload(client, session.id, "comments.csv", csv_bytes)
    assert preview.status_code == 200
    html = preview.get_data(as_text=True)
    assert PHONE not in html and "[PHONE]" in html
    assert "1 empty row was skipped" in preview.page.main_text
    assert db.scalar(select(func.count()).select_from(Comment)) == 0, (
        "nothing saved before confirming"
    )
    import re

    texts = re.findall(r'name="text" value="([^"]*)"', html)
    kinds = re.findall(r'name="kind" value="([^"]*)"', html)
    priorities = re.findall(r'name="priority" value="([^"]*)"', html)
    confirm = client.post(
        f"/sessions/{session.id}/upload/confirm",
        data={"text": texts, "kind": kinds, "priority": priorities},
    )
    assert confirm.status_code == 302
    comments = db.get(EngagementSession, session.id).comments
    assert [c.kind for c in comments] == ["quote", "summary"]
    assert all(
        c.priority_hint is not None and c.priority_hint.slug == "online-safety" for c in comments
    )


def test_csv_with_the_wrong_columns_is_refused_and_nothing_saved(partner, group, db):
    client, _ = partner
    post_session(client, group, [], action="draft")
    session = only_session(db)
    response = upload(client, session.id, "comments.csv", b"name,age\nsam,14\n")
    assert "needs a column headed 'comment'" in response.page.main_text
    assert "'name', 'age'" in response.page.main_text
    assert db.scalar(select(func.count()).select_from(Comment)) == 0


def test_broken_excel_file_is_refused(partner, group, db):
    client, _ = partner
    post_session(client, group, [], action="draft")
    session = only_session(db)
    response = upload(
        client, session.id, "comments.xlsx", b"PK\x03\x04 this is not really a workbook"
    )
    assert "could not be opened" in response.page.main_text
    empty = upload(client, session.id, "comments.xlsx", b"")
    assert "The selected file is empty" in empty.page.main_text
    other = upload(client, session.id, "comments.pdf", b"%PDF-1.4")
    assert "must be a CSV or an Excel" in other.page.main_text


def test_excel_upload_works(partner, group, db):
    client, _ = partner
    post_session(client, group, [], action="draft")
    session = only_session(db)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Comment", "Type"])
    sheet.append(["more youth clubs please", "quote"])
    sheet.append(["boys feel they can't talk about feelings", "summary"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    preview = upload(client, session.id, "comments.xlsx", buffer.getvalue())
    assert "Check the 2 comments from your file" in preview.page.main_text


def test_safeguarding_lead_views_the_case_and_records_an_outcome(
    partner, group, db, new_client, sign_in, make_user
):
    client, _ = partner
    post_session(client, group, ["my friend said her dad touches her and she's scared"])
    case = db.scalar(select(SafeguardingCase))
    lead_client = sign_in(make_user(Role.SAFEGUARDING_LEAD), on=new_client())
    queue = lead_client.get("/safeguarding")
    assert "Young Carers Forum" in queue.page.main_text
    page = lead_client.get(f"/safeguarding/cases/{case.id}")
    assert "touches her" in page.page.main_text
    assert "Youth Service" in page.page.main_text
    viewed = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "withheld_comment_viewed")
    ).all()
    assert len(viewed) == 1
    missing = lead_client.post(
        f"/safeguarding/cases/{case.id}", data={"outcome": "", "decision": ""}
    )
    assert "Choose what was done" in missing.page.main_text
    done = lead_client.post(
        f"/safeguarding/cases/{case.id}",
        data={
            "outcome": "referred",
            "note": "Referred to the front door",
            "decision": "keep_withheld",
        },
    )
    assert done.status_code == 302
    closed = db.get(SafeguardingCase, case.id)
    assert closed.status == "closed" and closed.outcome == "referred"
    assert db.get(Comment, case.comment_id).withheld


def test_lead_can_release_a_general_view_into_analysis(
    partner, group, db, new_client, sign_in, make_user
):
    client, _ = partner
    post_session(client, group, ["I've been self harming for a few weeks"])
    case = db.scalar(select(SafeguardingCase))
    lead_client = sign_in(make_user(Role.SAFEGUARDING_LEAD), on=new_client())
    lead_client.post(
        f"/safeguarding/cases/{case.id}",
        data={"outcome": "no_further_action", "note": "", "decision": "release"},
    )
    assert not db.get(Comment, case.comment_id).withheld


def test_only_the_safeguarding_lead_can_open_the_queue(as_role):
    for role in (
        Role.PARTNER,
        Role.CHAIR,
        Role.YOUNG_SCRUTINEER,
        Role.EXECUTIVE,
        Role.INDEPENDENT_SCRUTINEER,
    ):
        client, _ = as_role(role)
        assert client.get("/safeguarding").status_code == 403
        client.post("/sign-out")


def test_session_list_is_empty_with_a_helpful_message_then_filters(partner, group, db):
    client, _ = partner
    empty = client.get("/sessions")
    assert "You have not recorded any sessions yet" in empty.page.main_text
    post_session(client, group, ["a"])
    youth_council = group("Youth Council")
    filtered = client.get(f"/sessions?group={youth_council.id}")
    assert "No sessions match these filters" in filtered.page.main_text
    assert client.get("/sessions?group=nonsense&from=not-a-date&sort=sideways").status_code == 200
