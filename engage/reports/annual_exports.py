"""The annual evidence pack and "you said, we did" packs as charts and Word documents."""

from __future__ import annotations

from engage.reports import docx_export, packs
from engage.reports.annual import AnnualPack
from engage.reports.charts import Bar, Chart
from engage.reports.disclosure import format_count
from engage.reports.models import FeedbackPack
from engage.reports.tables import Table, shown
from engage.templating import long_date


def charts(pack: AnnualPack) -> dict[str, Chart]:
    result = {
        "reach": Chart(
            "Young people who took part, by priority",
            [Bar(section.title, section.young_people_total) for section in pack.sections],
            unit="young people",
            threshold=pack.threshold,
        )
    }
    if pack.scrutiny:
        result["responsiveness"] = Chart(
            "Challenges answered on time, by priority",
            [
                Bar(section.title, (section.challenges or {}).get("Answered on time"))
                for section in pack.sections
            ],
            unit="challenges",
            threshold=pack.threshold,
        )
    return result


def _period(pack: AnnualPack) -> str:
    return f"{long_date(pack.period.start)} to {long_date(pack.period.end)}"


def docx(pack: AnnualPack) -> bytes:
    t = pack.threshold
    document = docx_export.new_document("Annual report evidence pack")
    document.add_paragraph(_period(pack))
    document.add_paragraph(
        f"Counts of young people or comments below {t} are shown as \u201cfewer than {t}\u201d, "
        "and a few larger ones are hidden the same way so that small numbers cannot be worked out."
    )
    if pack.empty:
        document.add_paragraph("No sessions were recorded in this period.")
    for chart in charts(pack).values():
        docx_export.add_chart(document, chart)
    for section in pack.sections:
        document.add_heading(section.title, level=1)
        document.add_heading("Who we heard from", level=2)
        document.add_paragraph(
            f"{section.sessions} session{'s' if section.sessions != 1 else ''} with "
            f"{section.groups_visited} engagement "
            f"group{'s' if section.groups_visited != 1 else ''}."
        )
        ages = Table("Young people by age band", ["Age band", "Young people"])
        ages.rows = [[label, shown(value, t)] for label, value in section.young_people.items()]
        ages.rows.append(["All ages", shown(section.young_people_total, t)])
        docx_export.add_table(document, ages, heading_level=3)
        document.add_heading("Main themes", level=2)
        if section.themes:
            themes = Table("Main themes", ["Theme", "Comments", "The year before", "Trend"])
            themes.rows = [
                [theme.label, shown(theme.count, t), shown(theme.year_before, t), theme.trend]
                for theme in section.themes
            ]
            docx_export.add_table(document, themes, heading_level=None)
        else:
            document.add_paragraph("No theme had enough comments to show.")
        for quote in section.quotes:
            document.add_paragraph(f"\u201c{quote}\u201d", style="Quote")
        if section.challenges is not None:
            document.add_heading("Challenges and actions", level=2)
            challenges = Table("Challenges", ["", "Challenges"])
            challenges.rows = [["Raised", shown(section.challenges_raised, t)]] + [
                [label, shown(value, t)] for label, value in section.challenges.items()
            ]
            challenges.rows += [
                [f"Actions: {label.lower()}", shown(value, t)]
                for label, value in (section.actions or {}).items()
            ]
            docx_export.add_table(document, challenges, heading_level=None)
    return docx_export.to_bytes(document)


def pack_docx(pack: FeedbackPack) -> bytes:
    document = docx_export.new_document(pack.title)
    document.add_paragraph(
        f"{pack.group.name}. {long_date(pack.period_start)} to {long_date(pack.period_end)}."
    )
    document.add_heading("You said", level=1)
    docx_export.add_lines(document, pack.you_said)
    document.add_heading("We did", level=1)
    docx_export.add_rich_text(document, pack.we_did_html)
    if packs.lines(pack.next_steps):
        document.add_heading("What happens next", level=1)
        docx_export.add_lines(document, pack.next_steps)
    return docx_export.to_bytes(document)


def hidden_words(threshold: int) -> str:
    return format_count(None, threshold)
