"""Exports never hand a spreadsheet a formula, whatever text a comment or a title holds."""

from __future__ import annotations

import csv
import io

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from engage.reports import charts, csv_export, xlsx_export
from engage.reports.tables import Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
cells = st.one_of(
    st.text(min_size=0, max_size=30),
    st.sampled_from(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", '=HYPERLINK("x")']),
    st.integers(min_value=0, max_value=10**6),
    st.none(),
)
rows = st.lists(st.lists(cells, min_size=1, max_size=5), max_size=8)


@settings(max_examples=150, deadline=None)
@given(rows)
def test_no_csv_cell_begins_with_a_formula_character(data):
    text = "".join(csv_export.stream(data)).lstrip("\ufeff")
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell


@settings(max_examples=60, deadline=None)
@given(rows, st.text(min_size=1, max_size=40))
def test_no_xlsx_cell_begins_with_a_formula_character(data, title):
    width = max([len(row) for row in data] + [1])
    handle = xlsx_export.write([Table(title, ["=Header", *["h"] * (width - 1)], data)])
    workbook = openpyxl.load_workbook(handle)
    for sheet in workbook:
        for row in sheet.iter_rows(values_only=True):
            for cell in row:
                assert not (isinstance(cell, str) and cell.startswith(FORMULA_STARTS)), cell


def test_a_chart_never_shows_a_hidden_number_and_has_an_accessible_name():
    chart = charts.Chart("Comments by theme", [charts.Bar("Shown", 12), charts.Bar("Hidden", None)])
    svg = str(charts.svg(chart, "c"))
    assert 'role="img"' in svg and '<title id="c-title">Comments by theme</title>' in svg
    assert "fewer than 5" in svg and svg.count("<rect") == 1
    assert charts.png(chart).startswith(b"\x89PNG")
