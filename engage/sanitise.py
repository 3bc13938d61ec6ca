"""Cleaning text that people type or paste in.

The only module in the project that imports bleach, so a move to another sanitiser is one file.

- ``clean_text``: plain text for one comment. Tags go, the contents of <script> and <style> go,
  entities are decoded (the result is plain text that templates escape on output), control
  characters go, whitespace collapses to single spaces, Unicode is NFC. Every script and emoji is
  kept as typed.
- ``clean_multiline``: the same for longer free text, keeping single line breaks.
- ``sanitise_rich_text``: HTML for the few places that offer formatting (a chair's answer, "we did"
  text): p, br, ul, ol, li, strong, em and links (http, https, mailto) with rel="nofollow noopener".
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

import bleach
from bleach.html5lib_shim import Filter

RICH_TAGS = frozenset({"p", "br", "ul", "ol", "li", "a", "strong", "em"})
RICH_ATTRIBUTES = {"a": ["href", "rel"]}
RICH_PROTOCOLS = frozenset({"http", "https", "mailto"})

_SCRIPT_STYLE_RE = re.compile(
    r"<\s*(script|style)\b[^>]*>.*?(?:<\s*/\s*\1\s*>|$)", re.IGNORECASE | re.DOTALL
)
_BLOCK_TAG_RE = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|tr|h[1-6]|ul|ol|table|blockquote)\b[^>]*>", re.I
)
# Zero-width joiners (U+200C, U+200D) are kept: Bengali conjuncts and emoji sequences need them.
_KEEP_FORMAT = frozenset({"\u200c", "\u200d"})
_LINE_BREAKS_RE = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_SPACES_RE = re.compile(r"[^\S\n]+")
_ANY_SPACE_RE = re.compile(r"\s+")
_BLANK_LINES_RE = re.compile(r"\n(?:[^\S\n]*\n)+")
_MAX_ROUNDS = 4


def _drop_controls(text: str) -> str:
    return "".join(
        ch
        for ch in text
        if ch in "\n\t "
        or ch in _KEEP_FORMAT
        or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co"}
    )


def _strip_markup(text: str) -> str:
    """Tags out, entities decoded; repeated until stable so that the result is idempotent."""
    for _ in range(_MAX_ROUNDS):
        before = text
        text = _SCRIPT_STYLE_RE.sub(" ", text)
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = bleach.clean(text, tags=set(), attributes={}, strip=True, strip_comments=True)
        text = html.unescape(text)
        if text == before:
            break
    return text


def clean_text(text: str) -> str:
    """One comment as plain text on one line."""
    if not text:
        return ""
    text = _drop_controls(_LINE_BREAKS_RE.sub("\n", text))
    text = _drop_controls(unicodedata.normalize("NFC", _strip_markup(text)))
    return _ANY_SPACE_RE.sub(" ", text).strip()


def clean_multiline(text: str) -> str:
    """Longer free text: like ``clean_text`` but single line breaks are kept (blank lines fold)."""
    if not text:
        return ""
    text = _drop_controls(_LINE_BREAKS_RE.sub("\n", text))
    text = _drop_controls(unicodedata.normalize("NFC", _strip_markup(text)))
    text = _SPACES_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES_RE.sub("\n", text).strip()


class _LinkRelFilter(Filter):
    """Adds rel="nofollow noopener" to every link that survives cleaning."""

    def __iter__(self) -> Iterator[dict[str, object]]:
        for token in super().__iter__():
            if token.get("type") in {"StartTag", "EmptyTag"} and token.get("name") == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = "nofollow noopener"
                token["data"] = attrs
            yield token


_CLEANER = bleach.sanitizer.Cleaner(
    tags=RICH_TAGS,
    attributes=RICH_ATTRIBUTES,
    protocols=RICH_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[_LinkRelFilter],
)


def sanitise_rich_text(markup: str) -> str:
    """HTML safe to show as is, keeping only the formatting we offer."""
    if not markup:
        return ""
    markup = _SCRIPT_STYLE_RE.sub("", markup)
    markup = _drop_controls(unicodedata.normalize("NFC", _LINE_BREAKS_RE.sub("\n", markup)))
    return _CLEANER.clean(markup).strip()
