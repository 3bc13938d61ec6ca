"""Sign in and out, two-factor codes, invites and password changes."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pyotp
import segno
from flask import Blueprint, Response, flash, redirect, render_template, request, session, url_for
from flask_login import current_user
from werkzeug.wrappers import Response as WerkzeugResponse

from engage import audit
from engage.access import current_person, public, signed_in
from engage.auth import invites, services
from engage.auth.forms import AcceptInviteForm, ChangePasswordForm, SignInForm, TwoFactorForm
from engage.auth.services import SignInOutcome
from engage.extensions import limiter
from engage.forms import add_error

bp = Blueprint("auth", __name__)

SETUP_SECRET_KEY = "two_factor_setup_secret"  # noqa: S105 - a session key name, not a secret
WRONG_CODE = "The security code is not right. Check your app and try the newest code"
Page = str | WerkzeugResponse | tuple[str, int]


def _safe_next(target: str | None) -> str:
    if not target:
        return url_for("home.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("home.index")
    return target


def _login_limit() -> str:
    return services.settings().login_rate_limit


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@public
def sign_in() -> Page:
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = SignInForm()
    if form.validate_on_submit():
        result = services.authenticate(form.email.data or "", form.password.data or "")
        next_page = _safe_next(request.args.get("next"))
        if result.outcome is SignInOutcome.OK:
            return redirect(next_page)
        if result.outcome is SignInOutcome.TWO_FACTOR:
            return redirect(url_for("auth.two_factor", next=next_page))
        if result.outcome is SignInOutcome.TWO_FACTOR_SETUP:
            return redirect(url_for("auth.two_factor_setup", next=next_page))
        if result.outcome is SignInOutcome.LOCKED:
            minutes = services.settings().lockout_minutes
            add_error(
                form.email,
                f"This account is locked because of too many failed attempts. "
                f"Try again in {minutes} minutes, or ask the coordinator to unlock it",
            )
        else:
            add_error(form.email, "Enter a correct email address and password")
        form.password.data = ""
    reason = request.args.get("reason")
    return render_template("auth/sign_in.html", form=form, reason=reason)


@bp.route("/sign-in/security-code", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@public
def two_factor() -> Page:
    user = services.pending_two_factor_user()
    if user is None or user.totp_secret is None:
        return redirect(url_for("auth.sign_in"))
    form = TwoFactorForm()
    if form.validate_on_submit():
        if services.verify_totp(user, form.code.data or ""):
            services.complete_two_factor(user)
            return redirect(_safe_next(request.args.get("next")))
        audit.record("two_factor_failed", actor=user, object_type="user", object_id=user.id)
        add_error(form.code, WRONG_CODE)
    return render_template("auth/two_factor.html", form=form)


@bp.route("/sign-in/set-up-security-codes", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@public
def two_factor_setup() -> Page:
    user = services.pending_two_factor_user()
    if user is None:
        return redirect(url_for("auth.sign_in"))
    if user.totp_secret is not None:
        return redirect(url_for("auth.two_factor", next=request.args.get("next")))
    secret = session.get(SETUP_SECRET_KEY) or pyotp.random_base32()
    session[SETUP_SECRET_KEY] = secret
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name="engage")
    qr_data_uri = segno.make(uri, error="m").svg_data_uri(scale=4)
    form = TwoFactorForm()
    if form.validate_on_submit():
        if services.verify_totp(user, form.code.data or "", secret=secret):
            user.totp_secret = secret
            session.pop(SETUP_SECRET_KEY, None)
            audit.record("two_factor_set_up", actor=user, object_type="user", object_id=user.id)
            services.complete_two_factor(user)
            flash("Security codes are set up. You will need a code each time you sign in")
            return redirect(_safe_next(request.args.get("next")))
        add_error(form.code, WRONG_CODE)
    return render_template(
        "auth/two_factor_setup.html", form=form, secret=secret, qr_data_uri=qr_data_uri
    )


@bp.post("/sign-out")
@signed_in
def sign_out() -> WerkzeugResponse:
    services.end_session(current_person())
    return redirect(url_for("auth.signed_out"))


@bp.get("/signed-out")
@public
def signed_out() -> str:
    return render_template("auth/signed_out.html")


@bp.post("/session/keep-alive")
@signed_in
def keep_alive() -> Response:
    session["seen_at"] = time.time()
    return Response(status=204)


@bp.route("/account/password", methods=["GET", "POST"])
@signed_in
def change_password() -> Page:
    form = ChangePasswordForm()
    if form.validate_on_submit():
        problem = services.change_password(
            current_person(),
            form.current.data or "",
            form.new.data or "",
        )
        if problem is None:
            flash("Your password has been changed. Other devices have been signed out")
            return redirect(url_for("home.account"))
        field = form.current if "current password" in problem else form.new
        add_error(field, problem)
    return render_template("auth/change_password.html", form=form)


@bp.route("/invite/<token>", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@public
def accept_invite(token: str) -> Page:
    invite = invites.find_invite(token)
    try:
        invites.check_usable(invite)
    except invites.InviteError as error:
        return render_template("auth/invite_unusable.html", message=str(error)), 410
    assert invite is not None
    form = AcceptInviteForm()
    if form.validate_on_submit():
        try:
            invites.accept_invite(invite, form.password.data or "")
        except invites.InviteError as error:
            add_error(form.password, str(error))
        else:
            if current_user.is_authenticated:
                services.end_session(None)
            flash("Your account is ready. Sign in with your email address and new password")
            return redirect(url_for("auth.sign_in"))
    return render_template("auth/accept_invite.html", form=form, invite=invite)
