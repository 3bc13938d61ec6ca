"""Sessions at engagement groups and the comments recorded at them.

Comment text is only ever stored after redaction (see engage.canvasser.services); there is no
column that could hold what a partner typed before it was safeguarded.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.database import Base, Timestamped, UTCDateTime, UUIDPrimaryKey
from engage.models import Agency, EngagementGroup, Priority, User

COMMENT_MAX = 2000
COMMENTS_PER_SESSION = 300


class SessionStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"


class SessionFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


FORMAT_LABELS = {
    SessionFormat.IN_PERSON: "In person",
    SessionFormat.ONLINE: "Online",
    SessionFormat.HYBRID: "Hybrid (some in person, some online)",
}

# (column, label) in the order the form and reports show them.
AGE_BANDS: list[tuple[str, str]] = [
    ("under_11", "Under 11"),
    ("age_11_13", "11 to 13"),
    ("age_14_15", "14 to 15"),
    ("age_16_17", "16 to 17"),
    ("age_18_25", "18 to 25"),
]

CONSENT_METHODS = {
    "verbal": "Told the group at the start and everyone agreed out loud",
    "written": "Written consent forms",
    "group_agreement": "The group's own ground rules cover it",
    "online_poll": "Agreed in the online chat or a poll",
    "other": "Another way",
}


class CommentKind(StrEnum):
    QUOTE = "quote"
    SUMMARY = "summary"


class EngagementSession(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "engagement_sessions"
    __table_args__ = (
        Index("ix_engagement_sessions_agency_id_held_on", "agency_id", "held_on"),
        CheckConstraint(
            "under_11 >= 0 AND age_11_13 >= 0 AND age_14_15 >= 0 AND age_16_17 >= 0 "
            "AND age_18_25 >= 0",
            name="age_counts_not_negative",
        ),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement_groups.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"))
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    held_on: Mapped[date]
    priority_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("priorities.id", ondelete="SET NULL"), default=None
    )
    sub_group: Mapped[str] = mapped_column(String(120), default="")
    format: Mapped[str] = mapped_column(String(20), default=SessionFormat.IN_PERSON)
    under_11: Mapped[int] = mapped_column(default=0)
    age_11_13: Mapped[int] = mapped_column(default=0)
    age_14_15: Mapped[int] = mapped_column(default=0)
    age_16_17: Mapped[int] = mapped_column(default=0)
    age_18_25: Mapped[int] = mapped_column(default=0)
    questions: Mapped[str] = mapped_column(Text, default="")
    consent_method: Mapped[str] = mapped_column(String(30), default="")
    consent_detail: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default=SessionStatus.DRAFT, index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # One key per form: a second press of the button finds the session the first one made.
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[int] = mapped_column(default=1)

    group: Mapped[EngagementGroup] = relationship()
    agency: Mapped[Agency] = relationship()
    recorded_by: Mapped[User | None] = relationship()
    priority: Mapped[Priority | None] = relationship()
    comments: Mapped[list[Comment]] = relationship(
        back_populates="session", order_by="Comment.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def young_people(self) -> int:
        return sum(getattr(self, column) for column, _ in AGE_BANDS)

    @property
    def age_counts(self) -> dict[str, int]:
        return {column: getattr(self, column) for column, _ in AGE_BANDS}


class Comment(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_session_id_position", "session_id", "position"),)

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("engagement_sessions.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(default=0)
    # Redacted text only: personal details replaced by placeholders such as [NAME].
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default=CommentKind.QUOTE)
    priority_hint_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("priorities.id", ondelete="SET NULL"), default=None
    )
    # What was taken out, by kind only ("NAME", "PHONE"): never the removed text.
    removed_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    removed_by_hand: Mapped[int] = mapped_column(default=0)
    withheld: Mapped[bool] = mapped_column(default=False, index=True)
    screening_level: Mapped[str] = mapped_column(String(20), default="none")
    screening_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)

    session: Mapped[EngagementSession] = relationship(back_populates="comments")
    priority_hint: Mapped[Priority | None] = relationship()
