"""Scoring redaction against labelled comments, shared by the tests and the benchmark.

A labelled comment is ``{"text", "pii": [...], "keep": [...]}`` with an optional ``"kinds"`` list
giving each ``pii`` item's kind. The scores are deliberately strict:

- a personal item counts as removed only when every word of it, wherever it occurs in the comment,
  overlaps something redaction found ("Hassan [NAME]" has not removed "Hassan Rahman");
- a keep item counts as intact only when it is still in the redacted text as written;
- every other word of the comment (not inside a personal item) is counted as intact or changed, so
  over-redaction shows even where no keep item was written.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from engage.safeguarding.redaction import Redaction

_WORD_RE = re.compile(r"\w+")


@dataclass
class Scores:
    removed: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    keep_ok: int = 0
    keep_total: int = 0
    words_ok: int = 0
    words_total: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # kind, item, redacted text
    lost: list[tuple[str, str]] = field(default_factory=list)  # keep item, redacted text

    def share(self, kind: str) -> float:
        return self.removed[kind] / self.total[kind] if self.total[kind] else 1.0

    @property
    def keep_share(self) -> float:
        return self.keep_ok / self.keep_total if self.keep_total else 1.0

    @property
    def words_share(self) -> float:
        return self.words_ok / self.words_total if self.words_total else 1.0


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _occurrences(text: str, item: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while (i := text.find(item, pos)) >= 0:
        spans.append((i, i + len(item)))
        pos = i + 1
    return spans


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def score(
    records: Iterable[dict],
    redact: Callable[[str], Redaction],
    kind_of: Callable[[str, str], str] | None = None,
) -> Scores:
    """Score ``redact`` on labelled comments; ``kind_of(item, text)`` names kinds not labelled."""
    scores = Scores()
    for rec in records:
        text = rec["text"]
        result = redact(text)
        found = [(s, e) for _, s, e in result.findings]
        kinds = rec.get("kinds") or [
            kind_of(item, text) if kind_of else "ANY" for item in rec["pii"]
        ]
        pii_spans: list[tuple[int, int]] = []
        for item, kind in zip(rec["pii"], kinds, strict=True):
            occurrences = _occurrences(text, item)
            pii_spans.extend(occurrences)
            words = [m.span() for s, e in occurrences for m in _WORD_RE.finditer(text, s, e)]
            ok = item not in result.text and all(_overlaps(s, e, found) for s, e in words)
            scores.total[kind] += 1
            scores.removed[kind] += ok
            if not ok:
                scores.missed.append((kind, item, result.text))
        for item in rec["keep"]:
            scores.keep_total += 1
            if item in result.text:
                scores.keep_ok += 1
            else:
                scores.lost.append((item, result.text))
        for m in _WORD_RE.finditer(text):
            if _overlaps(m.start(), m.end(), pii_spans):
                continue
            scores.words_total += 1
            scores.words_ok += not _overlaps(m.start(), m.end(), found)
    return scores
