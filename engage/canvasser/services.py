"""Recording sessions and comments, safeguarded at the door.

Every comment passes clean_text, then redact() and screen() before it touches the session: the
text a partner typed is never stored, logged or put in an audit event. A comment the screening
flags is withheld at once and a case opened for the safeguarding lead, even while the session is
still a draft, so a disclosure never waits for the partner to press submit.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, func, select

from engage import audit, database
from engage.canvasser.models import (
    AGE_BANDS,
    COMMENT_MAX,
    COMMENTS_PER_SESSION,
    Comment,
    CommentKind,
    EngagementSession,
    SessionFormat,
    SessionStatus,
)
from engage.database import utcnow
from engage.models import EngagementGroup, Priority, User
from engage.roles import Role
from engage.safeguarding import redact, screen
from engage.safeguarding import services as safeguarding
from engage.sanitise import clean_text

EDIT_REASONS = {
    "correction": "Correcting a mistake",
    "more_comments": "Adding comments that were missed",
    "more_redaction": "Removing more personal details",
    "consent_withdrawn": "A young person withdrew their consent",
    "recorded_in_error": "Recorded in error",
    "other": "Another reason",
}


class CanvasserError(ValueError):
    """A plain-language reason nothing was saved."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class CommentInput:
    text: str
    kind: str = CommentKind.QUOTE
    priority_hint_id: str = ""


@dataclass(frozen=True)
class SessionDetails:
    group_id: str
    held_on: date
    priority_id: str = ""
    sub_group: str = ""
    format: str = SessionFormat.IN_PERSON
    ages: dict[str, int] = field(default_factory=dict)
    questions: str = ""
    consent_method: str = ""
    consent_detail: str = ""


@dataclass(frozen=True)
class PreparedComment:
    text: str
    removed_kinds: list[str]
    level: str
    reasons: list[str]

    @property
    def withheld(self) -> bool:
        return self.level != "none"


@dataclass
class AddResult:
    added: int = 0
    skipped_empty: int = 0
    withheld: int = 0


def prepare_comment(raw: str) -> PreparedComment:
    """Cleans, redacts and screens one comment. Pure apart from the engines it calls."""
    cleaned = clean_text(raw)
    redaction = redact(cleaned)
    screening = screen(cleaned)
    if not screening.concern:
        # A second look at the redacted text costs little and never lowers the level.
        again = screen(redaction.text)
        if again.concern:
            screening = again
    kinds = sorted({kind for kind, _start, _end in redaction.findings})
    level = screening.level if screening.concern else "none"
    return PreparedComment(redaction.text, kinds, level, list(screening.reasons))


def split_pasted_block(block: str) -> tuple[list[str], int]:
    """One comment per line; returns the comments and how many empty lines were skipped."""
    lines = block.splitlines()
    comments = [line for line in lines if line.strip()]
    return comments, len(lines) - len(comments) if comments else 0


# Reading -----------------------------------------------------------------------------------


def can_edit(user: User, session: EngagementSession) -> bool:
    if session.status == SessionStatus.WITHDRAWN:
        return False
    return user.role == Role.PARTNER and user.agency_id == session.agency_id


def visible_sessions_statement(user: User) -> Select[tuple[EngagementSession]]:
    statement = select(EngagementSession)
    if user.role == Role.COORDINATOR:
        return statement
    if user.role == Role.PARTNER and user.agency_id is not None:
        return statement.where(EngagementSession.agency_id == user.agency_id)
    return statement.where(EngagementSession.id.is_(None))


def find_session(user: User, session_id: str) -> EngagementSession | None:
    """A session this user may see, or None (another agency's id is simply not found)."""
    try:
        key = uuid.UUID(str(session_id))
    except ValueError:
        return None
    return database.session.scalar(
        visible_sessions_statement(user).where(EngagementSession.id == key)
    )


def visible_comments(session: EngagementSession) -> list[Comment]:
    return [comment for comment in session.comments if not comment.withheld]


def withheld_count(session: EngagementSession) -> int:
    return sum(1 for comment in session.comments if comment.withheld)


# Writing -----------------------------------------------------------------------------------


def _priority(priority_id: str) -> Priority | None:
    if not priority_id:
        return None
    try:
        priority = database.session.get(Priority, uuid.UUID(priority_id))
    except ValueError:
        priority = None
    if priority is None or not priority.active:
        raise CanvasserError("Choose a priority from the list", "priority")
    return priority


