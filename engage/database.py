"""SQLAlchemy engine, session and declarative base shared by every feature package.

One scoped session per request; the app factory commits it once after a successful request and
rolls it back otherwise, so views and services never half-save.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, scoped_session
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on SQLite and PostgreSQL alike.

    SQLite drops the offset, so values are normalised to UTC on the way in and re-labelled UTC
    on the way out; comparisons in Python then never mix naive and aware values.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use engage.database.utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UUIDPrimaryKey:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


_fallback_bind: dict[str, Any] = {}


def _new_session() -> Session:
    """A session bound to the current app's database (or, in tests, its open transaction).

    Reading the bind from the app, not a module global, lets a test process hold several apps
    at once (the integration app and a browser test's live server).
    """
    from flask import current_app, has_app_context

    if has_app_context():
        bind = current_app.extensions["engage_bind"]
        mode = current_app.extensions.get("engage_join_mode", "conditional_savepoint")
    else:
        bind = _fallback_bind["engine"]
        mode = _fallback_bind.get("mode", "conditional_savepoint")
    return Session(bind=bind, expire_on_commit=False, join_transaction_mode=mode)


session = scoped_session(_new_session)


def _make_sqlite_transactional(engine: Engine) -> None:
    """Let SQLAlchemy, not pysqlite, issue BEGIN, so SAVEPOINTs behave as on PostgreSQL."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Readers never wait for a writer (the background analysis, two downloads at once).
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        engine = create_engine(
            database_url, connect_args={"check_same_thread": False}, hide_parameters=True
        )
        _make_sqlite_transactional(engine)
        return engine
    # hide_parameters keeps bound values (comment text among them) out of error messages.
    return create_engine(database_url, pool_pre_ping=True, hide_parameters=True)


def use_engine_outside_app(engine: Engine) -> None:
    """For scripts and benchmarks that use the models without a Flask app."""
    session.remove()
    _fallback_bind["engine"] = engine


def get_or_404(model: type[Any], key: str | uuid.UUID) -> Any:
    """Fetch by id from a URL; a malformed id is simply not found, never a server error."""
    from flask import abort  # the engines import this module too; keep Flask out of their path

    if not isinstance(key, uuid.UUID):
        try:
            key = uuid.UUID(str(key))
        except ValueError:
            abort(404)
    record = session.get(model, key)
    if record is None:
        abort(404)
    return record
