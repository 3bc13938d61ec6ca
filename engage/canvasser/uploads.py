"""Reading comments from a CSV or Excel file. Nothing is stored here: the rows are redacted,
shown for preview, and only saved when the partner confirms."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from engage.canvasser.models import COMMENT_MAX, COMMENTS_PER_SESSION, CommentKind

TEXT_COLUMNS = ("comment", "comments", "text", "what they said", "feedback")
PRIORITY_COLUMNS = ("priority", "priority hint")
KIND_COLUMNS = ("type", "kind", "quote or summary")
MAX_ROWS_READ = COMMENTS_PER_SESSION * 5


class UploadError(ValueError):
    """The file cannot be used; the message says what to fix. Nothing was saved."""


@dataclass(frozen=True)
class UploadedRow:
    text: str
    kind: str
    priority: str


@dataclass
class ParsedUpload:
    rows: list[UploadedRow] = field(default_factory=list)
    skipped_empty: int = 0


def _normalise(name: object) -> str:
    return " ".join(str(name or "").strip().lower().replace("_", " ").split())


def _find_column(headers: list[str], names: Iterable[str]) -> int | None:
    wanted = set(names)
    for index, header in enumerate(headers):
        if header in wanted:
            return index
    return None


def _kind(value: str) -> str:
    value = _normalise(value)
    if value.startswith("summ"):
        return CommentKind.SUMMARY
    return CommentKind.QUOTE


def _rows_from(records: Iterable[list[object]]) -> ParsedUpload:
    iterator = iter(records)
    try:
        headers = [_normalise(cell) for cell in next(iterator)]
    except StopIteration:
        raise UploadError("The file is empty. Add a column headed 'comment'") from None
    text_index = _find_column(headers, TEXT_COLUMNS)
    if text_index is None:
        shown = ", ".join(f"'{header}'" for header in headers if header) or "none"
        raise UploadError(
            "The file needs a column headed 'comment' with one comment in each row. "
            f"The columns it has are: {shown}"
        )
    priority_index = _find_column(headers, PRIORITY_COLUMNS)
    kind_index = _find_column(headers, KIND_COLUMNS)
    parsed = ParsedUpload()
    too_long: list[int] = []
    for number, record in enumerate(iterator, start=2):
        if number > MAX_ROWS_READ:
            break
        cells = ["" if cell is None else str(cell) for cell in record]

        def cell(index: int | None, cells: list[str] = cells) -> str:
            return cells[index] if index is not None and index < len(cells) else ""

        text = cell(text_index).strip()
        if not text:
            parsed.skipped_empty += 1
            continue
        if len(text) > COMMENT_MAX:
            too_long.append(number)
            continue
        parsed.rows.append(UploadedRow(text, _kind(cell(kind_index)), cell(priority_index).strip()))
    if too_long:
        listed = ", ".join(str(number) for number in too_long[:10])
        raise UploadError(
            f"Some comments are longer than {COMMENT_MAX:,} characters (rows {listed}). "
            "Shorten or split them, then upload the file again"
        )
    if not parsed.rows:
        raise UploadError("The file has no comments in it")
    if len(parsed.rows) > COMMENTS_PER_SESSION:
        raise UploadError(
            f"The file has {len(parsed.rows)} comments. A session can have up to "
            f"{COMMENTS_PER_SESSION}: split the file across sessions"
        )
    return parsed


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UploadError("The file could not be read. Save it as CSV (UTF-8) and try again")


def parse_upload(filename: str, data: bytes) -> ParsedUpload:
    name = filename.lower()
    if not data:
        raise UploadError("The selected file is empty")
    if name.endswith(".csv"):
        text = _decode(data)
        if "\x00" in text:
            raise UploadError("The file is not a CSV file. Save it as CSV (UTF-8) and try again")
        return _rows_from(csv.reader(io.StringIO(text)))
    if name.endswith(".xlsx"):
        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
            raise UploadError(
                "The Excel file could not be opened. It may be damaged: save it again and retry"
            ) from None
        try:
            sheet = workbook.worksheets[0]
            return _rows_from(list(row) for row in sheet.iter_rows(values_only=True))
        finally:
            workbook.close()
    raise UploadError("The file must be a CSV or an Excel (.xlsx) file")


def match_priority(value: str, priorities: Mapping[str, str]) -> str:
    """Maps a priority written in a file (slug or title) to its id; '' when it does not match."""
    wanted = _normalise(value)
    if not wanted:
        return ""
    for priority_id, names in priorities.items():
        if wanted in {_normalise(name) for name in names.split("|")}:
            return priority_id
    return ""
