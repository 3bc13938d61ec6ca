"""Reference data and accounts: agencies, engagement groups, priorities, users, invites, audit."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.database import Base, Timestamped, UTCDateTime, UUIDPrimaryKey, utcnow
from engage.roles import Role

NAME_MAX = 120
EMAIL_MAX = 254

user_priorities = Table(
    "user_priorities",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
)

user_groups = Table(
    "user_groups",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("engagement_groups.id", ondelete="CASCADE"), primary_key=True),
)


class Agency(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "agencies"

    name: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    active: Mapped[bool] = mapped_column(default=True)

    users: Mapped[list[User]] = relationship(back_populates="agency")


AGENCY_KINDS: dict[str, str] = {
    "council": "Local authority",
    "health": "Health",
    "police": "Police",
    "school": "School or college",
    "youth": "Youth service",
    "voluntary": "Voluntary sector",
    "other": "Other",
}


class EngagementGroup(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "engagement_groups"

    name: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


class Priority(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "priorities"

    slug: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    chair_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    young_scrutineer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )

    chair: Mapped[User | None] = relationship(foreign_keys=[chair_id])
    young_scrutineer: Mapped[User | None] = relationship(foreign_keys=[young_scrutineer_id])


class User(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "users"

    email: Mapped[str] = mapped_column(String(EMAIL_MAX), unique=True)
    display_name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(40))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="SET NULL"), default=None
    )
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    failed_login_count: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Rotated on sign-out, password change and deactivation: part of the login id, so a copied
    # cookie stops working the moment it changes.
    session_token: Mapped[str] = mapped_column(String(64))
    totp_secret: Mapped[str | None] = mapped_column(String(64), default=None)
    # The last time-step accepted, so a code seen over someone's shoulder cannot be replayed.
    totp_last_step: Mapped[int | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Young Scrutineers: the end of their paid term; afterwards the account is read-only.
    term_ends_on: Mapped[date | None] = mapped_column(default=None)
    show_name: Mapped[bool] = mapped_column(default=False)
    email_notifications: Mapped[bool] = mapped_column(default=True)

    agency: Mapped[Agency | None] = relationship(back_populates="users")
    priorities: Mapped[list[Priority]] = relationship(
        secondary=user_priorities, order_by="Priority.position"
    )
    groups: Mapped[list[EngagementGroup]] = relationship(
        secondary=user_groups, order_by="EngagementGroup.name"
    )

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    # Flask-Login's user protocol, written out so the model needs no Flask import.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    def has_role(self, *roles: Role | str) -> bool:
        return self.role in {str(role) for role in roles}


class Invite(UUIDPrimaryKey, Timestamped, Base):
    __tablename__ = "invites"

    email: Mapped[str] = mapped_column(String(EMAIL_MAX))
    display_name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(40))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="SET NULL"), default=None
    )
    priority_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    group_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Only a hash is stored: the link itself is shown once to the coordinator and e-mailed.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )

    agency: Mapped[Agency | None] = relationship()
    invited_by: Mapped[User | None] = relationship(foreign_keys=[invited_by_id])

    @property
    def status(self) -> str:
        if self.used_at is not None:
            return "used"
        if self.revoked_at is not None:
            return "withdrawn"
        if self.expires_at <= utcnow():
            return "expired"
        return "open"


class AuditEvent(UUIDPrimaryKey, Base):
    """Append-only: database triggers refuse UPDATE and DELETE (see migration 0001)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_occurred_at", "occurred_at"),)

    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    actor_role: Mapped[str | None] = mapped_column(String(40), default=None)
    action: Mapped[str] = mapped_column(String(60), index=True)
    object_type: Mapped[str | None] = mapped_column(String(40), default=None)
    object_id: Mapped[str | None] = mapped_column(String(64), default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Notification(UUIDPrimaryKey, Base):
    """In-app messages; the body is built by the app from ids, never from comment text."""

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_id_read_at", "user_id", "read_at"),
        UniqueConstraint("user_id", "dedupe_key"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(300), default="")
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Stops a repeated job (the hourly tick) from sending the same reminder twice.
    dedupe_key: Mapped[str | None] = mapped_column(String(120), default=None)


class PartnershipSetting(Base):
    """Small partnership-wide settings the coordinator can change without a deploy."""

    __tablename__ = "partnership_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
