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
from engage.themes.text import is_stop
from engage.themes.vocabulary import CONCEPTS

MAX_PHRASE = 4
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
    words, stems = doc.tokens.words, doc.tokens.stems
    stop = [is_stop(w) for w in words]
    out: dict[tuple[str, ...], str] = {}
    n = len(words)
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


def keys_of(doc: Doc) -> set[tuple[str, ...]]:
    """Every label key a comment offers: its phrases' stems and its concepts."""
    keys = set(_phrases(doc))
    keys.update(("#", CONCEPTS[ci].key) for ci, s in doc.concepts.items() if s >= 1.0)
    return keys


def candidates(members: Sequence[int], docs: Sequence[Doc], background: Counter) -> list[Candidate]:
    """Scored label candidates for a theme; background counts each key's documents in the
    priority, so words every comment in the priority uses ("online") rank low."""
    n = len(members)
    where: dict[tuple[str, ...], set[int]] = {}
    surface: dict[tuple[str, ...], dict[str, int]] = {}
    said: dict[tuple[str, ...], dict[str, int]] = {}

    def count(
        table: dict[tuple[str, ...], dict[str, int]], key: tuple[str, ...], text: str
    ) -> None:
        texts = table.get(key)
        if texts is None:
            table[key] = {text: 1}
        else:
            texts[text] = texts.get(text, 0) + 1

    for m in members:
        doc = docs[m]
        for key, text in _phrases(doc).items():
            where.setdefault(key, set()).add(m)
            count(surface, key, text)
        for ci, strength in doc.concepts.items():
            if strength < 1.0:
                # Only strong terms name a theme: "respect" alone must not make a theme "Gangs".
                continue
            key = ("#", CONCEPTS[ci].key)
            where.setdefault(key, set()).add(m)
            count(surface, key, CONCEPTS[ci].name)
        for hit in doc.hits:
            if "…" not in hit.surface:
                count(said, ("#", CONCEPTS[hit.concept].key), hit.surface)
    total = max(1, background.get(("__n__",), 1))
    found: list[Candidate] = []
    for key, ms in where.items():
        cover = len(ms) / n
        if len(ms) < 2 and n > 1:
            continue
        outside = max(0, background.get(key, 0) - len(ms))
        rest = max(1, total - n)
        lift = math.log1p(cover / ((outside + 0.5) / rest))
        if key[0] == "#":
            concept = next(c for c in CONCEPTS if c.key == key[1])
            weight = 1.3 * concept.theme_weight
        else:
            weight = 1.0 + 0.25 * (min(len(key), 3) - 1)
        text = sorted(surface[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        terms = tuple(
            _display(t)
            for t, _ in sorted(said.get(key, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        )
        found.append(Candidate(key, _display(text), frozenset(ms), cover * lift * weight, terms))
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
            if new and not overlap and len(second.text.split()) <= 3:
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
