"""Disclosure control: small counts of young people or comments are never shown, or derivable.

Every dashboard and export goes through this module (safeguarding rule 3 in the domain notes). A
count from 1 to ``threshold - 1`` (1 to 4 by default) is a small number that could identify a young
person, so it is hidden (how to word that: "Showing hidden numbers" below). Zero is shown as 0:
knowing that nobody in a group said something identifies nobody, and hiding zeros would hide most
of a sparse table.

One-way tables (``suppress``)
-----------------------------
What a reader sees: every shown count exactly; which cells are hidden; the total, or that it is
hidden; and this module, rules included (we assume the reader knows the algorithm). What a reader
can therefore infer: every hidden count is at least 1, because zeros are always shown. A hidden
count is not necessarily below the threshold: a larger count may be hidden to protect a small one.

The rules, with ``P`` the small non-zero counts and ``k`` how many there are:

1. Nothing small, nothing hidden: every count and the total are shown.
2. Every non-zero count is small: they are all hidden. The total is shown only when it is at least
   the threshold, ``k >= 2`` and it lies strictly between ``k`` and ``k * (threshold - 1)``; at
   either end (all ones, or all ``threshold - 1``) it would pin every cell, so it is hidden.
3. Otherwise the total is shown (it is at least the threshold, because some count is). If ``k >= 2``
   and the small counts' sum lies strictly between ``k`` and ``k * (threshold - 1)``, only the small
   counts are hidden. Otherwise (a single small count, which total minus the rest would give away,
   or an all-ones or all-``threshold - 1`` sum) the smallest count of those not yet hidden is hidden
   as well, together with every count equal to it: hiding only one of two equal counts would tell a
   reader which of them the rule picked, and that can pin the values.

Why no hidden count (nor a hidden total) can be worked out, for every possible table, by a reader
who knows all of the above, where "worked out" means only one value fits what is shown. For each
rule there is another table, differing in the hidden values only, that this module would publish
identically, and in which each hidden cell has another value:

* Rule 2 with the total hidden: the table with every small count 1 and the table with every small
  count ``threshold - 1`` both publish this way (both are at the ends), so each hidden cell could be
  1 or ``threshold - 1`` and the total ``k`` or ``k * (threshold - 1)``. With a single small count
  the total is below the threshold and any value from 1 to ``threshold - 1`` publishes the same.
* Rule 2 with the total shown, and rule 3 when only small counts are hidden: every way to give the
  hidden cells values from 1 to ``threshold - 1`` with the same sum publishes the same, and because
  the sum is strictly between the ends, each cell takes at least two values among them.
* Rule 3 with extra cells hidden: swap the value of a small hidden cell with that of one of the
  extra hidden cells (all equal, and smaller than every non-zero count still shown). The swapped
  table has the same small values in other places, the same sum, and the same smallest remaining
  count in the same places, so it publishes identically, and both cells have changed.

``tests/unit/test_disclosure.py`` checks this by brute force: it enumerates every table that agrees
with what was shown, runs ``suppress`` on each, and finds a second value for every hidden number.
The same holds for a reader who instead takes "fewer than 5" at face value for every hidden cell:
when the table has a larger hidden count, that reader's guesses cannot include the truth; when it
has none, rules 2 and 3 only show a total whose sum leaves every cell two values.

Two-way tables (``suppress_table``)
-----------------------------------
Rows by columns (themes by age band, say) with row totals, column totals and a grand total, all
shown unless hidden here. Small cells and small totals are hidden; then, while any hidden number is
fixed by what is shown, more numbers are hidden next to it (cells before totals, smallest first,
ties together) until none is. "Fixed" is judged for a reader who writes every equation the table
offers (each row adds up to its total, each column to its, all of them to the grand total, in any
combination) and who knows more than the one-way reader: for each hidden cell, whether it is small
(1 to ``threshold - 1``) or not (``threshold`` or more). Knowing that much is realistic: a table
whose hidden cells are all small, and say "fewer than 5", tells the reader exactly that, and then
two hidden cells adding up to 8 would both be 4. The check is exact: the table is a flow round a
small network (rows, columns and two hubs), and a hidden number can change, with everything shown
staying put, only along a cycle of hidden numbers that keeps each within its range.

What this does not cover, unlike the one-way rules: a reader who also re-runs ``suppress_table``
on every candidate table and keeps only those it would publish the same way. That reader learns
from the choices as well as the equations (an extra hidden cell was the smallest on offer, so it is
no bigger than the shown ones), and a brute-force search finds such a reader pins a value in 14 of
2,400 random tables of up to 3 by 3 with counts from 0 to 12. The one two-way rule we found that
provably resists that reader (the one-way rules on each row, and every column total hidden whose
column has a hidden cell) gives up most of the totals readers want.

Showing hidden numbers
----------------------
``format_count`` words every hidden number as "fewer than 5". That is true of a small count, false
of a larger count hidden to protect one, and for a hidden total it can say too much: four hidden
cells whose total is "fewer than 5" must be 1 each. Say "fewer than 5" for hidden cells only if
that is the agreed wording, show a hidden total with a neutral mark, and explain both beside the
table (``hidden_note``).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from operator import index

DEFAULT_THRESHOLD = 5
# Below 3 a hidden non-zero count could only be 1, so hiding it would reveal it.
MINIMUM_THRESHOLD = 3


@dataclass(frozen=True)
class SuppressedCounts:
    """A one-way table as it may be published: ``None`` wherever a number is hidden."""

    cells: dict[str, int | None]
    total: int | None


@dataclass(frozen=True)
class SuppressedTable:
    """A two-way table as it may be published: ``None`` wherever a number is hidden."""

    cells: dict[str, dict[str, int | None]]
    row_totals: dict[str, int | None]
    column_totals: dict[str, int | None]
    total: int | None


def _check_threshold(threshold: int) -> int:
    threshold = index(threshold)
    if threshold < MINIMUM_THRESHOLD:
        raise ValueError(
            f"threshold must be at least {MINIMUM_THRESHOLD}, got {threshold}: below that a hidden "
            "count could only be 1, so hiding it would reveal it"
        )
    return threshold


def _check_count(count: int) -> int:
    count = index(count)
    if count < 0:
        raise ValueError(f"a count cannot be negative, got {count}")
    return count


def is_small(count: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether ``count`` is a small number that must never be published (1 to threshold - 1)."""
    return 0 < _check_count(count) < _check_threshold(threshold)


