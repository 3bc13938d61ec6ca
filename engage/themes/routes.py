"""The theme boards: the coordinator curates; chairs, Young Scrutineers and others read."""

from __future__ import annotations

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from engage import database
from engage.access import allow, current_person
from engage.database import get_or_404
from engage.forms import ConfirmForm
from engage.home import services as home
from engage.home.services import NextStep
from engage.models import User
from engage.pagination import paginate
from engage.reports.disclosure import suppress
from engage.roles import Role
from engage.themes import board as boards
from engage.themes import curation, forms, jobs
from engage.themes.curation import CurationError
from engage.themes.models import AnalysisRun, AssignmentChange, Theme

bp = Blueprint("themes", __name__, url_prefix="/themes")
READERS = (
    Role.COORDINATOR,
    Role.CHAIR,
    Role.YOUNG_SCRUTINEER,
    Role.INDEPENDENT_SCRUTINEER,
    Role.EXECUTIVE,
    Role.PARTNER,
)
readers = allow(*READERS)
coordinator_only = allow(Role.COORDINATOR)


_me = current_person


def visible_slugs(user: User) -> list[str]:
    titles = boards.priority_titles()
    if user.role == Role.CHAIR:
        own = {priority.slug for priority in user.priorities}
        return [slug for slug in titles if slug in own]
    return list(titles)


def _check_slug(slug: str) -> None:
    if slug not in visible_slugs(_me()):
        abort(404)


def _threshold() -> int:
    return int(current_app.config["ENGAGE"].suppression_threshold)


def _published_counts(board: boards.Board) -> dict[str, object]:
    """What a reader other than the coordinator may see: small counts suppressed."""
    result = suppress({str(card.theme.id): card.count for card in board.cards}, _threshold())
    return {"cells": result.cells, "total": result.total}


@bp.get("/")
@readers
def index() -> str:
    slugs = visible_slugs(_me())
    counts = boards.counts_by_priority()
    titles = boards.priority_titles()
    shown = {slug: counts.get(slug, 0) for slug in slugs}
    published = None
    if current_user.role != Role.COORDINATOR:
        published = suppress(shown, _threshold())
    return render_template(
        "themes/index.html",
        slugs=slugs,
        titles=titles,
        counts=shown,
        published=published,
        run=jobs.current_run(),
        last_run=boards.last_run(),
        confirm=ConfirmForm(),
    )


@bp.get("/<slug>")
@readers
def board(slug: str) -> str:
    _check_slug(slug)
    data = boards.build_board(slug)
    coordinator = current_user.role == Role.COORDINATOR
    return render_template(
        "themes/board.html",
        board=data,
        coordinator=coordinator,
        published=None if coordinator else _published_counts(data),
        show_quotes=current_user.role != Role.PARTNER,
        threshold=_threshold(),
        slugs=visible_slugs(_me()),
        titles=boards.priority_titles(),
    )


@bp.get("/<slug>/unsorted")
@coordinator_only
def unthemed(slug: str) -> str:
    _check_slug(slug)
    return render_template(
        "themes/unthemed.html",
        slug=slug,
        title=boards.priority_titles()[slug],
        members=boards.unthemed_members(slug),
        themes=boards.active_themes(),
        titles=boards.priority_titles(),
    )


def _theme_or_404(theme_id: str) -> Theme:
    theme: Theme = get_or_404(Theme, theme_id)
    if not theme.active:
        if theme.merged_into_id:
            abort(410)
        abort(404)
    _check_slug(theme.priority_slug)
    return theme


@bp.get("/theme/<theme_id>")
@readers
def theme(theme_id: str) -> str:
    found = _theme_or_404(theme_id)
    coordinator = current_user.role == Role.COORDINATOR
    members = boards.theme_members(found) if coordinator else []
    merge = forms.MergeForm(version=found.version)
    merge.target.choices = [
        (str(other.id), f"{other.label} ({boards.priority_titles().get(other.priority_slug, '')})")
        for other in boards.active_themes()
        if other.id != found.id
    ]
    split = forms.SplitForm(version=found.version)
    split.comments.choices = [(str(comment.id), comment.text) for _, comment, _ in members]
    pin = forms.PinForm(version=found.version, priority=found.priority_slug)
    pin.priority.choices = list(boards.priority_titles().items())
    card = next(
        (
            card
            for card in boards.build_board(found.priority_slug).cards
            if card.theme.id == found.id
        ),
        boards.ThemeCard(found),
    )
    return render_template(
        "themes/theme.html",
        theme=found,
        card=card,
        members=members,
        coordinator=coordinator,
        rename=forms.RenameForm(version=found.version, label=found.label),
        merge=merge,
        split=split,
        pin=pin,
        confirm=ConfirmForm(),
        titles=boards.priority_titles(),
        themes=boards.active_themes(),
        threshold=_threshold(),
        published=None if coordinator else suppress({"theme": card.count}, _threshold()),
    )


def _back_to(theme: Theme) -> Response:
    return redirect(url_for("themes.theme", theme_id=theme.id))


