"""Reports and exports: what a coordinator downloads, what it hides, and who may run it."""

from __future__ import annotations

import csv
import io
import threading
from datetime import date, timedelta

import docx
import openpyxl
import pyotp
import pytest
from sqlalchemy import select

from engage.models import AuditEvent
from engage.roles import Role
from tests.integration.test_reports_data import make_session, make_theme

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TODAY = date.today()


@pytest.fixture
def coordinator(as_role):
    client, _ = as_role(Role.COORDINATOR)
    return client


@pytest.fixture
def themed(db, group):
    """Two themes in Staying Safe Online: one big, one small; a withheld comment; a formula."""
    big = make_theme(db, "Pictures shared without asking", keywords=["nudes", "pics"])
    small = make_theme(db, "Strangers in game chats")
    middle = make_theme(db, "=Bullying in group chats")
    carers, council = group("Young Carers Forum"), group("Youth Council")
    make_session(
        db,
        council,
        [(f"pics get shared round school {n}", big, -0.5) for n in range(7)]
        + [('=HYPERLINK("http://evil")', big, 0.0), ("strangers message kids", small, -0.2)]
        + [(f"group chat bullying {n}", middle, -0.3) for n in range(6)],
    )
    make_session(
        db,
        carers,
        [(f"girls get blamed when pics leak {n}", big, -0.4) for n in range(3)]
        + [("SECRET WITHHELD DISCLOSURE", big, -0.9)],
        withheld=(3,),
    )
    return big, small


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def test_theme_report_page_shows_counts_quotes_and_hides_small_numbers(coordinator, themed):
    page = coordinator.get("/reports/themes?priority=online-safety")
    assert page.status_code == 200
    text = page.page.main_text
    assert "Theme report: Staying Safe Online" in text
    assert "Pictures shared without asking" in text and "11" in text
    assert "fewer than 5" in text, "the small theme's count is hidden"
    assert "SECRET WITHHELD" not in page.get_data(as_text=True)
    assert 'role="img"' in page.get_data(as_text=True), "the chart has an accessible name"


def test_csv_export_is_escaped_streams_and_is_audited(coordinator, themed, db):
    response = coordinator.get("/reports/themes/export.csv?priority=online-safety")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.is_streamed
    rows = csv_rows(response)
    assert rows[0] == ["Table", "Row", "Column", "Value"]
    body = response.get_data(as_text=True)
    assert "SECRET WITHHELD" not in body
    assert "'=Bullying in group chats" in body
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "report_exported"))
    assert event.details["format"] == "csv" and event.details["priority"] == "online-safety"
    assert event.details["rows"] == 3 and event.actor_role == "coordinator"


def test_xlsx_export_opens_and_reads_back(coordinator, themed):
    response = coordinator.get("/reports/themes/export.xlsx?priority=online-safety")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(response.get_data()))
    assert "Themes" in workbook.sheetnames and "By engagement group" in workbook.sheetnames
    themes = [row for row in workbook["Themes"].iter_rows(values_only=True)]
    assert themes[0][0] == "Theme"
    assert themes[1][:3] == ("Pictures shared without asking", "Staying Safe Online", 11)
    assert any(row[2] == "fewer than 5" for row in themes[1:])
    for sheet in workbook:
        for row in sheet.iter_rows(values_only=True):
            for cell in row:
                assert not (isinstance(cell, str) and cell.startswith(FORMULA_STARTS)), cell
                assert not (isinstance(cell, str) and "SECRET WITHHELD" in cell)


def test_docx_export_opens_with_headings_tables_and_a_chart(coordinator, themed):
    response = coordinator.get("/reports/themes/export.docx?priority=online-safety")
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.get_data()))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert "Theme report: Staying Safe Online" in headings
    assert "Pictures shared without asking" in headings
    assert document.tables and document.inline_shapes, "tables and a chart image"
    assert "SECRET WITHHELD" not in "\n".join(p.text for p in document.paragraphs)


def test_a_period_with_no_sessions_is_an_empty_report_not_an_error(coordinator, themed):
    page = coordinator.get("/reports/themes?from=2001-01-01&to=2001-12-31")
    assert page.status_code == 200
    assert "There are no comments in a theme for this priority and period" in page.page.main_text
    response = coordinator.get("/reports/themes/export.docx?from=2001-01-01&to=2001-12-31")
    assert response.status_code == 200


def test_a_priority_with_one_comment_shows_everything_suppressed(coordinator, db, group):
    theme = make_theme(db, "Coercive control", slug="domestic-abuse")
    make_session(db, group("Young Carers Forum"), [("he checks my phone", theme, -0.3)])
    page = coordinator.get("/reports/themes?priority=domestic-abuse")
    text = page.page.main_text
    assert "Coercive control" in text and "fewer than 5" in text
    assert "he checks my phone" not in text, "no quote beside a hidden count"
    rows = csv_rows(coordinator.get("/reports/themes/export.csv?priority=domestic-abuse"))
    values = [row[3] for row in rows[1:] if row[0] == "Themes"]
    assert values and all(
        value in ("fewer than 5", "Not shown (small numbers)")
        or not value.isdigit()
        or value == "0"
        for value in values
    )


