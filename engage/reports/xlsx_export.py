"""Excel exports in openpyxl's write-only mode: rows go straight to the file, so a long export
never sits in memory as a workbook. Every text cell is escaped against formulas."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from engage.reports import cells
from engage.reports.tables import Table

SHEET_TITLE_MAX = 31  # Excel's limit
_BOLD = Font(bold=True)
_FORBIDDEN = str.maketrans({character: " " for character in "[]:*?/\\"})


def _sheet_title(title: str, used: set[str]) -> str:
    base = (
        ILLEGAL_CHARACTERS_RE.sub("", title).translate(_FORBIDDEN).strip()[:SHEET_TITLE_MAX]
        or "Sheet"
    )
    name, number = base, 2
    while name.lower() in used:
        suffix = f" {number}"
        name = base[: SHEET_TITLE_MAX - len(suffix)] + suffix
        number += 1
    used.add(name.lower())
    return name


def _value(value: Any) -> Any:
    # Control characters cannot be stored in a worksheet's XML; stored text never has them, but an
    # export must not fail on one.
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return cells.safe(value)


def _header(sheet: WriteOnlyWorksheet, header: list[str]) -> list[WriteOnlyCell]:
    row = []
    for value in header:
        cell = WriteOnlyCell(sheet, value=_value(value))
        cell.font = _BOLD
        row.append(cell)
    return row


def write(tables: Iterable[Table | tuple[str, list[str], Iterable[list[Any]]]]) -> IO[bytes]:
    """A workbook with one sheet per table, written to a temporary file (returned at its start)."""
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for table in tables:
        title, header, rows = (
            (table.title, table.header, table.rows) if isinstance(table, Table) else table
        )
        sheet = workbook.create_sheet(_sheet_title(title, used))
        sheet.append(_header(sheet, header))
        for row in rows:
            sheet.append([_value(value) for value in row])
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - returned open
    workbook.save(output)
    output.seek(0)
    return output
