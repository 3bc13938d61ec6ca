"""The security baseline: headers, declared access on every route, CSRF, error pages, logs."""

from __future__ import annotations

import io
import re

import pytest

from engage.access import ACCESS_ATTRIBUTE, PUBLIC
from engage.logs import make_handler
from engage.roles import Role
from tests.conftest import base_settings, csrf_token_from


def assert_security_headers(response):
    csp = response.headers["Content-Security-Policy"]
    assert re.search(r"script-src 'self' 'nonce-[\w-]+'", csp)
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", ["/sign-in", "/no-such-page", "/admin/", "/accessibility"])
def test_headers_on_every_response_including_404(client, path):
    response = client.get(path)
    assert_security_headers(response)


def test_not_found_page_is_plain_and_helpful(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "Page not found" in response.page.main_text


def test_the_nonce_in_the_header_matches_the_page_scripts(client):
    response = client.get("/sign-in")
    nonce = re.search(r"'nonce-([\w-]+)'", response.headers["Content-Security-Policy"]).group(1)
    html = response.get_data(as_text=True)
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)


def test_session_cookie_flags(client, make_user):
    user = make_user(Role.PARTNER)
    response = client.post(
        "/sign-in", data={"email": user.email, "password": "correct horse battery staple"}
    )
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_every_route_declares_who_may_use_it(app):
    undeclared = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        if getattr(view, ACCESS_ATTRIBUTE, None) is None:
            undeclared.append(rule.endpoint)
    assert undeclared == []


def test_a_route_without_a_declaration_is_refused(app, db):
    blueprint_app = app
    # Registering after first request is not allowed, so build a small app of our own.
    from engage import create_app

    fresh = create_app(base_settings(app.config["ENGAGE"].database_url))

    @fresh.get("/forgot-to-declare")
    def forgot() -> str:
        return "secret"

    response = fresh.test_client().get("/forgot-to-declare")
    assert response.status_code == 403
    assert blueprint_app is not fresh


def test_public_routes_are_only_the_expected_ones(app):
    public = sorted(
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
        and getattr(app.view_functions[rule.endpoint], ACCESS_ATTRIBUTE, None) == PUBLIC
    )
    assert public == sorted(
        [
            "auth.sign_in",
            "auth.two_factor",
            "auth.two_factor_setup",
            "auth.signed_out",
            "auth.accept_invite",
            "home.root",
            "home.accessibility",
            "home.privacy",
            "home.worried",
        ]
    )


def test_wrong_role_gets_a_forbidden_page(as_role):
    client, _ = as_role(Role.PARTNER)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "You do not have access to this page" in response.page.main_text


@pytest.fixture
def csrf_app(app):
    from engage import create_app

    return create_app(base_settings(app.config["ENGAGE"].database_url, csrf_enabled=True))


def test_csrf_is_enforced_when_switched_on(csrf_app, db, make_user):
    csrf_app.extensions["engage_bind"] = db.get_bind()
    csrf_app.extensions["engage_join_mode"] = "create_savepoint"
    user = make_user(Role.PARTNER)
    client = csrf_app.test_client()
    refused = client.post(
        "/sign-in", data={"email": user.email, "password": "correct horse battery staple"}
    )
    assert refused.status_code == 400
    assert "This form could not be sent" in refused.get_data(as_text=True)
    token = csrf_token_from(client.get("/sign-in").get_data(as_text=True))
    accepted = client.post(
        "/sign-in",
        data={"email": user.email, "password": "correct horse battery staple", "csrf_token": token},
    )
    assert accepted.status_code == 302
    home = client.get("/home").get_data(as_text=True)
    sign_out_token = csrf_token_from(home)
    assert client.post("/sign-out").status_code == 400, "sign-out without a token is refused"
    assert client.post("/sign-out", data={"csrf_token": sign_out_token}).status_code == 302


def test_unexpected_error_shows_a_reference_and_logs_no_message(app, db):
    from engage import create_app

    fresh = create_app(base_settings(app.config["ENGAGE"].database_url))
    fresh.extensions["engage_bind"] = db.get_bind()
    fresh.extensions["engage_join_mode"] = "create_savepoint"
    from engage.access import public

    @fresh.post("/explode")
    @public
    def explode() -> str:
        from flask import request

        raise ValueError(request.form["comment"])

    stream = io.StringIO()
    handler = make_handler(stream)
    fresh.logger.addHandler(handler)
    try:
        response = fresh.test_client().post(
            "/explode", data={"comment": "my mate Jordan Smith 07700 900123 said something"}
        )
    finally:
        fresh.logger.removeHandler(handler)
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    reference = re.search(r"reference: <strong[^>]*>(\w+)</strong>", html).group(1)
    assert "Jordan" not in html and "07700" not in html
    formatted = stream.getvalue()
    assert reference in formatted
    assert "Jordan" not in formatted and "07700" not in formatted
    assert "ValueError (message withheld)" in formatted
