"""A Young Scrutineer raises a challenge citing a theme, the chair answers with an action, the
scrutineer judges it partly answered and follows it up, and when the follow-up goes unanswered past
its due date the tick escalates it to the Independent Scrutineer. The scrutineer uses the keyboard
only; every page passes axe."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

from playwright.sync_api import expect
from sqlalchemy import select

from engage import database
from engage.scrutineers import escalation
from engage.scrutineers.models import Challenge
from engage.themes.models import Theme
from tests.browser.conftest import DEMO_PASSWORD, assert_accessible, sign_in

THEME = "Pictures shared without asking"


def _theme_exists() -> str:
    found = database.session.scalar(
        select(Theme).where(Theme.priority_slug == "online-safety", Theme.active.is_(True))
    )
    if found is None:
        found = Theme(priority_slug="online-safety", label=THEME, keywords=["pictures"])
        database.session.add(found)
        database.session.flush()
    return found.label


def press(page, locator, key: str = "Enter") -> None:
    locator.focus()
    page.keyboard.press(key)


def type_into(page, locator, text: str) -> None:
    locator.focus()
    page.keyboard.type(text)


def keyboard_sign_in(page, live_server, email: str) -> None:
    page.goto(f"{live_server.url}/sign-in")
    type_into(page, page.get_by_label("Email address"), email)
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Your challenges")


def test_a_challenge_from_question_to_escalation(browser, page, live_server):
    theme_label = live_server.run(_theme_exists)
    scrutineer = page

    keyboard_sign_in(scrutineer, live_server, "scrutineer@example.org")
    press(scrutineer, scrutineer.get_by_role("link", name="Challenges").first)
    expect(scrutineer.get_by_role("heading", name="Your challenges")).to_be_visible()
    assert_accessible(scrutineer)
    press(scrutineer, scrutineer.get_by_role("link", name="Raise a challenge").first)
    expect(scrutineer.get_by_role("heading", name="Raise a challenge")).to_be_visible()
    assert_accessible(scrutineer)
    type_into(scrutineer, scrutineer.get_by_label("Title"), "Help to get pictures taken down")
    type_into(
        scrutineer,
        scrutineer.get_by_label("What do you want to know or see changed?"),
        "Girls said pictures get shared and nobody helps take them down. What will you do?",
    )
    press(scrutineer, scrutineer.get_by_label(theme_label, exact=True), "Space")
    expect(scrutineer.get_by_label(theme_label, exact=True)).to_be_checked()
    press(scrutineer, scrutineer.get_by_role("button", name="Continue"))
    expect(scrutineer.get_by_role("heading", name="Check your challenge")).to_be_visible()
    assert_accessible(scrutineer)
    expect(scrutineer.locator("main")).to_contain_text(theme_label)
    press(scrutineer, scrutineer.get_by_role("button", name="Send challenge"))
    expect(scrutineer.get_by_role("heading", name="Challenge sent")).to_be_visible()
    assert_accessible(scrutineer)
    first_id = re.search(r"/challenges/([0-9a-f-]{36})/sent", scrutineer.url).group(1)

    chair = browser.new_context().new_page()
    sign_in(chair, live_server, "chair@example.org")
    chair.goto(f"{live_server.url}/challenges/all")
    assert_accessible(chair)
    chair.get_by_role("link", name="Help to get pictures taken down").click()
    assert_accessible(chair)
    chair.get_by_role("link", name="Answer this challenge").click()
    expect(chair.get_by_role("heading", level=1)).to_contain_text("Answer challenge")
    assert_accessible(chair)
    chair.get_by_label("Your answer").fill(
        "Thank you.\n\n- Schools will teach Report Remove\n- We will write to the apps"
    )
    chair.get_by_label("What will be done (action 1)").fill("Teach Report Remove in every school")
    chair.get_by_label("Which agency will do it (action 1)").select_option(label="Secondary school")
    by = date.today() + timedelta(days=90)
    chair.get_by_label("Day").fill(str(by.day))
    chair.get_by_label("Month").fill(str(by.month))
    chair.get_by_label("Year").fill(str(by.year))
    chair.get_by_role("button", name="Send answer").click()
    expect(chair.get_by_text("Your answer has been sent")).to_be_visible()
    assert_accessible(chair)
    chair.context.close()

    scrutineer.goto(f"{live_server.url}/challenges/{first_id}")
    expect(scrutineer.get_by_text("Teach Report Remove in every school")).to_be_visible()
    assert_accessible(scrutineer)
    press(scrutineer, scrutineer.get_by_role("link", name="Judge the answer"))
    expect(scrutineer.get_by_role("heading", name="Judge the answer")).to_be_visible()
    assert_accessible(scrutineer)
    press(scrutineer, scrutineer.get_by_label("Partly answered"), "Space")
    type_into(
        scrutineer,
        scrutineer.get_by_label("Why do you think that?"),
        "Schools is good. Nothing says how to get a picture taken down fast.",
    )
    press(scrutineer, scrutineer.get_by_label("Start a follow-up challenge now"), "Space")
    press(scrutineer, scrutineer.get_by_role("button", name="Save my verdict"))
    expect(scrutineer.get_by_role("heading", name="Change your challenge")).to_be_visible()
    assert_accessible(scrutineer)
    type_into(
        scrutineer,
        scrutineer.get_by_label("What do you want to know or see changed?"),
        "Who will help a girl get a picture taken down in one day?",
    )
    press(scrutineer, scrutineer.get_by_role("button", name="Continue"))
    expect(scrutineer.locator("main")).to_contain_text("The answer to challenge")
    assert_accessible(scrutineer)
    press(scrutineer, scrutineer.get_by_role("button", name="Send challenge"))
    expect(scrutineer.get_by_role("heading", name="Challenge sent")).to_be_visible()
    follow_up_id = re.search(r"/challenges/([0-9a-f-]{36})/sent", scrutineer.url).group(1)

    def move_the_clock_past_the_due_date() -> escalation.TickResult:
        follow_up = database.session.get(Challenge, uuid.UUID(follow_up_id))
        assert str(follow_up.follow_up_of_id) == first_id
        return escalation.tick(follow_up.due_on + timedelta(days=1))

    assert live_server.run(move_the_clock_past_the_due_date).overdue >= 1

    mentor = browser.new_context().new_page()
    sign_in(mentor, live_server, "mentor@example.org")
    mentor.get_by_role("link", name="Escalations").first.click()
    expect(mentor.get_by_role("heading", name="Escalations")).to_be_visible()
    row = mentor.get_by_role("row").filter(has_text="Follow-up: Help to get pictures taken down")
    expect(row).to_contain_text("Overdue")
    assert_accessible(mentor)
    row.get_by_role("link").click()
    expect(mentor.get_by_role("heading", level=1)).to_contain_text("Follow-up")
    expect(mentor.locator("main")).to_contain_text("Follows up")
    assert_accessible(mentor)
    mentor.goto(f"{live_server.url}/challenges/responsiveness")
    assert_accessible(mentor)
    mentor.context.close()
