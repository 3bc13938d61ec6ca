"""Reports as plain tables (a title, a header row and rows of cells), the one shape the CSV and
Excel writers take. Cells hold published values only: a hidden count is the words "fewer than 5".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from engage.reports.disclosure import format_count
from engage.reports.theme_report import ThemeReport

Cell = str | int | float | date | None


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


def shown(value: int | None, threshold: int) -> Cell:
    """A published count as a cell: the number, or "fewer than 5" where it is hidden."""
    return value if value is not None else format_count(None, threshold)


def _breakdown(report: ThemeReport, title: str, columns: list[str], attribute: str) -> Table:
    table = Table(title, ["Theme", *columns])
    for row in report.themes:
        cells = getattr(row, attribute)
        if cells is None:
            table.rows.append(
                [row.label, *(["Not shown (small numbers)"] + [""] * (len(columns) - 1))]
            )
        else:
            table.rows.append(
                [row.label, *(shown(cells[column], report.threshold) for column in columns)]
            )
    return table


def theme_report_tables(report: ThemeReport) -> list[Table]:
    t = report.threshold
    summary = Table(
        "Themes",
        ["Theme", "Priority", "Comments", "Comments in the period before", "Trend", "Key words"],
    )
    for row in report.themes:
        summary.rows.append(
            [
                row.label,
                row.priority_title,
                shown(row.count, t),
                shown(row.previous, t),
                row.trend,
                ", ".join(row.keywords),
            ]
        )
    summary.rows.append(
        ["All themes", "", shown(report.total, t), shown(report.previous_total, t), "", ""]
    )
    ages = [label for _, label in _age_labels()]
    young = Table("Young people by age band", ["Theme", *ages, "All ages"])
    for row in report.themes:
        if row.young_people is None:
            young.rows.append([row.label, "Not shown (small numbers)", *[""] * len(ages)])
        else:
            young.rows.append(
                [
                    row.label,
                    *(shown(row.young_people[a], t) for a in ages),
                    shown(row.young_people_total, t),
                ]
            )
    quotes = Table("Quotes", ["Theme", "Engagement group", "What a young person said (redacted)"])
    for row in report.themes:
        for quote in row.quotes:
            quotes.rows.append([row.label, quote.group, quote.text])
    challenges = Table(
        "Challenges and actions",
        ["Theme", "Challenge", "Title", "Status", "Verdict", "Action", "Action status", "Due"],
    )
    for row in report.themes:
        for challenge in row.challenges:
            base: list[Cell] = [
                row.label,
                challenge.number,
                challenge.title,
                challenge.status_label,
                challenge.verdict_label,
            ]
            if not challenge.actions:
                challenges.rows.append([*base, "", "", None])
            for action in challenge.actions:
                challenges.rows.append(
                    [*base, action.description, action.status_label, action.due_on]
                )
    return [
        summary,
        _breakdown(report, "By engagement group", report.groups, "by_group"),
        _breakdown(report, "By quarter", report.quarters, "by_quarter"),
        _breakdown(
            report, "Feeling (a rough guide)", ["Positive", "Neutral", "Negative"], "by_sentiment"
        ),
        young,
        quotes,
        challenges,
    ]


def _age_labels() -> list[tuple[str, str]]:
    from engage.canvasser.models import AGE_BANDS

    return AGE_BANDS


def long_rows(tables: list[Table]) -> Iterator[list[Cell]]:
    """Every table as one long table for CSV: which table, then its own header and cells."""
    yield ["Table", "Row", "Column", "Value"]
    for table in tables:
        for row in table.rows:
            label = row[0]
            for column, value in zip(table.header[1:], row[1:], strict=False):
                if value in ("", None):
                    continue
                yield [table.title, label, column, value]


def about_rows(facts: dict[str, Any]) -> list[list[Cell]]:
    return [[key, value] for key, value in facts.items()]
