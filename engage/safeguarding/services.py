"""The safeguarding lead's queue: opening cases, viewing them (audited) and recording outcomes."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import joinedload

from engage import audit, database
from engage.canvasser.models import Comment, EngagementSession
from engage.database import utcnow
from engage.models import User
from engage.notifications.services import notify_role
from engage.roles import Role
from engage.safeguarding.models import OUTCOMES, CaseStatus, Decision, SafeguardingCase


class CaseError(ValueError):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def open_case(comment: Comment, raised_by: User) -> SafeguardingCase:
    existing = database.session.scalar(
        select(SafeguardingCase).where(SafeguardingCase.comment_id == comment.id)
    )
    if existing is not None:
        if comment.screening_level == "urgent" and existing.level != "urgent":
            existing.level = "urgent"
            _alert_leads(existing)
        return existing
    safeguarding_case = SafeguardingCase(comment=comment, level=comment.screening_level)
    database.session.add(safeguarding_case)
    database.session.flush()
    audit.record(
        "comment_withheld",
        actor=raised_by,
        object_type="safeguarding_case",
        object_id=safeguarding_case.id,
        details={"level": safeguarding_case.level, "session_id": comment.session_id},
    )
    if safeguarding_case.level == "urgent":
        _alert_leads(safeguarding_case)
    return safeguarding_case


def _alert_leads(safeguarding_case: SafeguardingCase) -> None:
    # The alert says only that a case exists; its content is seen in the queue, where it is audited.
    notify_role(
        Role.SAFEGUARDING_LEAD,
        kind="safeguarding_urgent",
        title="Urgent: a comment may show a child in danger",
        body="A partner has recorded a comment that screening marked urgent. Open the queue now.",
        # A plain path: alerts are also raised outside a request (imports, the command line).
        link=f"/safeguarding/cases/{safeguarding_case.id}",
        dedupe_key=f"urgent-case-{safeguarding_case.id}",
    )


def queue_statement(status: str = "open") -> Select[tuple[SafeguardingCase]]:
    urgent_first = case((SafeguardingCase.level == "urgent", 0), else_=1)
    statement = (
        select(SafeguardingCase)
        .options(
            joinedload(SafeguardingCase.comment)
            .joinedload(Comment.session)
            .joinedload(EngagementSession.group)
        )
        .order_by(urgent_first, SafeguardingCase.raised_at)
    )
    if status == "open":
        statement = statement.where(SafeguardingCase.status != CaseStatus.CLOSED)
    elif status == "closed":
        statement = statement.where(SafeguardingCase.status == CaseStatus.CLOSED)
    return statement


def open_count() -> int:
    statement = select(func.count()).where(SafeguardingCase.status != CaseStatus.CLOSED)
    return database.session.scalar(statement) or 0


def get_case(case_id: str) -> SafeguardingCase | None:
    try:
        key = uuid.UUID(case_id)
    except ValueError:
        return None
    return database.session.get(SafeguardingCase, key)


def record_view(lead: User, safeguarding_case: SafeguardingCase) -> None:
    audit.record(
        "withheld_comment_viewed",
        actor=lead,
        object_type="safeguarding_case",
        object_id=safeguarding_case.id,
        details={"comment_id": safeguarding_case.comment_id},
    )


def acknowledge(lead: User, safeguarding_case: SafeguardingCase) -> None:
    if safeguarding_case.status != CaseStatus.NEW:
        return
    safeguarding_case.status = CaseStatus.ACKNOWLEDGED
    safeguarding_case.acknowledged_by = lead
    safeguarding_case.acknowledged_at = utcnow()
    audit.record(
        "safeguarding_case_acknowledged",
        actor=lead,
        object_type="safeguarding_case",
        object_id=safeguarding_case.id,
    )


def record_outcome(
    lead: User, safeguarding_case: SafeguardingCase, outcome: str, note: str, decision: str
) -> None:
    if outcome not in OUTCOMES:
        raise CaseError("Choose what was done", "outcome")
    if decision not in set(Decision):
        raise CaseError("Choose whether the comment stays withheld", "decision")
    if outcome == "other" and not note.strip():
        raise CaseError("Say what was done", "note")
    if safeguarding_case.status == CaseStatus.NEW:
        acknowledge(lead, safeguarding_case)
    safeguarding_case.outcome = outcome
    safeguarding_case.note = note
    safeguarding_case.decision = decision
    safeguarding_case.decided_by = lead
    safeguarding_case.decided_at = utcnow()
    safeguarding_case.status = CaseStatus.CLOSED
    # Released only when the lead judges it a general view, not a disclosure.
    safeguarding_case.comment.withheld = decision == Decision.KEEP_WITHHELD
    audit.record(
        "safeguarding_case_decided",
        actor=lead,
        object_type="safeguarding_case",
        object_id=safeguarding_case.id,
        details={"outcome": outcome, "decision": decision},
    )
