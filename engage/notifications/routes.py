"""The notification list and its unread count."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from engage.access import current_person, signed_in
from engage.forms import ConfirmForm
from engage.notifications import services
from engage.pagination import paginate

bp = Blueprint("notifications", __name__)


@bp.get("/notifications")
@signed_in
def index() -> str:
    page = paginate(services.for_user(current_user))
    return render_template("notifications/index.html", page=page, confirm=ConfirmForm())


@bp.post("/notifications/read")
@signed_in
def mark_all_read() -> Response:
    services.mark_read(current_person())
    flash("All notifications are marked as read")
    return redirect(url_for("notifications.index"))
