"""Disclosure control (issue 6): no small count is shown, and none can be worked out.

The property tests play the reader. For a one-way table the reader knows the rules: they try every
table that agrees with what was shown (hidden counts from 1 to ``CAP``), run ``suppress`` on it,
and keep the ones that publish exactly the same. For a two-way table the reader solves every
combination of the row, column and grand-total equations, knowing which hidden cells are small.
Either way, every hidden number must keep at least two possible values.
"""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from engage.reports.disclosure import (
    SuppressedCounts,
    SuppressedTable,
    format_count,
    hidden_note,
    suppress,
    suppress_rate,
    suppress_table,
    suppress_value,
)

CAP = 15  # one-way: the largest hidden value the reader tries (test counts stay at 12 or less);
# two-way: how far above its true value the reader lets a large hidden count go
fast = settings(max_examples=200, deadline=None)
counts = st.integers(min_value=0, max_value=12)
thresholds = st.sampled_from([3, 4, 5, 5, 5, 6])
one_way_tables = st.lists(counts, min_size=1, max_size=6).map(
    lambda values: {f"k{index}": value for index, value in enumerate(values)}
)


# The reader of a one-way table ---------------------------------------------------------------


def _candidates(true_values: list[int], hidden_sum: int | None):
    """Values the reader may try for the hidden cells: first the kinds of change that usually keep
    a table's publication the same (swaps, moving one between two cells, every cell equal), then
    every combination from 1 to CAP, so that nothing is missed when those fail."""
    size = len(true_values)
    guesses = itertools.chain(
        itertools.permutations(true_values),
        (
            tuple(v + (i == up) - (i == down) for i, v in enumerate(true_values))
            for up, down in itertools.permutations(range(size), 2)
        ),
        ((value,) * size for value in range(1, CAP + 1)),
        itertools.product(range(1, CAP + 1), repeat=size),
    )
    for values in guesses:
        if all(1 <= v <= CAP for v in values) and hidden_sum in (None, sum(values)):
            yield values


def _one_way_unknowns(cells, threshold, publish=suppress) -> dict[str, set[int]]:
    """What a reader who knows the rules (``publish``) can still think each hidden number is."""
    published = publish(cells, threshold)
    hidden = [key for key, value in published.cells.items() if value is None]
    shown = sum(value for value in published.cells.values() if value is not None)
    hidden_sum = None if published.total is None else published.total - shown
    possible = {key: set() for key in hidden}
    if published.total is None:
        possible["total"] = set()
    for values in _candidates([cells[key] for key in hidden], hidden_sum):
        candidate = {**published.cells, **dict(zip(hidden, values, strict=True))}
        if publish(candidate, threshold) != published:
            continue
        for key in hidden:
            possible[key].add(candidate[key])
        if "total" in possible:
            possible["total"].add(sum(candidate.values()))
        if all(len(values) >= 2 for values in possible.values()):
            break
    return possible


def _weak_rule(cells, threshold):
    """Primary suppression plus one partner for a lone small count: what the rules improve on."""
    small = {key for key, value in cells.items() if 0 < value < threshold}
    large = sorted((value, key) for key, value in cells.items() if value >= threshold)
    hidden = small | ({large[0][1]} if len(small) == 1 and large else set())
    total = sum(cells.values())
    return SuppressedCounts(
        cells={key: None if key in hidden else value for key, value in cells.items()},
        total=None if 0 < total < threshold else total,
    )


# One-way tables -------------------------------------------------------------------------------


def test_nothing_small_shows_everything():
    assert suppress({"11-13": 12, "14-16": 30, "17-19": 9}) == SuppressedCounts(
        cells={"11-13": 12, "14-16": 30, "17-19": 9}, total=51
    )


def test_one_small_count_takes_the_next_smallest_with_it():
    published = suppress({"a": 3, "b": 12, "c": 10, "d": 20, "e": 30})
    assert published.cells == {"a": None, "b": 12, "c": None, "d": 20, "e": 30}
    assert published.total == 75
    hidden = [key for key, value in published.cells.items() if value is None]
    assert len(hidden) >= 2 or published.total is None