def suppress_value(count: int, threshold: int = DEFAULT_THRESHOLD) -> int | None:
    """A single count as it may be published: ``None`` when it is small.

    For a count shown on its own. A count shown next to others, or next to a total it is part of,
    needs ``suppress`` or ``suppress_table`` instead.
    """
    return None if is_small(count, threshold) else count


def format_count(value: int | None, threshold: int = DEFAULT_THRESHOLD) -> str:
    """A published count in words: "fewer than 5" where hidden, "1,234" otherwise."""
    if value is None:
        return f"fewer than {_check_threshold(threshold)}"
    return f"{index(value):,}"


def hidden_note(threshold: int = DEFAULT_THRESHOLD) -> str:
    """The sentence to print beside any table with hidden numbers."""
    threshold = _check_threshold(threshold)
    return (
        f"Numbers from 1 to {threshold - 1} are hidden so that no young person can be identified. "
        "Some larger numbers and totals are hidden too, so that a hidden number cannot be worked "
        "out from the others."
    )


def suppress_rate(numerator: int | None, denominator: int | None) -> float | None:
    """A rate from published counts: ``None`` when either is hidden or the denominator is 0.

    Pass the published (suppressed) counts, never the raw ones: a rate worked out from a hidden
    count would give it away.
    """
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def _sum_pins_cells(cell_count: int, cell_sum: int, threshold: int) -> bool:
    # With ``cell_count`` hidden cells each from 1 to threshold - 1, a known sum leaves every cell
    # at least two possible values exactly when it lies strictly between the two ends.
    return not (cell_count >= 2 and cell_count < cell_sum < cell_count * (threshold - 1))


