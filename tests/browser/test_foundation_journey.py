"""The coordinator adds a group and invites a partner, who signs up, signs in and out."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, sign_in, sign_out


def test_coordinator_invites_a_partner_who_signs_in_and_out(browser, page, live_server):
    sign_in(page, live_server, "coordinator@example.org")
    assert_accessible(page)
    page.get_by_role("link", name="Admin").click()
    page.get_by_role("link", name="Engagement groups").click()
    assert_accessible(page)
    page.get_by_role("link", name="Add an engagement group").click()
    page.get_by_label("Group name").fill("Girls' Football Club")
    page.get_by_role("button", name="Save group").click()
    expect(page.get_by_text("Girls' Football Club has been saved")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{live_server.url}/admin/users/invite")
    assert_accessible(page)
    page.get_by_label("Full name").fill("Nadia Newcomer")
    page.get_by_label("Email address").fill("nadia.newcomer@example.org")
    page.get_by_label("Role").select_option("partner")
    page.get_by_label("Agency").select_option(label="Youth Service")
    page.get_by_label("Girls' Football Club").check()
    page.get_by_role("button", name="Create invite").click()
    assert_accessible(page)
    link = page.locator("#invite-link").input_value()
    assert re.match(r"http://localhost/invite/\S+", link)
    invite_path = link.replace("http://localhost", "")

    fresh = browser.new_context()
    newcomer = fresh.new_page()
    newcomer.goto(f"{live_server.url}{invite_path}")
    assert_accessible(newcomer)
    newcomer.get_by_label("Create a password", exact=True).fill("a long enough passphrase")
    newcomer.get_by_label("Type the password again", exact=True).fill("a long enough passphrase")
    newcomer.get_by_role("button", name="Create account").click()
    expect(newcomer.get_by_text("Your account is ready")).to_be_visible()
    sign_in(newcomer, live_server, "nadia.newcomer@example.org", "a long enough passphrase")
    expect(newcomer.get_by_role("heading", name="Hello, Nadia Newcomer")).to_be_visible()
    assert_accessible(newcomer)
    old_cookie = next(c for c in fresh.cookies() if c["name"] == "engage_session")
    sign_out(newcomer)
    expect(newcomer.get_by_role("heading", name="You have signed out")).to_be_visible()
    assert_accessible(newcomer)
    fresh.close()

    thief = browser.new_context()
    thief.add_cookies([old_cookie])
    stolen = thief.new_page()
    stolen.goto(f"{live_server.url}/home")
    assert "/sign-in" in stolen.url, "the copied cookie no longer works after sign-out"
    thief.close()


def test_sign_in_works_with_the_keyboard_alone(page, live_server):
    page.goto(f"{live_server.url}/sign-in")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Skip to main content" in focused
    page.locator("#email").focus()
    page.keyboard.type("partner@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("engage-demo-2026")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Hello, Priya Partner")).to_be_visible()


def test_error_summary_on_a_failed_sign_in_is_accessible(page, live_server):
    page.goto(f"{live_server.url}/sign-in")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert page.title().startswith("Error:")
    assert_accessible(page)


def test_public_pages_are_accessible(page, live_server):
    for path in ["/accessibility", "/privacy", "/worried-about-a-child", "/no-such-page"]:
        page.goto(f"{live_server.url}{path}")
        assert_accessible(page)
