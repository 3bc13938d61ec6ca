"""The blueprint every scrutiny page hangs off, and the small helpers the views share."""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, abort
from werkzeug.wrappers import Response

from engage.access import allow, current_person
from engage.forms import add_error
from engage.roles import Role
from engage.scrutineers import calendar, permissions
from engage.scrutineers.models import Challenge
from engage.scrutineers.states import ChallengeError

bp = Blueprint("scrutiny", __name__)
Page = str | Response

everyone_involved = allow(
    Role.YOUNG_SCRUTINEER,
    Role.CHAIR,
    Role.INDEPENDENT_SCRUTINEER,
    Role.COORDINATOR,
    Role.EXECUTIVE,
)
scrutineer_only = allow(Role.YOUNG_SCRUTINEER)
chair_only = allow(Role.CHAIR)
chair_or_coordinator = allow(Role.CHAIR, Role.COORDINATOR)
coordinator_only = allow(Role.COORDINATOR)
oversight_only = allow(Role.INDEPENDENT_SCRUTINEER, Role.COORDINATOR)
dashboards = allow(Role.INDEPENDENT_SCRUTINEER, Role.COORDINATOR, Role.EXECUTIVE)


me = current_person


def today() -> date:
    return calendar.london_today()


def challenge_or_404(challenge_id: str) -> Challenge:
    found = permissions.find(me(), challenge_id)
    if found is None:
        abort(404)
    return found


def show_error(form: Any, error: ChallengeError, fallback: str) -> None:
    """Puts a service's refusal against the field it concerns, so the error summary links to it."""
    target: Any = form
    for part in (error.field or fallback).split("-"):
        if part.isdigit() and hasattr(target, "entries"):
            index = int(part)
            target = target.entries[index].form if index < len(target.entries) else None
        else:
            target = getattr(target, part, None)
        if target is None:
            break
    if target is None or not hasattr(target, "errors"):
        target = getattr(form, fallback)
    add_error(target, str(error))
