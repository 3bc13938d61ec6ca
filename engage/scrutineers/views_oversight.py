"""Pages for the coordinator, the Independent Scrutineer and the Executive Group."""

from __future__ import annotations

import uuid

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from engage import database
from engage.access import allow
from engage.forms import ConfirmForm
from engage.models import User
from engage.pagination import paginate
from engage.roles import Role
from engage.scrutineers import mydata, oversight, people, reporting
from engage.scrutineers.blueprint import (
    Page,
    bp,
    challenge_or_404,
    coordinator_only,
    dashboards,
    me,
    oversight_only,
    show_error,
    today,
)
from engage.scrutineers.forms import (
    ClosureForm,
    ExtendForm,
    HandoverForm,
    MentorNoteForm,
    ReassignForm,
    TermForm,
)
from engage.scrutineers.models import ESCALATION_STAGES, ClosureDay, DeadlineStage
from engage.scrutineers.states import ChallengeError, Event, allowed, refusal


def _refuse_unless(challenge_id: str, event: Event) -> Page | None:
    challenge = challenge_or_404(challenge_id)
    if not allowed(challenge, event):
        flash(refusal(event, challenge.status), "error")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return None


@bp.route("/challenges/<challenge_id>/reassign", methods=["GET", "POST"])
@coordinator_only
def reassign(challenge_id: str) -> Page:
    refused = _refuse_unless(challenge_id, Event.REASSIGN)
    if refused is not None:
        return refused
    challenge = challenge_or_404(challenge_id)
    form = ReassignForm()
    form.chair.choices = [("", "Choose a chair")] + [
        (str(person.id), people.public_name(person)) for person in people.active_people(Role.CHAIR)
    ]
    if form.validate_on_submit():
        try:
            oversight.reassign(me(), challenge, form.chair.data or "")
        except ChallengeError as error:
            show_error(form, error, "chair")
        else:
            flash(f"Challenge {challenge.number} has been passed to another chair")
            return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return render_template("scrutineers/reassign.html", form=form, challenge=challenge)


@bp.route("/challenges/<challenge_id>/extend", methods=["GET", "POST"])
@coordinator_only
def extend(challenge_id: str) -> Page:
    refused = _refuse_unless(challenge_id, Event.EXTEND)
    if refused is not None:
        return refused
    challenge = challenge_or_404(challenge_id)
    form = ExtendForm()
    if form.validate_on_submit():
        try:
            oversight.extend(me(), challenge, form.due_on.data, form.reason.data or "", today())
        except ChallengeError as error:
            show_error(form, error, "due_on")
        else:
            flash(f"Challenge {challenge.number} now has more time")
            return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return render_template("scrutineers/extend.html", form=form, challenge=challenge)