def test_counts_equal_to_the_next_smallest_are_all_hidden():
    published = suppress({"a": 4, "b": 9, "c": 9, "d": 20})
    assert published.cells == {"a": None, "b": None, "c": None, "d": 20}
    assert published.total == 42


def test_zeros_are_shown_and_never_hidden_as_partners():
    assert suppress({"a": 0, "b": 7, "c": 0}).cells == {"a": 0, "b": 7, "c": 0}
    published = suppress({"a": 0, "b": 3, "c": 0, "d": 8})
    assert published.cells == {"a": 0, "b": None, "c": 0, "d": None}
    assert published.total == 11


def test_a_total_below_the_threshold_is_hidden():
    published = suppress({"a": 1, "b": 2, "c": 0})
    assert published == SuppressedCounts(cells={"a": None, "b": None, "c": 0}, total=None)


def test_small_counts_with_a_telling_sum_are_not_left_alone_with_the_total():
    # 1 + 1 hidden beside a shown total would be 1 each; so would 4 + 4 read as "fewer than 5".
    assert suppress({"a": 1, "b": 1, "c": 10, "d": 20}).cells == {
        "a": None,
        "b": None,
        "c": None,
        "d": 20,
    }
    assert suppress({"a": 4, "b": 4, "c": 10}).cells == {"a": None, "b": None, "c": None}
    assert suppress({"a": 4, "b": 4}).total is None
    # A sum strictly between the ends keeps the total and hides nothing more.
    assert suppress({"a": 3, "b": 2, "c": 10}) == SuppressedCounts(
        cells={"a": None, "b": None, "c": 10}, total=15
    )
    assert suppress({"a": 3, "b": 3, "c": 2}).total == 8


def test_empty_and_all_zero_tables():
    assert suppress({}) == SuppressedCounts(cells={}, total=0)
    assert suppress({"a": 0, "b": 0}) == SuppressedCounts(cells={"a": 0, "b": 0}, total=0)


def test_keys_keep_their_order():
    assert list(suppress({"z": 3, "a": 40, "m": 7}).cells) == ["z", "a", "m"]


def test_the_threshold_can_be_raised():
    assert suppress({"a": 7, "b": 30, "c": 40}, threshold=10).cells == {
        "a": None,
        "b": None,
        "c": 40,
    }


def test_nonsense_is_refused():
    with pytest.raises(ValueError, match="negative"):
        suppress({"a": -1})
    with pytest.raises(ValueError, match="at least 3"):
        suppress({"a": 1}, threshold=2)
    with pytest.raises(TypeError):
        suppress({"a": 1.5})  # type: ignore[dict-item]


@fast
@given(cells=one_way_tables, threshold=thresholds)
def test_what_is_shown_is_true_and_nothing_small_is_shown(cells, threshold):
    published = suppress(cells, threshold)
    assert list(published.cells) == list(cells)
    for key, value in published.cells.items():
        assert value is None or value == cells[key]
        if 0 < cells[key] < threshold:
            assert value is None
        if cells[key] == 0:
            assert value == 0
    total = sum(cells.values())
    assert published.total in (None, total)
    if 0 < total < threshold:
        assert published.total is None
    hidden = [key for key, value in published.cells.items() if value is None]
    if published.total is not None:
        assert len(hidden) != 1  # else total minus the rest gives it away


@fast
@given(cells=one_way_tables, threshold=thresholds)
def test_no_hidden_number_can_be_worked_out_by_a_reader_who_knows_the_rules(cells, threshold):
    for name, values in _one_way_unknowns(cells, threshold).items():
        assert len(values) >= 2, f"{name} is always {values} when {cells} is published"


@pytest.mark.parametrize(
    "cells",
    [
        {"a": 1, "b": 1, "c": 10},  # 1 + 1 beside a shown total
        {"a": 5, "b": 5, "c": 4},  # one 5 picked of two: the other is then bigger, so 4 + 5
        {"a": 1, "b": 1, "c": 1, "d": 1},  # four hidden cells, total fewer than 5: all ones
    ],
)
def test_the_reader_catches_what_a_weaker_rule_gives_away(cells):
    unknowns = _one_way_unknowns(cells, 5, publish=_weak_rule)
    assert any(len(values) < 2 for values in unknowns.values())
    assert all(len(values) >= 2 for values in _one_way_unknowns(cells, 5).values())