def suppress(cells: Mapping[str, int], threshold: int = DEFAULT_THRESHOLD) -> SuppressedCounts:
    """A one-way table of counts as it may be published (rules in the module docstring).

    ``cells`` keeps its keys and order; ``total`` is the sum of the counts given.
    """
    threshold = _check_threshold(threshold)
    counts = {key: _check_count(count) for key, count in cells.items()}
    total = sum(counts.values())
    small = {key for key, count in counts.items() if 0 < count < threshold}
    if not small:
        return SuppressedCounts(cells=counts, total=total)

    hidden = set(small)
    large = {key: count for key, count in counts.items() if count >= threshold}
    small_sum = sum(counts[key] for key in small)
    if not large:
        show_total = total >= threshold and not _sum_pins_cells(len(small), small_sum, threshold)
    else:
        show_total = True
        if _sum_pins_cells(len(small), small_sum, threshold):  # one small count pins itself
            smallest = min(large.values())
            hidden.update(key for key, count in large.items() if count == smallest)
    return SuppressedCounts(
        cells={key: None if key in hidden else count for key, count in counts.items()},
        total=total if show_total else None,
    )


# Two-way tables. Every number of the table is an edge of a small network whose flows balance at
# every node: row r's cells run from node ``row r`` to each node ``column c``, row totals from a hub
# into each row, column totals from each column into a second hub, and the grand total from the
# second hub back to the first. "A row adds up to its total" and the rest are exactly the balance at
# each node, so hidden numbers can change, with everything shown staying put, only together round
# a cycle of hidden edges. A hidden number is fixed when no such cycle through it keeps every hidden
# cell within its range (networks like this have whole-number corners, so "could take another
# value" and "could take another whole value" are the same thing).

_Arcs = dict[int, list[tuple[int, int]]]  # node -> [(next node, number of the edge)]


def _cell_moves(value: int, threshold: int) -> tuple[bool, bool]:
    """Whether a hidden cell could go up, and whether down, for a reader who is told which hidden
    cells are small (1 to threshold - 1) and which are not (threshold or more)."""
    if value < threshold:
        return value < threshold - 1, value > 1
    return True, value > threshold


def _arcs(
    ends: list[tuple[int, int]], moves: list[tuple[bool, bool]], hidden: list[bool]
) -> tuple[_Arcs, _Arcs]:
    # Each way a hidden number can change is an arc: up runs along its edge, down against it. The
    # second mapping holds the same arcs reversed, to search backwards.
    forward: _Arcs = {}
    backward: _Arcs = {}
    for number, ((tail, head), (rise, fall)) in enumerate(zip(ends, moves, strict=True)):
        if not hidden[number]:
            continue
        for source, target, possible in ((tail, head, rise), (head, tail, fall)):
            if possible:
                forward.setdefault(source, []).append((target, number))
                backward.setdefault(target, []).append((source, number))
    return forward, backward


def _reach(arcs: _Arcs, start: int, avoid: int) -> set[int]:
    seen, frontier = {start}, [start]
    while frontier:
        for neighbour, number in arcs.get(frontier.pop(), ()):
            if number != avoid and neighbour not in seen:
                seen.add(neighbour)
                frontier.append(neighbour)
    return seen


def _routes(
    arcs: tuple[_Arcs, _Arcs],
    ends: list[tuple[int, int]],
    moves: list[tuple[bool, bool]],
    number: int,
) -> list[tuple[set[int], set[int]]]:
    """For each way hidden ``number`` could change: the nodes a cycle could reach from the far end
    of that change, and the nodes it could come back from. It is fixed unless the two meet."""
    forward, backward = arcs
    tail, head = ends[number]
    rise, fall = moves[number]
    routes = []
    if rise:
        routes.append((_reach(forward, head, number), _reach(backward, tail, number)))
    if fall:
        routes.append((_reach(forward, tail, number), _reach(backward, head, number)))
    return routes