def test_a_group_renamed_mid_period_keeps_its_earlier_sessions(coordinator, db, group):
    theme = make_theme(db, "Places to go", slug="other")
    carers = group("Young Carers Forum")
    make_session(
        db,
        carers,
        [(f"nowhere to go {n}", theme, 0.0) for n in range(4)],
        held_on=TODAY - timedelta(days=100),
    )
    carers.name = "Young Carers Voice"
    db.flush()
    make_session(
        db,
        carers,
        [(f"close the youth club {n}", theme, 0.0) for n in range(4)],
        held_on=TODAY - timedelta(days=10),
    )
    xlsx = openpyxl.load_workbook(
        io.BytesIO(coordinator.get("/reports/themes/export.xlsx?priority=other").get_data())
    )
    rows = list(xlsx["By engagement group"].iter_rows(values_only=True))
    header = rows[0]
    assert "Young Carers Voice" in header and "Young Carers Forum" not in header
    places = next(row for row in rows if row[0] == "Places to go")
    assert places[header.index("Young Carers Voice")] == 8


def test_invalid_dates_get_a_clear_message(coordinator):
    page = coordinator.get("/reports/themes?from=2026-13-40")
    assert page.status_code == 400
    assert "The start date must be a real date" in page.page.main_text
    page = coordinator.get("/reports/themes?from=2026-05-01&to=2026-01-01")
    assert page.status_code == 400
    assert "The start date must be the same as or before the end date" in page.page.main_text
    assert (
        coordinator.get("/reports/themes/export.csv?from=2026-05-01&to=2026-01-01").status_code
        == 400
    )


def test_only_the_coordinator_runs_exports_and_the_executive_the_annual_pack(
    make_user, sign_in, new_client, themed
):
    def client_for(role):
        return sign_in(make_user(role), on=new_client())

    for role in (
        Role.PARTNER,
        Role.CHAIR,
        Role.YOUNG_SCRUTINEER,
        Role.SAFEGUARDING_LEAD,
        Role.EXECUTIVE,
    ):
        client = client_for(role)
        assert client.get("/reports/themes/export.csv").status_code == 403
        assert client.get("/reports/challenges/export.xlsx").status_code == 403
    executive = client_for(Role.EXECUTIVE)
    assert executive.get("/reports/annual").status_code == 200
    assert executive.get("/reports/annual/export.docx").status_code == 200
    assert client_for(Role.PARTNER).get("/reports/annual").status_code == 403


def test_annual_pack_page_and_word_document(coordinator, themed, db, priority, group):
    make_session(
        db,
        group("Youth Council"),
        [("more youth workers", None, 0.0)],
        priority=priority("online-safety"),
    )
    page = coordinator.get("/reports/annual")
    text = page.page.main_text
    for heading in (
        "Annual report evidence pack",
        "Staying Safe Online",
        "All Age Exploitation",
        "Who we heard from",
        "Main themes",
    ):
        assert heading in text
    document = docx.Document(io.BytesIO(coordinator.get("/reports/annual/export.docx").get_data()))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Staying Safe Online" in headings and "Who we heard from" in headings


def test_training_needs_show_the_rule_and_rank_themes(coordinator, db, group):
    theme = make_theme(db, "Adults who do not get it", slug="online-safety")
    other = make_theme(db, "Loot boxes", slug="online-safety")
    make_session(
        db,
        group("Youth Council"),
        [(f"teachers don't understand the apps {n}", theme, 0.0) for n in range(6)]
        + [("loot boxes are gambling", other, 0.0)],
    )
    page = coordinator.get("/reports/training")
    text = page.page.main_text
    assert "How a theme is chosen" in text and "teachers" in text
    assert "Adults who do not get it" in text and "Loot boxes" not in text


def test_export_requested_twice_at_once_gives_two_identical_files_and_two_events(tmp_path):
    """Two people press download at the same moment: both get the file, both are recorded."""
    from engage import create_app, database
    from engage.migrate import upgrade
    from engage.models import EngagementGroup
    from tests.conftest import TEST_PASSWORD, base_settings

    url = f"sqlite:///{tmp_path}/twice.db"
    upgrade(url)
    app = create_app(base_settings(url))
    with app.app_context():
        from engage.auth.services import new_session_token, passwords
        from engage.models import User

        session = database.session
        users = []
        for n in range(2):
            user = User(
                email=f"c{n}@example.org",
                display_name="C",
                role="coordinator",
                password_hash=passwords().hash(TEST_PASSWORD),
                session_token=new_session_token(),
                totp_secret=pyotp.random_base32(),
            )
            session.add(user)
            users.append(user)
        group = session.scalar(
            select(EngagementGroup).where(EngagementGroup.name == "Youth Council")
        )
        theme = make_theme(session, "Pictures shared", slug="online-safety")
        make_session(session, group, [(f"pics shared {n}", theme, 0.0) for n in range(6)])
        session.commit()
        secrets = [user.totp_secret for user in users]
        database.session.remove()
    clients = []
    for n in range(2):
        client = app.test_client()
        response = client.post(
            "/sign-in", data={"email": f"c{n}@example.org", "password": TEST_PASSWORD}
        )
        code = pyotp.TOTP(secrets[n]).now()
        assert client.post(response.location, data={"code": code}).status_code == 302
        clients.append(client)
    results: list = [None, None]

    def fetch(index: int) -> None:
        response = clients[index].get("/reports/themes/export.csv")
        results[index] = (response.status_code, response.get_data(as_text=True))

    threads = [threading.Thread(target=fetch, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results[0][0] == results[1][0] == 200
    assert results[0][1] == results[1][1]
    with app.app_context():
        events = database.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "report_exported")
        ).all()
        assert len(events) == 2
        database.session.remove()
