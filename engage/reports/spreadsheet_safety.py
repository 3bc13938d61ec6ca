"""Keep exported text from running as a formula when a CSV or Excel file is opened.

Text starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which OWASP lists too)
can run as a formula when a coordinator opens an export: a ``=HYPERLINK(...)`` that sends data away,
or worse. Comments are typed by partners and young people's words are quoted as near verbatim as
possible, so any of them may start that way. Following OWASP's advice on CSV injection, such text
gets a leading single quote, which makes a spreadsheet read it as text. Numbers, dates and empty
cells pass through untouched, so they stay numbers and dates (a negative number is not a formula).

Use ``safe_csv_row`` for every row given to ``csv.writer`` and ``escape_cell`` for every value put
in an openpyxl cell.
"""

from collections.abc import Iterable
from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Value = TypeVar("Value")


def escape_cell(value: Value) -> Value | str:
    """``value`` safe to put in a spreadsheet cell: text that could start a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        # join, not +: a str subclass such as markupsafe.Markup would escape the quote on +.
        return "".join(("'", value))
    return value


def safe_csv_row(values: Iterable[object]) -> list[object]:
    """A row of values for ``csv.writer``, each passed through ``escape_cell``."""
    return [escape_cell(value) for value in values]
