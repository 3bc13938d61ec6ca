"""Recognising last run's themes in this run's, so the app keeps their ids and people's names.

A `ThemeSignature` is plain data the app stores with a theme (JSON-friendly, no comment text):
its id, its keywords and fingerprints of its members' wording. `match_themes` pairs previous
signatures with current themes one-to-one, by how many of the previous members are still in the
theme and how alike the keywords are, and leaves unmatched anything below a minimum score.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from scipy.optimize import linear_sum_assignment

from engage.themes.text import stem

MEMBER_WEIGHT = 0.75  # members still present matter more than words, which drift with new comments
MIN_SCORE = 0.3


class _ThemeLike(Protocol):
    keywords: Sequence[str]
    member_hashes: Sequence[str]
    priority: str


@dataclass(frozen=True)
class ThemeSignature:
    id: Hashable
    keywords: tuple[str, ...]
    member_hashes: tuple[str, ...]
    priority: str = ""
    label: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "keywords": list(self.keywords),
            "member_hashes": list(self.member_hashes),
            "priority": self.priority,
            "label": self.label,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ThemeSignature:
        return cls(
            id=data["id"],
            keywords=tuple(data.get("keywords", ())),
            member_hashes=tuple(data.get("member_hashes", ())),
            priority=str(data.get("priority", "")),
            label=str(data.get("label", "")),
        )

    @classmethod
    def of(cls, theme: _ThemeLike, id: Hashable, label: str = "") -> ThemeSignature:
        return cls(
            id=id,
            keywords=tuple(theme.keywords),
            member_hashes=tuple(sorted(set(theme.member_hashes))),
            priority=theme.priority,
            label=label or str(getattr(theme, "label", "")),
        )


def _stems(words: Sequence[str]) -> set[str]:
    return {stem(part) for w in words for part in w.lower().split()}


def similarity(previous: ThemeSignature, current: _ThemeLike) -> float:
    """0..1: share of the previous theme's members still in it, blended with keyword overlap."""
    before = set(previous.member_hashes)
    now = set(current.member_hashes)
    kept = len(before & now) / len(before) if before else 0.0
    a, b = _stems(previous.keywords), _stems(current.keywords)
    words = len(a & b) / len(a | b) if a | b else 0.0
    return MEMBER_WEIGHT * kept + (1.0 - MEMBER_WEIGHT) * words


def match_themes(
    previous: Sequence[ThemeSignature],
    current: Sequence[_ThemeLike],
    min_score: float = MIN_SCORE,
    same_priority: bool = True,
) -> dict[int, Hashable]:
    """Current theme index -> previous id, one-to-one, best total similarity first.

    Themes whose priority changed are not matched when same_priority is true (the default): a
    theme that moved priority is a different conversation for the priority group.
    """
    if not previous or not current:
        return {}
    score = np.zeros((len(current), len(previous)))
    for i, theme in enumerate(current):
        for j, sig in enumerate(previous):
            if same_priority and sig.priority and sig.priority != theme.priority:
                continue
            score[i, j] = similarity(sig, theme)
    rows, cols = linear_sum_assignment(-score)
    return {
        int(i): previous[j].id
        for i, j in sorted(zip(rows, cols, strict=True))
        if score[i, j] >= min_score
    }
