"""Partners' pages for recording sessions. Routes stay thin: services do the work."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select
from werkzeug.wrappers import Response

from engage import database, references
from engage.access import allow, current_person
from engage.admin import services as reference
from engage.canvasser import filters, forms, services, uploads
from engage.canvasser.models import (
    AGE_BANDS,
    CONSENT_METHODS,
    FORMAT_LABELS,
    EngagementSession,
    SessionStatus,
)
from engage.canvasser.services import CanvasserError, CommentInput, SessionDetails
from engage.forms import ConfirmForm, add_error
from engage.home import services as home
from engage.home.services import NextStep
from engage.models import EngagementGroup, User
from engage.pagination import paginate
from engage.roles import Role
from engage.themes import jobs

bp = Blueprint("canvasser", __name__)
partner_only = allow(Role.PARTNER)
partner_or_coordinator = allow(Role.PARTNER, Role.COORDINATOR)
Page = str | Response

WITHHELD_MESSAGE = (
    "held back and sent to the safeguarding lead because it may be a disclosure of harm"
)


_me = current_person


def _priority_choices(blank: str) -> list[tuple[str, str]]:
    return [("", blank)] + [
        (str(priority.id), priority.title)
        for priority in reference.priorities(include_retired=False)
    ]


def _set_choices(form: Any, session: EngagementSession | None = None) -> None:
    if hasattr(form, "group"):
        groups = reference.groups(include_archived=False)
        if session is not None and session.group not in groups:
            groups = [session.group, *groups]
        form.group.choices = [("", "Choose a group")] + [(str(g.id), g.name) for g in groups]
        form.priority.choices = _priority_choices("Not for a particular priority")
    if hasattr(form, "comments"):
        for entry in form.comments:
            entry.form.priority_hint.choices = _priority_choices("Not sure")
    if hasattr(form, "priority_hint"):
        form.priority_hint.choices = _priority_choices("Not sure")
    if hasattr(form, "reason"):
        required = session is not None and session.status == SessionStatus.SUBMITTED
        form.reason.choices = forms.reason_choices(required)


def _details_from(form: forms.SessionDetailsForm) -> SessionDetails:
    return SessionDetails(
        group_id=form.group.data or "",
        held_on=form.held_on.data,
        priority_id=form.priority.data or "",
        sub_group=form.sub_group.data or "",
        format=form.format.data or "",
        ages={column: getattr(form, column).data or 0 for column, _ in AGE_BANDS},
        questions=form.questions.data or "",
        consent_method=form.consent_method.data or "",
        consent_detail=form.consent_detail.data or "",
    )


def _comment_inputs(form: Any) -> tuple[list[CommentInput], int]:
    inputs = [
        CommentInput(
            text=entry.form.text.data or "",
            kind=entry.form.kind.data or "quote",
            priority_hint_id=entry.form.priority_hint.data or "",
        )
        for entry in form.comments
    ]
    boxes_used = [item for item in inputs if item.text.strip()]
    pasted, empty_lines = services.split_pasted_block(form.pasted.data or "")
    return boxes_used + [CommentInput(text=line) for line in pasted], empty_lines


def _show_error(form: Any, error: CanvasserError, fallback: str) -> None:
    target = getattr(form, error.field or "", None) or getattr(form, fallback, None)
    if target is None or not hasattr(target, "errors"):
        form.form_errors.append(str(error))
    else:
        add_error(target, str(error))


def _flash_result(result: services.AddResult) -> None:
    parts = []
    if result.added:
        parts.append(f"{result.added} comment{'s' if result.added != 1 else ''} added")
    if result.skipped_empty:
        parts.append(
            f"{result.skipped_empty} empty line{'s were' if result.skipped_empty != 1 else ' was'}"
            " skipped"
        )
    if parts:
        flash(". ".join(parts))
    if result.withheld:
        flash(
            f"{result.withheld} comment{'s were' if result.withheld != 1 else ' was'} "
            f"{WITHHELD_MESSAGE}. Follow your agency's safeguarding procedure now.",
            "error",
        )


def _session_or_404(session_id: str, for_editing: bool = False) -> EngagementSession:
    session = services.find_session(_me(), session_id)
    if session is None:
        abort(404)
    if for_editing and not services.can_edit(_me(), session):
        abort(403)
    return session


# Lists -------------------------------------------------------------------------------------


@bp.get("/sessions")
@partner_or_coordinator
def index() -> str:
    chosen = filters.SessionFilters.from_args(request.args)
    statement = filters.apply(services.visible_sessions_statement(_me()), chosen)
    page = paginate(statement)
    return render_template(
        "canvasser/index.html",
        page=page,
        chosen=chosen,
        groups=reference.groups(),
        agencies=reference.agencies() if current_user.role == Role.COORDINATOR else [],
        priorities=reference.priorities(),
        any_sessions=bool(services.session_counts_by_status(_me())),
    )


# Recording ---------------------------------------------------------------------------------


@bp.route("/sessions/new", methods=["GET", "POST"])
@partner_only
def new_session() -> Page:
    form = forms.NewSessionForm()
    if request.method == "GET":
        form.submission_key.data = secrets.token_urlsafe(24)
        form.format.data = "in_person"
    action = request.form.get("action", "review")
    if request.method == "POST" and action == "add_box":
        form.comments.append_entry()
        _set_choices(form)
        return render_template("canvasser/new.html", form=form, focus_last_box=True)
    _set_choices(form)
    if form.validate_on_submit():
        inputs, empty_lines = _comment_inputs(form)
        try:
            session, result = services.record_session(
                _me(), _details_from(form), inputs, form.submission_key.data or ""
            )
        except CanvasserError as error:
            _show_error(form, error, "group")
        else:
            result.skipped_empty += empty_lines
            _flash_result(result)
            if action == "draft":
                flash("Your session is saved as a draft. Come back to it from your sessions")
                return redirect(url_for("canvasser.index"))
            return redirect(url_for("canvasser.review", session_id=session.id))
    return render_template("canvasser/new.html", form=form)


@bp.get("/sessions/<session_id>")
@partner_or_coordinator
def view(session_id: str) -> str:
    session = _session_or_404(session_id)
    return render_template(
        "canvasser/view.html",
        session=session,
        comments=services.visible_comments(session),
        withheld=services.withheld_count(session),
        can_edit=services.can_edit(_me(), session),
    )


@bp.get("/sessions/<session_id>/review")
@partner_only
def review(session_id: str) -> str:
    session = _session_or_404(session_id, for_editing=True)
    return render_template(
        "canvasser/review.html",
        session=session,
        withheld=services.withheld_count(session),
        confirm=ConfirmForm(),
    )


@bp.post("/sessions/<session_id>/submit")
@partner_only
def submit(session_id: str) -> Response:
    session = _session_or_404(session_id, for_editing=True)
    try:
        newly = services.submit_session(session, _me())
    except CanvasserError as error:
        flash(str(error), "error")
        return redirect(url_for("canvasser.review", session_id=session.id))
    if newly:
        # New comments are analysed in the background; the partner does not wait for it.
        jobs.request_analysis("session_submitted", _me())
        flash("Your session has been submitted. Thank you")
    return redirect(url_for("canvasser.view", session_id=session.id))


@bp.route("/sessions/<session_id>/details", methods=["GET", "POST"])
@partner_only
def edit_details(session_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    form = forms.EditDetailsForm(obj=session)
    _set_choices(form, session)
    if request.method == "GET":
        form.group.data = str(session.group_id)
        form.priority.data = str(session.priority_id or "")
    if form.validate_on_submit():
        try:
            services.update_details(session, _me(), _details_from(form), form.reason.data)
        except CanvasserError as error:
            _show_error(form, error, "group")
        else:
            flash("The session details have been saved")
            return redirect(url_for("canvasser.review", session_id=session.id))
    return render_template("canvasser/edit_details.html", form=form, session=session)


@bp.route("/sessions/<session_id>/comments", methods=["GET", "POST"])
@partner_only
def add_comments(session_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    form = forms.AddCommentsForm()
    if request.method == "POST" and request.form.get("action") == "add_box":
        form.comments.append_entry()
        _set_choices(form, session)
        return render_template("canvasser/add_comments.html", form=form, session=session)
    _set_choices(form, session)
    if form.validate_on_submit():
        inputs, empty_lines = _comment_inputs(form)
        try:
            result = services.add_comments(session, _me(), inputs, form.reason.data)
        except CanvasserError as error:
            _show_error(form, error, "pasted")
        else:
            result.skipped_empty += empty_lines
            _flash_result(result)
            return redirect(url_for("canvasser.review", session_id=session.id))
    return render_template("canvasser/add_comments.html", form=form, session=session)


@bp.route("/sessions/<session_id>/comments/<comment_id>", methods=["GET", "POST"])
@partner_only
def edit_comment(session_id: str, comment_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    comment = services.editable_comment(session, comment_id)
    if comment is None:
        abort(404)
    form = forms.EditCommentForm(obj=comment)
    phrase_form = forms.RemovePhraseForm(prefix="remove")
    _set_choices(form, session)
    _set_choices(phrase_form, session)
    if request.method == "GET":
        form.priority_hint.data = str(comment.priority_hint_id or "")
    if request.form.get("action") == "remove":
        if phrase_form.validate_on_submit():
            try:
                services.remove_phrase_from_comment(
                    session, comment, _me(), phrase_form.phrase.data, phrase_form.reason.data
                )
            except CanvasserError as error:
                _show_error(phrase_form, error, "phrase")
            else:
                flash("Those words have been taken out")
                return redirect(url_for("canvasser.review", session_id=session.id))
    elif form.validate_on_submit():
        try:
            services.replace_comment_text(
                session,
                comment,
                _me(),
                form.text.data or "",
                form.kind.data or "quote",
                form.priority_hint.data or "",
                form.reason.data,
            )
        except CanvasserError as error:
            _show_error(form, error, "text")
        else:
            if comment.withheld:
                flash(f"The comment was {WITHHELD_MESSAGE}.", "error")
            else:
                flash("The comment has been saved")
            return redirect(url_for("canvasser.review", session_id=session.id))
    return render_template(
        "canvasser/edit_comment.html",
        form=form,
        phrase_form=phrase_form,
        session=session,
        comment=comment,
    )


@bp.route("/sessions/<session_id>/comments/<comment_id>/delete", methods=["GET", "POST"])
@partner_only
def delete_comment(session_id: str, comment_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    comment = services.editable_comment(session, comment_id)
    if comment is None:
        abort(404)
    form = forms.ReasonForm()
    _set_choices(form, session)
    if form.validate_on_submit():
        try:
            services.delete_comment(session, comment, _me(), form.reason.data)
        except CanvasserError as error:
            _show_error(form, error, "reason")
        else:
            flash("The comment has been deleted")
            return redirect(url_for("canvasser.review", session_id=session.id))
    return render_template(
        "canvasser/delete_comment.html", form=form, session=session, comment=comment
    )


@bp.route("/sessions/<session_id>/withdraw", methods=["GET", "POST"])
@partner_only
def withdraw(session_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    form = forms.ReasonForm()
    form.reason.choices = forms.reason_choices(required=True)
    if form.validate_on_submit():
        try:
            services.withdraw_session(session, _me(), form.reason.data or "")
        except CanvasserError as error:
            _show_error(form, error, "reason")
        else:
            flash("The session has been withdrawn. Its comments are no longer used")
            return redirect(url_for("canvasser.index"))
    return render_template("canvasser/withdraw.html", form=form, session=session)


# Uploads -----------------------------------------------------------------------------------


@bp.route("/sessions/<session_id>/upload", methods=["GET", "POST"])
@partner_only
def upload(session_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    form = forms.UploadForm()
    if form.validate_on_submit():
        upload_file = form.file.data
        if not upload_file or not upload_file.filename:
            add_error(form.file, "Select a CSV or Excel file")
        else:
            try:
                parsed = uploads.parse_upload(upload_file.filename, upload_file.read())
            except uploads.UploadError as error:
                add_error(form.file, str(error))
            else:
                return _preview(session, parsed)
    return render_template("canvasser/upload.html", form=form, session=session)


def _priority_names() -> dict[str, str]:
    return {
        str(priority.id): f"{priority.slug}|{priority.title}"
        for priority in reference.priorities(include_retired=False)
    }


def _preview(session: EngagementSession, parsed: uploads.ParsedUpload) -> str:
    names = _priority_names()
    rows = []
    for row in parsed.rows:
        prepared = services.prepare_comment(row.text)
        rows.append(
            {
                "prepared": prepared,
                "kind": row.kind,
                "priority_id": uploads.match_priority(row.priority, names),
            }
        )
    form = forms.ReasonForm()
    _set_choices(form, session)
    return render_template(
        "canvasser/upload_preview.html",
        session=session,
        rows=rows,
        skipped=parsed.skipped_empty,
        form=form,
        priority_titles={pid: name.split("|")[1] for pid, name in names.items()},
    )


@bp.post("/sessions/<session_id>/upload/confirm")
@partner_only
def confirm_upload(session_id: str) -> Page:
    session = _session_or_404(session_id, for_editing=True)
    texts = request.form.getlist("text")
    kinds = request.form.getlist("kind")
    hints = request.form.getlist("priority")
    if not texts or not (len(texts) == len(kinds) == len(hints)):
        flash("The upload could not be completed. Upload the file again", "error")
        return redirect(url_for("canvasser.upload", session_id=session.id))
    # The preview carried only redacted text; it is checked again here as if newly typed.
    inputs = [
        CommentInput(text=text, kind=kind, priority_hint_id=hint)
        for text, kind, hint in zip(texts, kinds, hints, strict=True)
    ]
    try:
        result = services.add_comments(session, _me(), inputs, request.form.get("reason"))
    except CanvasserError as error:
        flash(str(error), "error")
        return redirect(url_for("canvasser.upload", session_id=session.id))
    _flash_result(result)
    return redirect(url_for("canvasser.review", session_id=session.id))


def _home_steps(user: User) -> list[NextStep]:
    if user.role == Role.PARTNER:
        counts = services.session_counts_by_status(user)
        steps = [
            NextStep(
                "Record a session",
                url_for("canvasser.new_session"),
                "Write down what young people said at a group you visited.",
            )
        ]
        drafts = counts.get(SessionStatus.DRAFT, 0)
        steps.append(
            NextStep(
                "Your agency's sessions",
                url_for("canvasser.index", status="draft" if drafts else ""),
                "Finish drafts and correct submitted sessions.",
                count=drafts or None,
                count_label="draft" if drafts == 1 else "drafts",
            )
        )
        return steps
    if user.role == Role.COORDINATOR:
        return [
            NextStep(
                "Sessions",
                url_for("canvasser.index"),
                "Every session partners have recorded.",
            )
        ]
    return []


def _sessions_for_group(group: EngagementGroup) -> int:
    statement = select(func.count()).where(EngagementSession.group_id == group.id)
    return database.session.scalar(statement) or 0


def init_app(app: Flask) -> None:
    from engage import demo
    from engage.canvasser.demo import load_demo_sessions

    demo.register(load_demo_sessions)
    app.register_blueprint(bp)
    home.register(_home_steps)
    references.register("engagement_group", "sessions", _sessions_for_group)
    app.jinja_env.globals.update(
        age_bands=AGE_BANDS, format_labels=FORMAT_LABELS, consent_methods=CONSENT_METHODS
    )