# Single numbers, words and rates --------------------------------------------------------------


@pytest.mark.parametrize(("count", "shown"), [(0, 0), (1, None), (4, None), (5, 5), (1200, 1200)])
def test_suppress_value(count, shown):
    assert suppress_value(count) == shown


def test_format_count():
    assert format_count(None) == "fewer than 5"
    assert format_count(None, threshold=10) == "fewer than 10"
    assert format_count(0) == "0"
    assert format_count(7) == "7"
    assert format_count(12345) == "12,345"


def test_hidden_note_names_the_range():
    assert "1 to 4" in hidden_note()
    assert "1 to 9" in hidden_note(10)


def test_rates_of_hidden_counts_are_hidden():
    assert suppress_rate(5, 20) == 0.25
    assert suppress_rate(None, 20) is None
    assert suppress_rate(5, None) is None
    assert suppress_rate(0, 0) is None
    assert suppress_rate(0, 12) == 0.0


# The reader of a two-way table ----------------------------------------------------------------


def _equations(cells, published):
    """Each line the reader can add up: (its cells, its total or None when hidden)."""
    rows, columns = list(published.cells), list(published.column_totals)
    lines = [([(r, c) for c in columns], published.row_totals[r]) for r in rows]
    lines += [([(r, c) for r in rows], published.column_totals[c]) for c in columns]
    lines.append(([(r, c) for r in rows for c in columns], published.total))
    return lines


def _two_way_fixed(table, published, threshold) -> list:
    """Hidden numbers that every solution of the equations agrees on, for a reader who knows each
    hidden cell is at least 1 and whether it is small: found exactly, by integer programming."""
    rows, columns = list(published.cells), list(published.column_totals)
    truth = {(r, c): table[r].get(c, 0) for r in rows for c in columns}
    hidden = [cell for cell in truth if published.cells[cell[0]][cell[1]] is None]
    if not hidden:
        return []
    position = {cell: index for index, cell in enumerate(hidden)}
    low = [1 if truth[cell] < threshold else threshold for cell in hidden]
    high = [threshold - 1 if truth[cell] < threshold else truth[cell] + CAP for cell in hidden]
    equations, sums, unknowns = [], [], {}
    for line, (members, total) in enumerate(_equations(table, published)):
        weights = np.zeros(len(hidden))
        for cell in members:
            if cell in position:
                weights[position[cell]] = 1
        if total is None:
            unknowns[("total", line)] = weights
        elif weights.any():
            equations.append(weights)
            sums.append(total - sum(truth[cell] for cell in members if cell not in position))
    for cell in hidden:
        unknowns[cell] = np.eye(len(hidden))[position[cell]]
    constraints = [LinearConstraint(np.array(equations), sums, sums)] if equations else []
    true_x = np.array([truth[cell] for cell in hidden])
    seen = {name: {round(weights @ true_x)} for name, weights in unknowns.items()}
    for name, weights in unknowns.items():
        for direction in (1, -1):  # its largest and smallest value; every solution found counts
            if len(seen[name]) >= 2:
                break
            result = milp(
                direction * weights,
                constraints=constraints,
                integrality=np.ones(len(hidden)),
                bounds=Bounds(low, high),
            )
            assert result.success, result.message  # the true table is always a solution
            for other, other_weights in unknowns.items():
                seen[other].add(round(other_weights @ result.x))
    return [name for name, values in seen.items() if len(values) < 2]


two_way_tables = (
    st.integers(min_value=2, max_value=4)
    .flatmap(
        lambda height: st.integers(min_value=2, max_value=4).flatmap(
            lambda width: st.lists(
                st.lists(counts, min_size=width, max_size=width), min_size=height, max_size=height
            )
        )
    )
    .map(
        lambda matrix: {
            f"r{r}": {f"c{c}": value for c, value in enumerate(line)}
            for r, line in enumerate(matrix)
        }
    )
)


# Two-way tables -------------------------------------------------------------------------------


