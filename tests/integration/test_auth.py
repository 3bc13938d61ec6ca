"""Signing in and out, lockout, timeouts, two-factor codes and password changes."""

from __future__ import annotations

import time

import pyotp
from sqlalchemy import select

from engage.models import AuditEvent, User
from engage.roles import Role
from tests.conftest import TEST_PASSWORD


def actions(db, user=None):
    statement = select(AuditEvent.action).order_by(AuditEvent.occurred_at)
    if user is not None:
        statement = statement.where(AuditEvent.object_id == str(user.id))
    return list(db.scalars(statement))


def test_partner_signs_in_and_sees_their_home_page(client, make_user, db):
    user = make_user(Role.PARTNER, display_name="Priya")
    response = client.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 302
    home = client.get(response.location)
    assert "Hello, Priya" in home.page.main_text
    assert "sign_in" in actions(db, user)


def test_email_is_not_case_sensitive(client, make_user):
    make_user(Role.PARTNER, email="mixed.case@example.org")
    response = client.post(
        "/sign-in", data={"email": "  Mixed.Case@Example.org ", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302


def test_wrong_password_and_unknown_account_get_the_same_message(client, make_user, db):
    user = make_user(Role.PARTNER)
    wrong = client.post(
        "/sign-in", data={"email": user.email, "password": "not the password at all"}
    )
    unknown = client.post(
        "/sign-in", data={"email": "nobody@example.org", "password": "not the password at all"}
    )
    assert wrong.status_code == unknown.status_code == 200
    message = "Enter a correct email address and password"
    assert message in wrong.page.main_text and message in unknown.page.main_text
    assert wrong.page.title.startswith("Error:")
    assert "nobody@example.org" not in unknown.get_data(as_text=True).split('value="')[0]
    assert "sign_in_failed" in actions(db, user)


def test_empty_sign_in_form_says_what_to_enter(client, db):
    response = client.post("/sign-in", data={"email": "", "password": ""})
    text = response.page.main_text
    assert "Enter your email address" in text and "Enter your password" in text


def test_five_failures_lock_the_account_even_with_the_right_password(client, make_user, db):
    user = make_user(Role.PARTNER)
    for _ in range(5):
        client.post("/sign-in", data={"email": user.email, "password": "wrong password here"})
    locked = client.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
    assert locked.status_code == 200
    assert "This account is locked" in locked.page.main_text
    assert "account_locked" in actions(db, user)


def test_coordinator_can_unlock_an_account(client, make_user, sign_in, db):
    user = make_user(Role.PARTNER)
    for _ in range(5):
        client.post("/sign-in", data={"email": user.email, "password": "wrong password here"})
    coordinator = make_user(Role.COORDINATOR)
    sign_in(coordinator)
    response = client.post(f"/admin/users/{user.id}/unlock")
    assert response.status_code == 302
    client.post("/sign-out")
    assert (
        client.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD}).status_code
        == 302
    )


