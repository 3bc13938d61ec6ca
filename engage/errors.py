"""Generic error pages with a reference id, the same for every role and every error."""

from __future__ import annotations

import uuid

from flask import Flask, current_app, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from engage import database

MESSAGES: dict[int, tuple[str, str]] = {
    400: ("There was a problem with your request", "Go back and try again."),
    401: ("You need to sign in", "Sign in to use this page."),
    403: ("You do not have access to this page", "If you think you should, ask the coordinator."),
    404: ("Page not found", "Check the web address, or go back to your home page."),
    405: ("This page cannot be used that way", "Go back and try again."),
    413: ("That file or form is too big", "Send a smaller file, or split the comments up."),
    429: (
        "Too many attempts",
        "You have tried too many times in a short time. Wait a minute and try again.",
    ),
    500: ("Sorry, there is a problem with the service", "Try again later."),
}


def _render(status: int, reference: str | None = None) -> tuple[str, int]:
    title, advice = MESSAGES.get(status, MESSAGES[500])
    return (
        render_template(
            "errors/error.html", status=status, title=title, advice=advice, reference=reference
        ),
        status,
    )


def handle_http_error(error: HTTPException) -> tuple[str, int]:
    status = error.code or 500
    if isinstance(error, CSRFError):
        return render_template("errors/csrf.html"), 400
    return _render(status)


def handle_unexpected_error(error: Exception) -> tuple[str, int]:
    database.session.rollback()
    reference = uuid.uuid4().hex[:12]
    current_app.logger.error("unhandled error, reference %s", reference, exc_info=error)
    return _render(500, reference)


def init_errors(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)
