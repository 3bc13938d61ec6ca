"""Working-day deadlines for challenges (issue 5): what a chair, a scrutineer and the annual report
rely on when they see "answer due by"."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage.scrutineers.deadlines import (
    add_working_days,
    bank_holidays,
    due_on,
    is_working_day,
    working_days_between,
)

THURSDAY_BEFORE_EASTER_2026 = date(2026, 4, 2)
CHRISTMAS_2026_CLOSURE = [date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)]

dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
closure_lists = st.lists(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2036, 12, 31)), max_size=15
)
day_counts = st.integers(min_value=1, max_value=80)
fast = settings(max_examples=200, deadline=None)


def test_twenty_working_days_with_no_holiday_is_four_weeks():
    # Monday 2 March 2026: no bank holiday until Good Friday on 3 April.
    assert due_on(date(2026, 3, 2)) == date(2026, 3, 30)
    assert due_on(date(2026, 3, 2), 20) == date(2026, 3, 30)


def test_the_package_knows_the_2026_bank_holidays_we_rely_on():
    days = bank_holidays(2026)
    assert {date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4), date(2026, 12, 25)} <= days
    # 26 December 2026 is a Saturday, so Boxing Day is observed on Monday 28 December.
    assert date(2026, 12, 28) in days


def test_easter_moves_the_deadline():
    # Thursday 2 April 2026: Good Friday (3rd) and Easter Monday (6th) are not working days,
    # so day 1 is Tuesday 7 April; the early May bank holiday (4 May) costs another day.
    assert due_on(THURSDAY_BEFORE_EASTER_2026, 1) == date(2026, 4, 7)
    assert due_on(THURSDAY_BEFORE_EASTER_2026, 4) == date(2026, 4, 10)
    assert due_on(THURSDAY_BEFORE_EASTER_2026) == date(2026, 5, 5)


def test_christmas_and_the_substitute_boxing_day_are_skipped():
    # Wednesday 23 December 2026: 24th is day 1, 25th (Friday) and 28th (Monday, Boxing Day
    # observed) are bank holidays, so day 2 is Tuesday 29th.
    assert due_on(date(2026, 12, 23), 1) == date(2026, 12, 24)
    assert due_on(date(2026, 12, 23), 2) == date(2026, 12, 29)


def test_submission_on_a_saturday_starts_counting_on_monday():
    saturday = date(2026, 3, 7)
    assert due_on(saturday, 1) == date(2026, 3, 9)
    assert due_on(saturday) == due_on(date(2026, 3, 6))  # Friday: the same deadline


def test_submission_on_a_bank_holiday_starts_counting_the_next_working_day():
    assert due_on(date(2026, 4, 6), 1) == date(2026, 4, 7)  # Easter Monday


def test_coordinator_closures_are_not_working_days():
    without = due_on(date(2026, 12, 23), 5)
    with_closure = due_on(date(2026, 12, 23), 5, closures=CHRISTMAS_2026_CLOSURE)
    assert without == date(2027, 1, 4)  # 24, 29, 30, 31 Dec; New Year's Day is a bank holiday
    assert with_closure == date(2027, 1, 7)  # 24 Dec, 4, 5, 6, 7 Jan
    assert not is_working_day(date(2026, 12, 30), closures=CHRISTMAS_2026_CLOSURE)
    assert is_working_day(date(2026, 12, 30))


def test_closure_on_a_weekend_or_bank_holiday_changes_nothing():
    closures = [date(2026, 4, 4), date(2026, 4, 6)]  # a Saturday and Easter Monday
    assert due_on(THURSDAY_BEFORE_EASTER_2026, closures=closures) == date(2026, 5, 5)


def test_deadline_across_the_year_boundary():
    # Friday 18 December 2026: 7 working days left in 2026 (21-24, 29-31 December; 25 and 28 are
    # bank holidays), New Year's Day 2027 is one too, so day 20 is Wednesday 20 January 2027.
    due = due_on(date(2026, 12, 18))
    assert due == date(2027, 1, 20)
    assert working_days_between(date(2026, 12, 18), due) == 20
    assert not is_working_day(date(2027, 1, 1))  # the second year's holidays are looked up too


def test_one_working_day():
    assert due_on(date(2026, 3, 6), 1) == date(2026, 3, 9)  # Friday -> Monday
    assert due_on(date(2026, 3, 3), 1) == date(2026, 3, 4)


@pytest.mark.parametrize("working_days", [0, -1, -20])
def test_fewer_than_one_working_day_is_refused(working_days):
    with pytest.raises(ValueError, match="at least 1"):
        due_on(date(2026, 3, 2), working_days)


def test_a_timestamp_is_refused_rather_than_guessed_into_a_date():
    with pytest.raises(TypeError, match="Europe/London"):
        due_on(datetime(2026, 3, 2, 23, 30))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        due_on(date(2026, 3, 2), 2.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "why"),
    [
        (date(2026, 1, 2), "Scotland's 2 January holiday"),
        (date(2026, 8, 3), "Scotland's summer bank holiday"),
        (date(2026, 11, 30), "St Andrew's Day (a Monday in 2026)"),
        (date(2026, 3, 17), "St Patrick's Day (Northern Ireland)"),
        (date(2026, 7, 13), "Battle of the Boyne, observed (Northern Ireland)"),
    ],
)
def test_holidays_of_scotland_and_northern_ireland_are_working_days(day, why):
    assert is_working_day(day), why


def test_england_and_wales_only_holidays_are_not_working_days():
    assert not is_working_day(date(2026, 8, 31))  # late summer bank holiday (Scotland: 3 Aug)
    assert not is_working_day(date(2023, 5, 8))  # coronation of Charles III, a one-off


def test_working_days_between_counts_after_start_up_to_end():
    assert working_days_between(date(2026, 3, 2), date(2026, 3, 2)) == 0
    assert working_days_between(date(2026, 3, 9), date(2026, 3, 2)) == 0
    assert working_days_between(date(2026, 3, 6), date(2026, 3, 9)) == 1  # Fri -> Mon
    assert working_days_between(date(2026, 3, 7), date(2026, 3, 8)) == 0  # a weekend
    assert working_days_between(THURSDAY_BEFORE_EASTER_2026, date(2026, 4, 7)) == 1
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 5
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 4), CHRISTMAS_2026_CLOSURE) == 2


def test_reminder_days_before_a_deadline():
    assert add_working_days(date(2026, 4, 7), -1) == THURSDAY_BEFORE_EASTER_2026
    assert add_working_days(date(2026, 4, 7), 0) == date(2026, 4, 7)


@fast
@given(submitted=dates, n=day_counts, closures=closure_lists)
def test_due_date_is_a_working_day_strictly_after_submission(submitted, n, closures):
    due = due_on(submitted, n, closures)
    assert due > submitted
    assert is_working_day(due, closures)


@fast
@given(submitted=dates, n=day_counts, closures=closure_lists)
def test_working_days_between_undoes_due_on(submitted, n, closures):
    assert working_days_between(submitted, due_on(submitted, n, closures), closures) == n


@fast
@given(submitted=dates, n=day_counts, closures=closure_lists)
def test_one_more_working_day_is_a_later_deadline(submitted, n, closures):
    assert due_on(submitted, n + 1, closures) > due_on(submitted, n, closures)


@fast
@given(start=dates, span=st.integers(min_value=-10, max_value=120), closures=closure_lists)
def test_working_days_between_matches_counting_day_by_day(start, span, closures):
    end = start + timedelta(days=span)
    by_hand = sum(
        is_working_day(start + timedelta(days=offset), closures)
        for offset in range(1, max(span, 0) + 1)
    )
    assert working_days_between(start, end, closures) == by_hand


@fast
@given(day=dates, n=st.integers(min_value=1, max_value=40))
def test_counting_back_from_a_working_day_undoes_counting_forward(day, n):
    earlier = add_working_days(day, -n)
    assert is_working_day(earlier)
    assert working_days_between(earlier, day) == n - 1 + is_working_day(day)
