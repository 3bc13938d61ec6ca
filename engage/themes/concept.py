"""A concept: words and phrases that mean the same thing for the engine's purposes.

The default priorities' slugs live here too, so the concept lists can name them without importing
vocabulary.py (which assembles those lists).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DA = "domestic-abuse"
OS = "online-safety"
EX = "exploitation"
OTHER = "other"


@dataclass(frozen=True)
class Concept:
    key: str
    name: str  # how a person would say it in a theme label
    weights: Mapping[str, float]  # evidence per default priority slug
    terms: str
    weak: str = ""
    theme_weight: float = 1.0  # how much the concept separates themes within a priority
    mid: str = ""
    term_list: tuple[str, ...] = field(init=False)
    weak_list: tuple[str, ...] = field(init=False)
    mid_list: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        split = _split_terms
        object.__setattr__(self, "term_list", split(self.terms))
        object.__setattr__(self, "weak_list", split(self.weak))
        object.__setattr__(self, "mid_list", split(self.mid))


def _split_terms(text: str) -> tuple[str, ...]:
    terms = tuple(t.strip() for t in text.replace("\n", " ").split("|") if t.strip())
    for term in terms:
        # The lexicon pairs two parts only; a third would silently be read as part of the first.
        if term.count(" + ") > 1:
            raise ValueError(f"a term may join two parts with ' + ', not more: {term!r}")
    return terms


def C(
    key: str,
    name: str,
    weights: Mapping[str, float],
    terms: str,
    weak: str = "",
    theme_weight: float = 1.0,
    mid: str = "",
) -> Concept:
    return Concept(key, name, dict(weights), terms, weak, theme_weight, mid)
