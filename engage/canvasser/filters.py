"""Filtering and sorting the list of sessions from the query string."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select

from engage.canvasser.models import EngagementSession, SessionStatus

SORTS = {
    "newest": (EngagementSession.held_on.desc(), EngagementSession.created_at.desc()),
    "oldest": (EngagementSession.held_on.asc(), EngagementSession.created_at.asc()),
}


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class SessionFilters:
    group: str = ""
    agency: str = ""
    priority: str = ""
    status: str = ""
    held_from: str = ""
    held_to: str = ""
    sort: str = "newest"

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> SessionFilters:
        sort = args.get("sort", "newest")
        return cls(
            group=args.get("group", ""),
            agency=args.get("agency", ""),
            priority=args.get("priority", ""),
            status=args.get("status", "") if args.get("status") in set(SessionStatus) else "",
            held_from=args.get("from", ""),
            held_to=args.get("to", ""),
            sort=sort if sort in SORTS else "newest",
        )

    @property
    def active(self) -> bool:
        return any(
            [self.group, self.agency, self.priority, self.status, self.held_from, self.held_to]
        )


def apply(
    statement: Select[tuple[EngagementSession]], filters: SessionFilters
) -> Select[tuple[EngagementSession]]:
    if (group := _uuid(filters.group)) is not None:
        statement = statement.where(EngagementSession.group_id == group)
    if (agency := _uuid(filters.agency)) is not None:
        statement = statement.where(EngagementSession.agency_id == agency)
    if (priority := _uuid(filters.priority)) is not None:
        statement = statement.where(EngagementSession.priority_id == priority)
    if filters.status:
        statement = statement.where(EngagementSession.status == filters.status)
    if (held_from := _date(filters.held_from)) is not None:
        statement = statement.where(EngagementSession.held_on >= held_from)
    if (held_to := _date(filters.held_to)) is not None:
        statement = statement.where(EngagementSession.held_on <= held_to)
    return statement.order_by(*SORTS[filters.sort])
