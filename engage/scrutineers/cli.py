"""`flask --app wsgi scrutiny tick`: reminders, escalations and handovers, safe to run hourly."""

from __future__ import annotations

from datetime import date, datetime

import click
from flask import Flask
from flask.cli import AppGroup

from engage import database

# An AppGroup runs its commands inside the app context, from `flask` and from test runners alike.
scrutiny_group = AppGroup("scrutiny", help="Young Scrutineers' challenges.")


@scrutiny_group.command(
    "tick",
    help="Send due reminders and escalations. Idempotent: run it every hour from cron.",
)
@click.option(
    "--today",
    "today_text",
    default=None,
    metavar="YYYY-MM-DD",
    help="Act as if it were this date (for tests and rehearsals). Defaults to today in London.",
)
def tick(today_text: str | None) -> None:
    from engage.scrutineers.escalation import tick as run_tick

    today: date | None = None
    if today_text:
        try:
            today = datetime.strptime(today_text, "%Y-%m-%d").date()
        except ValueError as error:
            raise click.BadParameter("use the form 2026-12-01", param_hint="--today") from error
    try:
        result = run_tick(today)
        database.session.commit()
    except Exception:
        database.session.rollback()
        raise
    click.echo(f"Scrutiny tick done: {result.describe()}.")


def register(app: Flask) -> None:
    app.cli.add_command(scrutiny_group)
