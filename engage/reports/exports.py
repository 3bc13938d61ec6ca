"""Sending an export: the audit event (who, what, which filters, how many rows) and the response.

CSV streams from a generator; Excel comes from a temporary file written in write-only mode; Word is
built in memory (its size is bounded by the number of themes, not comments).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from flask import Response, send_file, stream_with_context
from sqlalchemy.exc import OperationalError

from engage import audit, database
from engage.models import User
from engage.reports import csv_export

MIME = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


WRITE_ATTEMPTS = 8


def record(user: User, report: str, file_format: str, filters: dict[str, Any], rows: int) -> None:
    """Audits the export. On SQLite two exports at once can each hold a read lock that the other's
    write waits for; SQLite then refuses one write at once rather than deadlock. That request
    starts its transaction again, with the write first, after a short pause."""
    details = {"format": file_format, "rows": rows, **filters}
    user_id, role = user.id, user.role
    for attempt in range(WRITE_ATTEMPTS):
        try:
            audit.record("report_exported", user, "report", report, details)
            database.session.flush()
            return
        except OperationalError:
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            database.session.rollback()
            time.sleep(0.05 * (attempt + 1))
            user = database.session.get(User, user_id) or user
            assert user.role == role


def filename(report: str, file_format: str, day: date) -> str:
    return f"engage-{report}-{day.isoformat()}.{file_format}"


def csv_response(rows: Iterable[Iterable[Any]], name: str) -> Response:
    response = Response(stream_with_context(csv_export.stream(rows)), mimetype="text/csv")
    response.headers["Content-Type"] = MIME["csv"]
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def file_response(content: bytes | IO[bytes], file_format: str, name: str) -> Response:
    import io

    handle = io.BytesIO(content) if isinstance(content, bytes) else content
    return send_file(handle, mimetype=MIME[file_format], as_attachment=True, download_name=name)
