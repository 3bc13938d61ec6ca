"""Inactivity and absolute session timeouts, checked on every request."""

from __future__ import annotations

import time

from flask import redirect, request, session, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from engage.access import current_person
from engage.auth import services

# Polling the timer must not count as activity, or an open tab would never time out.
PASSIVE_ENDPOINTS = frozenset({"static", "auth.session_status"})


def enforce_timeouts() -> Response | None:
    if request.endpoint in {"static"} or not current_user.is_authenticated:
        return None
    settings = services.settings()
    now = time.time()
    idle_limit = settings.idle_timeout_minutes * 60
    absolute_limit = settings.absolute_timeout_hours * 3600
    reason = None
    if now - session.get("seen_at", 0) > idle_limit:
        reason = "idle"
    elif now - session.get("started_at", 0) > absolute_limit:
        reason = "expired"
    if reason is None:
        if request.endpoint not in PASSIVE_ENDPOINTS:
            session["seen_at"] = now
        return None
    services.end_session(
        current_person(),
        reason=f"session_timed_out_{reason}",
    )
    return redirect(url_for("auth.sign_in", reason=reason))
