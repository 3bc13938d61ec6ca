"""CSV exports, streamed a row at a time (a generator response), every cell escaped."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from engage.reports import cells

BOM = "\ufeff"  # so Excel opens the file as UTF-8 and keeps every script and emoji


def stream(rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    yield BOM
    for row in rows:
        writer.writerow([cells.text(value) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate(0)
