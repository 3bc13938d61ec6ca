"""A partner records a session; the safeguarding lead deals with the disclosure in it."""

from __future__ import annotations

from datetime import date, timedelta

from playwright.sync_api import expect
from sqlalchemy import select

from engage import database
from engage.canvasser.models import Comment, EngagementSession
from tests.browser.conftest import assert_accessible, sign_in, sign_out

COMMENTS = [
    "there's nowhere safe to hang out in the evenings",
    "my mate Kwame said ring him on 07700 900456 if the club is open",
    "girls get asked for nudes all the time",
    "my mum's boyfriend hits her and last night he hit me too",
    "more youth workers please",
    "CAMHS takes forever",
]


def test_partner_records_a_session_and_the_lead_deals_with_the_disclosure(
    browser, page, live_server
):
    sign_in(page, live_server, "partner@example.org")
    page.get_by_role("link", name="Sessions").first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Record a session").click()
    assert_accessible(page)
    page.get_by_label("Engagement group").select_option(label="Young Carers Forum")
    held = date.today() - timedelta(days=1)
    page.get_by_label("Day").fill(str(held.day))
    page.get_by_label("Month").fill(str(held.month))
    page.get_by_label("Year").fill(str(held.year))
    page.get_by_label("14 to 15").fill("7")
    page.get_by_label("Told the group at the start and everyone agreed out loud").check()
    for index, comment in enumerate(COMMENTS[:5], start=1):
        page.get_by_label(f"Comment {index}", exact=True).fill(comment)
    page.get_by_label("Or paste comments, one per line").fill(COMMENTS[5])
    page.get_by_role("button", name="Continue to check comments").click()

    expect(page.get_by_role("heading", name="Check the comments")).to_be_visible()
    assert_accessible(page)
    expect(page.get_by_text("Safeguarding: act now")).to_be_visible()
    expect(page.get_by_text("Held back for the safeguarding lead")).to_be_visible()
    body = page.locator("main").inner_text()
    assert "07700 900456" not in body and "Kwame" not in body
    assert "[PHONE]" in body and "[NAME]" in body
    page.get_by_role("button", name="Submit session").click()
    expect(page.get_by_text("Your session has been submitted")).to_be_visible()
    assert_accessible(page)
    assert "hits her" not in page.locator("main").inner_text()
    expect(page.get_by_text("1 comment was held back")).to_be_visible()

    with live_server.app.app_context():
        session = database.session.scalars(
            select(EngagementSession).order_by(EngagementSession.created_at.desc())
        ).first()
        stored = [
            comment.text
            for comment in database.session.scalars(
                select(Comment).where(Comment.session_id == session.id)
            )
        ]
        database.session.remove()
    assert len(stored) == 6
    assert not any("07700" in text or "Kwame" in text for text in stored)
    sign_out(page)

    lead = browser.new_context().new_page()
    sign_in(lead, live_server, "lead@example.org")
    lead.get_by_role("link", name="Safeguarding queue").first.click()
    assert_accessible(lead)
    held_text = f"Young Carers Forum, {held.day} {held:%B %Y}"
    lead.locator("tr", has_text=held_text).get_by_role("link").first.click()
    expect(lead.get_by_text("hits her")).to_be_visible()
    assert_accessible(lead)
    lead.get_by_role("button", name="Acknowledge: I am dealing with this").click()
    lead.get_by_label("Referred to children's social care or the police").check()
    lead.get_by_label("Note (seen only by safeguarding leads)").fill("Referred to the front door")
    lead.get_by_label("Keep it withheld: it is a disclosure").check()
    lead.get_by_role("button", name="Record outcome").click()
    expect(lead.get_by_text("The outcome has been recorded")).to_be_visible()
    assert_accessible(lead)
