"""A small pattern language over stemmed words, so lexicons read as words rather than regexes.

    "put @POSS hand on"      one token from each position; words are stemmed when compiled
    "hit|beat|punch"         any one of these words at this position
    "@HIT"                   a named word class (defined by the lexicon that compiles the pattern)
    "?really"                an optional word
    "~3"                     up to three words of anything
    "#"                      a number ("15", "£200", "4am"); "#10-15" a whole number in that range
    "=getting"               this exact word, not its stem (the stem of "getting" is also "got"'s)
    "*"                      exactly one word of anything

Multi-word alternatives join with "+" ("talk+about"). Patterns are indexed by their first required
word, so matching a comment costs one dictionary look-up per word plus a short check where a
pattern could start - fast enough to screen thousands of comments a second in pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from engage.safeguarding.lexicon import word_set
from engage.safeguarding.screening_text import prepare, stem

_NUMBER_RE = re.compile(r"£?\d[\d,.]*(?:k|am|pm|s|th|st|nd|rd)?")
_ANY = "*"
_NUM = "#"
_RANGE_RE = re.compile(r"#(\d+)-(\d+)")

Alt = tuple[str, ...]  # one alternative: the stems of one or more words

# Words so common that anchoring a pattern on them would try it at nearly every word.
_COMMON = word_set(
    "i me my we us our you your he she him her his they them their it is am are was be been "
    "the a an to of and in on at for with not no do have get go so that this what when if "
    "will would going"
)


@dataclass(frozen=True)
class _Item:
    """One position of a pattern: a word from a set, a run of words, or a gap."""

    singles: frozenset[str]  # one-word alternatives
    multis: dict[str, tuple[Alt, ...]]  # longer alternatives by their first word, longest first
    number: bool = False  # "#" is an alternative
    anything: bool = False  # "*" is an alternative
    optional: bool = False
    gap: int = -1  # >= 0 for "~n"
    ranges: tuple[tuple[int, int], ...] = ()  # "#10-15"
    surface: frozenset[str] = frozenset()  # "=getting": exact words

    def ends(self, stems: Sequence[str], pos: int, words: Sequence[str]) -> list[int]:
        """Where this item can end if it starts at pos, longest first."""
        if pos >= len(stems):
            return []
        word = stems[pos]
        out = [pos + len(alt) for alt in self.multis.get(word, ()) if _fits(alt, stems, pos)]
        if (
            words[pos] in self.surface
            or word in self.singles
            or self.anything
            or (self.number and _NUMBER_RE.fullmatch(word))
            or (self.ranges and _in_ranges(word, self.ranges))
        ):
            out.append(pos + 1)
        return out

    def words(self) -> set[str]:
        """Stems this item can start with (exact words are indexed by their stem)."""
        return set(self.singles) | set(self.multis) | {stem(w) for w in self.surface}

    def reversed(self) -> _Item:
        multis: dict[str, list[Alt]] = {}
        for alts in self.multis.values():
            for alt in alts:
                multis.setdefault(alt[-1], []).append(alt[::-1])
        return _Item(
            self.singles,
            {k: tuple(sorted(v, key=len, reverse=True)) for k, v in multis.items()},
            self.number,
            self.anything,
            self.optional,
            self.gap,
            self.ranges,
            self.surface,
        )


def _in_ranges(word: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    if not word.isdigit():
        return False
    value = int(word)
    return any(lo <= value <= hi for lo, hi in ranges)


def _fits(alt: Alt, stems: Sequence[str], pos: int) -> bool:
    if pos + len(alt) > len(stems):
        return False
    return all(
        stem == stems[pos + k]
        or stem == _ANY
        or (stem == _NUM and _NUMBER_RE.fullmatch(stems[pos + k]) is not None)
        for k, stem in enumerate(alt)
    )


@dataclass(frozen=True)
class _Pattern:
    key: Hashable
    before: tuple[_Item, ...]  # items before the anchor, reversed (matched backwards)
    anchor: _Item
    after: tuple[_Item, ...]


def stem_phrase(phrase: str) -> Alt:
    """A phrase in plain words -> its stems as the matcher sees them ("talked about": talk, about).

    Uses the same preparation as comments, so "don't" in a lexicon becomes "do not" as it does in
    text, and spellings ("bf" -> "boyfriend") line up.
    """
    return tuple(t.stem for t in prepare(phrase).tokens)


def word_class(text: str) -> tuple[str, ...]:
    """ "a b c+d" -> ("a", "b", "c+d"): a class member list written as one string."""
    return tuple(text.split())


def _alts(spec: str, classes: Mapping[str, tuple[str, ...]]) -> list[Alt]:
    out: list[Alt] = []
    for alt in spec.split("|"):
        if alt.startswith("@"):
            name = alt[1:]
            if name not in classes:
                raise KeyError(f"unknown word class @{name}")
            out.extend(_alts("|".join(classes[name]), classes))
        elif alt in (_ANY, _NUM) or _RANGE_RE.fullmatch(alt) or alt.startswith("="):
            out.append((alt,))
        else:
            stems = stem_phrase(alt.replace("+", " "))
            if stems:
                out.append(stems)
    return out


def _item(spec: str, classes: Mapping[str, tuple[str, ...]], optional: bool) -> _Item:
    alts = _alts(spec, classes)
    multis: dict[str, list[Alt]] = {}
    for alt in alts:
        if len(alt) > 1:
            multis.setdefault(alt[0], []).append(alt)
    ranges = tuple(
        (int(m.group(1)), int(m.group(2)))
        for a in alts
        if len(a) == 1 and (m := _RANGE_RE.fullmatch(a[0]))
    )
    special = {_ANY, _NUM}
    return _Item(
        singles=frozenset(
            a[0]
            for a in alts
            if len(a) == 1
            and a[0] not in special
            and not _RANGE_RE.fullmatch(a[0])
            and not a[0].startswith("=")
        ),
        multis={k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in multis.items()},
        number=(_NUM,) in alts,
        anything=(_ANY,) in alts,
        optional=optional,
        ranges=ranges,
        surface=frozenset(a[0][1:] for a in alts if len(a) == 1 and a[0].startswith("=")),
    )


def _parse(pattern: str, key: Hashable, classes: Mapping[str, tuple[str, ...]]) -> _Pattern:
    items: list[_Item] = []
    for spec in pattern.split():
        if spec.startswith("~"):
            items.append(_Item(frozenset(), {}, gap=int(spec[1:])))
        elif spec.startswith("?") and len(spec) > 1:
            items.append(_item(spec[1:], classes, optional=True))
        else:
            items.append(_item(spec, classes, optional=False))
    if items and items[0].gap >= 0:
        raise ValueError(f"a pattern cannot start with a gap: {pattern!r}")
    # Anchor on the required item whose words are rarest, so the pattern is tried seldom.
    candidates = [
        i for i, it in enumerate(items) if it.gap < 0 and not it.optional and not it.anything
    ]
    candidates = [
        i for i in candidates if not items[i].number and not items[i].ranges
    ] or candidates
    if not candidates:
        raise ValueError(f"a pattern needs at least one required word: {pattern!r}")
    anchor = min(candidates, key=lambda i: (len(items[i].words() & _COMMON), len(items[i].words())))
    before = tuple(it.reversed() for it in reversed(items[:anchor]))
    return _Pattern(key, before, items[anchor], tuple(items[anchor + 1 :]))


class Matcher:
    """Patterns under keys; ``find`` returns (key, start, end) token spans, leftmost per key."""

    def __init__(self, classes: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self._classes = classes or {}
        self._index: dict[str, list[_Pattern]] = {}
        self._numbered: list[_Pattern] = []  # anchored on "#"
        self._order: dict[Hashable, int] = {}

    def add(self, key: Hashable, patterns: Sequence[str]) -> None:
        self._order.setdefault(key, len(self._order))
        for text in patterns:
            pattern = _parse(text, key, self._classes)
            if pattern.anchor.number or pattern.anchor.ranges:
                self._numbered.append(pattern)
            for word in pattern.anchor.words():
                self._index.setdefault(word, []).append(pattern)

    def find(
        self, stems: Sequence[str], words: Sequence[str] | None = None
    ) -> list[tuple[Hashable, int, int]]:
        """Matches in a comment's stems (and its exact words, for "=word" items)."""
        words = stems if words is None else words
        found: list[tuple[Hashable, int, int]] = []
        backwards: list[str] | None = None
        backwards_words: list[str] | None = None
        n = len(stems)
        for i, word in enumerate(stems):
            entries = self._index.get(word)
            if self._numbered and _NUMBER_RE.fullmatch(word):
                entries = (entries or []) + self._numbered
            if not entries:
                continue
            for pattern in entries:
                for anchor_end in pattern.anchor.ends(stems, i, words):
                    end = _match(pattern.after, 0, stems, anchor_end, words)
                    if end < 0:
                        continue
                    if pattern.before:
                        if backwards is None or backwards_words is None:
                            backwards = list(reversed(stems))
                            backwards_words = list(reversed(words))
                        back = _match(pattern.before, 0, backwards, n - i, backwards_words)
                        if back < 0:
                            continue
                        start = n - back
                    else:
                        start = i
                    found.append((pattern.key, start, end))
                    break
        return _leftmost(found, self._order)


