"""`analyse`: comments in, priorities with reasons, themes, and sentiment out.

The work is done once per distinct wording (10,000 copies of one comment cost one comment), then
spread back over the input order. Nothing here logs or prints comment text.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from engage.themes import clustering, labels, theme_seed
from engage.themes import priorities as assigner
from engage.themes.features import Doc, fit_space, parse, transform
from engage.themes.parallel import Work
from engage.themes.sentiment import bucket
from engage.themes.stability import ThemeSignature
from engage.themes.text import is_contentless, tokens_hash
from engage.themes.vocabulary import DEFAULT_PRIORITIES

REPRESENTATIVES = 3
LABEL_SAMPLE = 60  # members read when naming a large theme
BACKGROUND_SAMPLE = 400  # comments read to learn which phrases are common in a priority
CLOSENESS_CHUNK = 8192  # rows scored against the theme centres at a time


@dataclass(frozen=True)
class Theme:
    label: str
    keywords: list[str]
    priority: str
    members: list[int]  # indices into the texts given to analyse, ascending
    representatives: list[int]  # members that best show the theme, best first
    member_hashes: list[str] = field(repr=False)  # fingerprints of members' wording, for matching

    @property
    def size(self) -> int:
        return len(self.members)

    def signature(self, id: Hashable, label: str = "") -> ThemeSignature:
        """What the app stores to recognise this theme next run (no comment text)."""
        return ThemeSignature.of(self, id, label or self.label)


@dataclass(frozen=True)
class Analysis:
    """The engine's reading of a list of comments.

    Every comment gets a priority; not every comment is in a theme. Empty or contentless comments
    ("n/a", "nothing"), comments unlike any other, and voices repeated near word for word with no
    one else saying the same are left out, so the themes' members need not cover every index.
    """

    priorities: dict[str, str]
    comment_priorities: list[str]
    comment_confidence: list[float]  # probability of the assigned priority, 0..1
    comment_reasons: list[list[str]]  # the comment's words that drove the assignment
    comment_confirmed: list[bool]  # same wording as a comment a person confirmed
    comment_themes: list[int | None]  # index into themes, None when in no theme
    contentless: list[bool]
    sentiment: list[float]  # VADER compound, -1..1; a secondary signal only
    themes: list[Theme]

    @property
    def sentiment_buckets(self) -> list[str]:
        return [bucket(s) for s in self.sentiment]

    def themes_for(self, priority: str) -> list[Theme]:
        return [t for t in self.themes if t.priority == priority]


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while analysing.

    Parsing makes millions of small tuples, and the collector would walk all of them again and
    again (a fifth of the run on 10,000 comments); the engine makes no reference cycles that
    need it, so plain reference counting frees everything as before. It is restored (only if
    it was on, so runs on two threads cannot leave it off) however analysis ends.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _empty(prios: dict[str, str]) -> Analysis:
    return Analysis(prios, [], [], [], [], [], [], [], [])


def analyse(
    texts: Sequence[str],
    priorities: Mapping[str, str] | None = None,
    labelled: Sequence[tuple[str, str]] | None = None,
) -> Analysis:
    """Assign each comment a priority (with confidence and reasons), find themes within each
    priority, and score sentiment.

    texts: comments, already redacted; placeholders like [NAME] are ignored.
    priorities: slug -> plain description; the only labels assigned. None: the partnership's
        defaults (DEFAULT_PRIORITIES). Low-confidence comments go to "other" when it is a key.
    labelled: (text, slug) pairs a person confirmed; every slug must be a key of priorities.
    """
    prios = dict(DEFAULT_PRIORITIES if priorities is None else priorities)
    if not prios:
        raise ValueError("priorities must name at least one priority")
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"comments must be strings, got {type(t).__name__}")
    pairs = assigner.check_labelled(labelled, list(prios))
    texts = list(texts)
    if not texts:
        return _empty(prios)
    with _no_cycle_collection():
        return _analyse(texts, prios, pairs)


def _analyse(texts: list[str], prios: dict[str, str], pairs: list[tuple[str, str]]) -> Analysis:
    index_of: dict[str, int] = {}
    unique: list[str] = []
    position = np.empty(len(texts), dtype=int)
    for i, t in enumerate(texts):
        j = index_of.get(t)
        if j is None:
            j = index_of[t] = len(unique)
            unique.append(t)
        position[i] = j
    work = Work(unique)  # on big inputs, half the parsing and the sentiment on the other core
    try:
        docs = work.docs()
        labelled_docs = [parse(t) for t, _ in pairs]
        result = assigner.assign(unique, docs, prios, pairs, labelled_docs)
        empty = [is_contentless(t, d.tokens.words) for t, d in zip(unique, docs, strict=True)]
        themes_u = _themes(unique, docs, result.slugs, empty, list(prios))
        sentiment = work.sentiment()
    finally:
        work.close()
    # Spread per-wording results back over the input order.
    members_of: list[list[int]] = [[] for _ in unique]
    for i, j in enumerate(position):
        members_of[j].append(i)
    themes: list[Theme] = []
    comment_themes: list[int | None] = [None] * len(texts)
    for ti, (priority, label, keys, unique_members, reps) in enumerate(themes_u):
        members = sorted(i for j in unique_members for i in members_of[j])
        for i in members:
            comment_themes[i] = ti
        themes.append(
            Theme(
                label=label,
                keywords=keys,
                priority=priority,
                members=members,
                representatives=[members_of[j][0] for j in reps],
                member_hashes=sorted({tokens_hash(docs[j].tokens.raw) for j in unique_members}),
            )
        )
    pick = position.tolist()
    return Analysis(
        priorities=prios,
        comment_priorities=[result.slugs[j] for j in pick],
        comment_confidence=[result.confidence[j] for j in pick],
        comment_reasons=[list(result.reasons[j]) for j in pick],
        comment_confirmed=[result.confirmed[j] for j in pick],
        comment_themes=comment_themes,
        contentless=[empty[j] for j in pick],
        sentiment=[sentiment[j] for j in pick],
        themes=themes,
    )


def _themes(
    unique: Sequence[str],
    docs: Sequence[Doc],
    slugs: Sequence[str],
    empty: Sequence[bool],
    keys: Sequence[str],
) -> list[tuple[str, str, list[str], list[int], list[int]]]:
    """(priority, label, keywords, members, representatives) per theme, over distinct wordings."""
    out: list[tuple[str, str, list[str], list[int], list[int]]] = []
    for key in keys:
        idx = [j for j in range(len(unique)) if slugs[j] == key and not empty[j]]
        if len(idx) < 2:
            continue
        found = _priority_themes(unique, docs, idx, assigner.default_slug(key))
        used: set[str] = set()
        found.sort(key=lambda t: (-len(t[2]), t[0]))
        for label, keywords, members, reps, alternatives in found:
            label = _unique_label(label, alternatives, used)
            used.add(label.lower())
            out.append((key, label, keywords, members, reps))
    return out


def _unique_label(label: str, alternatives: Sequence[str], used: set[str]) -> str:
    if label.lower() not in used:
        return label
    for alt in alternatives:
        candidate = labels.capitalise(alt)
        if candidate.lower() not in used:
            return candidate
    n = 2
    while f"{label} ({n})".lower() in used:
        n += 1
    return f"{label} ({n})"


def _priority_themes(
    unique: Sequence[str], docs: Sequence[Doc], idx: Sequence[int], default: str | None
) -> list[tuple[str, list[str], list[int], list[int], list[str]]]:
    rows = [docs[j].features for j in idx]
    space = fit_space(rows)
    x = transform(space, rows)
    large = len(idx) > clustering.SAMPLE_SIZE
    if large:
        # Exact wording keys only: pairwise near-duplicate search is quadratic.
        keyed: dict[str, int] = {}
        group = np.array(
            [keyed.setdefault(" ".join(sorted(set(docs[j].content))), len(keyed)) for j in idx]
        )
    else:
        plain_rows = [dict.fromkeys(docs[j].content, 1.0) for j in idx]
        group = clustering.near_duplicate_groups(transform(fit_space(plain_rows), plain_rows))
    # One row per voice: the first comment of each near-duplicate group stands for it.
    first_of = {}
    for r, g in enumerate(group):
        first_of.setdefault(int(g), r)
    unit_rows = np.array([first_of[g] for g in sorted(first_of)], dtype=int)
    unit_keys = [" ".join(docs[idx[r]].tokens.words) for r in unit_rows]
    model = theme_seed.model_for(default)
    reading = model.reading(x[unit_rows], space) if model else None
    unit_labels = clustering.cluster(x[unit_rows], unit_keys, reading)
    label_of_group = {
        int(group[r]): int(lab) for r, lab in zip(unit_rows, unit_labels, strict=True)
    }
    row_labels = np.array([label_of_group[int(g)] for g in group])

    phrases = labels.PhraseCache(docs)
    background = _background(idx, phrases)
    units_of: dict[int, list[int]] = {}
    for r in unit_rows:
        if row_labels[r] >= 0:
            units_of.setdefault(int(row_labels[r]), []).append(int(r))
    rows_of: dict[int, list[int]] = {}
    for r, lab in enumerate(row_labels):
        if lab >= 0:
            rows_of.setdefault(int(lab), []).append(r)
    closeness = _closeness_to_centre(x, row_labels)
    found = []
    for c in sorted(rows_of):
        members = [idx[r] for r in rows_of[c]]
        units_c = units_of[c]
        order = sorted(units_c, key=lambda r: (-closeness[r], r))
        reps = [idx[r] for r in order[:REPRESENTATIVES]]
        read = members if len(members) <= LABEL_SAMPLE else _spread(members, LABEL_SAMPLE)
        cands = labels.candidates(read, phrases, background, len(members), default)
        if not cands:
            # A small theme whose members share no phrase (they joined on related words) is
            # named by its members' own strongest words rather than "Other comments".
            cands = labels.candidates(read, phrases, background, len(members), default, shared=1)
        label = labels.make_label(cands, len(read))
        alternatives = [c.text for c in cands[1:6]]
        found.append((label, labels.keywords(cands), sorted(members), reps, alternatives))
    return found


def _closeness_to_centre(x: sp.csr_matrix, row_labels: np.ndarray) -> np.ndarray:
    """Cosine of each row to its theme's centre (0 for rows in no theme), all themes at once, in
    chunks: a chunk's rows against every centre is small (rows x themes); a copy of each row's
    centre would not be (a big theme's centre has thousands of words)."""
    rows = np.flatnonzero(row_labels >= 0)
    k = int(row_labels.max()) + 1 if len(rows) else 0
    out = np.zeros(x.shape[0])
    if k == 0:
        return out
    centres = clustering.centres(x, row_labels, k)
    for start in range(0, len(rows), CLOSENESS_CHUNK):
        part = rows[start : start + CLOSENESS_CHUNK]
        sims = (x[part] @ centres.T).toarray()
        out[part] = sims[np.arange(len(part)), row_labels[part]]
    return out


def _spread(items: Sequence[int], size: int) -> list[int]:
    step = len(items) / size
    return [items[int(k * step)] for k in range(size)]


def _background(idx: Sequence[int], phrases: labels.PhraseCache) -> Counter:
    """In how many of a priority's comments each label key occurs (estimated from a sample)."""
    read = idx if len(idx) <= BACKGROUND_SAMPLE else _spread(idx, BACKGROUND_SAMPLE)
    counts: Counter = Counter()
    for j in read:
        counts.update(phrases.keys(j))
    scale = len(idx) / len(read)
    if scale != 1:
        counts = Counter({k: round(v * scale) for k, v in counts.items()})
    counts[("__n__",)] = len(idx)
    return counts
