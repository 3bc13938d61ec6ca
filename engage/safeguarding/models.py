"""The safeguarding lead's record of each withheld comment."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.canvasser.models import Comment
from engage.database import Base, Timestamped, UTCDateTime, UUIDPrimaryKey, utcnow
from engage.models import User


class CaseStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


OUTCOMES = {
    "referred": "Referred to children's social care or the police",
    "already_known": "Already known to services",
    "no_further_action": "No further action",
    "other": "Other",
}


class Decision(StrEnum):
    KEEP_WITHHELD = "keep_withheld"
    RELEASE = "release"


class SafeguardingCase(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "safeguarding_cases"

    comment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), unique=True
    )
    level: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.NEW, index=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    acknowledged_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    outcome: Mapped[str | None] = mapped_column(String(30), default=None)
    # The lead's own record, seen only in the lead's queue.
    note: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20), default=None)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    comment: Mapped[Comment] = relationship()
    acknowledged_by: Mapped[User | None] = relationship(foreign_keys=[acknowledged_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])
