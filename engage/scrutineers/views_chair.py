"""A chair's pages: answering a challenge, actions and their progress, reply templates."""

from __future__ import annotations

import uuid

from flask import abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from engage import database
from engage.access import allow
from engage.forms import ConfirmForm
from engage.pagination import paginate
from engage.roles import Role
from engage.scrutineers import calendar, evidence, people, permissions, responses
from engage.scrutineers.blueprint import (
    Page,
    bp,
    chair_only,
    chair_or_coordinator,
    challenge_or_404,
    everyone_involved,
    me,
    show_error,
    today,
)
from engage.scrutineers.forms import ActionUpdateForm, AnswerForm, TemplateForm
from engage.scrutineers.models import Challenge, ChallengeAction, ReplyTemplate
from engage.scrutineers.responses import ACTION_STATUS_LABELS, ActionInput
from engage.scrutineers.states import ChallengeError, Event, allowed, refusal


def _agency_choices(form: AnswerForm) -> None:
    choices = [("", "Choose an agency")] + [(str(a.id), a.name) for a in responses.agencies()]
    for entry in form.actions:
        entry.form.agency.choices = choices


def _action_inputs(form: AnswerForm) -> list[ActionInput]:
    return [
        ActionInput(
            description=entry.form.description.data or "",
            agency_id=entry.form.agency.data or "",
            due_on=entry.form.due_on.data,
        )
        for entry in form.actions
    ]


@bp.route("/challenges/<challenge_id>/answer", methods=["GET", "POST"])
@chair_only
def answer(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    if not permissions.is_chair_for(me(), challenge):
        abort(404)
    if not allowed(challenge, Event.ANSWER):
        flash(refusal(Event.ANSWER, challenge.status), "error")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    if not permissions.is_answering_chair(me(), challenge):
        flash("The coordinator has passed this challenge to another chair to answer", "error")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    form = AnswerForm()
    templates = responses.templates_for([challenge.priority_id])
    if request.method == "GET" and request.args.get("template"):
        chosen = next((t for t in templates if str(t.id) == request.args["template"]), None)
        if chosen is not None:
            form.body.data = chosen.body
    if request.method == "POST" and request.form.get("action") == "add_action":
        form.actions.append_entry()
        _agency_choices(form)
        return _answer_page(form, challenge, templates, focus_last=True)
    _agency_choices(form)
    if form.validate_on_submit():
        try:
            responses.answer(me(), challenge, form.body.data or "", _action_inputs(form), today())
        except ChallengeError as error:
            show_error(form, error, "body")
        else:
            flash("Your answer has been sent to the Young Scrutineer")
            return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return _answer_page(form, challenge, templates)


def _answer_page(
    form: AnswerForm,
    challenge: Challenge,
    templates: list[ReplyTemplate],
    focus_last: bool = False,
) -> str:
    now = today()
    return render_template(
        "scrutineers/answer.html",
        form=form,
        challenge=challenge,
        templates=templates,
        evidence=evidence.shown(challenge),
        raised_by=people.public_name(challenge.raised_by, me()),
        overdue=calendar.is_overdue(challenge, now),
        focus_last=focus_last,
    )


# Actions ----------------------------------------------------------------------------------


def _action_or_404(action_id: str) -> ChallengeAction:
    try:
        key = uuid.UUID(action_id)
    except ValueError:
        abort(404)
    action = database.session.get(ChallengeAction, key)
    if action is None or permissions.find(me(), action.challenge_id) is None:
        abort(404)
    return action


@bp.route("/challenges/actions/<action_id>", methods=["GET", "POST"])
@everyone_involved
def action(action_id: str) -> Page:
    found = _action_or_404(action_id)
    can_update = permissions.can_manage_actions(me(), found.challenge)
    form = ActionUpdateForm(status=found.status) if can_update else None
    if request.method == "POST":
        if form is None:
            abort(403)
        if form.validate_on_submit():
            try:
                responses.update_action(
                    me(), found, form.status.data or "", form.note.data or "", today()
                )
            except ChallengeError as error:
                show_error(form, error, "status")
            else:
                flash("The action has been updated")
                return redirect(url_for("scrutiny.action", action_id=found.id))
    return render_template(
        "scrutineers/action.html",
        action=found,
        form=form,
        status_labels=ACTION_STATUS_LABELS,
        name_of=lambda person: people.public_name(person, me()),
    )


@bp.get("/challenges/actions")
@allow(Role.CHAIR, Role.COORDINATOR, Role.INDEPENDENT_SCRUTINEER, Role.EXECUTIVE)
def actions() -> str:
    visible = permissions.visible_statement(me()).with_only_columns(Challenge.id)
    status = request.args.get("status", "")
    statement = (
        select(ChallengeAction)
        .where(ChallengeAction.challenge_id.in_(visible))
        .order_by(ChallengeAction.due_on, ChallengeAction.created_at)
    )
    if status in ACTION_STATUS_LABELS:
        statement = statement.where(ChallengeAction.status == status)
    return render_template(
        "scrutineers/actions.html",
        page=paginate(statement),
        status=status,
        status_labels=ACTION_STATUS_LABELS,
        today=today(),
    )


# Reply templates --------------------------------------------------------------------------


@bp.get("/challenges/templates")
@chair_or_coordinator
def templates() -> str:
    priorities = responses.template_priorities(me())
    return render_template(
        "scrutineers/templates.html",
        priorities=priorities,
        templates=responses.templates_for([p.id for p in priorities]),
    )


@bp.route("/challenges/templates/new", methods=["GET", "POST"])
@bp.route("/challenges/templates/<template_id>", methods=["GET", "POST"])
@chair_or_coordinator
def edit_template(template_id: str | None = None) -> Page:
    template = responses.find_template(me(), template_id) if template_id else None
    if template_id and template is None:
        abort(404)
    form = TemplateForm(obj=template)
    priorities = responses.template_priorities(me())
    form.priority.choices = [("", "Choose a priority group")] + [
        (str(p.id), p.title) for p in priorities
    ]
    if request.method == "GET":
        if template is not None:
            form.priority.data = str(template.priority_id)
        elif len(priorities) == 1:
            form.priority.data = str(priorities[0].id)
    if form.validate_on_submit():
        try:
            responses.save_template(
                me(),
                template,
                form.priority.data or "",
                form.title.data or "",
                form.body.data or "",
            )
        except ChallengeError as error:
            show_error(form, error, "title")
        else:
            flash("The template has been saved")
            return redirect(url_for("scrutiny.templates"))
    return render_template("scrutineers/template_form.html", form=form, template=template)


@bp.route("/challenges/templates/<template_id>/delete", methods=["GET", "POST"])
@chair_or_coordinator
def delete_template(template_id: str) -> Page:
    template = responses.find_template(me(), template_id)
    if template is None:
        abort(404)
    form = ConfirmForm()
    if form.validate_on_submit():
        responses.delete_template(me(), template)
        flash("The template has been deleted")
        return redirect(url_for("scrutiny.templates"))
    return render_template("scrutineers/template_delete.html", template=template, confirm=form)
