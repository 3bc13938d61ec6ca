"""Who may use each route.

Every view declares its audience with @allow(...) or @public. A before-request hook refuses any
endpoint that declares nothing, and a test walks the URL map to prove each one does, so a new
route cannot be shipped open by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort, current_app, redirect, request, url_for
from flask_login import current_user

from engage.models import User
from engage.roles import ALL_ROLES, Role

F = TypeVar("F", bound=Callable[..., Any])

ACCESS_ATTRIBUTE = "engage_access"
PUBLIC = "public"


def allow(*roles: Role) -> Callable[[F], F]:
    """Signed-in users holding one of `roles` may use the view; others get 403."""
    allowed = frozenset(roles) if roles else ALL_ROLES

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                if request.method == "GET":
                    return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
                abort(401)
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        setattr(wrapped, ACCESS_ATTRIBUTE, allowed)
        return wrapped  # type: ignore[return-value]

    return decorate


def signed_in(view: F) -> F:
    """Any signed-in role."""
    return allow()(view)


def public(view: F) -> F:
    setattr(view, ACCESS_ATTRIBUTE, PUBLIC)
    return view


def declared_access(endpoint: str) -> Any:
    view = current_app.view_functions.get(endpoint)
    return getattr(view, ACCESS_ATTRIBUTE, None) if view is not None else None


def refuse_undeclared_routes() -> None:
    endpoint = request.endpoint
    if endpoint is None or endpoint == "static":
        return
    if declared_access(endpoint) is None:
        current_app.logger.error("route %s declares no access rule; refused", endpoint)
        abort(403)


def current_person() -> User:
    """The signed-in user as a model instance (not Flask-Login's proxy), for services to use."""
    return current_user._get_current_object()  # type: ignore[attr-defined,no-any-return]
