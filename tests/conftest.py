"""Fixtures for integration tests: one migrated database per backend, each test in a rolled-back
transaction, a test client that checks every HTML page, and users of every role."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pyotp
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from engage import create_app, database
from engage.config import Settings
from engage.extensions import limiter
from engage.migrate import upgrade
from engage.models import Agency, EngagementGroup, Priority, User
from engage.roles import Role
from tests.pages import check_page

TEST_PASSWORD = "correct horse battery staple"
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def base_settings(database_url: str, **overrides: Any) -> Settings:
    settings = Settings(
        environment="test",
        secret_key="test-secret-key-that-is-long-enough-0123456789",
        database_url=database_url,
        argon2_time_cost=1,
        argon2_memory_kib=8,
        csrf_enabled=False,
        secure_cookies=False,
        public_base_url="http://localhost",
        analysis_in_background=False,
    )
    return replace(settings, **overrides)


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def postgres_schema_url(label: str) -> str:
    """A schema of its own per xdist worker, so parallel workers share the one CI database."""
    import sqlalchemy

    schema = f"engage_{label}_{_worker()}".lower()
    engine = sqlalchemy.create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


def fresh_database_url(backend: str, directory: Any, label: str) -> str:
    if backend == "postgresql":
        return postgres_schema_url(label)
    return f"sqlite:///{directory}/{label}.db"


class CheckedClient(FlaskClient):
    """Parses every HTML response and fails the test on a page any user would find broken."""

    test_session: Session | None = None

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        response = super().open(*args, **kwargs)
        if self.test_session is not None:
            self.test_session.expire_all()
        if response.mimetype == "text/html" and response.status_code not in (204, 302):
            csrf = self.application.config["WTF_CSRF_ENABLED"]
            response.page = check_page(response.get_data(as_text=True), csrf)  # type: ignore[attr-defined]
        return response


@pytest.fixture(scope="session", params=BACKENDS)
def app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    url = fresh_database_url(request.param, tmp_path_factory.mktemp("db"), "integration")
    upgrade(url)
    application = create_app(base_settings(url))
    application.test_client_class = CheckedClient
    return application


@pytest.fixture
def db(app: Flask) -> Iterator[Session]:
    """Each test runs inside one transaction that is rolled back afterwards.

    The test gets a session of its own on the same connection as the app, so what a request
    commits is visible to the test's assertions (the client expires the test's copies after
    every request) and nothing outlives the test.
    """
    engine = app.extensions["engage_engine"]
    connection = engine.connect()
    transaction = connection.begin()
    app.extensions["engage_bind"] = connection
    app.extensions["engage_join_mode"] = "create_savepoint"
    database._fallback_bind.update(engine=connection, mode="create_savepoint")
    with app.app_context():
        limiter.reset()
    test_session = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    yield test_session
    test_session.close()
    database.session.remove()
    transaction.rollback()
    connection.close()
    app.extensions["engage_bind"] = engine
    app.extensions.pop("engage_join_mode", None)
    database._fallback_bind.clear()


@pytest.fixture
def client(app: Flask, db: Session) -> FlaskClient:
    test_client = app.test_client()
    test_client.test_session = db  # type: ignore[attr-defined]
    return test_client


@pytest.fixture
def priority(db: Any) -> Callable[[str], Priority]:
    from sqlalchemy import select

    def get(slug: str = "online-safety") -> Priority:
        return db.scalar(select(Priority).where(Priority.slug == slug))

    return get


@pytest.fixture
def group(db: Any) -> Callable[[str], EngagementGroup]:
    from sqlalchemy import select

    def get(name: str = "Young Carers Forum") -> EngagementGroup:
        return db.scalar(select(EngagementGroup).where(EngagementGroup.name == name))

    return get


@pytest.fixture
def agency(db: Any) -> Callable[[str], Agency]:
    created: dict[str, Agency] = {}

    def get(name: str = "Youth Service") -> Agency:
        if name not in created:
            created[name] = Agency(name=name, kind="youth")
            db.add(created[name])
            db.flush()
        return created[name]

    return get


@pytest.fixture
def make_user(app: Flask, db: Any, agency: Callable[[str], Agency]) -> Callable[..., User]:
    from engage.auth.services import new_session_token, passwords

    with app.app_context():
        password_hash = passwords().hash(TEST_PASSWORD)

    def make(
        role: Role = Role.PARTNER,
        email: str | None = None,
        agency_name: str | None = "Youth Service",
        priorities: list[Priority] | None = None,
        groups: list[EngagementGroup] | None = None,
        **fields: Any,
    ) -> User:
        user = User(
            email=email or f"{role}-{uuid.uuid4().hex[:8]}@example.org",
            display_name=fields.pop("display_name", f"Test {role.label}"),
            role=str(role),
            agency=agency(agency_name) if agency_name and role is Role.PARTNER else None,
            password_hash=password_hash,
            session_token=new_session_token(),
            totp_secret=pyotp.random_base32()
            if role in (Role.COORDINATOR, Role.SAFEGUARDING_LEAD)
            else None,
            **fields,
        )
        user.priorities = priorities or []
        user.groups = groups or []
        db.add(user)
        db.flush()
        return user

    return make


@pytest.fixture
def sign_in(client: FlaskClient) -> Callable[..., FlaskClient]:
    """Signs in through the real pages, security code included where the role needs one."""

    def do(user: User, on: FlaskClient | None = None) -> FlaskClient:
        target = on or client
        response = target.post("/sign-in", data={"email": user.email, "password": TEST_PASSWORD})
        assert response.status_code == 302, response.get_data(as_text=True)[:2000]
        if "/sign-in/security-code" in response.location:
            code = pyotp.TOTP(user.totp_secret).now()
            response = target.post(response.location, data={"code": code})
            assert response.status_code == 302
        return target

    return do


@pytest.fixture
def as_role(
    make_user: Callable[..., User], sign_in: Callable[..., FlaskClient]
) -> Callable[..., tuple[FlaskClient, User]]:
    def do(role: Role, **kwargs: Any) -> tuple[FlaskClient, User]:
        user = make_user(role, **kwargs)
        return sign_in(user), user

    return do


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, "the page has a CSRF token"
    return match.group(1)


@pytest.fixture
def new_client(app: Flask, db: Session) -> Callable[[], FlaskClient]:
    """Another browser: its own cookies, the same database."""

    def make() -> FlaskClient:
        other = app.test_client()
        other.test_session = db  # type: ignore[attr-defined]
        return other

    return make
