"""How long the theme report takes on 100,000 comments, end to end: CSV, Excel and Word.

Builds 100,000 eligible comments (submitted sessions, analysed into 40 themes over a year) in a
scratch SQLite database, and in PostgreSQL too when TEST_DATABASE_URL is set, then times each
export through the app's own code. Prints the figures with the date; the README quotes them.

    .venv/bin/python benchmarks/reports_bench.py [--comments 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from engage import create_app, database  # noqa: E402
from engage.canvasser.models import Comment, EngagementSession  # noqa: E402
from engage.database import utcnow  # noqa: E402
from engage.migrate import upgrade  # noqa: E402
from engage.models import Agency, EngagementGroup  # noqa: E402
from engage.reports import tables, theme_exports, theme_report, xlsx_export  # noqa: E402
from engage.reports.csv_export import stream  # noqa: E402
from engage.reports.periods import Period  # noqa: E402
from engage.themes.models import CommentAnalysis, Theme  # noqa: E402
from tests.conftest import base_settings, postgres_schema_url  # noqa: E402

THEMES = 40
PER_SESSION = 20
SLUGS = ["domestic-abuse", "online-safety", "exploitation", "other"]


def seed(comments: int) -> None:
    session = database.session
    rng = random.Random(6)
    agency = Agency(name="Benchmark agency", kind="youth")
    session.add(agency)
    session.flush()
    groups = list(session.scalars(select(EngagementGroup)))
    themes = [
        Theme(priority_slug=SLUGS[n % 4], label=f"Theme {n}", keywords=["word"])
        for n in range(THEMES)
    ]
    session.add_all(themes)
    session.flush()
    today = date.today()
    sessions, rows, analyses = [], [], []
    for index in range(comments // PER_SESSION):
        session_id = uuid.uuid4()
        sessions.append(
            {
                "id": session_id,
                "group_id": rng.choice(groups).id,
                "agency_id": agency.id,
                "held_on": today - timedelta(days=rng.randrange(365)),
                "status": "submitted",
                "submitted_at": utcnow(),
                "submission_key": uuid.uuid4().hex,
                "format": "in_person",
                "under_11": 0,
                "age_11_13": rng.randrange(6),
                "age_14_15": rng.randrange(8),
                "age_16_17": rng.randrange(8),
                "age_18_25": rng.randrange(3),
                "questions": "",
                "consent_method": "verbal",
                "consent_detail": "",
                "sub_group": "",
                "version": 1,
                "created_at": utcnow(),
                "updated_at": utcnow(),
            }
        )
        for position in range(PER_SESSION):
            comment_id = uuid.uuid4()
            theme = themes[min(int(rng.expovariate(0.12)), THEMES - 1)]
            rows.append(
                {
                    "id": comment_id,
                    "session_id": session_id,
                    "position": position,
                    "text": f"comment {index}-{position} about things",
                    "kind": "quote",
                    "removed_kinds": [],
                    "removed_by_hand": 0,
                    "withheld": False,
                    "screening_level": "none",
                    "screening_reasons": [],
                    "created_at": utcnow(),
                    "updated_at": utcnow(),
                }
            )
            analyses.append(
                {
                    "comment_id": comment_id,
                    "priority_slug": theme.priority_slug,
                    "priority_source": "machine",
                    "machine_priority_slug": theme.priority_slug,
                    "confidence": 0.9,
                    "reasons": [],
                    "theme_id": theme.id,
                    "theme_source": "machine",
                    "sentiment": rng.uniform(-1, 1),
                    "updated_at": utcnow(),
                }
            )
        if len(rows) >= 20000:
            _flush(sessions, rows, analyses)
    _flush(sessions, rows, analyses)
    session.commit()


def _flush(sessions: list, rows: list, analyses: list) -> None:
    if sessions:
        database.session.execute(insert(EngagementSession), sessions)
    if rows:
        database.session.execute(insert(Comment), rows)
        database.session.execute(insert(CommentAnalysis), analyses)
    sessions.clear(), rows.clear(), analyses.clear()


def timed(label: str, work) -> float:  # noqa: ANN001
    started = time.perf_counter()
    size = work()
    seconds = time.perf_counter() - started
    print(f"  {label:<28} {seconds:6.2f} s  ({size:,} bytes)")
    return seconds


def run(url: str, name: str, comments: int) -> None:
    upgrade(url)
    app = create_app(base_settings(url))
    with app.app_context():
        started = time.perf_counter()
        seed(comments)
        print(f"{name}: {comments:,} comments seeded in {time.perf_counter() - started:.1f} s")
        period = Period(date.today() - timedelta(days=364), date.today())

        def csv_export() -> int:
            report = theme_report.build("all", period, 5)
            return sum(
                len(chunk) for chunk in stream(tables.long_rows(tables.theme_report_tables(report)))
            )

        def xlsx() -> int:
            report = theme_report.build("all", period, 5)
            return len(xlsx_export.write(tables.theme_report_tables(report)).read())

        def docx() -> int:
            return len(theme_exports.docx(theme_report.build("all", period, 5)))

        for label, work in (
            ("theme report, CSV", csv_export),
            ("theme report, Excel", xlsx),
            ("theme report, Word", docx),
        ):
            timed(label, work)
        database.session.remove()


def main() -> None:
    import os

    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=100_000)
    options = parser.parse_args()
    print(
        f"Reports benchmark, {date.today().isoformat()}: all priorities, "
        "a 12-month period, end to end"
    )
    with tempfile.TemporaryDirectory() as directory:
        run(f"sqlite:///{directory}/bench.db", "SQLite", options.comments)
    if os.environ.get("TEST_DATABASE_URL"):
        run(postgres_schema_url("reports_bench"), "PostgreSQL", options.comments)


if __name__ == "__main__":
    main()
