"""Word documents (python-docx): A4 pages, real headings (so Word's navigation pane and screen
readers can move through them), tables with header rows, and charts as PNG images with alt text."""

from __future__ import annotations

import io
from collections.abc import Iterable
from html.parser import HTMLParser

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from engage.reports import charts
from engage.reports.tables import Cell, Table

A4_WIDTH, A4_HEIGHT = Mm(210), Mm(297)


def new_document(title: str) -> DocumentObject:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = title
    document.core_properties.author = "engage"
    document.add_heading(title, level=0)
    return document


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return f"{value:,}" if isinstance(value, int) else str(value)


def add_table(document: DocumentObject, table: Table, heading_level: int | None = 3) -> None:
    if heading_level is not None:
        document.add_heading(table.title, level=heading_level)
    if not table.rows:
        document.add_paragraph("Nothing to show.")
        return
    word_table = document.add_table(rows=1, cols=len(table.header))
    word_table.style = "Table Grid"
    for cell, value in zip(word_table.rows[0].cells, table.header, strict=True):
        cell.text = value
        for run in cell.paragraphs[0].runs:
            run.bold = True
    # Repeat the header row on every page the table spans.
    header_properties = word_table.rows[0]._tr.get_or_add_trPr()
    repeat = header_properties.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    header_properties.append(repeat)
    for row in table.rows:
        cells = word_table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = _text(value)


def add_chart(document: DocumentObject, chart: charts.Chart) -> None:
    document.add_picture(io.BytesIO(charts.png(chart)), width=Mm(170))
    picture = document.inline_shapes[-1]
    # Alt text: Word reads it from the drawing's "descr" attribute.
    picture._inline.docPr.set("descr", chart.description())
    picture._inline.docPr.set("title", chart.title)


def add_lines(document: DocumentObject, text: str, bullets: bool = True) -> None:
    for line in (line.strip() for line in text.splitlines()):
        if line:
            document.add_paragraph(line, style="List Bullet" if bullets else None)


class _RichText(HTMLParser):
    """Turns sanitised "we did" HTML (p, br, ul, ol, li, strong, em, a) into Word paragraphs."""

    def __init__(self, document: DocumentObject) -> None:
        super().__init__(convert_charrefs=True)
        self.document = document
        self.paragraph = None
        self.bold = self.italic = False
        self.lists: list[str] = []
        self.href = ""

    def _current(self):  # type: ignore[no-untyped-def]  # noqa: ANN202
        if self.paragraph is None:
            self.paragraph = self.document.add_paragraph()
        return self.paragraph

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            style = "List Number" if self.lists and self.lists[-1] == "ol" else "List Bullet"
            self.paragraph = self.document.add_paragraph(style=style)
        elif tag == "p":
            self.paragraph = self.document.add_paragraph()
        elif tag == "br":
            self._current().add_run().add_break()
        elif tag == "strong":
            self.bold = True
        elif tag == "em":
            self.italic = True
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("li", "p"):
            self.paragraph = None
        elif tag == "strong":
            self.bold = False
        elif tag == "em":
            self.italic = False
        elif tag == "a":
            if self.href:
                self._current().add_run(f" ({self.href})")
            self.href = ""

    def handle_data(self, data: str) -> None:
        if not data.strip() and self.paragraph is None:
            return
        run = self._current().add_run(data)
        run.bold, run.italic = self.bold, self.italic


def add_rich_text(document: DocumentObject, html: str) -> None:
    parser = _RichText(document)
    parser.feed(html)
    parser.close()


def add_paragraphs(document: DocumentObject, lines: Iterable[str]) -> None:
    for line in lines:
        document.add_paragraph(line)


def to_bytes(document: DocumentObject) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
