"""Report periods: reading "from" and "to" dates, the period before, and quarters.

A period is inclusive at both ends and measured in days, so "the previous period" is the same number
of days ending the day before this one starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

# Ten years is far more than any report needs, and stops a typo (year 20250) running a huge query.
LONGEST_PERIOD_DAYS = 3660
DEFAULT_PERIOD_DAYS = 365


class PeriodError(ValueError):
    """A plain-language reason the dates cannot be used; ``field`` is the input it concerns."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def year_before(self) -> Period:
        """The same dates a year earlier (29 February becomes 28 February)."""
        return Period(_year_earlier(self.start), _year_earlier(self.end))

    def quarters(self) -> list[str]:
        """Calendar quarters the period touches, oldest first, as "2026 Q1"."""
        labels: list[str] = []
        year, quarter = self.start.year, (self.start.month - 1) // 3
        while (year, quarter) <= (self.end.year, (self.end.month - 1) // 3):
            labels.append(f"{year} Q{quarter + 1}")
            quarter += 1
            if quarter == 4:
                year, quarter = year + 1, 0
        return labels

    def as_args(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def quarter_of(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def default_period(today: date) -> Period:
    """The last twelve months, ending today."""
    return Period(today - timedelta(days=DEFAULT_PERIOD_DAYS - 1), today)


def _parse(value: str, label: str, field: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise PeriodError(
            f"{label} must be a real date, like {date(2026, 3, 31).isoformat()}", field
        ) from error


def period_from(args: Mapping[str, str], today: date) -> Period:
    """The period asked for in a query string.

    Raises ``PeriodError`` with a message a person can act
    on. Missing dates fall back to the last twelve months."""
    raw_from, raw_to = (args.get("from") or "").strip(), (args.get("to") or "").strip()
    fallback = default_period(today)
    start = _parse(raw_from, "The start date", "from") if raw_from else fallback.start
    end = _parse(raw_to, "The end date", "to") if raw_to else fallback.end
    if start > end:
        raise PeriodError("The start date must be the same as or before the end date", "from")
    if (end - start).days + 1 > LONGEST_PERIOD_DAYS:
        raise PeriodError("A report can cover at most 10 years. Choose a shorter period", "from")
    return Period(start, end)