def _fixed(ends: list[tuple[int, int]], moves: list[tuple[bool, bool]], hidden: list[bool]) -> int:
    """The first hidden number that only one value fits, or -1 when there is none."""
    arcs = _arcs(ends, moves, hidden)
    for number in range(len(ends)):
        if hidden[number] and not any(
            ahead & behind for ahead, behind in _routes(arcs, ends, moves, number)
        ):
            return number
    return -1


def _partners(
    ends: list[tuple[int, int]],
    values: list[int],
    moves: list[tuple[bool, bool]],
    hidden: list[bool],
    fixed: int,
    first_total: int,
) -> list[int]:
    """What to hide next to free the fixed number ``fixed``.

    Best, shown numbers that would complete a cycle through it; failing that, shown numbers next to
    where such a cycle could reach, which brings one nearer. Cells go before totals (totals are what
    readers use most), small values before large (least information lost), and every candidate tied
    for best is taken, because picking one of equals by position tells a reader which one it was.
    Zeros are never hidden: zero is always shown.
    """
    shown = [number for number, value in enumerate(values) if not hidden[number] and value > 0]
    if not shown:  # unreachable: once every non-zero number is hidden, none is fixed
        raise RuntimeError("disclosure control found nothing left to hide in a two-way table")
    routes = _routes(_arcs(ends, moves, hidden), ends, moves, fixed)
    completing = [
        number
        for number in shown
        for ahead, behind in routes
        if (moves[number][0] and ends[number][0] in ahead and ends[number][1] in behind)
        or (moves[number][1] and ends[number][1] in ahead and ends[number][0] in behind)
    ]
    reached = set().union(*(ahead | behind for ahead, behind in routes))
    nearby = [number for number in shown if reached.intersection(ends[number])]
    candidates = completing or nearby or shown
    best = min((number >= first_total, values[number]) for number in candidates)
    return [number for number in candidates if (number >= first_total, values[number]) == best]


def _column_keys(rows: Mapping[str, Mapping[str, int]]) -> list[str]:
    return list(dict.fromkeys(column for row in rows.values() for column in row))


def suppress_table(
    rows: Mapping[str, Mapping[str, int]], threshold: int = DEFAULT_THRESHOLD
) -> SuppressedTable:
    """A two-way table (rows of columns of counts) as it may be published, with its totals.

    Columns are every key seen in any row, in first-seen order; a row without a column counts 0
    there. See the module docstring for what is hidden and what a reader can work out.
    """
    threshold = _check_threshold(threshold)
    row_keys, column_keys = list(rows), _column_keys(rows)
    counts = [[_check_count(rows[row].get(key, 0)) for key in column_keys] for row in row_keys]
    height, width = len(row_keys), len(column_keys)
    row_hub, column_hub = height + width, height + width + 1  # nodes: rows, columns, two hubs
    ends = [(r, height + c) for r in range(height) for c in range(width)]
    values = [count for line in counts for count in line]
    first_total = len(values)
    ends += [(row_hub, r) for r in range(height)]
    values += [sum(line) for line in counts]
    ends += [(height + c, column_hub) for c in range(width)]
    values += [sum(line[c] for line in counts) for c in range(width)]
    ends.append((column_hub, row_hub))
    values.append(sum(values[:first_total]))
    # A hidden total is whatever its cells add up to, so only cells need a range.
    moves = [_cell_moves(value, threshold) for value in values[:first_total]]
    moves += [(True, True)] * (len(values) - first_total)

    hidden = [0 < value < threshold for value in values]
    while (fixed := _fixed(ends, moves, hidden)) >= 0:
        for number in _partners(ends, values, moves, hidden, fixed, first_total):
            hidden[number] = True

    published = [None if hide else value for hide, value in zip(hidden, values, strict=True)]
    row_totals = published[first_total : first_total + height]
    column_totals = published[first_total + height : -1]
    return SuppressedTable(
        cells={
            row: dict(zip(column_keys, published[r * width : (r + 1) * width], strict=True))
            for r, row in enumerate(row_keys)
        },
        row_totals=dict(zip(row_keys, row_totals, strict=True)),
        column_totals=dict(zip(column_keys, column_totals, strict=True)),
        total=published[-1],
    )
