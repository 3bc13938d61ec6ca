""" "You said, we did" packs: what one engagement group said in a period, and what was done.

The coordinator builds a pack from a generated draft, edits its wording and publishes it; partners
who attend the group then see it. Unpublishing takes it back without losing the wording.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.database import Base, Timestamped, UTCDateTime, UUIDPrimaryKey
from engage.models import EngagementGroup, User

PACK_TITLE_MAX = 120
PACK_TEXT_MAX = 6000


class PackStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class FeedbackPack(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "feedback_packs"
    __table_args__ = (
        # One pack per group and period: pressing "create" twice finds the first one.
        UniqueConstraint("group_id", "period_start", "period_end"),
        Index("ix_feedback_packs_group_id_status", "group_id", "status"),
        CheckConstraint("period_start <= period_end", name="period_in_order"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engagement_groups.id"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    title: Mapped[str] = mapped_column(String(PACK_TITLE_MAX))
    # Plain text, one point a line: what the group said, in easy-read words.
    you_said: Mapped[str] = mapped_column(Text, default="")
    # Limited HTML, always through engage.sanitise.sanitise_rich_text before it is stored.
    we_did_html: Mapped[str] = mapped_column(Text, default="")
    # Plain text, one point a line.
    next_steps: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=PackStatus.DRAFT)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    published_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    version: Mapped[int] = mapped_column(default=1)

    group: Mapped[EngagementGroup] = relationship()
    published_by: Mapped[User | None] = relationship(foreign_keys=[published_by_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def published(self) -> bool:
        return self.status == PackStatus.PUBLISHED
