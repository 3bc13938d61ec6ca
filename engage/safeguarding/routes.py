"""The safeguarding lead's queue: the only place a withheld comment can be seen."""

from __future__ import annotations

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from engage.access import allow, current_person
from engage.forms import ConfirmForm, add_error
from engage.home import services as home
from engage.home.services import NextStep
from engage.models import User
from engage.pagination import paginate
from engage.roles import Role
from engage.safeguarding import services
from engage.safeguarding.forms import OutcomeForm
from engage.safeguarding.models import OUTCOMES, SafeguardingCase

bp = Blueprint("safeguarding", __name__)
lead_only = allow(Role.SAFEGUARDING_LEAD)


_me = current_person


def _case_or_404(case_id: str) -> SafeguardingCase:
    found = services.get_case(case_id)
    if found is None:
        abort(404)
    return found


@bp.get("/safeguarding")
@lead_only
def queue() -> str:
    status = request.args.get("status", "open")
    page = paginate(services.queue_statement(status))
    return render_template("safeguarding/queue.html", page=page, status=status)


@bp.route("/safeguarding/cases/<case_id>", methods=["GET", "POST"])
@lead_only
def view_case(case_id: str) -> str | Response:
    safeguarding_case = _case_or_404(case_id)
    form = OutcomeForm(obj=safeguarding_case)
    if form.validate_on_submit():
        try:
            services.record_outcome(
                _me(),
                safeguarding_case,
                form.outcome.data or "",
                form.note.data or "",
                form.decision.data or "",
            )
        except services.CaseError as error:
            add_error(getattr(form, error.field or "outcome"), str(error))
        else:
            flash("The outcome has been recorded")
            return redirect(url_for("safeguarding.queue"))
    services.record_view(_me(), safeguarding_case)
    return render_template(
        "safeguarding/case.html",
        case=safeguarding_case,
        form=form,
        confirm=ConfirmForm(),
        outcomes=OUTCOMES,
    )


@bp.post("/safeguarding/cases/<case_id>/acknowledge")
@lead_only
def acknowledge(case_id: str) -> Response:
    safeguarding_case = _case_or_404(case_id)
    services.acknowledge(_me(), safeguarding_case)
    flash("You have acknowledged this case")
    return redirect(url_for("safeguarding.view_case", case_id=safeguarding_case.id))


def _home_steps(user: User) -> list[NextStep]:
    if user.role != Role.SAFEGUARDING_LEAD:
        return []
    waiting = services.open_count()
    return [
        NextStep(
            "Safeguarding queue",
            url_for("safeguarding.queue"),
            "Comments held back because they may be a disclosure. Record what was done.",
            count=waiting,
            count_label="open",
        )
    ]


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    home.register(_home_steps)
