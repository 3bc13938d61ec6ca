"""The append-only audit trail.

Events carry ids and short codes only. `details` is checked here so that free text (a comment,
a disclosure, a password) can never be written into the trail by mistake.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from engage import database
from engage.models import AuditEvent, User

_SAFE_VALUE = re.compile(r"^[\w\-:.@/ ]{0,80}$")

Detail = str | int | float | bool | None | uuid.UUID


class AuditDetailError(ValueError):
    """Raised when an audit detail looks like free text rather than an id or code."""


def _check_value(key: str, value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, str):
        if not _SAFE_VALUE.match(value):
            raise AuditDetailError(f"audit detail {key!r} is not a short code or id")
        return value
    if isinstance(value, list | tuple):
        return [_check_value(key, item) for item in value][:200]
    raise AuditDetailError(f"audit detail {key!r} has an unsupported type")


def record(
    action: str,
    actor: User | None = None,
    object_type: str | None = None,
    object_id: uuid.UUID | str | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    checked = {key: _check_value(key, value) for key, value in (details or {}).items()}
    event = AuditEvent(
        actor_id=actor.id if actor is not None else None,
        actor_role=actor.role if actor is not None else None,
        action=action,
        object_type=object_type,
        object_id=str(object_id) if object_id is not None else None,
        details=checked,
    )
    database.session.add(event)
    return event
