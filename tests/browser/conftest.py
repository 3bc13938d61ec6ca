"""Browser journeys in Debian's Chromium, driven by Playwright, with axe on every page."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyotp
import pytest
from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from sqlalchemy import select
from werkzeug.serving import make_server

from engage import create_app, database
from engage.demo import DEMO_PASSWORD
from engage.migrate import upgrade
from engage.models import User
from tests.conftest import base_settings

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))


@dataclass
class LiveServer:
    url: str
    app: Flask

    def user(self, email: str) -> User:
        with self.app.app_context():
            user = database.session.scalar(select(User).where(User.email == email))
            database.session.expunge_all()
            return user

    def run(self, function: Any, *args: Any) -> Any:
        """Runs `function` inside the live app, committing what it changes."""
        with self.app.app_context():
            result = function(*args)
            database.session.commit()
            return result


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from engage import demo

    directory: Path = tmp_path_factory.mktemp("live")
    url = f"sqlite:///{directory}/live.db"
    upgrade(url)
    app = create_app(base_settings(url, csrf_enabled=True, login_rate_limit="1000 per minute"))
    with app.app_context():
        demo.load()
        database.session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveServer(url=f"http://127.0.0.1:{server.server_port}", app=app)
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM_PATH).exists():
        message = f"Chromium not found at {CHROMIUM_PATH}; `make test` installs it from Debian"
        if os.environ.get("ENGAGE_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()


def assert_accessible(page: Any) -> None:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    violations = results.response["violations"]
    details = [
        f"{violation['id']}: {violation['help']} -> "
        + "; ".join(node["target"][0] if node["target"] else "" for node in violation["nodes"][:3])
        for violation in violations
    ]
    assert not violations, f"axe found problems on {page.url}:\n" + "\n".join(details)


def sign_in(page: Any, live_server: LiveServer, email: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(f"{live_server.url}/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    for _attempt in range(3):
        if "/sign-in/security-code" not in page.url:
            break
        # A code another test used this half-minute is refused: fresh_code waits for a new one.
        page.get_by_label("Security code").fill(fresh_code(live_server, email))
        page.get_by_role("button", name="Continue").click()
        page.wait_for_load_state()


def fresh_code(live_server: LiveServer, email: str) -> str:
    """A security code the account has not used yet (codes cannot be replayed)."""
    user = live_server.user(email)
    totp = pyotp.TOTP(user.totp_secret)
    while True:
        now = time.time()
        current = int(now // totp.interval)
        for step in (current - 1, current, current + 1):
            if user.totp_last_step is None or step > user.totp_last_step:
                return totp.at(step * totp.interval)
        time.sleep(1)


def sign_out(page: Any) -> None:
    page.get_by_role("button", name="Sign out").click()
