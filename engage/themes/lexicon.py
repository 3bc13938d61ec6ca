"""Finding the vocabulary's concepts in a comment, and keeping the words that matched as reasons."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from engage.themes.text import find_tokens, is_stop, normalise_token, stem, strip_placeholders
from engage.themes.vocabulary import CONCEPTS, Concept

WINDOW = 6  # "a + b" terms: both parts start within this many words of each other
WEAK = 0.5
MID = 0.7
# A second, different term of the same concept adds a little: "harassed" and "street" together are
# more telling than either, but repeating a concept must not outvote a different one.
SECOND_TERM = 0.3


# NamedTuples rather than dataclasses: a 100,000-comment run makes millions of these.
class Tokens(NamedTuple):
    """A comment as the engine sees it: normalised words, their stems, and the raw words behind."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    raw: tuple[str, ...]  # raw (lower-case) token each word came from, for showing reasons
    raw_index: tuple[int, ...]
    content: tuple[str, ...]  # stems of the words that are not stop words, in order
    stop: tuple[bool, ...]  # per word: is it a stop word


class Hit(NamedTuple):
    concept: int  # index into CONCEPTS
    strength: float  # 1.0 strong term, WEAK for a weak one
    start: int
    end: int
    surface: str  # the young person's own words that matched


@lru_cache(maxsize=200_000)
def _token(
    raw: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[bool, ...]]:
    words = normalise_token(raw)
    stems = tuple(stem(w) for w in words)
    stop = tuple(is_stop(w) for w in words)
    content = tuple(s for s, st in zip(stems, stop, strict=True) if not st)
    return words, stems, content, stop


def clear_caches() -> None:
    """Forget cached word forms (for cold-start timing; the caches only ever speed things up)."""
    _token.cache_clear()
    normalise_token.cache_clear()
    stem.cache_clear()


def tokenise(text: str) -> Tokens:
    words: list[str] = []
    stems: list[str] = []
    content: list[str] = []
    stop: list[bool] = []
    raw_index: list[int] = []
    raw = find_tokens(strip_placeholders(text.lower()))
    for i, token in enumerate(raw):
        ws, ss, cs, st = _token(token)
        words += ws
        stems += ss
        content += cs
        stop += st
        if len(ws) == 1:
            raw_index.append(i)
        else:
            raw_index += [i] * len(ws)
    return Tokens(
        tuple(words), tuple(stems), tuple(raw), tuple(raw_index), tuple(content), tuple(stop)
    )


def _term_stems(term: str) -> tuple[str, ...]:
    """Stems of a term; a word written "=word" must match exactly (Snowball makes "feelings"
    "feel" and "evenings" "even", which would match far too much)."""
    out: list[str] = []
    for part in term.split():
        if part.startswith("="):
            out.extend("=" + w for w in tokenise(part[1:]).words)
        else:
            out.extend(tokenise(part).stems)
    return tuple(out)


def _key(item: str) -> str:
    return stem(item[1:]) if item.startswith("=") else item


def _matches(tokens: Tokens, start: int, part: tuple[str, ...]) -> bool:
    if start + len(part) > len(tokens.stems):
        return False
    for k, item in enumerate(part):
        if item.startswith("="):
            if tokens.words[start + k] != item[1:]:
                return False
        elif tokens.stems[start + k] != item:
            return False
    return True


class _Phrase(NamedTuple):
    stems: tuple[str, ...]
    concept: int
    strength: float
    single: bool  # one stem, matched on the stem alone: no need to call _matches


@dataclass(frozen=True)
class _Pair:
    first: tuple[str, ...]
    second: tuple[str, ...]
    concept: int
    strength: float


@dataclass(frozen=True)
class CompiledLexicon:
    phrases: dict[str, tuple[_Phrase, ...]]  # one-word terms, by stem
    multi: dict[tuple[str, str], tuple[_Phrase, ...]]  # longer phrases, by their first two stems
    leaning: tuple[str, ...]  # per concept: the priority it weighs most towards ("" for none)
    pairs: dict[str, tuple[_Pair, ...]]  # by the first stem of the first part
    concepts: tuple[Concept, ...]