def test_two_way_small_cell_is_hidden_with_a_rectangle_and_totals_kept():
    published = suppress_table({"a": {"x": 3, "y": 10}, "b": {"x": 10, "y": 20}})
    assert published.cells == {"a": {"x": None, "y": None}, "b": {"x": None, "y": None}}
    assert published.row_totals == {"a": 13, "b": 30}
    assert published.column_totals == {"x": 13, "y": 30}
    assert published.total == 43


def test_two_way_without_small_numbers_shows_everything():
    published = suppress_table({"a": {"x": 6, "y": 10}, "b": {"x": 0, "y": 20}})
    assert published.cells == {"a": {"x": 6, "y": 10}, "b": {"x": 0, "y": 20}}
    assert published.row_totals == {"a": 16, "b": 20}
    assert published.column_totals == {"x": 6, "y": 30}
    assert published.total == 36


def test_two_way_small_totals_are_hidden():
    published = suppress_table({"a": {"x": 2, "y": 0}, "b": {"x": 9, "y": 20}})
    assert published.row_totals["a"] is None
    assert published.cells["a"] == {"x": None, "y": 0}


def test_two_way_missing_columns_count_as_zero_and_keep_first_seen_order():
    published = suppress_table({"a": {"y": 7}, "b": {"x": 8, "y": 9}})
    assert published.cells == {"a": {"y": 7, "x": 0}, "b": {"y": 9, "x": 8}}
    assert list(published.column_totals) == ["y", "x"]


def test_two_way_empty_tables():
    empty = suppress_table({})
    assert (empty.cells, empty.row_totals, empty.column_totals, empty.total) == ({}, {}, {}, 0)
    zeros = suppress_table({"a": {"x": 0}})
    assert (zeros.cells, zeros.total) == ({"a": {"x": 0}}, 0)


@pytest.mark.parametrize(
    ("table", "weak", "fixed"),
    [
        # Primary suppression alone: 3 = 13 - 10.
        (
            {"a": {"x": 3, "y": 10}, "b": {"x": 10, "y": 20}},
            SuppressedTable(
                cells={"a": {"x": None, "y": 10}, "b": {"x": 10, "y": 20}},
                row_totals={"a": 13, "b": 30},
                column_totals={"x": 13, "y": 30},
                total=43,
            ),
            ("a", "x"),
        ),
        # Two hidden per row and column, but both small and adding up to 8: 4 and 4.
        (
            {"a": {"x": 4, "y": 4, "z": 9}, "b": {"x": 4, "y": 4, "z": 9}},
            SuppressedTable(
                cells={"a": {"x": None, "y": None, "z": 9}, "b": {"x": None, "y": None, "z": 9}},
                row_totals={"a": 17, "b": 17},
                column_totals={"x": 8, "y": 8, "z": 18},
                total=34,
            ),
            ("a", "x"),
        ),
    ],
)
def test_the_two_way_reader_catches_what_a_weaker_rule_gives_away(table, weak, fixed):
    assert fixed in _two_way_fixed(table, weak, 5)
    assert _two_way_fixed(table, suppress_table(table), 5) == []


@settings(max_examples=120, deadline=None)
@given(table=two_way_tables, threshold=thresholds)
def test_two_way_shows_only_the_truth_and_nothing_small(table, threshold):
    published = suppress_table(table, threshold)
    for row, line in table.items():
        for column, count in line.items():
            shown = published.cells[row][column]
            assert shown is None or shown == count
            if 0 < count < threshold:
                assert shown is None
            if count == 0:
                assert shown == 0
        assert published.row_totals[row] in (None, sum(line.values()))
    for total in [*published.row_totals.values(), *published.column_totals.values()]:
        assert total is None or total == 0 or total >= threshold
    grand_total = sum(sum(line.values()) for line in table.values())
    assert published.total in (None, grand_total)


@settings(max_examples=120, deadline=None)
@given(table=two_way_tables, threshold=thresholds)
def test_two_way_no_hidden_number_follows_from_the_equations(table, threshold):
    published = suppress_table(table, threshold)
    assert _two_way_fixed(table, published, threshold) == []
    for members, total in _equations(table, published):
        hidden = [cell for cell in members if published.cells[cell[0]][cell[1]] is None]
        assert total is None or len(hidden) != 1
