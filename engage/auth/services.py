"""Signing in and out, lockout, session tokens and password changes."""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import pyotp
from flask import current_app, session
from flask_login import login_user, logout_user
from sqlalchemy import func, select

from engage import audit, database
from engage.auth.passwords import PasswordService, password_problem
from engage.config import Settings
from engage.database import utcnow
from engage.models import User

PENDING_KEY = "pending_two_factor"


class SignInOutcome(StrEnum):
    OK = "ok"
    INVALID = "invalid"
    LOCKED = "locked"
    TWO_FACTOR = "two_factor"
    TWO_FACTOR_SETUP = "two_factor_setup"


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    user: User | None = None


def settings() -> Settings:
    return current_app.config["ENGAGE"]


def passwords() -> PasswordService:
    return current_app.extensions["engage_passwords"]


def new_session_token() -> str:
    return secrets.token_hex(32)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user_by_email(email: str) -> User | None:
    return database.session.scalar(select(User).where(User.email == normalise_email(email)))


def email_in_use(email: str) -> bool:
    count = database.session.scalar(
        select(func.count()).select_from(User).where(User.email == normalise_email(email))
    )
    return bool(count)


def is_locked(user: User) -> bool:
    return user.locked_until is not None and user.locked_until > utcnow()


def authenticate(email: str, password: str) -> SignInResult:
    user = find_user_by_email(email)
    if user is None or not user.active:
        passwords().verify(passwords().dummy_hash, password)
        audit.record("sign_in_failed", details={"reason": "unknown_or_inactive"})
        return SignInResult(SignInOutcome.INVALID)
    if is_locked(user):
        audit.record("sign_in_refused_locked", actor=user, object_type="user", object_id=user.id)
        return SignInResult(SignInOutcome.LOCKED, user)
    if not passwords().verify(user.password_hash, password):
        _count_failure(user)
        if is_locked(user):
            return SignInResult(SignInOutcome.LOCKED, user)
        return SignInResult(SignInOutcome.INVALID)
    if passwords().needs_rehash(user.password_hash):
        user.password_hash = passwords().hash(password)
    if user.role in settings().two_factor_roles:
        session[PENDING_KEY] = {"user": f"{user.id}:{user.session_token}", "at": time.time()}
        if user.totp_secret is None:
            return SignInResult(SignInOutcome.TWO_FACTOR_SETUP, user)
        return SignInResult(SignInOutcome.TWO_FACTOR, user)
    start_session(user)
    return SignInResult(SignInOutcome.OK, user)


def _count_failure(user: User) -> None:
    user.failed_login_count += 1
    audit.record(
        "sign_in_failed",
        actor=user,
        object_type="user",
        object_id=user.id,
        details={"failures": user.failed_login_count},
    )
    if user.failed_login_count >= settings().lockout_threshold:
        user.locked_until = utcnow() + timedelta(minutes=settings().lockout_minutes)
        user.failed_login_count = 0
        audit.record("account_locked", actor=user, object_type="user", object_id=user.id)


def pending_two_factor_user() -> User | None:
    pending = session.get(PENDING_KEY)
    if not pending or time.time() - pending.get("at", 0) > 600:
        return None
    user_id, _, token = str(pending.get("user", "")).partition(":")
    user = load_user_by_login_id(f"{user_id}:{token}")
    return user


def verify_totp(user: User, code: str, secret: str | None = None) -> bool:
    secret = secret or user.totp_secret
    if not secret:
        return False
    code = "".join(code.split())
    totp = pyotp.TOTP(secret)
    now = time.time()
    for drift in (-1, 0, 1):
        at = now + drift * totp.interval
        step = totp.timecode(datetime.fromtimestamp(at, tz=UTC))
        if secrets.compare_digest(totp.at(at), code) and (
            user.totp_last_step is None or step > user.totp_last_step
        ):
            user.totp_last_step = step
            return True
    return False


def complete_two_factor(user: User) -> None:
    session.pop(PENDING_KEY, None)
    start_session(user)


def start_session(user: User) -> None:
    session.clear()
    user.failed_login_count = 0
    user.locked_until = None
    user.last_login_at = utcnow()
    login_user(user)
    now = time.time()
    session["started_at"] = now
    session["seen_at"] = now
    session.permanent = True
    audit.record("sign_in", actor=user, object_type="user", object_id=user.id)


def end_session(user: User | None, reason: str = "sign_out") -> None:
    if user is not None:
        user.session_token = new_session_token()
        audit.record(reason, actor=user, object_type="user", object_id=user.id)
    logout_user()
    session.clear()


def load_user_by_login_id(login_id: str) -> User | None:
    user_id, _, token = login_id.partition(":")
    if not token:
        return None
    try:
        key = uuid.UUID(user_id)
    except ValueError:
        return None
    user = database.session.get(User, key)
    if user is None or not user.active:
        return None
    if not secrets.compare_digest(user.session_token, token):
        return None
    return user


def change_password(user: User, current: str, new: str) -> str | None:
    """Returns a message for the form, or None when the password was changed."""
    if not passwords().verify(user.password_hash, current):
        return "Your current password is not right"
    problem = password_problem(new, user.email, user.display_name)
    if problem:
        return problem
    if passwords().verify(user.password_hash, new):
        return "Your new password must be different from your current password"
    user.password_hash = passwords().hash(new)
    user.password_changed_at = utcnow()
    user.session_token = new_session_token()
    audit.record("password_changed", actor=user, object_type="user", object_id=user.id)
    # The rotated token signs every other browser out; this one carries on with the new id.
    login_user(user)
    return None
