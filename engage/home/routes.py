"""Each role's home page, the account page and the public information pages."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from engage.access import current_person, public, signed_in
from engage.home import services
from engage.roles import Role

bp = Blueprint("home", __name__)


@bp.get("/")
@public
def root() -> Response:
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    return redirect(url_for("auth.sign_in"))


@bp.get("/home")
@signed_in
def index() -> str | Response:
    user = current_person()
    if user.role == Role.YOUNG_SCRUTINEER:
        # A Young Scrutineer's home is their own page: their priority, what young people said
        # about it, and their challenges.
        return redirect(url_for("scrutiny.index"))
    return render_template("home/index.html", next_steps=services.next_steps(user))


@bp.get("/account")
@signed_in
def account() -> str:
    return render_template("home/account.html")


@bp.get("/accessibility")
@public
def accessibility() -> str:
    return render_template("home/accessibility.html")


@bp.get("/privacy")
@public
def privacy() -> str:
    return render_template("home/privacy.html")


@bp.get("/worried-about-a-child")
@public
def worried() -> str:
    return render_template("home/worried.html")
