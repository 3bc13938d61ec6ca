"""A Young Scrutineer's pages: their portal, raising a challenge, judging the answer."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for

from engage.forms import ConfirmForm, add_error
from engage.models import Priority
from engage.scrutineers import (
    calendar,
    challenges,
    discussion,
    evidence,
    listing,
    people,
    permissions,
)
from engage.scrutineers.blueprint import (
    Page,
    bp,
    challenge_or_404,
    me,
    scrutineer_only,
    show_error,
    today,
)
from engage.scrutineers.forms import ChallengeForm, VerdictForm
from engage.scrutineers.models import Challenge, ChallengeStatus
from engage.scrutineers.states import ChallengeError, Event, refusal

NO_QUESTION = "Say what you want to know or see changed"


def portal() -> str:
    user, now = me(), today()
    threshold = current_app.config["ENGAGE"].suppression_threshold
    priorities = people.scrutineer_priorities(user)
    return render_template(
        "scrutineers/portal.html",
        priorities=priorities,
        themes={p.id: evidence.theme_summaries(p, threshold) for p in priorities},
        work=listing.my_work(user),
        read_only=people.is_read_only(user, now),
        can_raise=permissions.can_raise(user, now),
        today=now,
    )


def _priority_choices(form: ChallengeForm) -> list[Priority]:
    mine = people.scrutineer_priorities(me())
    form.priority.choices = [(str(p.id), p.title) for p in mine]
    return mine


def _draft_from(form: ChallengeForm) -> challenges.Draft:
    return challenges.Draft(
        title=form.title.data or "",
        question=form.question.data or "",
        chosen=evidence.Chosen(
            themes=form.themes.data or [],
            quotes=form.quotes.data or [],
            responses=form.responses.data or [],
            actions=form.actions.data or [],
        ),
    )


def _render_form(form: ChallengeForm, challenge: Challenge | None, priority: Priority) -> str:
    return render_template(
        "scrutineers/challenge_form.html",
        form=form,
        challenge=challenge,
        priority=priority,
        choices=evidence.choices_for(priority),
        many_priorities=len(form.priority.choices) > 1,
    )


def _save(form: ChallengeForm, challenge: Challenge | None) -> Page | None:
    """Saves the draft; returns where to go next, or None to show the form again."""
    action = request.form.get("action", "check")
    if not form.validate_on_submit():
        return None
    if action == "check" and not (form.question.data or "").strip():
        add_error(form.question, NO_QUESTION)
        return None
    try:
        if challenge is None:
            challenge = challenges.new_draft(
                me(), _draft_from(form), today(), priority_id=form.priority.data or None
            )
        else:
            challenges.update_draft(me(), challenge, _draft_from(form), today())
    except ChallengeError as error:
        show_error(form, error, "title")
        return None
    if action == "draft":
        flash("Your draft is saved. You can finish it later")
        return redirect(url_for("scrutiny.index"))
    return redirect(url_for("scrutiny.check", challenge_id=challenge.id))


@bp.route("/challenges/new", methods=["GET", "POST"])
@scrutineer_only
def new() -> Page:
    if not permissions.can_raise(me(), today()):
        abort(403)
    form = ChallengeForm()
    mine = _priority_choices(form)
    if request.method == "GET":
        form.priority.data = str(mine[0].id)
        if request.args.get("theme"):
            form.themes.data = [request.args["theme"]]
    chosen = next((p for p in mine if str(p.id) == form.priority.data), mine[0])
    done = _save(form, None) if request.method == "POST" else None
    return done or _render_form(form, None, chosen)


def _own_draft(challenge_id: str) -> Challenge:
    challenge = challenge_or_404(challenge_id)
    if not permissions.can_edit_draft(me(), challenge, today()):
        abort(404)
    return challenge


@bp.route("/challenges/<challenge_id>/edit", methods=["GET", "POST"])
@scrutineer_only
def edit(challenge_id: str) -> Page:
    challenge = _own_draft(challenge_id)
    form = ChallengeForm(obj=challenge if request.method == "GET" else None)
    _priority_choices(form)
    if request.method == "GET":
        chosen = evidence.chosen_from(challenge)
        form.priority.data = str(challenge.priority_id)
        form.themes.data = list(chosen.themes)
        form.quotes.data = list(chosen.quotes)
        form.responses.data = list(chosen.responses)
        form.actions.data = list(chosen.actions)
    done = _save(form, challenge) if request.method == "POST" else None
    return done or _render_form(form, challenge, challenge.priority)


@bp.get("/challenges/<challenge_id>/check")
@scrutineer_only
def check(challenge_id: str) -> str:
    challenge = _own_draft(challenge_id)
    return render_template(
        "scrutineers/check.html",
        challenge=challenge,
        evidence=evidence.shown(challenge),
        confirm=ConfirmForm(),
        problem=request.args.get("problem") and NO_QUESTION,
        problem_href=url_for("scrutiny.edit", challenge_id=challenge.id),
    )


@bp.post("/challenges/<challenge_id>/submit")
@scrutineer_only
def submit(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    if challenge.raised_by_id != me().id:
        abort(404)
    try:
        challenges.submit(me(), challenge, today())
    except ChallengeError as error:
        if error.field == "question":
            return redirect(url_for("scrutiny.check", challenge_id=challenge.id, problem=1))
        flash(str(error), "error")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return redirect(url_for("scrutiny.sent", challenge_id=challenge.id))


@bp.get("/challenges/<challenge_id>/sent")
@scrutineer_only
def sent(challenge_id: str) -> str:
    challenge = challenge_or_404(challenge_id)
    if challenge.status == ChallengeStatus.DRAFT or challenge.raised_by_id != me().id:
        abort(404)
    return render_template("scrutineers/sent.html", challenge=challenge)


@bp.route("/challenges/<challenge_id>/delete", methods=["GET", "POST"])
@scrutineer_only
def discard(challenge_id: str) -> Page:
    challenge = _own_draft(challenge_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        challenges.discard(me(), challenge, today())
        flash("Your draft has been deleted")
        return redirect(url_for("scrutiny.index"))
    return render_template("scrutineers/discard.html", challenge=challenge, confirm=form)


@bp.route("/challenges/<challenge_id>/withdraw", methods=["GET", "POST"])
@scrutineer_only
def withdraw(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    if not permissions.can_withdraw(me(), challenge, today()):
        abort(404)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            challenges.withdraw(me(), challenge, today())
        except ChallengeError as error:
            flash(str(error), "error")
        else:
            flash("Your challenge has been withdrawn")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return render_template("scrutineers/withdraw.html", challenge=challenge, confirm=form)


def _why_not_judge(challenge: Challenge) -> str:
    if people.is_read_only(me(), today()):
        return challenges.READ_ONLY
    return refusal(Event.JUDGE, challenge.status)


@bp.route("/challenges/<challenge_id>/verdict", methods=["GET", "POST"])
@scrutineer_only
def verdict(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    if not permissions.follows(me(), challenge):
        abort(404)
    form = VerdictForm()
    if form.validate_on_submit():
        try:
            follow_up = discussion.judge(
                me(),
                challenge,
                form.outcome.data or "",
                form.reason.data or "",
                today(),
                open_follow_up=bool(form.follow_up.data),
            )
        except ChallengeError as error:
            show_error(form, error, "outcome")
        else:
            if follow_up is not None:
                flash("Thank you for your verdict. Now write your follow-up challenge")
                return redirect(url_for("scrutiny.edit", challenge_id=follow_up.id))
            flash("Thank you. Your verdict has been saved")
            return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    elif request.method == "GET" and not permissions.can_judge(me(), challenge, today()):
        flash(_why_not_judge(challenge), "error")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return render_template(
        "scrutineers/verdict.html",
        form=form,
        challenge=challenge,
        days=calendar.answered_in(challenge, calendar.closures()),
    )


@bp.post("/challenges/<challenge_id>/follow-up")
@scrutineer_only
def follow_up(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    try:
        draft = challenges.follow_up(me(), challenge, today())
    except ChallengeError as error:
        flash(str(error), "error")
        return redirect(url_for("scrutiny.view", challenge_id=challenge.id))
    return redirect(url_for("scrutiny.edit", challenge_id=draft.id))
