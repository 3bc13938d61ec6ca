"""Reports, exports and "you said, we did" packs. Thin routes: the services do the work."""

from __future__ import annotations

from datetime import date

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
from sqlalchemy import func, select
from werkzeug.wrappers import Response

from engage import database
from engage.access import allow, current_person
from engage.database import get_or_404
from engage.forms import ConfirmForm
from engage.home import services as home
from engage.home.services import NextStep
from engage.models import EngagementGroup, User
from engage.pagination import paginate
from engage.reports import (
    annual,
    annual_exports,
    charts,
    exports,
    packs,
    scrutiny,
    tables,
    theme_exports,
    theme_report,
    training,
    xlsx_export,
)
from engage.reports.forms import NewPackForm, PackTextForm
from engage.reports.periods import Period, PeriodError, default_period, period_from
from engage.roles import Role
from engage.themes.board import priority_titles

bp = Blueprint("reports", __name__)
coordinator_only = allow(Role.COORDINATOR)
report_readers = allow(Role.COORDINATOR, Role.EXECUTIVE)
pack_readers = allow(Role.COORDINATOR, Role.PARTNER)
LOG_FORMATS = ("csv", "xlsx")
THEME_FORMATS = ("csv", "xlsx", "docx")


_me = current_person


def _threshold() -> int:
    return int(current_app.config["ENGAGE"].suppression_threshold)


def _today() -> date:
    return date.today()


def _scope() -> str:
    scope = request.args.get("priority", theme_report.ALL) or theme_report.ALL
    if scope != theme_report.ALL and scope not in priority_titles():
        abort(404)
    return scope


def _filters(scope: str, period: Period) -> dict[str, str]:
    return {"priority": scope, "from": period.start.isoformat(), "to": period.end.isoformat()}


@bp.get("/reports/")
@report_readers
def index() -> str:
    return render_template("reports/index.html", period=default_period(_today()))


@bp.get("/reports/themes")
@coordinator_only
def themes() -> tuple[str, int] | str:
    scope = _scope()
    try:
        period = period_from(request.args, _today())
    except PeriodError as error:
        return (
            render_template(
                "reports/themes.html",
                report=None,
                scope=scope,
                args=request.args,
                titles=priority_titles(),
                problem=str(error),
                problem_href=f"#filter-{error.field}",
            ),
            400,
        )
    report = theme_report.build(scope, period, _threshold())
    chart = theme_exports.theme_chart(report)
    return render_template(
        "reports/themes.html",
        report=report,
        scope=scope,
        args=period.as_args(),
        titles=priority_titles(),
        chart=charts.svg(chart, "theme-chart") if report.themes else None,
        quarter_charts={
            row.id: charts.svg(c, f"quarters-{index}")
            for index, row in enumerate(report.themes)
            if (c := theme_exports.quarter_chart(report, row)) is not None
        },
    )


def _period_or_400() -> Period:
    try:
        return period_from(request.args, _today())
    except PeriodError as error:
        abort(400, description=str(error))


@bp.get("/reports/themes/export.<file_format>")
@coordinator_only
def export_themes(file_format: str) -> Response:
    if file_format not in THEME_FORMATS:
        abort(404)
    scope, period = _scope(), _period_or_400()
    report = theme_report.build(scope, period, _threshold())
    exports.record(_me(), "themes", file_format, _filters(scope, period), report.row_count)
    name = exports.filename(f"themes-{scope}", file_format, period.end)
    if file_format == "csv":
        return exports.csv_response(tables.long_rows(tables.theme_report_tables(report)), name)
    if file_format == "xlsx":
        return exports.file_response(
            xlsx_export.write(tables.theme_report_tables(report)), "xlsx", name
        )
    return exports.file_response(theme_exports.docx(report), "docx", name)


def _annual_period() -> Period:
    args = dict(request.args)
    if not args.get("from") and not args.get("to"):
        return default_period(_today())
    return period_from(args, _today())


