"""Brute force: no hidden number in a theme report can be worked out from what the report shows.

For a small shape (themes by columns of one breakdown) every table of counts up to a bound is
published; tables that publish exactly the same are what a reader who knows the rules cannot tell
apart. Each hidden number must take at least two values among them. Values near the bound are only
checked as targets when the alternatives they need fit inside it (``MARGIN``).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage.reports.protect import publish

THRESHOLD = 5
MARGIN = 4
SHAPES = {(1, 3): 12, (1, 5): 7, (2, 2): 10, (3, 1): 13, (2, 3): 5}


def _publish(matrix: tuple[tuple[int, ...], ...]):
    themes = [f"t{index}" for index in range(len(matrix))]
    counts = {theme: sum(row) for theme, row in zip(themes, matrix, strict=True)}
    rows = {
        theme: {f"c{column}": value for column, value in enumerate(row)}
        for theme, row in zip(themes, matrix, strict=True)
    }
    return publish(counts, {"d": rows}, THRESHOLD)


def _key(published) -> tuple:
    rows = published.rows["d"]
    return (
        tuple(sorted(published.counts.items())),
        published.total,
        tuple(
            (theme, None if row is None else tuple(sorted(row.items())))
            for theme, row in sorted(rows.items())
        ),
    )


def _numbers(matrix) -> dict[tuple, int]:
    """Every number a report could show for this table: theme counts, the total, each cell."""
    numbers = {("count", index): sum(row) for index, row in enumerate(matrix)}
    numbers[("total",)] = sum(sum(row) for row in matrix)
    for index, row in enumerate(matrix):
        for column, value in enumerate(row):
            numbers[("cell", index, column)] = value
    return numbers


def _hidden(published, matrix) -> list[tuple]:
    hidden = [
        ("count", int(theme[1:])) for theme, value in published.counts.items() if value is None
    ]
    if published.total is None:
        hidden.append(("total",))
    for theme, row in published.rows["d"].items():
        for column in range(len(matrix[0])):
            if row is None or row[f"c{column}"] is None:
                hidden.append(("cell", int(theme[1:]), column))
    return hidden


@cache
def _worlds(shape: tuple[int, int]) -> dict[tuple, list]:
    themes, columns = shape
    bound = SHAPES[shape]
    worlds: dict[tuple, list] = defaultdict(list)
    for flat in itertools.product(range(bound + 1), repeat=themes * columns):
        matrix = tuple(tuple(flat[t * columns : (t + 1) * columns]) for t in range(themes))
        worlds[_key(_publish(matrix))].append(matrix)
    return worlds


def _check(matrix) -> None:
    shape = (len(matrix), len(matrix[0]))
    published = _publish(matrix)
    alike = _worlds(shape)[_key(published)]
    for number in _hidden(published, matrix):
        values = {_numbers(other)[number] for other in alike}
        true_value = _numbers(matrix)[number]
        assert len(values) >= 2, f"{number} = {true_value} can be worked out from {published}"
        if number[0] == "cell":
            # A hidden cell is never shown as a number anywhere else in the report.
            assert true_value != 0 or published.rows["d"][f"t{number[1]}"] is None


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_small_report_hides_what_it_must_and_gives_nothing_away(shape):
    themes, columns = shape
    top = SHAPES[shape] - MARGIN
    for flat in itertools.product(range(top + 1), repeat=themes * columns):
        matrix = tuple(tuple(flat[t * columns : (t + 1) * columns]) for t in range(themes))
        published = _publish(matrix)
        for value in published.counts.values():
            assert value is None or not 0 < value < THRESHOLD
        for row in published.rows["d"].values():
            assert row is None or all(v is None or not 0 < v < THRESHOLD for v in row.values())
        _check(matrix)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(SHAPES)).flatmap(
        lambda shape: st.lists(
            st.lists(st.integers(0, SHAPES[shape] - MARGIN), min_size=shape[1], max_size=shape[1]),
            min_size=shape[0],
            max_size=shape[0],
        )
    )
)
def test_no_hidden_number_can_be_recovered(rows):
    _check(tuple(tuple(row) for row in rows))
