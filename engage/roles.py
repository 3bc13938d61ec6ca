"""The roles people hold, as DOMAIN.md describes them."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PARTNER = "partner"
    COORDINATOR = "coordinator"
    CHAIR = "chair"
    YOUNG_SCRUTINEER = "young_scrutineer"
    INDEPENDENT_SCRUTINEER = "independent_scrutineer"
    EXECUTIVE = "executive"
    SAFEGUARDING_LEAD = "safeguarding_lead"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.PARTNER: "Partner",
    Role.COORDINATOR: "Coordinator",
    Role.CHAIR: "Priority group chair",
    Role.YOUNG_SCRUTINEER: "Young Scrutineer",
    Role.INDEPENDENT_SCRUTINEER: "Independent Scrutineer",
    Role.EXECUTIVE: "Executive Group member",
    Role.SAFEGUARDING_LEAD: "Safeguarding lead",
}

ALL_ROLES: frozenset[Role] = frozenset(Role)