@bp.get("/reports/annual")
@report_readers
def annual_pack() -> tuple[str, int] | str:
    try:
        period = _annual_period()
    except PeriodError as error:
        return (
            render_template(
                "reports/annual.html",
                pack=None,
                args=request.args,
                problem=str(error),
                problem_href=f"#filter-{error.field}",
            ),
            400,
        )
    pack = annual.build(period, _threshold())
    return render_template(
        "reports/annual.html",
        pack=pack,
        args=period.as_args(),
        charts={
            key: charts.svg(chart, f"annual-{key}")
            for key, chart in annual_exports.charts(pack).items()
        },
    )


@bp.get("/reports/annual/export.docx")
@report_readers
def export_annual() -> Response:
    try:
        period = _annual_period()
    except PeriodError as error:
        abort(400, description=str(error))
    pack = annual.build(period, _threshold())
    filters = {"from": period.start.isoformat(), "to": period.end.isoformat()}
    exports.record(_me(), "annual", "docx", filters, len(pack.sections))
    return exports.file_response(
        annual_exports.docx(pack), "docx", exports.filename("annual-evidence", "docx", period.end)
    )


@bp.get("/reports/challenges/export.<file_format>")
@coordinator_only
def export_challenges(file_format: str) -> Response:
    if file_format not in LOG_FORMATS:
        abort(404)
    if not scrutiny.scrutiny_ready():
        abort(404)
    count = scrutiny.challenge_count()
    exports.record(_me(), "challenges", file_format, {}, count)
    name = exports.filename("challenge-log", file_format, _today())
    rows = scrutiny.log_rows()
    if file_format == "csv":
        return exports.csv_response(rows, name)
    return exports.file_response(
        xlsx_export.write([("Challenge log", scrutiny.LOG_HEADER, scrutiny.log_cells())]),
        "xlsx",
        name,
    )


@bp.get("/reports/training")
@coordinator_only
def training_needs() -> tuple[str, int] | str:
    try:
        period = period_from(request.args, _today())
    except PeriodError as error:
        return (
            render_template(
                "reports/training.html",
                needs=None,
                args=request.args,
                problem=str(error),
                problem_href=f"#filter-{error.field}",
            ),
            400,
        )
    needs = training.training_needs(period, _threshold())
    chart = charts.Chart(
        "Training needs: comments by theme",
        [charts.Bar(need.label, need.count) for need in needs[:12]],
        threshold=_threshold(),
    )
    return render_template(
        "reports/training.html",
        needs=needs,
        period=period,
        args=period.as_args(),
        adult_words=training.ADULT_WORDS,
        learning_words=training.LEARNING_WORDS,
        chart=charts.svg(chart, "training-chart") if needs else None,
    )


# "You said, we did" packs ---------------------------------------------------------------------


def _group_choices(form: NewPackForm) -> None:
    groups = database.session.scalars(
        select(EngagementGroup)
        .where(EngagementGroup.archived_at.is_(None))
        .order_by(EngagementGroup.name)
    )
    form.group.choices = [("", "Choose a group")] + [(str(g.id), g.name) for g in groups]


@bp.route("/reports/packs", methods=["GET", "POST"])
@coordinator_only
def pack_list() -> Response | str:
    form = NewPackForm()
    _group_choices(form)
    if request.method == "GET" and not form.period_start.data:
        period = default_period(_today())
        form.period_start.data, form.period_end.data = period.start, period.end
    if form.validate_on_submit():
        group = get_or_404(EngagementGroup, form.group.data or "")
        pack, created = packs.create(
            _me(), group, Period(form.period_start.data, form.period_end.data)
        )
        if not created:
            flash("There is already a pack for this group and period. Here it is")
        return redirect(url_for("reports.pack_edit", pack_id=pack.id))
    page = paginate(packs.visible_packs(_me()))
    return render_template("reports/packs.html", form=form, page=page)


def _pack_or_404(pack_id: str) -> packs.FeedbackPack:
    pack = packs.find(_me(), pack_id)
    if pack is None:
        abort(404)
    return pack


