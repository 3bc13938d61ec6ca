"""Bar charts drawn on the server: SVG for pages (no JavaScript, prints as it looks) and the same
chart as PNG for Word, which cannot embed SVG. Pillow draws the PNG with its own bundled font, so
nothing outside the Python packages is needed.

Charts take published values only: a hidden count has no bar, just the words "fewer than 5", so a
chart can never show more than the table beside it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from markupsafe import Markup, escape
from PIL import Image, ImageDraw, ImageFont

from engage.reports.disclosure import format_count

WIDTH = 640
LABEL_WIDTH = 230
VALUE_WIDTH = 110
ROW_HEIGHT = 30
BAR_HEIGHT = 18
TOP = 12
LABEL_CHARACTERS = 34
BAR_COLOUR = "#4b2a85"  # the service's brand colour: 10:1 against white
TEXT_COLOUR = "#0b0c0c"
AXIS_COLOUR = "#505a5f"
PNG_SCALE = 2  # drawn at twice the size so it stays sharp in print


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: hidden by disclosure control


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    unit: str = "comments"
    threshold: int = 5

    @property
    def height(self) -> int:
        return TOP * 2 + ROW_HEIGHT * max(len(self.bars), 1)

    @property
    def biggest(self) -> int:
        return max([bar.value for bar in self.bars if bar.value] or [1])

    def value_text(self, bar: Bar) -> str:
        return format_count(bar.value, self.threshold)

    def description(self) -> str:
        """The chart in words, for screen readers: the same figures as the table beside it."""
        if not self.bars:
            return f"{self.title}: nothing to show."
        parts = [f"{bar.label}: {self.value_text(bar)}" for bar in self.bars]
        return f"{self.title}, {self.unit}. " + "; ".join(parts) + "."


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def _bar_width(chart: Chart, value: int | None) -> int:
    if not value:
        return 0
    return max(2, round((WIDTH - LABEL_WIDTH - VALUE_WIDTH) * value / chart.biggest))


def svg(chart: Chart, chart_id: str) -> Markup:
    """Inline SVG with an accessible name and description (role="img")."""
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    parts = [
        f'<svg class="engage-chart" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'viewBox="0 0 {WIDTH} {chart.height}" width="{WIDTH}" height="{chart.height}" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif" '
        f'font-size="14">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        f'<desc id="{desc_id}">{escape(chart.description())}</desc>',
        f'<line x1="{LABEL_WIDTH}" y1="{TOP - 4}" x2="{LABEL_WIDTH}" '
        f'y2="{chart.height - TOP + 4}" stroke="{AXIS_COLOUR}" stroke-width="1"/>',
    ]
    for index, bar in enumerate(chart.bars):
        y = TOP + index * ROW_HEIGHT
        middle = y + ROW_HEIGHT / 2 + 5
        width = _bar_width(chart, bar.value)
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{middle}" text-anchor="end" fill="{TEXT_COLOUR}">'
            f"{escape(_short(bar.label))}</text>"
        )
        if width:
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" width="{width}" '
                f'height="{BAR_HEIGHT}" fill="{BAR_COLOUR}"/>'
            )
        style = ' font-style="italic"' if bar.value is None else ""
        parts.append(
            f'<text x="{LABEL_WIDTH + width + 6}" y="{middle}" fill="{TEXT_COLOUR}"{style}>'
            f"{escape(chart.value_text(bar))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every piece of text above is escaped


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size * PNG_SCALE)


def png(chart: Chart) -> bytes:
    """The same chart as a PNG image (for Word documents)."""
    scale = PNG_SCALE
    image = Image.new("RGB", (WIDTH * scale, (chart.height + 30) * scale), "white")
    draw = ImageDraw.Draw(image)
    font, title_font = _font(13), _font(15)
    draw.text((8 * scale, 6 * scale), chart.title, fill=TEXT_COLOUR, font=title_font)
    offset = 30
    draw.line(
        [
            (LABEL_WIDTH * scale, (offset + TOP - 4) * scale),
            (LABEL_WIDTH * scale, (offset + chart.height - TOP + 4) * scale),
        ],
        fill=AXIS_COLOUR,
        width=scale,
    )
    for index, bar in enumerate(chart.bars):
        y = offset + TOP + index * ROW_HEIGHT
        middle = (y + ROW_HEIGHT / 2) * scale
        draw.text(
            ((LABEL_WIDTH - 8) * scale, middle),
            _short(bar.label),
            fill=TEXT_COLOUR,
            font=font,
            anchor="rm",
        )
        width = _bar_width(chart, bar.value)
        if width:
            top = (y + (ROW_HEIGHT - BAR_HEIGHT) / 2) * scale
            draw.rectangle(
                [LABEL_WIDTH * scale, top, (LABEL_WIDTH + width) * scale, top + BAR_HEIGHT * scale],
                fill=BAR_COLOUR,
            )
        draw.text(
            ((LABEL_WIDTH + width + 6) * scale, middle),
            chart.value_text(bar),
            fill=TEXT_COLOUR,
            font=font,
            anchor="lm",
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
