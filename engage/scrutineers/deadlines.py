"""Working-day deadlines for the challenges Young Scrutineers put to priority groups.

A priority chair has a number of working days to answer a challenge (20 by default, the model
mySociety's Alaveteli uses for FOI requests). Day 1 is the first working day after the day the
challenge was submitted, whatever kind of day that was: a challenge sent on a Saturday or a bank
holiday starts counting on the next working day, exactly as one sent on a Friday does.

A working day is Monday to Friday, not an England and Wales bank holiday and not a closure day the
coordinator has added (for example the office closure between Christmas and New Year). Bank holidays
come from the ``holidays`` package, subdivision ``ENG``: England and Wales share every bank holiday,
one-off ones such as a state funeral or a coronation included (the package's ``ENG`` and ``WLS``
calendars are identical from 1990 to 2044). Scotland's and Northern Ireland's own holidays
(2 January, St Andrew's Day, St Patrick's Day, the Battle of the Boyne...) are not counted: the
partnership is in London.

Pure: no Flask, no database. Dates are plain ``date`` objects in the partnership's own calendar. A
``datetime`` is refused rather than truncated, because turning a UTC timestamp into a London date is
the caller's job, and doing it wrongly would silently move a deadline by a day.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache

import holidays

DEFAULT_WORKING_DAYS = 20
_ONE_DAY = timedelta(days=1)
_FIRST_WEEKEND_DAY = 5  # date.weekday(): Monday is 0, Saturday 5


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    # Built once per year and kept: a year's calendar only changes with a new release of the
    # package, which means a restart anyway. Filtering by year guards against a release that
    # lists an observed day under the neighbouring year.
    calendar = holidays.country_holidays("GB", subdiv="ENG", years=year)
    return frozenset(day for day in calendar if day.year == year)


def bank_holidays(year: int) -> frozenset[date]:
    """England and Wales bank holidays in ``year`` (weekend ones included, as the package lists)."""
    return _bank_holidays(year)


def _check_date(value: object, name: str) -> date:
    if isinstance(value, datetime):
        raise TypeError(
            f"{name} must be a date, not a datetime: convert it to the Europe/London date first"
        )
    if not isinstance(value, date):
        raise TypeError(f"{name} must be a date, not {type(value).__name__}")
    return value


def _closed_days(closures: Iterable[date]) -> frozenset[date]:
    return frozenset(_check_date(day, "each closure") for day in closures)


def _is_working(day: date, closed: frozenset[date]) -> bool:
    return (
        day.weekday() < _FIRST_WEEKEND_DAY
        and day not in closed
        and day not in _bank_holidays(day.year)
    )


def is_working_day(day: date, closures: Iterable[date] = ()) -> bool:
    """Whether ``day`` is a working day: a weekday, not a bank holiday, not a closure day."""
    return _is_working(_check_date(day, "day"), _closed_days(closures))


def add_working_days(start: date, days: int, closures: Iterable[date] = ()) -> date:
    """The ``days``-th working day after ``start`` (or before it, when ``days`` is negative).

    ``start`` itself is never counted, so ``add_working_days(friday, 1)`` is the next Monday (or
    Tuesday after a bank holiday Monday), and ``add_working_days(due, -2)`` is the working day two
    working days before ``due``, a natural moment for a reminder. ``days == 0`` returns ``start``.
    """
    _check_date(start, "start")
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError(f"days must be a whole number, not {type(days).__name__}")
    closed = _closed_days(closures)
    step = _ONE_DAY if days > 0 else -_ONE_DAY
    day, remaining = start, abs(days)
    while remaining:
        day += step
        if _is_working(day, closed):
            remaining -= 1
    return day


def due_on(
    submitted_on: date, working_days: int = DEFAULT_WORKING_DAYS, closures: Iterable[date] = ()
) -> date:
    """The date an answer is due: the ``working_days``-th working day after ``submitted_on``.

    Raises ``ValueError`` when ``working_days`` is below 1: a challenge cannot be due on the day it
    was sent, or before.
    """
    if isinstance(working_days, bool) or not isinstance(working_days, int):
        raise TypeError(f"working_days must be a whole number, not {type(working_days).__name__}")
    if working_days < 1:
        raise ValueError(
            f"working_days must be at least 1 (day 1 is the first working day after submission), "
            f"got {working_days}"
        )
    return add_working_days(submitted_on, working_days, closures)


def _weekdays_up_to(day: date) -> int:
    # Mondays to Fridays from 1 January of year 1 (a Monday, ordinal 1) up to and including ``day``:
    # five in every full week, plus the weekdays of the part week left over.
    full_weeks, extra_days = divmod(day.toordinal(), 7)
    return full_weeks * 5 + min(extra_days, 5)


def working_days_between(start: date, end: date, closures: Iterable[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later).

    The inverse of ``due_on``: ``working_days_between(d, due_on(d, n)) == n``. An answer sent on its
    due date took exactly the allowed number of working days; one sent later took more. Counts
    weekdays arithmetically and then takes off the bank holidays and closures inside the span, so a
    span of years costs no more than a span of days.
    """
    _check_date(start, "start")
    _check_date(end, "end")
    closed = _closed_days(closures)
    if end <= start:
        return 0
    days_off = set(closed)
    for year in range(start.year, end.year + 1):
        days_off.update(_bank_holidays(year))
    weekdays_off = sum(
        1 for day in days_off if start < day <= end and day.weekday() < _FIRST_WEEKEND_DAY
    )
    return _weekdays_up_to(end) - _weekdays_up_to(start) - weekdays_off
