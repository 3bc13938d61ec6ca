"""The coordinator curates the demo themes, and the curation survives re-analysis."""

from __future__ import annotations

from playwright.sync_api import expect
from sqlalchemy import select

from engage import database
from engage.canvasser.models import Comment
from engage.themes.models import CommentAnalysis, Theme
from tests.browser.conftest import assert_accessible, sign_in


def test_coordinator_renames_a_theme_moves_a_comment_and_both_survive_reanalysis(page, live_server):
    sign_in(page, live_server, "coordinator@example.org")
    page.get_by_role("link", name="Themes").first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Staying Safe Online").first.click()
    expect(page.get_by_role("heading", name="Staying Safe Online")).to_be_visible()
    assert_accessible(page)

    page.locator(".govuk-summary-card__title a").first.click()
    assert_accessible(page)
    theme_url = page.url
    page.get_by_text("Rename it").click()
    page.get_by_label("New name").fill("Pictures shared without asking")
    page.get_by_role("button", name="Rename theme").click()
    expect(
        page.get_by_text("The theme is now called Pictures shared without asking")
    ).to_be_visible()

    first_comment = page.locator("ol.govuk-list > li").first
    comment_id = first_comment.get_attribute("id").removeprefix("comment-")
    first_comment.get_by_label("Priority").select_option(label="All Age Exploitation")
    first_comment.get_by_role("button", name="Set priority").click()
    expect(page.get_by_text("The comment is now under All Age Exploitation")).to_be_visible()

    page.get_by_role("link", name="Themes").first.click()
    page.get_by_role("button", name="Analyse all comments again").click()
    expect(page.get_by_text("Analysis finished")).to_be_visible()
    assert_accessible(page)

    page.goto(theme_url)
    expect(page.get_by_role("heading", name="Pictures shared without asking")).to_be_visible()
    with live_server.app.app_context():
        import uuid

        analysis = database.session.get(CommentAnalysis, uuid.UUID(comment_id))
        assert analysis.priority_slug == "exploitation" and analysis.priority_source == "person"
        renamed = database.session.scalar(
            select(Theme).where(Theme.label == "Pictures shared without asking")
        )
        assert renamed is not None and renamed.active
        assert database.session.get(Comment, uuid.UUID(comment_id)) is not None
        database.session.remove()


def test_a_young_scrutineer_reads_the_board_with_small_numbers_hidden(page, live_server):
    sign_in(page, live_server, "scrutineer@example.org")
    page.goto(f"{live_server.url}/themes/online-safety")
    assert_accessible(page)
    assert "Set priority" not in page.content()
