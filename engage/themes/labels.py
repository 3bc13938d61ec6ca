"""Names for themes that read like a person wrote them: "Image sharing and nudes", "Gangs",
"Waiting times for CAMHS".

Candidates are the concepts most members share (each has a human name) and phrases the young
people themselves used: runs of one to four words that start and end on a content word, kept in
their natural order ("abuse at home", "fake news"). The best-covering, most distinctive candidate
leads; a second joins with "and" when it covers members the first does not.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from engage.themes.features import Doc
from engage.themes.vocabulary import CONCEPTS

MAX_PHRASE = 3
PHRASE_WORDS = 40  # words of each comment read for label phrases
JOINERS = frozenset({"of", "for", "at", "in", "on", "to", "and", "with", "from", "about", "the"})
KEEP_CASE = {
    "camhs": "CAMHS",
    "pshe": "PSHE",
    "rse": "RSE",
    "fgm": "FGM",
    "gp": "GP",
    "gps": "GPs",
    "nhs": "NHS",
    "ehcp": "EHCP",
    "adhd": "ADHD",
    "ocd": "OCD",
    "lgbtq+": "LGBTQ+",
    "lgbt": "LGBT",
    "ani": "Ani",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "whatsapp": "WhatsApp",
    "instagram": "Instagram",
    "snapchat": "Snapchat",
    "facebook": "Facebook",
    "xbox": "Xbox",
    "covid": "Covid",
    "a&e": "A&E",
    "ai": "AI",
    "uk": "UK",
    "london": "London",
    "i": "I",
}


@dataclass(frozen=True)
class Candidate:
    key: tuple[str, ...]  # stems (phrases) or ("#", concept key)
    text: str
    members: frozenset[int]
    score: float
    terms: tuple[str, ...] = ()  # for a concept: members' own words for it, commonest first


def _phrases(doc: Doc) -> dict[tuple[str, ...], str]:
    words, stems, stop = doc.tokens.words, doc.tokens.stems, doc.tokens.stop
    out: dict[tuple[str, ...], str] = {}
    # A theme's name comes from what many comments share; the tail of a 400-word comment adds
    # thousands of phrases and nothing to that.
    n = min(len(words), PHRASE_WORDS)
    for i in range(n):
        if stop[i] or not (words[i].isalpha() or words[i].endswith("+")):
            continue
        out.setdefault((stems[i],), words[i])
        for j in range(i + 1, min(n, i + MAX_PHRASE)):
            if stop[j]:
                if words[j] not in JOINERS:
                    break  # a phrase may run through "of" or "at", not through "because"
                continue  # nor end on one
            out.setdefault(tuple(stems[i : j + 1]), " ".join(words[i : j + 1]))
    return out


def _display(phrase: str) -> str:
    return " ".join(KEEP_CASE.get(w, w) for w in phrase.split())


def capitalise(label: str) -> str:
    return label[:1].upper() + label[1:] if label else label


class PhraseCache:
    """Each comment's phrases and label keys, worked out once however often labelling asks."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.docs = docs
        self._phrases: dict[int, dict[tuple[str, ...], str]] = {}
        self._keys: dict[int, frozenset[tuple[str, ...]]] = {}

    def phrases(self, j: int) -> dict[tuple[str, ...], str]:
        found = self._phrases.get(j)
        if found is None:
            found = self._phrases[j] = _phrases(self.docs[j])
        return found

    def keys(self, j: int) -> frozenset[tuple[str, ...]]:
        """Every label key a comment offers: its phrases' stems and its strong concepts."""
        found = self._keys.get(j)
        if found is None:
            concepts = [
                ("#", CONCEPTS[ci].key) for ci, s in self.docs[j].concepts.items() if s >= 1.0
            ]
            found = self._keys[j] = frozenset(self.phrases(j)).union(concepts)
        return found


_BY_KEY = {c.key: c for c in CONCEPTS}


