"""A Young Scrutineer's "My data" pages: download, choices, and requests."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for

from engage.scrutineers import mydata, people
from engage.scrutineers.blueprint import Page, bp, me, scrutineer_only, show_error, today
from engage.scrutineers.forms import ChoicesForm, DataRequestForm
from engage.scrutineers.models import DataRequestKind
from engage.scrutineers.states import ChallengeError

REQUEST_PAGES = {
    "correction": DataRequestKind.CORRECTION,
    "deletion": DataRequestKind.DELETION,
    "worry": DataRequestKind.WORRY,
}


@bp.get("/my-data")
@scrutineer_only
def my_data() -> str:
    return render_template("scrutineers/my_data.html", read_only=people.is_read_only(me(), today()))


@bp.get("/my-data/download")
@scrutineer_only
def download() -> Response:
    filename, content = mydata.export_file(me())
    return Response(
        content,
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.route("/my-data/choices", methods=["GET", "POST"])
@scrutineer_only
def choices() -> Page:
    user = me()
    form = ChoicesForm()
    if request.method == "GET":
        form.show_name.data = "yes" if user.show_name else "no"
        form.email_notifications.data = "yes" if user.email_notifications else "no"
    if form.validate_on_submit():
        mydata.save_choices(
            user, form.show_name.data == "yes", form.email_notifications.data == "yes"
        )
        flash("Your choices have been saved")
        return redirect(url_for("scrutiny.my_data"))
    return render_template("scrutineers/choices.html", form=form, name=user.display_name)


@bp.route("/my-data/ask/<kind>", methods=["GET", "POST"])
@scrutineer_only
def ask(kind: str) -> Page:
    if kind not in REQUEST_PAGES:
        abort(404)
    form = DataRequestForm()
    if form.validate_on_submit():
        try:
            mydata.make_request(me(), REQUEST_PAGES[kind], form.details.data or "")
        except ChallengeError as error:
            show_error(form, error, "details")
        else:
            return redirect(url_for("scrutiny.asked", kind=kind))
    return render_template(f"scrutineers/ask_{kind}.html", form=form)


@bp.get("/my-data/ask/<kind>/sent")
@scrutineer_only
def asked(kind: str) -> str:
    if kind not in REQUEST_PAGES:
        abort(404)
    return render_template("scrutineers/asked.html", kind=kind)
