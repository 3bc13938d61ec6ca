"""Alembic environment: the database address comes from the app's own settings."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from engage.config import Settings
from engage.database import make_engine
from engage.model_registry import load_all_models

target_metadata = load_all_models().metadata


def _database_url() -> str:
    configured = context.config.attributes.get("database_url")
    if configured:
        return configured
    return Settings.from_environment().database_url


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_database_url())
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
