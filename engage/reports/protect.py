"""Disclosure control for a theme report: a table of theme counts and, for each theme, its counts
broken down by one dimension (engagement group, quarter, feeling).

``engage.reports.disclosure`` protects one table at a time. A theme report shows several tables
that a reader can join up: every breakdown row of a theme adds up to the theme's count in the main
table. This module publishes them together so that no hidden number can be worked out from what is
shown anywhere in the report, using only the one-way rule (``suppress``) on each piece:

1. Columns never depend on the data (every engagement group, every quarter of the period, the three
   feelings), and breakdown tables never show column totals, so rows link only through the theme's
   count.
2. A theme whose count is shown: its row is published with ``suppress``, for which the total (the
   theme's count, already known to the reader) is shown. When ``suppress`` would hide the total
   (every non-zero count in the row is small, summing to one of the two ends), the row is withheld
   whole, zeros included: a reader then knows only that the row is all ones or all ``threshold - 1``
   in unknown places.
3. If even that pins the row (the only arrangement fills every column, say 4, 4, 4 for three
   feelings and a count of 12) the theme's count is hidden in the main table as well, with the
   smallest shown count (and any equal to it) and the main total: the forced theme can then be
   swapped with another hidden one without changing anything shown.
4. A theme whose count is hidden has every breakdown row withheld whole.

``tests/unit/test_reports_disclosure.py`` checks this by brute force: for small reports it finds
every table of counts that would publish exactly the same, and a second value for each
hidden number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from engage.reports.disclosure import DEFAULT_THRESHOLD, suppress

Row = dict[str, int | None]


@dataclass(frozen=True)
class PublishedReport:
    """What may be shown: ``None`` wherever a number is hidden.

    A row of ``None`` is withheld whole.
    """

    counts: dict[str, int | None]
    total: int | None
    rows: dict[str, dict[str, Row | None]]  # dimension -> theme -> the row, or None when withheld


def _arrangements(row: Mapping[str, int], threshold: int) -> set[tuple[int, ...]]:
    """How many non-zero cells, of which value, a reader could think a withheld row holds."""
    total, columns, biggest_small = sum(row.values()), len(row), threshold - 1
    options = set()
    if total <= columns:
        options.add((1,) * total)
    if total % biggest_small == 0 and total // biggest_small <= columns:
        options.add((biggest_small,) * (total // biggest_small))
    return options


def _row_is_pinned(row: Mapping[str, int], threshold: int) -> bool:
    """Whether a withheld row with a known total still has only one possible arrangement that
    fills every column, so each cell's value would be known."""
    options = _arrangements(row, threshold)
    return len(options) == 1 and len(next(iter(options))) == len(row)


def _publish_row(row: Mapping[str, int], threshold: int) -> Row | None:
    published = suppress(row, threshold)
    if published.total is None:
        return None
    return dict(published.cells)


def _main_table(
    counts: Mapping[str, int], forced: set[str], threshold: int
) -> tuple[dict[str, int | None], int | None]:
    if not forced:
        published = suppress(counts, threshold)
        return dict(published.cells), published.total
    rest = {key: value for key, value in counts.items() if key not in forced}
    rest_published = suppress(rest, threshold).cells if rest else {}
    cells: dict[str, int | None] = {
        key: None if key in forced else rest_published[key] for key in counts
    }
    shown = [value for value in cells.values() if value]
    if shown:
        smallest = min(shown)
        cells = {key: None if value == smallest else value for key, value in cells.items()}
    return cells, None


def publish(
    counts: Mapping[str, int],
    breakdowns: Mapping[str, Mapping[str, Mapping[str, int]]],
    threshold: int = DEFAULT_THRESHOLD,
) -> PublishedReport:
    """Publishes theme counts and their breakdowns together (rules in the module docstring).

    ``breakdowns`` maps a dimension to a row per theme; every row must hold the same columns and
    add up to the theme's count.
    """
    for dimension, rows in breakdowns.items():
        for key, row in rows.items():
            if sum(row.values()) != counts.get(key, 0):
                raise ValueError(f"the {dimension} row of {key} does not add up to its count")
    forced = {
        key
        for rows in breakdowns.values()
        for key, row in rows.items()
        if counts.get(key, 0) >= threshold
        and suppress(row, threshold).total is None
        and _row_is_pinned(row, threshold)
    }
    cells, total = _main_table(counts, forced, threshold)
    published_rows: dict[str, dict[str, Row | None]] = {}
    for dimension, rows in breakdowns.items():
        published_rows[dimension] = {
            key: _publish_row(row, threshold) if cells.get(key) is not None else None
            for key, row in rows.items()
        }
    return PublishedReport(counts=cells, total=total, rows=published_rows)