@bp.route("/reports/packs/<pack_id>/edit", methods=["GET", "POST"])
@coordinator_only
def pack_edit(pack_id: str) -> Response | str:
    pack = _pack_or_404(pack_id)
    form = PackTextForm(obj=pack if request.method == "GET" else None)
    problem = None
    if form.validate_on_submit():
        try:
            packs.update(
                _me(),
                pack,
                packs.PackText(
                    form.title.data or "",
                    form.you_said.data or "",
                    form.we_did_html.data or "",
                    form.next_steps.data or "",
                ),
                form.version_number(),
            )
        except packs.PackError as error:
            problem = str(error)
        else:
            flash("Your changes have been saved")
            return redirect(url_for("reports.pack_view", pack_id=pack.id))
    form.version.data = str(pack.version)
    return render_template(
        "reports/pack_edit.html",
        pack=pack,
        form=form,
        problem=problem,
        ease=packs.pack_reading_ease(pack),
    )


@bp.post("/reports/packs/<pack_id>/publish")
@coordinator_only
def pack_publish(pack_id: str) -> Response:
    pack = _pack_or_404(pack_id)
    try:
        changed = packs.publish(_me(), pack)
    except packs.PackError as error:
        flash(str(error), "error")
    else:
        flash(
            f"The pack is published. Partners who go to {pack.group.name} can see it now"
            if changed
            else "The pack was already published"
        )
    return redirect(url_for("reports.pack_view", pack_id=pack.id))


@bp.route("/reports/packs/<pack_id>/unpublish", methods=["GET", "POST"])
@coordinator_only
def pack_unpublish(pack_id: str) -> Response | str:
    pack = _pack_or_404(pack_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        packs.unpublish(_me(), pack)
        flash("The pack is no longer published. Partners cannot see it")
        return redirect(url_for("reports.pack_view", pack_id=pack.id))
    return render_template("reports/pack_unpublish.html", pack=pack, form=form)


@bp.get("/feedback-packs")
@pack_readers
def feedback_packs() -> Response | str:
    if current_user.role == Role.COORDINATOR:
        return redirect(url_for("reports.pack_list"))
    page = paginate(packs.visible_packs(_me()))
    return render_template("reports/feedback_packs.html", page=page)


@bp.get("/feedback-packs/<pack_id>")
@pack_readers
def pack_view(pack_id: str) -> str:
    pack = _pack_or_404(pack_id)
    return render_template(
        "reports/pack.html",
        pack=pack,
        you_said=packs.lines(pack.you_said),
        next_steps=packs.lines(pack.next_steps),
        confirm=ConfirmForm(),
        coordinator=current_user.role == Role.COORDINATOR,
    )


@bp.get("/feedback-packs/<pack_id>/download.docx")
@pack_readers
def pack_download(pack_id: str) -> Response:
    pack = _pack_or_404(pack_id)
    exports.record(_me(), "feedback_pack", "docx", {"pack": pack.id, "group": pack.group_id}, 1)
    return exports.file_response(
        annual_exports.pack_docx(pack),
        "docx",
        exports.filename("you-said-we-did", "docx", pack.period_end),
    )


def _home_steps(user: User) -> list[NextStep]:
    if user.role == Role.COORDINATOR:
        return [
            NextStep(
                "Reports and \u201cyou said, we did\u201d",
                url_for("reports.index"),
                "Theme reports, the annual evidence pack, the challenge log, training needs, and "
                "feedback packs for the engagement groups.",
            )
        ]
    if user.role == Role.EXECUTIVE:
        return [
            NextStep(
                "Annual evidence pack",
                url_for("reports.annual_pack"),
                "Evidence for the annual report, by priority.",
            )
        ]
    if user.role == Role.PARTNER and user.groups:
        count = database.session.scalar(
            select(func.count()).select_from(packs.visible_packs(user).order_by(None).subquery())
        )
        if count:
            return [
                NextStep(
                    "Feedback packs to take back",
                    url_for("reports.feedback_packs"),
                    "\u201cYou said, we did\u201d packs for the groups you go to.",
                    count=count,
                    count_label="published",
                )
            ]
    return []


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    home.register(_home_steps)