def test_sign_in_is_rate_limited(client, db):
    statuses = [
        client.post(
            "/sign-in", data={"email": f"x{i}@example.org", "password": "whatever password"}
        ).status_code
        for i in range(12)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[-1] == 429


def test_sign_out_is_post_only_and_a_copied_cookie_stops_working(
    new_client, client, make_user, sign_in, db
):
    user = make_user(Role.PARTNER)
    sign_in(user)
    copied = client.get_cookie("engage_session").value
    assert client.get("/sign-out").status_code == 405
    assert client.post("/sign-out").status_code == 302
    thief = new_client()
    thief.set_cookie("engage_session", copied)
    response = thief.get("/home")
    assert response.status_code == 302 and "/sign-in" in response.location


def test_deactivated_users_live_session_ends_at_once(new_client, client, make_user, sign_in, db):
    partner = make_user(Role.PARTNER)
    sign_in(partner)
    assert client.get("/home").status_code == 200
    coordinator_client = new_client()
    coordinator = make_user(Role.COORDINATOR)
    sign_in(coordinator, on=coordinator_client)
    assert coordinator_client.post(f"/admin/users/{partner.id}/deactivate").status_code == 302
    response = client.get("/home")
    assert response.status_code == 302 and "/sign-in" in response.location
    refused = client.post("/sign-in", data={"email": partner.email, "password": TEST_PASSWORD})
    assert "Enter a correct email address and password" in refused.page.main_text
    assert "user_deactivated" in actions(db, partner)


def test_inactivity_signs_you_out_with_an_explanation(client, make_user, sign_in, db):
    user = make_user(Role.PARTNER)
    sign_in(user)
    with client.session_transaction() as session:
        session["seen_at"] = time.time() - 31 * 60
    response = client.get("/home")
    assert response.status_code == 302 and "reason=idle" in response.location
    page = client.get(response.location)
    assert "had not done anything for a while" in page.page.main_text
    assert client.get("/home").status_code == 302


def test_every_signed_in_page_carries_the_timeout_warning(client, make_user, sign_in, db):
    sign_in(make_user(Role.PARTNER))
    html = client.get("/home").get_data(as_text=True)
    assert 'id="timeout-warning"' in html and "You will be signed out soon" in html


def test_keep_alive_resets_the_inactivity_clock(client, make_user, sign_in, db):
    sign_in(make_user(Role.PARTNER))
    with client.session_transaction() as session:
        session["seen_at"] = time.time() - 29 * 60
    assert client.post("/session/keep-alive").status_code == 204
    with client.session_transaction() as session:
        assert time.time() - session["seen_at"] < 5


def test_absolute_timeout(client, make_user, sign_in, db):
    sign_in(make_user(Role.PARTNER))
    with client.session_transaction() as session:
        session["started_at"] = time.time() - 13 * 3600
    response = client.get("/home")
    assert "reason=expired" in response.location


def test_coordinator_needs_a_security_code(client, make_user, db):
    user = make_user(Role.COORDINATOR)
    response = client.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
    assert "/sign-in/security-code" in response.location
    assert client.get("/home").status_code == 302, "not signed in before the code"
    wrong = client.post(response.location, data={"code": "000000"})
    assert "The security code is not right" in wrong.page.main_text
    right = client.post(response.location, data={"code": pyotp.TOTP(user.totp_secret).now()})
    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_security_code_cannot_be_replayed(new_client, client, make_user, db):
    user = make_user(Role.SAFEGUARDING_LEAD)
    code = pyotp.TOTP(user.totp_secret).now()
    first = client.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
    assert client.post(first.location, data={"code": code}).status_code == 302
    other = new_client()
    second = other.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
    replay = other.post(second.location, data={"code": code})
    assert replay.status_code == 200 and "not right" in replay.page.main_text


def test_first_sign_in_sets_up_security_codes(client, make_user, db):
    user = make_user(Role.COORDINATOR)
    user.totp_secret = None
    db.flush()
    response = client.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
    assert "set-up-security-codes" in response.location
    page = client.get(response.location)
    assert 'src="data:image/svg+xml' in page.get_data(as_text=True)
    with client.session_transaction() as session:
        secret = session["two_factor_setup_secret"]
    done = client.post(response.location, data={"code": pyotp.TOTP(secret).now()})
    assert done.status_code == 302
    assert db.get(User, user.id).totp_secret == secret
    assert "two_factor_set_up" in actions(db, user)


def test_password_change_signs_out_other_devices(new_client, client, make_user, sign_in, db):
    user = make_user(Role.CHAIR)
    sign_in(user)
    other = new_client()
    sign_in(user, on=other)
    response = client.post(
        "/account/password", data={"current": TEST_PASSWORD, "new": "a brand new long passphrase"}
    )
    assert response.status_code == 302
    assert client.get("/home").status_code == 200, "this device stays signed in"
    assert other.get("/home").status_code == 302, "the other device is signed out"
    assert "password_changed" in actions(db, user)


def test_password_change_rules(client, make_user, sign_in, db):
    sign_in(make_user(Role.CHAIR))
    short = client.post("/account/password", data={"current": TEST_PASSWORD, "new": "short"})
    assert "12 characters or more" in short.page.main_text
    common = client.post(
        "/account/password", data={"current": TEST_PASSWORD, "new": "password1234"}
    )
    assert "too common" in common.page.main_text
    wrong = client.post(
        "/account/password",
        data={"current": "nope nope nope", "new": "a brand new long passphrase"},
    )
    assert "current password is not right" in wrong.page.main_text


def test_open_redirect_is_refused(client, make_user, db):
    user = make_user(Role.PARTNER)
    response = client.post(
        "/sign-in?next=https://evil.example/", data={"email": user.email, "password": TEST_PASSWORD}
    )
    assert response.location.endswith("/home")
    response2 = client.post("/sign-out")
    assert response2.status_code == 302
    response3 = client.post(
        "/sign-in?next=//evil.example/", data={"email": user.email, "password": TEST_PASSWORD}
    )
    assert response3.location.endswith("/home")


def test_signed_out_visitor_is_sent_to_sign_in_and_back(client, make_user, db):
    user = make_user(Role.PARTNER)
    response = client.get("/account")
    assert response.status_code == 302 and "next=/account" in response.location
    signed_in = client.post(
        response.location, data={"email": user.email, "password": TEST_PASSWORD}
    )
    assert signed_in.location.endswith("/account")