def _apply(theme: Theme, action: str) -> Response:
    """Runs one curation action, turning a refusal into a message on the theme page."""
    try:
        if action == "rename":
            form = forms.RenameForm()
            if not form.validate_on_submit():
                raise CurationError(next(iter(form.errors.values()))[0])
            curation.rename(_me(), theme, form.label.data or "", form.version.data)
            flash(f"The theme is now called {theme.label}")
        elif action == "confirm":
            curation.confirm(_me(), theme, _int(request.form.get("version")))
            flash("The theme is confirmed")
        elif action == "merge":
            form = forms.MergeForm()
            target = get_or_404(Theme, form.target.data or "")
            moved = curation.merge(
                _me(), theme, target, form.version.data, _int(form.target_version.data)
            )
            flash(f"{moved} comment{'s' if moved != 1 else ''} merged into {target.label}")
            return _back_to(target)
        elif action == "split":
            form = forms.SplitForm()
            new_theme = curation.split(
                _me(),
                theme,
                request.form.getlist("comments"),
                form.label.data or "",
                form.version.data,
            )
            flash(f"New theme {new_theme.label} made")
            return _back_to(new_theme)
        elif action == "pin":
            form = forms.PinForm()
            curation.pin_priority(_me(), theme, form.priority.data or "", form.version.data)
            flash(f"The theme now belongs to {boards.priority_titles()[theme.priority_slug]}")
        else:
            abort(404)
    except CurationError as error:
        flash(str(error), "error")
    return _back_to(theme)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


@bp.post("/theme/<theme_id>/<action>")
@coordinator_only
def change_theme(theme_id: str, action: str) -> Response:
    return _apply(_theme_or_404(theme_id), action)


@bp.post("/comments/<comment_id>/priority")
@coordinator_only
def comment_priority(comment_id: str) -> Response:
    analysis = curation.find_analysis(comment_id)
    if analysis is None:
        abort(404)
    try:
        curation.set_comment_priority(_me(), analysis, request.form.get("priority", ""))
    except CurationError as error:
        flash(str(error), "error")
    else:
        title = boards.priority_titles()[analysis.priority_slug]
        flash(f"The comment is now under {title}. The next analysis will learn from this")
    return redirect(
        request.form.get("back") if _local(request.form.get("back")) else url_for("themes.index")
    )


@bp.post("/comments/<comment_id>/theme")
@coordinator_only
def comment_theme(comment_id: str) -> Response:
    analysis = curation.find_analysis(comment_id)
    if analysis is None:
        abort(404)
    try:
        curation.move_comment(_me(), analysis, request.form.get("theme", ""))
    except CurationError as error:
        flash(str(error), "error")
    else:
        flash("The comment has been moved")
    return redirect(
        request.form.get("back") if _local(request.form.get("back")) else url_for("themes.index")
    )


def _local(target: str | None) -> bool:
    return bool(target) and target.startswith("/") and not target.startswith("//")  # type: ignore[union-attr]


@bp.post("/analyse")
@coordinator_only
def analyse_now() -> Response:
    run = jobs.request_analysis("button", _me())
    if run.status == "done":
        flash(f"Analysis finished: {run.comment_count} comments in {run.theme_count} themes")
    else:
        flash("Analysis has started. This page shows when it has finished")
    return redirect(url_for("themes.index"))


@bp.get("/runs")
@coordinator_only
def runs() -> str:
    page = paginate(select(AnalysisRun).order_by(AnalysisRun.requested_at.desc()))
    return render_template("themes/runs.html", page=page)


@bp.get("/comments/<comment_id>/history")
@coordinator_only
def comment_history(comment_id: str) -> str:
    analysis = curation.find_analysis(comment_id)
    if analysis is None:
        abort(404)
    changes = database.session.scalars(
        select(AssignmentChange)
        .where(AssignmentChange.comment_id == analysis.comment_id)
        .order_by(AssignmentChange.changed_at)
    ).all()
    names = {str(theme.id): theme.label for theme in database.session.scalars(select(Theme))}
    return render_template(
        "themes/history.html",
        analysis=analysis,
        changes=changes,
        names=names,
        titles=boards.priority_titles(),
    )


def _home_steps(user: User) -> list[NextStep]:
    if user.role == Role.COORDINATOR:
        return [
            NextStep(
                "Themes",
                url_for("themes.index"),
                "Check the machine's themes, rename and merge them, and move comments.",
            )
        ]
    if user.role in (Role.CHAIR, Role.YOUNG_SCRUTINEER):
        return [
            NextStep(
                "What young people are saying",
                url_for("themes.index"),
                "Themes from what young people said, by priority.",
            )
        ]
    return []


def _analyse_demo() -> None:
    from engage.themes.models import AnalysisRun

    run = AnalysisRun(trigger="command")
    database.session.add(run)
    database.session.flush()
    jobs.claim_and_run(run.id)


def init_app(app: Flask) -> None:
    from engage import demo
    from engage.themes import cli

    demo.register(_analyse_demo)
    app.register_blueprint(bp)
    home.register(_home_steps)
    cli.register(app)