@lru_cache(maxsize=1)
def compiled() -> CompiledLexicon:
    best: dict[tuple[tuple[str, ...], int], float] = {}
    pair_best: dict[tuple[tuple[str, ...], tuple[str, ...], int], float] = {}
    for ci, concept in enumerate(CONCEPTS):
        for terms, strength in (
            (concept.term_list, 1.0),
            (concept.mid_list, MID),
            (concept.weak_list, WEAK),
        ):
            for term in terms:
                if " + " in term:
                    left, _, right = term.rpartition(" + ")
                    key2 = (_term_stems(left), _term_stems(right), ci)
                    pair_best[key2] = max(pair_best.get(key2, 0.0), strength)
                else:
                    stems = _term_stems(term)
                    if stems:
                        # Two spellings can share a stem ("street"/"streets"): keep the stronger.
                        best[(stems, ci)] = max(best.get((stems, ci), 0.0), strength)
    phrases: dict[str, list[_Phrase]] = defaultdict(list)
    multi: dict[tuple[str, str], list[_Phrase]] = defaultdict(list)
    for (stems, ci), strength in sorted(best.items()):
        single = len(stems) == 1 and not stems[0].startswith("=")
        phrase = _Phrase(stems, ci, strength, single)
        if len(stems) == 1:
            phrases[_key(stems[0])].append(phrase)
        else:
            multi[(_key(stems[0]), _key(stems[1]))].append(phrase)
    pairs: dict[str, list[_Pair]] = defaultdict(list)
    for (first, second, ci), strength in sorted(pair_best.items()):
        if first and second:
            pair = _Pair(first, second, ci, strength)
            pairs[_key(first[0])].append(pair)
    return CompiledLexicon(
        {k: tuple(v) for k, v in phrases.items()},
        {k: tuple(v) for k, v in multi.items()},
        tuple(max(c.weights, key=c.weights.__getitem__, default="") for c in CONCEPTS),
        {k: tuple(v) for k, v in pairs.items()},
        CONCEPTS,
    )


def _surface(tokens: Tokens, start: int, end: int) -> str:
    seen: list[int] = []
    for i in tokens.raw_index[start:end]:
        if not seen or seen[-1] != i:
            seen.append(i)
    return " ".join(tokens.raw[i] for i in seen)


def _starts(tokens: Tokens, part: tuple[str, ...]) -> list[int]:
    first = _key(part[0])
    return [i for i, s in enumerate(tokens.stems) if s == first and _matches(tokens, i, part)]


def find_hits(tokens: Tokens) -> list[Hit]:
    """Every concept term in the comment; a phrase inside a longer matched phrase is dropped
    ("knife" inside "knife crime"), so one stretch of words counts once."""
    lex = compiled()
    stems = tokens.stems
    found: list[Hit] = []
    index, multi = lex.phrases, lex.multi
    raw, raw_index = tokens.raw, tokens.raw_index
    for i, s in enumerate(stems):
        for phrase in index.get(s, ()):
            if phrase.single or _matches(tokens, i, phrase.stems):
                found.append(Hit(phrase.concept, phrase.strength, i, i + 1, raw[raw_index[i]]))
    for i in range(len(stems) - 1):
        for phrase in multi.get((stems[i], stems[i + 1]), ()):
            if _matches(tokens, i, phrase.stems):
                end = i + len(phrase.stems)
                found.append(Hit(phrase.concept, phrase.strength, i, end, _surface(tokens, i, end)))
    if len(found) > 1:
        found = _drop_contained(found, lex.leaning)
    kept = found
    present = set(stems)
    for first_stem in present:
        for pair in lex.pairs.get(first_stem, ()):
            if _key(pair.second[0]) not in present:
                continue
            a_starts = _starts(tokens, pair.first)
            b_starts = _starts(tokens, pair.second)
            best: tuple[int, int] | None = None
            for a in a_starts:
                for b in b_starts:
                    if (
                        a != b
                        and abs(a - b) <= WINDOW
                        and (best is None or abs(a - b) < abs(best[0] - best[1]))
                    ):
                        best = (a, b)
            if best is not None:
                a, b = best
                left = _surface(tokens, a, a + len(pair.first))
                right = _surface(tokens, b, b + len(pair.second))
                surface = f"{left} … {right}"
                lo, hi = min(a, b), max(a + len(pair.first), b + len(pair.second))
                kept.append(Hit(pair.concept, pair.strength, lo, hi, surface))
    kept.sort(key=lambda h: (h.start, h.end, h.concept))
    return kept


def _drop_contained(found: list[Hit], leaning: tuple[str, ...]) -> list[Hit]:
    """Drop a hit inside a longer one that points to a different priority: "older men online" is
    grooming online, not the sexual exploitation "older men" alone suggests, and "girls in care"
    is exploitation, not "in care". Inside a hit for the same priority ("app" in "every app") a
    hit stays: the words mean what they say."""
    kept = []
    for h in found:
        inside = [
            g
            for g in found
            if g.start <= h.start and h.end <= g.end and (g.end - g.start) > (h.end - h.start)
        ]
        if not any(leaning[g.concept] != leaning[h.concept] for g in inside):
            kept.append(h)
    return kept


def concept_scores(hits: list[Hit]) -> dict[int, float]:
    """How strongly each concept is present: the best term, plus a little for a second one."""
    if not hits:
        return {}
    by_concept: dict[int, dict[str, float]] = {}
    for h in hits:
        terms = by_concept.setdefault(h.concept, {})
        if h.strength > terms.get(h.surface, 0.0):
            terms[h.surface] = h.strength
    scores: dict[int, float] = {}
    for ci, terms in by_concept.items():
        if len(terms) == 1:
            (scores[ci],) = terms.values()
        else:
            first, second = sorted(terms.values(), reverse=True)[:2]
            scores[ci] = first + SECOND_TERM * second
    return scores
