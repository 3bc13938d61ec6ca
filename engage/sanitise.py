"""Placeholder until the safeguarding helper's version lands (same API)."""

from __future__ import annotations

import html
import re
import unicodedata

import bleach

_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strip(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _SCRIPT_STYLE.sub("", text)
    text = bleach.clean(text, tags=set(), attributes={}, strip=True)
    return _CONTROL.sub("", html.unescape(text))


def clean_text(text: str) -> str:
    return " ".join(_strip(text).split())


def clean_multiline(text: str) -> str:
    lines = [" ".join(line.split()) for line in _strip(text).splitlines()]
    return "\n".join(lines).strip()


def sanitise_rich_text(value: str) -> str:
    return bleach.clean(
        value,
        tags={"p", "br", "ul", "ol", "li", "a", "strong", "em"},
        attributes={"a": ["href"]},
        strip=True,
    )