def _match(
    items: tuple[_Item, ...], k: int, stems: Sequence[str], pos: int, words: Sequence[str]
) -> int:
    """End of a match of items[k:] starting at pos (optional words taken, gaps short), or -1."""
    if k == len(items):
        return pos
    item = items[k]
    if item.gap >= 0:
        for skip in range(min(item.gap, len(stems) - pos) + 1):
            end = _match(items, k + 1, stems, pos + skip, words)
            if end >= 0:
                return end
        return -1
    for end in item.ends(stems, pos, words):
        rest = _match(items, k + 1, stems, end, words)
        if rest >= 0:
            return rest
    if item.optional:
        return _match(items, k + 1, stems, pos, words)
    return -1


def _leftmost(
    found: list[tuple[Hashable, int, int]], order: dict[Hashable, int]
) -> list[tuple[Hashable, int, int]]:
    """Per key, non-overlapping matches, leftmost first and longest at the same start."""
    found.sort(key=lambda f: (order[f[0]], f[1], -f[2]))
    out: list[tuple[Hashable, int, int]] = []
    last_end: dict[Hashable, int] = {}
    for key, start, end in found:
        if start < last_end.get(key, -1):
            continue
        out.append((key, start, end))
        last_end[key] = end
    out.sort(key=lambda f: (f[1], order[f[0]]))
    return out


__all__ = ["Matcher", "stem_phrase", "word_class"]
