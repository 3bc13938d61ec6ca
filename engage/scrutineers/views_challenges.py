"""Pages every role involved shares: the list of challenges, one challenge, its discussion."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for

from engage import database
from engage.forms import ConfirmForm
from engage.pagination import paginate
from engage.roles import Role
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
    everyone_involved,
    me,
    show_error,
    today,
)
from engage.scrutineers.forms import MessageForm
from engage.scrutineers.models import Challenge
from engage.scrutineers.states import ChallengeError
from engage.scrutineers.views_young import portal


@bp.get("/challenges")
@everyone_involved
def index() -> Page:
    if me().role == Role.YOUNG_SCRUTINEER:
        return portal()
    return all_challenges()


@bp.get("/challenges/all")
@everyone_involved
def all_challenges() -> str:
    chosen = listing.ListFilters.from_args(request.args)
    page = paginate(listing.statement_for(me(), chosen))
    return render_template(
        "scrutineers/list.html",
        page=page,
        chosen=chosen,
        priorities=listing.priorities_for_filter(me()),
        today=today(),
        closed=calendar.closures(),
    )


def _view_context(challenge: Challenge) -> dict[str, object]:
    user, now = me(), today()
    return {
        "challenge": challenge,
        "evidence": evidence.shown(challenge),
        "raised_by": people.public_name(challenge.raised_by, user),
        "follower": people.public_name(challenge.scrutineer, user),
        "chair": people.public_name(permissions.answering_chair(challenge), user),
        "name_of": lambda person: people.public_name(person, user),
        "today": now,
        "overdue": calendar.is_overdue(challenge, now),
        "days_left": calendar.working_days_left(challenge, now, calendar.closures()),
        "can_edit": permissions.can_edit_draft(user, challenge, now),
        "can_answer": permissions.can_answer(user, challenge),
        "can_judge": permissions.can_judge(user, challenge, now),
        "can_withdraw": permissions.can_withdraw(user, challenge, now),
        "can_follow_up": challenges.can_follow_up(user, challenge, now),
        "can_manage_actions": permissions.can_manage_actions(user, challenge),
        "sees_discussion": permissions.sees_discussion(user),
        "can_discuss": permissions.can_discuss(user, challenge, now),
        "read_only": people.is_read_only(user, now),
        "follow_ups": _follow_ups(challenge),
        "confirm": ConfirmForm(),
    }


def _follow_ups(challenge: Challenge) -> list[Challenge]:
    return list(
        database.session.scalars(
            permissions.visible_statement(me())
            .where(Challenge.follow_up_of_id == challenge.id)
            .order_by(Challenge.number)
        )
    )


@bp.get("/challenges/<challenge_id>")
@everyone_involved
def view(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    if permissions.can_edit_draft(me(), challenge, today()):
        return redirect(url_for("scrutiny.check", challenge_id=challenge.id))
    return render_template(
        "scrutineers/view.html", form=None, message_form=MessageForm(), **_view_context(challenge)
    )


@bp.post("/challenges/<challenge_id>/messages")
@everyone_involved
def add_message(challenge_id: str) -> Page:
    challenge = challenge_or_404(challenge_id)
    message_form = MessageForm()
    if message_form.validate_on_submit():
        try:
            discussion.add_message(me(), challenge, message_form.body.data or "", today())
        except ChallengeError as error:
            show_error(message_form, error, "body")
        else:
            flash("Your message has been added")
            return redirect(url_for("scrutiny.view", challenge_id=challenge.id) + "#discussion")
    return render_template(
        "scrutineers/view.html",
        form=message_form,
        message_form=message_form,
        **_view_context(challenge),
    )