def _apply_details(session: EngagementSession, details: SessionDetails) -> None:
    try:
        group = database.session.get(EngagementGroup, uuid.UUID(details.group_id))
    except ValueError:
        group = None
    if group is None:
        raise CanvasserError("Choose the engagement group", "group")
    if group.archived and group.id != session.group_id:
        raise CanvasserError("That group is archived. Choose another group", "group")
    if details.held_on > date.today():
        raise CanvasserError("The date of the session must be today or in the past", "held_on")
    if details.format not in set(SessionFormat):
        raise CanvasserError("Choose how the session was held", "format")
    session.group = group
    session.held_on = details.held_on
    session.priority = _priority(details.priority_id)
    session.sub_group = details.sub_group
    session.format = details.format
    for column, _label in AGE_BANDS:
        count = details.ages.get(column, 0)
        if count < 0:
            raise CanvasserError("Numbers of young people cannot be negative", column)
        setattr(session, column, count)
    session.questions = details.questions
    session.consent_method = details.consent_method
    session.consent_detail = details.consent_detail


def record_session(
    partner: User,
    details: SessionDetails,
    comments: Sequence[CommentInput],
    submission_key: str,
) -> tuple[EngagementSession, AddResult]:
    """Creates a draft session with its comments, or returns the one this form already made."""
    if partner.role != Role.PARTNER or partner.agency_id is None:
        raise CanvasserError("Only partners attached to an agency can record sessions")
    existing = database.session.scalar(
        select(EngagementSession).where(EngagementSession.submission_key == submission_key)
    )
    if existing is not None:
        if existing.recorded_by_id != partner.id:
            raise CanvasserError("This form has already been used. Start a new session")
        return existing, AddResult()
    session = EngagementSession(
        agency_id=partner.agency_id, recorded_by=partner, submission_key=submission_key
    )
    _apply_details(session, details)
    database.session.add(session)
    database.session.flush()
    result = add_comments(session, partner, comments)
    audit.record(
        "session_created",
        actor=partner,
        object_type="engagement_session",
        object_id=session.id,
        details={"group_id": session.group_id, "comments": result.added},
    )
    return session, result


def add_comments(
    session: EngagementSession,
    partner: User,
    inputs: Sequence[CommentInput],
    reason: str | None = None,
) -> AddResult:
    result = AddResult()
    kept = [item for item in inputs if item.text.strip()]
    result.skipped_empty = len(inputs) - len(kept)
    if len(session.comments) + len(kept) > COMMENTS_PER_SESSION:
        raise CanvasserError(
            f"A session can have up to {COMMENTS_PER_SESSION} comments. This would make "
            f"{len(session.comments) + len(kept)}. Split them across sessions",
            "comments",
        )
    for item in kept:
        if len(item.text) > COMMENT_MAX:
            raise CanvasserError(
                f"Each comment must be {COMMENT_MAX:,} characters or fewer", "comments"
            )
    position = max((comment.position for comment in session.comments), default=0)
    for item in kept:
        prepared = prepare_comment(item.text)
        if not prepared.text.strip():
            result.skipped_empty += 1
            continue
        position += 1
        comment = Comment(
            session=session,
            position=position,
            text=prepared.text,
            kind=item.kind if item.kind in set(CommentKind) else CommentKind.QUOTE,
            priority_hint=_priority(item.priority_hint_id),
            removed_kinds=prepared.removed_kinds,
            withheld=prepared.withheld,
            screening_level=prepared.level,
            screening_reasons=prepared.reasons,
        )
        database.session.add(comment)
        database.session.flush()
        result.added += 1
        if comment.withheld:
            result.withheld += 1
            safeguarding.open_case(comment, partner)
    if session.status == SessionStatus.SUBMITTED and result.added:
        _record_change(session, partner, reason, "comments_added", {"added": result.added})
    return result


def _record_change(
    session: EngagementSession,
    partner: User,
    reason: str | None,
    action: str,
    extra: dict[str, object] | None = None,
) -> None:
    """Changes after submission carry a reason code into the audit trail."""
    if session.status != SessionStatus.SUBMITTED:
        return
    if reason not in EDIT_REASONS:
        raise CanvasserError("Choose why you are changing a submitted session", "reason")
    audit.record(
        f"submitted_session_{action}",
        actor=partner,
        object_type="engagement_session",
        object_id=session.id,
        details={"reason": reason, **(extra or {})},
    )


def update_details(
    session: EngagementSession, partner: User, details: SessionDetails, reason: str | None = None
) -> None:
    if session.status == SessionStatus.SUBMITTED and reason not in EDIT_REASONS:
        raise CanvasserError("Choose why you are changing a submitted session", "reason")
    _apply_details(session, details)
    _record_change(session, partner, reason, "details_changed")


