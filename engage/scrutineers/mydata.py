"""A Young Scrutineer's own data: everything held about them as a file, their choices, and their
requests (a correction, a deletion, or a worry they want an adult to know about)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, or_, select

from engage import audit, database
from engage.database import utcnow
from engage.models import AuditEvent, Notification, User
from engage.notifications.services import notify
from engage.roles import Role
from engage.scrutineers import people
from engage.scrutineers.discussion import VERDICT_LABELS
from engage.scrutineers.models import (
    NOTE_MAX,
    Challenge,
    ChallengeMessage,
    DataRequest,
    DataRequestKind,
    MentorNote,
    Verdict,
)
from engage.scrutineers.notices import absolute
from engage.scrutineers.states import ChallengeError

REQUEST_LABELS = {
    DataRequestKind.CORRECTION: "Correct something",
    DataRequestKind.DELETION: "Delete my data",
    DataRequestKind.WORRY: "A worry",
}


def _when(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _challenge(challenge: Challenge) -> dict[str, Any]:
    return {
        "number": challenge.number,
        "priority": challenge.priority.title,
        "title": challenge.title,
        "question": challenge.question,
        "status": challenge.status,
        "sent_on": _when(challenge.submitted_on),
        "due_on": _when(challenge.effective_due_on),
        "answered_on": _when(challenge.answered_on),
        "evidence": [{"kind": item.kind, "label": item.label} for item in challenge.evidence],
    }


def export(user: User) -> dict[str, Any]:
    """Everything the app holds about ``user``, as plain data."""
    mine = database.session.scalars(
        select(Challenge)
        .where(or_(Challenge.raised_by_id == user.id, Challenge.scrutineer_id == user.id))
        .order_by(Challenge.number)
    )
    verdicts = database.session.scalars(select(Verdict).where(Verdict.judged_by_id == user.id))
    messages = database.session.scalars(
        select(ChallengeMessage)
        .where(ChallengeMessage.author_id == user.id)
        .order_by(ChallengeMessage.created_at)
    )
    notes = database.session.scalars(
        select(MentorNote)
        .where(MentorNote.scrutineer_id == user.id)
        .order_by(MentorNote.created_at)
    )
    requests = database.session.scalars(
        select(DataRequest).where(DataRequest.user_id == user.id).order_by(DataRequest.created_at)
    )
    notifications = database.session.scalars(
        select(Notification)
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_at)
    )
    events = database.session.scalars(
        select(AuditEvent).where(AuditEvent.actor_id == user.id).order_by(AuditEvent.occurred_at)
    )
    return {
        "about": "Everything engage holds about you, on the day you downloaded it.",
        "downloaded_at": utcnow().isoformat(),
        "account": {
            "name": user.display_name,
            "email": user.email,
            "role": Role(user.role).label,
            "priorities": [priority.title for priority in people.scrutineer_priorities(user)],
            "term_ends_on": _when(user.term_ends_on),
            "show_my_name": user.show_name,
            "email_notifications": user.email_notifications,
            "account_created": _when(user.created_at),
            "last_signed_in": _when(user.last_login_at),
        },
        "challenges": [_challenge(challenge) for challenge in mine],
        "verdicts": [
            {
                "challenge": verdict.challenge.number,
                "verdict": VERDICT_LABELS.get(verdict.outcome, verdict.outcome),  # type: ignore[call-overload]
                "reason": verdict.reason,
                "given_at": _when(verdict.created_at),
            }
            for verdict in verdicts
        ],
        "messages": [
            {
                "challenge": message.challenge.number,
                "message": message.body,
                "sent_at": _when(message.created_at),
            }
            for message in messages
        ],
        "mentor_notes": [
            {"note": note.body, "written_at": _when(note.created_at)} for note in notes
        ],
        "requests": [
            {
                "kind": REQUEST_LABELS.get(request.kind, request.kind),  # type: ignore[call-overload]
                "details": request.details,
                "made_at": _when(request.created_at),
                "dealt_with_at": _when(request.handled_at),
            }
            for request in requests
        ],
        "notifications": [
            {
                "title": item.title,
                "sent_at": _when(item.created_at),
                "read_at": _when(item.read_at),
            }
            for item in notifications
        ],
        "things_you_did": [
            {"what": event.action, "when": _when(event.occurred_at)} for event in events
        ],
    }


def export_file(user: User) -> tuple[str, bytes]:
    data = export(user)
    audit.record("my_data_downloaded", actor=user, object_type="user", object_id=user.id)
    filename = f"my-engage-data-{utcnow():%Y-%m-%d}.json"
    return filename, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def save_choices(user: User, show_name: bool, email_notifications: bool) -> None:
    user.show_name = show_name
    user.email_notifications = email_notifications
    database.session.flush()
    audit.record(
        "privacy_choices_changed",
        actor=user,
        object_type="user",
        object_id=user.id,
        details={"show_name": show_name, "email_notifications": email_notifications},
    )


def make_request(user: User, kind: str, details: str) -> DataRequest:
    if kind not in REQUEST_LABELS:
        raise ChallengeError("Choose what you want to ask for", "kind")
    if kind != DataRequestKind.DELETION and not details.strip():
        message = (
            "Tell us what is worrying you"
            if kind == DataRequestKind.WORRY
            else "Tell us what is wrong and what it should say"
        )
        raise ChallengeError(message, "details")
    if len(details) > NOTE_MAX:
        raise ChallengeError(f"This must be {NOTE_MAX:,} characters or fewer", "details")
    request = DataRequest(user_id=user.id, kind=kind, details=details)
    database.session.add(request)
    database.session.flush()
    audit.record(
        "data_request_made",
        actor=user,
        object_type="data_request",
        object_id=request.id,
        details={"kind": kind},
    )
    recipients = people.active_people(Role.COORDINATOR)
    if kind == DataRequestKind.WORRY:
        recipients += people.active_people(Role.SAFEGUARDING_LEAD)
        title = "A Young Scrutineer has reported a worry"
        body = "Read it today. If a child is in danger, call 999."
    else:
        title = "A Young Scrutineer has asked about their data"
        body = "Reply within one month, as the law on personal data asks."
    for person in recipients:
        notify(
            person,
            "data_request",
            title,
            body,
            absolute(f"/challenges/requests/{request.id}"),
            f"data-request:{request.id}",
        )
    return request


def requests_statement(viewer: User, status: str) -> Select[tuple[DataRequest]]:
    statement = select(DataRequest).order_by(DataRequest.created_at.desc())
    if viewer.role == Role.SAFEGUARDING_LEAD:
        statement = statement.where(DataRequest.kind == DataRequestKind.WORRY)
    elif viewer.role != Role.COORDINATOR:
        return statement.where(DataRequest.id.is_(None))
    if status == "open":
        statement = statement.where(DataRequest.handled_at.is_(None))
    elif status == "done":
        statement = statement.where(DataRequest.handled_at.is_not(None))
    return statement


def find_request(viewer: User, request_id: str) -> DataRequest | None:
    try:
        key = uuid.UUID(request_id)
    except ValueError:
        return None
    return database.session.scalar(requests_statement(viewer, "all").where(DataRequest.id == key))


def mark_handled(viewer: User, request: DataRequest) -> None:
    if request.handled_at is not None:
        return
    request.handled_at = utcnow()
    request.handled_by_id = viewer.id
    database.session.flush()
    audit.record(
        "data_request_dealt_with",
        actor=viewer,
        object_type="data_request",
        object_id=request.id,
        details={"kind": request.kind},
    )
    if request.kind != DataRequestKind.WORRY:
        notify(
            request.user,
            "data_request",
            "We have dealt with your request about your data",
            "Ask the coordinator if anything is still not right.",
            absolute("/my-data"),
            f"data-request-done:{request.id}",
        )


def record_view(viewer: User, request: DataRequest) -> None:
    audit.record(
        "data_request_viewed",
        actor=viewer,
        object_type="data_request",
        object_id=request.id,
        details={"kind": request.kind},
    )
