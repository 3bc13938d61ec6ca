"""The coordinator publishes a "you said, we did" pack; only partners who attend the group see it.
Report pages are axe-clean, and the annual pack prints to A4 with its headings."""

from __future__ import annotations

import io
from datetime import date, timedelta

from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.conftest import assert_accessible, sign_in, sign_out


def fill_date(page, legend: str, day: date) -> None:
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(str(day.day))
    group.get_by_label("Month").fill(str(day.month))
    group.get_by_label("Year").fill(str(day.year))


def test_pack_for_young_carers_is_seen_only_by_partners_who_attend(browser, page, live_server):
    sign_in(page, live_server, "coordinator@example.org")
    page.get_by_role("link", name="Reports").first.click()
    assert_accessible(page)
    page.goto(f"{live_server.url}/reports/packs")
    assert_accessible(page)
    page.get_by_label("Engagement group").select_option(label="Young Carers Forum")
    fill_date(page, "Start of the period", date.today() - timedelta(days=365))
    fill_date(page, "End of the period", date.today())
    page.get_by_role("button", name="Make a draft pack").click()
    assert_accessible(page)
    page.get_by_role("button", name="Save").first.click()
    assert_accessible(page)
    page.get_by_role("button", name="Publish to partners").click()
    expect(page.get_by_text("The pack is published")).to_be_visible()
    assert_accessible(page)
    pack_url = page.url
    sign_out(page)

    attending = browser.new_context(accept_downloads=True)
    partner = attending.new_page()
    sign_in(partner, live_server, "partner@example.org")
    partner.get_by_role("link", name="Feedback packs").first.click()
    assert_accessible(partner)
    partner.get_by_role("link", name="Young Carers Forum").first.click()
    expect(partner.get_by_role("heading", name="You said", exact=True)).to_be_visible()
    assert_accessible(partner)
    with partner.expect_download() as download_info:
        partner.get_by_role("link", name="Download as Word").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".docx")
    from docx import Document

    document = Document(download.path())
    assert any("You said" in paragraph.text for paragraph in document.paragraphs)
    attending.close()

    other = browser.new_context().new_page()
    sign_in(other, live_server, "police.partner@example.org")
    other.get_by_role("link", name="Feedback packs").first.click()
    assert "Young Carers Forum" not in other.locator("main").inner_text()
    response = other.goto(pack_url)
    assert response.status == 404


def test_annual_pack_prints_to_a4_with_its_headings(page, live_server):
    sign_in(page, live_server, "executive@example.org")
    page.goto(f"{live_server.url}/reports/annual")
    assert_accessible(page)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=False)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page_.extract_text() or "" for page_ in reader.pages)
    assert "Annual report evidence pack" in text
    for title in ("Domestic Abuse", "Staying Safe Online", "All Age Exploitation"):
        assert title in text
    assert "Sign out" not in text, "the print layout drops the navigation"


def test_theme_report_and_training_pages_are_accessible(page, live_server):
    sign_in(page, live_server, "coordinator@example.org")
    for path in [
        "/reports/themes",
        "/reports/themes?priority=online-safety",
        "/reports/training",
        "/reports/annual",
    ]:
        page.goto(f"{live_server.url}{path}")
        assert_accessible(page)