def _commonest(counts: dict[str, int]) -> list[str]:
    return [t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def candidates(
    members: Sequence[int],
    cache: PhraseCache,
    background: Counter,
    size: int = 0,
    priority: str | None = None,
    shared: int = 2,
) -> list[Candidate]:
    """Scored label candidates for a theme of `size` comments, read from `members` (all of them
    or a sample); background counts each key's comments in the whole priority, so words every
    comment in the priority uses ("online") rank low. Only strong concept terms count: "respect"
    alone must not name a theme "Gangs"; and a concept that belongs to another of the default
    priorities does not lend its name ("pressure" in a domestic abuse theme is not "pressure from
    social media"). priority: the default slug the theme is under, if any. shared: how many members
    must use a phrase for it to be a candidate (one, for a theme whose few members share none)."""
    n = len(members)
    size = max(size, n)
    seen: Counter = Counter()
    for m in members:
        seen.update(cache.keys(m))
    frequent = {k for k, c in seen.items() if c >= shared or n == 1}
    where: dict[tuple[str, ...], list[int]] = {k: [] for k in frequent}
    surface: dict[tuple[str, ...], dict[str, int]] = {k: {} for k in frequent}
    said: dict[tuple[str, ...], dict[str, int]] = {}
    for m in members:
        phrases = cache.phrases(m)
        for key in frequent.intersection(phrases):
            where[key].append(m)
            texts = surface[key]
            texts[phrases[key]] = texts.get(phrases[key], 0) + 1
        doc = cache.docs[m]
        for ci, strength in doc.concepts.items():
            key = ("#", CONCEPTS[ci].key)
            if strength >= 1.0 and key in frequent:
                where[key].append(m)
                surface[key][CONCEPTS[ci].name] = 1
        for hit in doc.hits:
            key = ("#", CONCEPTS[hit.concept].key)
            if key in frequent and "…" not in hit.surface:
                texts = said.setdefault(key, {})
                texts[hit.surface] = texts.get(hit.surface, 0) + 1
    total = max(1, background.get(("__n__",), 1))
    rest = max(1, total - size)
    found: list[Candidate] = []
    for key, ms in where.items():
        if key[0] == "#" and priority is not None:
            leaning = max(_BY_KEY[key[1]].weights.items(), key=lambda kv: kv[1], default=None)
            if leaning is not None and leaning[0] != priority:
                continue
        cover = len(ms) / n
        outside = max(0.0, background.get(key, 0) - cover * size)
        lift = math.log1p(cover / ((outside + 0.5) / rest))
        if key[0] == "#":
            weight = 1.5 * _BY_KEY[key[1]].theme_weight
        else:
            weight = 1.0 + 0.4 * (min(len(key), 3) - 1)  # "older boys" says more than "older"
        text = _commonest(surface[key])[0]
        terms = tuple(_display(t) for t in _commonest(said.get(key, {})))
        found.append(
            Candidate(key, _display(text), frozenset(ms), cover**1.5 * lift * weight, terms)
        )
    found.sort(key=lambda c: (-c.score, c.text))
    return found


def make_label(found: Sequence[Candidate], size: int) -> str:
    if not found:
        return "Other comments"
    first = found[0]
    label = first.text
    if " and " not in label and len(first.members) < size:
        first_words = set(first.text.lower().split())
        for second in found[1:6]:
            new = second.members - first.members
            overlap = first_words & set(second.text.lower().split())
            # A lone second word reads badly ("Trusted adults and social"): only a phrase or a
            # concept's name may join the first.
            whole = second.key[0] == "#" or len(second.key) > 1
            if new and not overlap and whole and len(second.text.split()) <= 3:
                label = f"{label} and {second.text}"
                break
    return capitalise(label)


def keywords(found: Sequence[Candidate], limit: int = 6) -> list[str]:
    """Single words and short phrases, most telling first, no repeats of the same word."""
    out: list[str] = []
    seen: set[str] = set()
    for cand in found:
        options = cand.terms[:2] if cand.key[0] == "#" else (cand.text,)
        for text in options:
            words = text.lower().split()
            if len(words) > 2 or any(w in seen for w in words):
                continue
            out.append(text)
            seen.update(words)
            if len(out) == limit:
                return out
    return out
