"""Analysis runs in the background, so no request waits for the engine.

A run is a row in analysis_runs. Asking for one adds a queued row (or finds the one already
queued); a single worker thread per process claims queued rows with a conditional UPDATE, so two
processes never run the same row. The CLI runs the same code in the foreground.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from flask import Flask, current_app
from sqlalchemy import select, update

from engage import database
from engage.database import utcnow
from engage.models import User
from engage.themes.models import AnalysisRun, RunStatus
from engage.themes.runs import Progress, run_analysis

logger = logging.getLogger(__name__)
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engage-themes")


def queued_run() -> AnalysisRun | None:
    return database.session.scalar(
        select(AnalysisRun)
        .where(AnalysisRun.status == RunStatus.QUEUED)
        .order_by(AnalysisRun.requested_at)
    )


def current_run() -> AnalysisRun | None:
    return database.session.scalar(
        select(AnalysisRun)
        .where(AnalysisRun.status.in_([RunStatus.QUEUED, RunStatus.RUNNING]))
        .order_by(AnalysisRun.requested_at)
    )


def request_analysis(trigger: str, user: User | None = None) -> AnalysisRun:
    run = queued_run()
    if run is None:
        run = AnalysisRun(trigger=trigger, requested_by_id=user.id if user else None)
        database.session.add(run)
        database.session.flush()
    settings = current_app.config["ENGAGE"]
    if not settings.analysis_in_background:
        claim_and_run(run.id)
        return run
    # The worker reads the row from its own connection, so it must be committed first.
    database.session.commit()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    _executor.submit(_work, app, run.id)
    return run


def claim(run_id: object) -> bool:
    claimed = database.session.execute(
        update(AnalysisRun)
        .where(AnalysisRun.id == run_id, AnalysisRun.status == RunStatus.QUEUED)
        .values(status=RunStatus.RUNNING, started_at=utcnow())
    )
    return claimed.rowcount == 1


def claim_and_run(run_id: object, progress: Progress | None = None) -> AnalysisRun | None:
    if not claim(run_id):
        return None
    run = database.session.get(AnalysisRun, run_id)
    assert run is not None
    try:
        # A savepoint, so a failed analysis never undoes the work of the request that asked for it.
        with database.session.begin_nested():
            run_analysis(run, progress)
    except Exception as error:
        run.status = RunStatus.FAILED
        run.finished_at = utcnow()
        run.figures = {"error": type(error).__name__}
        logger.exception("theme analysis run %s failed", run_id)
    return run


def _work(app: Flask, run_id: object) -> None:
    with app.app_context():
        try:
            claim_and_run(run_id)
            database.session.commit()
        finally:
            database.session.remove()
