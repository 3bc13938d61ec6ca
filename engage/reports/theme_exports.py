"""The theme report as charts and as a Word document."""

from __future__ import annotations

from engage.reports import docx_export
from engage.reports.charts import Bar, Chart
from engage.reports.tables import Table, theme_report_tables
from engage.reports.theme_report import ThemeReport, ThemeRow
from engage.templating import long_date

TOP_THEMES_IN_CHART = 12


def theme_chart(report: ThemeReport) -> Chart:
    return Chart(
        title=(
            f"Comments by theme, {long_date(report.period.start)} to {long_date(report.period.end)}"
        ),
        bars=[Bar(row.label, row.count) for row in report.themes[:TOP_THEMES_IN_CHART]],
        threshold=report.threshold,
    )


def quarter_chart(report: ThemeReport, row: ThemeRow) -> Chart | None:
    if row.by_quarter is None:
        return None
    return Chart(
        title=f"{row.label}: comments by quarter",
        bars=[Bar(quarter, row.by_quarter[quarter]) for quarter in report.quarters],
        threshold=report.threshold,
    )


def describe_period(report: ThemeReport) -> str:
    return (
        f"{long_date(report.period.start)} to {long_date(report.period.end)}, compared with "
        f"{long_date(report.previous_period.start)} to {long_date(report.previous_period.end)}"
    )


def docx(report: ThemeReport) -> bytes:
    document = docx_export.new_document(f"Theme report: {report.title}")
    document.add_paragraph(describe_period(report))
    document.add_paragraph(
        f"Counts below {report.threshold} are shown as \u201cfewer than {report.threshold}\u201d. "
        "A few larger numbers are hidden the same way, so that a small number cannot be worked out "
        "from a total. Withheld comments are never counted or quoted."
    )
    if report.empty:
        document.add_paragraph("No comments in a theme were recorded in this period.")
        return docx_export.to_bytes(document)
    document.add_heading("Themes", level=1)
    docx_export.add_chart(document, theme_chart(report))
    tables = theme_report_tables(report)
    docx_export.add_table(document, tables[0], heading_level=None)
    for row in report.themes:
        document.add_heading(row.label, level=1)
        document.add_paragraph(
            f"{row.priority_title}. Comments: {docx_export._text(_count(row.count, report))}. "
            f"Trend: {row.trend}."
        )
        chart = quarter_chart(report, row)
        if chart is not None:
            docx_export.add_chart(document, chart)
        for title, columns, cells in (
            ("By engagement group", report.groups, row.by_group),
            ("By quarter", report.quarters, row.by_quarter),
            ("Feeling (a rough guide)", ["Positive", "Neutral", "Negative"], row.by_sentiment),
        ):
            if cells is None:
                continue
            table = Table(title, ["", "Comments"])
            table.rows = [[column, _count(cells[column], report)] for column in columns]
            docx_export.add_table(document, table, heading_level=2)
        if row.quotes:
            document.add_heading("What young people said", level=2)
            for quote in row.quotes:
                document.add_paragraph(f"\u201c{quote.text}\u201d ({quote.group})", style="Quote")
        if row.challenges:
            document.add_heading("Challenges and actions", level=2)
            for challenge in row.challenges:
                document.add_paragraph(
                    f"Challenge {challenge.number}: {challenge.title} "
                    f"({challenge.status_label}; {challenge.verdict_label})",
                    style="List Bullet",
                )
                for action in challenge.actions:
                    document.add_paragraph(
                        f"{action.description} ({action.status_label}, "
                        f"due {long_date(action.due_on)})",
                        style="List Bullet 2",
                    )
    return docx_export.to_bytes(document)


def _count(value: int | None, report: ThemeReport) -> int | str:
    return value if value is not None else f"fewer than {report.threshold}"
