"""Cells on their way into a spreadsheet: made safe from formula injection.

Every CSV and Excel writer in engage.reports passes each cell through ``safe``.
"""

from __future__ import annotations

from datetime import date, datetime

from engage.reports.spreadsheet_safety import escape_cell

Value = str | int | float | date | datetime | None


def safe(value: Value) -> Value:
    """Text that a spreadsheet could read as a formula is escaped; numbers and dates stay typed."""
    if isinstance(value, str):
        return escape_cell(value)
    return value


def text(value: Value) -> str:
    """A cell as CSV text, escaped the same way."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return str(escape_cell(value))
