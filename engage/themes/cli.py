"""`flask --app wsgi themes rebuild`: analyse every eligible comment now, with progress."""

from __future__ import annotations

import click
from flask import Flask

from engage import database
from engage.themes import jobs
from engage.themes.models import AnalysisRun

STAGES = 6


@click.group("themes", help="The theme engine.")
def themes_group() -> None:
    pass


@themes_group.command("rebuild", help="Analyse every submitted comment again, now.")
def rebuild() -> None:
    run = jobs.queued_run() or AnalysisRun(trigger="command")
    database.session.add(run)
    database.session.flush()
    with click.progressbar(length=STAGES, label="Analysing", show_eta=False) as bar:
        stage = {"name": ""}

        def progress(name: str) -> None:
            stage["name"] = name
            bar.label = name
            bar.update(1)

        finished = jobs.claim_and_run(run.id, progress)
    database.session.commit()
    if finished is None or finished.status != "done":
        raise click.ClickException("The analysis did not finish. See the log for the reason.")
    click.echo(
        f"Analysed {finished.comment_count} comments into {finished.theme_count} themes "
        f"in {finished.figures.get('seconds')} seconds "
        f"({finished.labelled_count} confirmed by people were learned from)."
    )


def register(app: Flask) -> None:
    app.cli.add_command(themes_group)