def editable_comment(session: EngagementSession, comment_id: str) -> Comment | None:
    for comment in session.comments:
        if str(comment.id) == str(comment_id) and not comment.withheld:
            return comment
    return None


def replace_comment_text(
    session: EngagementSession,
    comment: Comment,
    partner: User,
    text: str,
    kind: str,
    priority_hint_id: str,
    reason: str | None = None,
) -> None:
    if session.status == SessionStatus.SUBMITTED and reason not in EDIT_REASONS:
        raise CanvasserError("Choose why you are changing a submitted session", "reason")
    if len(text) > COMMENT_MAX:
        raise CanvasserError(f"The comment must be {COMMENT_MAX:,} characters or fewer", "text")
    prepared = prepare_comment(text)
    if not prepared.text.strip():
        raise CanvasserError("Enter the comment, or delete it instead", "text")
    comment.text = prepared.text
    comment.kind = kind if kind in set(CommentKind) else CommentKind.QUOTE
    comment.priority_hint = _priority(priority_hint_id)
    comment.removed_kinds = sorted(set(comment.removed_kinds) | set(prepared.removed_kinds))
    comment.screening_level = prepared.level
    comment.screening_reasons = prepared.reasons
    if prepared.withheld:
        comment.withheld = True
        safeguarding.open_case(comment, partner)
    _record_change(session, partner, reason, "comment_changed", {"comment_id": comment.id})


def remove_phrase_from_comment(
    session: EngagementSession,
    comment: Comment,
    partner: User,
    phrase: str,
    reason: str | None = None,
) -> None:
    """The partner takes out more by hand. What is removed is gone: nothing can restore it."""
    from engage.safeguarding import remove_phrase

    phrase = clean_text(phrase)
    if not phrase:
        raise CanvasserError("Enter the words to take out", "phrase")
    if phrase.lower() not in comment.text.lower():
        raise CanvasserError("Those words are not in the comment. Copy them exactly", "phrase")
    if session.status == SessionStatus.SUBMITTED and reason not in EDIT_REASONS:
        raise CanvasserError("Choose why you are changing a submitted session", "reason")
    comment.text = remove_phrase(comment.text, phrase)
    comment.removed_by_hand += 1
    _record_change(session, partner, reason, "comment_redacted", {"comment_id": comment.id})
    audit.record(
        "comment_redacted_by_hand",
        actor=partner,
        object_type="comment",
        object_id=comment.id,
    )


def delete_comment(
    session: EngagementSession, comment: Comment, partner: User, reason: str | None = None
) -> None:
    if comment.withheld:
        raise CanvasserError("A comment sent to the safeguarding lead cannot be deleted here")
    if session.status == SessionStatus.SUBMITTED and reason not in EDIT_REASONS:
        raise CanvasserError("Choose why you are changing a submitted session", "reason")
    _record_change(session, partner, reason, "comment_deleted", {"comment_id": comment.id})
    session.comments.remove(comment)


def submit_session(session: EngagementSession, partner: User) -> bool:
    """Returns False when it was already submitted (a second press of the button)."""
    if session.status == SessionStatus.SUBMITTED:
        return False
    if session.status == SessionStatus.WITHDRAWN:
        raise CanvasserError("This session was withdrawn and cannot be submitted")
    if not session.comments:
        raise CanvasserError("Add at least one comment before you submit the session")
    if not session.consent_method:
        raise CanvasserError("Say how consent to record views was obtained", "consent_method")
    session.status = SessionStatus.SUBMITTED
    session.submitted_at = utcnow()
    audit.record(
        "session_submitted",
        actor=partner,
        object_type="engagement_session",
        object_id=session.id,
        details={"comments": len(session.comments), "withheld": withheld_count(session)},
    )
    return True


def withdraw_session(session: EngagementSession, partner: User, reason: str) -> None:
    if session.status == SessionStatus.WITHDRAWN:
        return
    if reason not in EDIT_REASONS:
        raise CanvasserError("Choose why you are withdrawing the session", "reason")
    session.status = SessionStatus.WITHDRAWN
    session.withdrawn_at = utcnow()
    audit.record(
        "session_withdrawn",
        actor=partner,
        object_type="engagement_session",
        object_id=session.id,
        details={"reason": reason},
    )


def session_counts_by_status(user: User) -> dict[str, int]:
    visible = visible_sessions_statement(user).subquery()
    statement = select(visible.c.status, func.count()).group_by(visible.c.status)
    return {status: count for status, count in database.session.execute(statement).all()}