@bp.route("/challenges/<challenge_id>/close", methods=["GET", "POST"])
@coordinator_only
def close(challenge_id: str) -> Page:
    refused = _refuse_unless(challenge_id, Event.CLOSE)
    if refused is not None:
        return refused
    challenge = challenge_or_404(challenge_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        oversight.close(me(), challenge)
        flash(f"Challenge {challenge.number} has been closed")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return render_template("scrutineers/close.html", challenge=challenge, confirm=form)


# Closure days -----------------------------------------------------------------------------


@bp.route("/challenges/closure-days", methods=["GET", "POST"])
@coordinator_only
def closure_days() -> Page:
    form = ClosureForm()
    if form.validate_on_submit():
        try:
            moved = oversight.add_closure(me(), form.day.data, form.label.data or "")
        except ChallengeError as error:
            show_error(form, error, "day")
        else:
            message = "The closure day has been added"
            if moved:
                message += f". {moved} due date{'s' if moved != 1 else ''} moved"
            flash(message)
            return redirect(url_for("scrutiny.closure_days"))
    return render_template(
        "scrutineers/closure_days.html",
        form=form,
        closures=oversight.closure_days(),
        confirm=ConfirmForm(),
        working_days=current_app.config["ENGAGE"].challenge_working_days,
    )


@bp.post("/challenges/closure-days/<closure_id>/delete")
@coordinator_only
def remove_closure_day(closure_id: str) -> Page:
    closure = database.get_or_404(ClosureDay, closure_id)
    moved = oversight.remove_closure(me(), closure)
    message = "The closure day has been removed"
    if moved:
        message += f". {moved} due date{'s' if moved != 1 else ''} moved"
    flash(message)
    return redirect(url_for("scrutiny.closure_days"))


# Escalations and responsiveness -----------------------------------------------------------


@bp.get("/challenges/escalations")
@dashboards
def escalations() -> str:
    show = request.args.get("show", "waiting")
    if me().role == Role.EXECUTIVE:
        stages = frozenset({DeadlineStage.LONG_OVERDUE.value})
    else:
        stages = frozenset(str(stage) for stage in ESCALATION_STAGES)
    page = paginate(reporting.escalations_statement(stages, still_waiting=show != "all"))
    return render_template(
        "scrutineers/escalations.html",
        page=page,
        show=show,
        stage_labels=reporting.STAGE_LABELS,
    )


@bp.get("/challenges/responsiveness")
@dashboards
def responsiveness() -> str:
    exact = me().role == Role.COORDINATOR
    threshold = current_app.config["ENGAGE"].suppression_threshold
    return render_template(
        "scrutineers/responsiveness.html",
        figures=reporting.responsiveness(today(), exact, threshold),
        exact=exact,
        threshold=threshold,
        working_days=current_app.config["ENGAGE"].challenge_working_days,
    )


# Young Scrutineers: mentor notes, terms, handover -----------------------------------------


@bp.get("/challenges/scrutineers")
@oversight_only
def scrutineers() -> str:
    listed = oversight.scrutineers()
    return render_template(
        "scrutineers/scrutineers.html",
        scrutineers=listed,
        open_counts={person.id: len(oversight.open_challenges_of(person)) for person in listed},
        priorities={person.id: people.scrutineer_priorities(person) for person in listed},
        today=today(),
    )


def _scrutineer_or_404(user_id: str) -> User:
    found = oversight.find_scrutineer(user_id)
    if found is None:
        abort(404)
    return found


def _successor_choices(form: HandoverForm, leaving: uuid.UUID) -> None:
    form.successor.choices = [("", "Choose a Young Scrutineer")] + [
        (str(other.id), other.display_name)
        for other in people.active_people(Role.YOUNG_SCRUTINEER)
        if other.id != leaving
    ]


def _scrutineer_page(
    person: User,
    note_form: MentorNoteForm | None = None,
    term_form: TermForm | None = None,
    handover_form: HandoverForm | None = None,
    failed: FlaskForm | None = None,
) -> str:
    note_form = note_form or MentorNoteForm(prefix="note", formdata=None)
    term_form = term_form or TermForm(
        prefix="term", formdata=None, term_ends_on=person.term_ends_on
    )
    handover_form = handover_form or HandoverForm(prefix="handover", formdata=None)
    _successor_choices(handover_form, person.id)
    return render_template(
        "scrutineers/scrutineer.html",
        person=person,
        form=failed,
        note_form=note_form,
        term_form=term_form,
        handover_form=handover_form,
        notes=oversight.notes_about(person),
        open_challenges=oversight.open_challenges_of(person),
        priorities=people.scrutineer_priorities(person),
        ended=people.term_has_ended(person, today()),
    )


@bp.route("/challenges/scrutineers/<user_id>", methods=["GET", "POST"])
@oversight_only
def scrutineer(user_id: str) -> Page:
    person = _scrutineer_or_404(user_id)
    if request.method == "GET":
        return _scrutineer_page(person)
    if me().role != Role.INDEPENDENT_SCRUTINEER:
        abort(403)
    note_form = MentorNoteForm(prefix="note")
    if note_form.validate_on_submit():
        try:
            oversight.add_note(me(), person, note_form.body.data or "")
        except ChallengeError as error:
            show_error(note_form, error, "body")
        else:
            flash("Your note has been saved")
            return redirect(url_for("scrutiny.scrutineer", user_id=person.id))
    return _scrutineer_page(person, note_form=note_form, failed=note_form)


@bp.post("/challenges/scrutineers/<user_id>/term")
@coordinator_only
def set_term(user_id: str) -> Page:
    person = _scrutineer_or_404(user_id)
    form = TermForm(prefix="term")
    if form.validate_on_submit():
        oversight.set_term_end(me(), person, form.term_ends_on.data)
        flash("The end of their term has been saved")
        return redirect(url_for("scrutiny.scrutineer", user_id=person.id))
    return _scrutineer_page(person, term_form=form, failed=form)


@bp.post("/challenges/scrutineers/<user_id>/handover")
@coordinator_only
def hand_over(user_id: str) -> Page:
    person = _scrutineer_or_404(user_id)
    form = HandoverForm(prefix="handover")
    _successor_choices(form, person.id)
    if form.validate_on_submit():
        try:
            moved = oversight.hand_over(me(), person, form.successor.data or "")
        except ChallengeError as error:
            show_error(form, error, "successor")
        else:
            flash(f"{moved} open challenge{'s' if moved != 1 else ''} handed over")
            return redirect(url_for("scrutiny.scrutineer", user_id=person.id))
    return _scrutineer_page(person, handover_form=form, failed=form)


# Young people's requests ------------------------------------------------------------------

requests_readers = allow(Role.COORDINATOR, Role.SAFEGUARDING_LEAD)


@bp.get("/challenges/requests")
@requests_readers
def data_requests() -> str:
    status = request.args.get("status", "open")
    page = paginate(mydata.requests_statement(me(), status))
    return render_template(
        "scrutineers/requests.html", page=page, status=status, labels=mydata.REQUEST_LABELS
    )


@bp.route("/challenges/requests/<request_id>", methods=["GET", "POST"])
@requests_readers
def data_request(request_id: str) -> Page:
    found = mydata.find_request(me(), request_id)
    if found is None:
        abort(404)
    form = ConfirmForm()
    if form.validate_on_submit():
        mydata.mark_handled(me(), found)
        flash("Marked as dealt with")
        return redirect(url_for("scrutiny.data_requests"))
    mydata.record_view(me(), found)
    return render_template(
        "scrutineers/request.html", item=found, confirm=form, labels=mydata.REQUEST_LABELS
    )
