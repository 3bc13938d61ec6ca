"""Challenges Young Scrutineers put to priority groups, and everything that hangs off them.

A challenge is raised by a Young Scrutineer, answered by the priority's chair (with actions when the
answer commits to doing something), and judged by the scrutineer. Actions are the "we did" half of
"you said, we did": they can be found by priority (``ChallengeAction.priority_id``) and by theme
(through the themes the challenge cites as evidence).

Free text written here (titles, questions, answers, messages, notes) never goes into an audit event
or a notification: those carry ids, numbers and fixed wording only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.canvasser.models import Comment
from engage.database import Base, Timestamped, UTCDateTime, UUIDPrimaryKey, utcnow
from engage.models import Agency, Priority, User
from engage.themes.models import Theme

TITLE_MAX = 120
QUESTION_MAX = 5000
ANSWER_MAX = 15000
MESSAGE_MAX = 2000
REASON_MAX = 2000
ACTION_MAX = 500
NOTE_MAX = 4000


class ChallengeStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ANSWERED = "answered"
    JUDGED = "judged"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


OPEN_STATUSES = frozenset({ChallengeStatus.SUBMITTED, ChallengeStatus.ANSWERED})


class VerdictOutcome(StrEnum):
    ANSWERED = "answered"
    PARTLY = "partly"
    NOT_ANSWERED = "not_answered"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"


class EvidenceKind(StrEnum):
    THEME = "theme"
    COMMENT = "comment"
    RESPONSE = "response"
    ACTION = "action"


class DeadlineStage(StrEnum):
    REMINDER_5 = "reminder_5"
    REMINDER_1 = "reminder_1"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    LONG_OVERDUE = "long_overdue"


ESCALATION_STAGES = frozenset({DeadlineStage.OVERDUE, DeadlineStage.LONG_OVERDUE})


class DataRequestKind(StrEnum):
    CORRECTION = "correction"
    DELETION = "deletion"
    WORRY = "worry"


class Challenge(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "challenges"
    __table_args__ = (
        Index("ix_challenges_priority_id_status", "priority_id", "status"),
        Index("ix_challenges_status_due_on", "status", "due_on"),
    )

    # A short number people can say out loud ("challenge 12"), and put in notifications instead
    # of the title, which is a young person's own words.
    number: Mapped[int] = mapped_column(unique=True)
    priority_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("priorities.id"))
    raised_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    # Who follows and judges it now: the raiser until their term ends, then their successor.
    scrutineer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None, index=True
    )
    # The chair who must answer: the priority's chair when it was sent, unless reassigned.
    chair_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None, index=True
    )
    follow_up_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("challenges.id", ondelete="SET NULL"), default=None
    )
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    question: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ChallengeStatus.DRAFT)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Dates in the partnership's own (London) calendar, as the deadline rules count them.
    submitted_on: Mapped[date | None] = mapped_column(default=None)
    due_on: Mapped[date | None] = mapped_column(default=None)
    extended_due_on: Mapped[date | None] = mapped_column(default=None)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    answered_on: Mapped[date | None] = mapped_column(default=None)
    judged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    version: Mapped[int] = mapped_column(default=1)

    priority: Mapped[Priority] = relationship()
    raised_by: Mapped[User | None] = relationship(foreign_keys=[raised_by_id])
    scrutineer: Mapped[User | None] = relationship(foreign_keys=[scrutineer_id])
    chair: Mapped[User | None] = relationship(foreign_keys=[chair_id])
    follow_up_of: Mapped[Challenge | None] = relationship(remote_side="Challenge.id")
    evidence: Mapped[list[ChallengeEvidence]] = relationship(
        back_populates="challenge", cascade="all, delete-orphan", order_by="ChallengeEvidence.kind"
    )
    response: Mapped[ChallengeResponse | None] = relationship(
        back_populates="challenge", cascade="all, delete-orphan", uselist=False
    )
    verdict: Mapped[Verdict | None] = relationship(
        back_populates="challenge", cascade="all, delete-orphan", uselist=False
    )
    actions: Mapped[list[ChallengeAction]] = relationship(
        back_populates="challenge", cascade="all, delete-orphan", order_by="ChallengeAction.due_on"
    )
    messages: Mapped[list[ChallengeMessage]] = relationship(
        back_populates="challenge",
        cascade="all, delete-orphan",
        order_by="ChallengeMessage.created_at",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def effective_due_on(self) -> date | None:
        """The date an answer is due by: the extended date when the coordinator gave more time."""
        return self.extended_due_on or self.due_on

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class ChallengeEvidence(UUIDPrimaryKey, Base):
    """One thing a challenge rests on: a theme, a quote, or a chair's earlier answer or action."""

    __tablename__ = "challenge_evidence"
    __table_args__ = (
        Index("ix_challenge_evidence_theme_id", "theme_id"),
        CheckConstraint(
            " + ".join(
                f"CASE WHEN {column} IS NULL THEN 0 ELSE 1 END"
                for column in ("theme_id", "comment_id", "response_id", "action_id")
            )
            + " <= 1",
            name="one_target",
        ),
    )

    challenge_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenges.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    theme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    comment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), default=None
    )
    response_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("challenge_responses.id", ondelete="CASCADE"), default=None
    )
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("challenge_actions.id", ondelete="CASCADE"), default=None
    )
    # The theme's name when it was cited, so the record still reads if the theme is merged away.
    label: Mapped[str] = mapped_column(String(200), default="")

    challenge: Mapped[Challenge] = relationship(back_populates="evidence")
    theme: Mapped[Theme | None] = relationship()
    comment: Mapped[Comment | None] = relationship()
    response: Mapped[ChallengeResponse | None] = relationship()
    action: Mapped[ChallengeAction | None] = relationship()


