"""Themes, analysis runs, and each comment's priority and theme, with who set them.

What the machine said is kept beside what a person decided, so the board can show how often
people override the engine and the engine can learn from the people.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.canvasser.models import Comment
from engage.database import Base, Timestamped, UTCDateTime, UUIDPrimaryKey, utcnow
from engage.models import User

OTHER = "other"


class ThemeStatus(StrEnum):
    MACHINE = "machine"
    CONFIRMED = "confirmed"
    RENAMED = "renamed"


class Source(StrEnum):
    MACHINE = "machine"
    PERSON = "person"


class RunStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class AnalysisRun(UUIDPrimaryKey, Base):
    __tablename__ = "analysis_runs"

    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    status: Mapped[str] = mapped_column(String(20), default=RunStatus.QUEUED, index=True)
    trigger: Mapped[str] = mapped_column(String(30), default="button")
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    comment_count: Mapped[int] = mapped_column(default=0)
    theme_count: Mapped[int] = mapped_column(default=0)
    labelled_count: Mapped[int] = mapped_column(default=0)
    # Counts and timings only (no comment text): per-priority counts, seconds taken, errors by type.
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    requested_by: Mapped[User | None] = relationship()


class Theme(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "themes"
    __table_args__ = (Index("ix_themes_priority_slug_active", "priority_slug", "active"),)

    priority_slug: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(120))
    machine_label: Mapped[str] = mapped_column(String(120), default="")
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default=ThemeStatus.MACHINE)
    priority_pinned: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    # What the stability matcher needs to recognise this theme in the next run.
    signature: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    representative_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("analysis_runs.id", ondelete="SET NULL"), default=None
    )
    last_run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("analysis_runs.id", ondelete="SET NULL"), default=None
    )
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CommentAnalysis(Base):
    """The current priority and theme of one comment, and what the machine last said."""

    __tablename__ = "comment_analyses"
    __table_args__ = (
        Index("ix_comment_analyses_priority_slug", "priority_slug"),
        Index("ix_comment_analyses_theme_id", "theme_id"),
    )

    comment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True
    )
    priority_slug: Mapped[str] = mapped_column(String(60))
    priority_source: Mapped[str] = mapped_column(String(20), default=Source.MACHINE)
    priority_set_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    machine_priority_slug: Mapped[str] = mapped_column(String(60), default="")
    confidence: Mapped[float] = mapped_column(default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    theme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    theme_source: Mapped[str] = mapped_column(String(20), default=Source.MACHINE)
    theme_set_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    machine_theme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    sentiment: Mapped[float] = mapped_column(default=0.0)
    run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("analysis_runs.id", ondelete="SET NULL"), default=None
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    comment: Mapped[Comment] = relationship()
    theme: Mapped[Theme | None] = relationship(foreign_keys=[theme_id])


class AssignmentChange(UUIDPrimaryKey, Base):
    """History: every change of a comment's priority or theme, by the machine or a person."""

    __tablename__ = "assignment_changes"
    __table_args__ = (Index("ix_assignment_changes_comment_id", "comment_id"),)

    comment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str] = mapped_column(String(120), default="")
    new_value: Mapped[str] = mapped_column(String(120), default="")
    source: Mapped[str] = mapped_column(String(20))
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("analysis_runs.id", ondelete="SET NULL"), default=None
    )
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    changed_by: Mapped[User | None] = relationship()


class ThemeEvent(UUIDPrimaryKey, Base):
    """History of what people did to themes: renames, merges, splits, pins, confirmations."""

    __tablename__ = "theme_events"

    theme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    other_theme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    actor: Mapped[User | None] = relationship()