class ChallengeResponse(UUIDPrimaryKey, Base):
    """A chair's answer. ``body_html`` has been through ``engage.sanitise.sanitise_rich_text``."""

    __tablename__ = "challenge_responses"

    challenge_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenges.id", ondelete="CASCADE"), unique=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    challenge: Mapped[Challenge] = relationship(back_populates="response")
    author: Mapped[User | None] = relationship()


class ChallengeAction(UUIDPrimaryKey, Timestamped, Base):
    """Something a chair's answer commits an agency to do, by a date: the "we did" half."""

    __tablename__ = "challenge_actions"
    __table_args__ = (Index("ix_challenge_actions_priority_id_status", "priority_id", "status"),)

    challenge_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenges.id", ondelete="CASCADE"), index=True
    )
    response_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenge_responses.id", ondelete="CASCADE")
    )
    # Copied from the challenge so "what did this priority do" needs no join.
    priority_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("priorities.id"))
    description: Mapped[str] = mapped_column(String(ACTION_MAX))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="SET NULL"), default=None
    )
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.PLANNED)
    completed_on: Mapped[date | None] = mapped_column(default=None)

    challenge: Mapped[Challenge] = relationship(back_populates="actions")
    response: Mapped[ChallengeResponse] = relationship()
    agency: Mapped[Agency | None] = relationship()
    priority: Mapped[Priority] = relationship()
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionUpdate.created_at"
    )


class ActionUpdate(UUIDPrimaryKey, Base):
    __tablename__ = "challenge_action_updates"

    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenge_actions.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    action: Mapped[ChallengeAction] = relationship(back_populates="updates")
    author: Mapped[User | None] = relationship()


class Verdict(UUIDPrimaryKey, Base):
    """The Young Scrutineer's judgement of the answer."""

    __tablename__ = "challenge_verdicts"

    challenge_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenges.id", ondelete="CASCADE"), unique=True
    )
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    judged_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    challenge: Mapped[Challenge] = relationship(back_populates="verdict")
    judged_by: Mapped[User | None] = relationship()


class ChallengeMessage(UUIDPrimaryKey, Base):
    """The discussion on a challenge: the only place a young person and an adult exchange words,
    always readable by the Independent Scrutineer and the coordinator."""

    __tablename__ = "challenge_messages"

    challenge_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("challenges.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    challenge: Mapped[Challenge] = relationship(back_populates="messages")
    author: Mapped[User | None] = relationship()


class MentorNote(UUIDPrimaryKey, Base):
    """The Independent Scrutineer's notes about mentoring one scrutineer.

    Shown in the app to the Independent Scrutineer and the coordinator only. They are data about
    the young person, so they are in that person's "My data" download (the right of access).
    """

    __tablename__ = "mentor_notes"

    scrutineer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    challenge_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("challenges.id", ondelete="SET NULL"), default=None
    )
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    challenge: Mapped[Challenge | None] = relationship()


class ReplyTemplate(UUIDPrimaryKey, Timestamped, Base):
    """A starting point for a chair's answer, kept per priority."""

    __tablename__ = "reply_templates"
    __table_args__ = (UniqueConstraint("priority_id", "title"),)

    priority_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("priorities.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    body: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )

    priority: Mapped[Priority] = relationship()


class ClosureDay(UUIDPrimaryKey, Base):
    """A day the partnership is closed (the office closure at Christmas): not a working day."""

    __tablename__ = "closure_days"

    day: Mapped[date] = mapped_column(unique=True)
    label: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DeadlineEvent(UUIDPrimaryKey, Base):
    """A reminder or escalation the hourly tick has sent.

    Unique per challenge, stage and due date, so two ticks running at once cannot both send one,
    and an extended deadline (a new due date) earns its own reminders.
    """

    __tablename__ = "challenge_deadline_events"
    __table_args__ = (
        UniqueConstraint("challenge_id", "stage", "due_on"),
        Index("ix_challenge_deadline_events_stage_occurred_at", "stage", "occurred_at"),
    )

    challenge_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date]
    occurred_on: Mapped[date]
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    challenge: Mapped[Challenge] = relationship()


class DataRequest(UUIDPrimaryKey, Base):
    """A young person's request about their own data, or a worry they report."""

    __tablename__ = "data_requests"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    details: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None, index=True)
    handled_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    handled_by: Mapped[User | None] = relationship(foreign_keys=[handled_by_id])
