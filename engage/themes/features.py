"""One comment's parsed form, and the sparse bag of stems and concepts that clustering compares.

Concepts enter as features of their own ("#image-sharing"), so "pics" and "screenshots" count as
shared ground; stems keep what the lexicon does not know.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from engage.themes.lexicon import Hit, Tokens, concept_scores, find_hits, tokenise
from engage.themes.vocabulary import CONCEPTS

CONCEPT_PREFIX = "#"
# Concepts are curated synonym groups, so one shared concept says more than one shared word.
CONCEPT_BOOST = 1.6


class Doc(NamedTuple):
    tokens: Tokens
    hits: tuple[Hit, ...]
    concepts: dict[int, float]  # concept index -> strength in this comment
    content: tuple[str, ...]  # content stems, in order, stop words gone
    features: dict[str, float]  # stems (1.0) and "#concept" features (boosted), for clustering


def parse(text: str) -> Doc:
    tokens = tokenise(text)
    hits = find_hits(tokens)
    concepts = concept_scores(hits)
    features = dict.fromkeys(tokens.content, 1.0)
    for ci, strength in concepts.items():
        features[_CONCEPT_FEATURE[ci]] = strength * _CONCEPT_SCALE[ci]
    return Doc(tokens, tuple(hits), concepts, tokens.content, features)


_CONCEPT_FEATURE = [CONCEPT_PREFIX + c.key for c in CONCEPTS]
_CONCEPT_SCALE = [c.theme_weight * CONCEPT_BOOST for c in CONCEPTS]


@dataclass(frozen=True)
class FeatureSpace:
    vocabulary: dict[str, int]
    idf: np.ndarray

    @property
    def names(self) -> list[str]:
        names = [""] * len(self.vocabulary)
        for name, j in self.vocabulary.items():
            names[j] = name
        return names


def fit_space(rows: Sequence[dict[str, float]]) -> FeatureSpace:
    """Vocabulary and smoothed idf over the rows given (a priority's comments, or all of them)."""
    df = Counter(name for row in rows for name in row)
    names = sorted(df)
    vocabulary = {name: j for j, name in enumerate(names)}
    n = len(rows)
    counts = np.array([df[name] for name in names], dtype=float)
    idf = np.log((1.0 + n) / (1.0 + counts)) + 1.0
    return FeatureSpace(vocabulary, idf)


def transform(space: FeatureSpace, rows: Sequence[dict[str, float]]) -> sp.csr_matrix:
    """Rows -> L2-normalised tf-idf matrix; features unknown to the space are ignored.

    Built from flat arrays rather than row by row: on 10,000 comments this runs once per
    priority and once for the descriptions, and a Python loop per feature was a tenth of a run.
    """
    n = len(rows)
    vocab = space.vocabulary
    names = [name for row in rows for name in row]
    columns = np.array([vocab.get(name, -1) for name in names], dtype=np.int64)
    values = np.array([value for row in rows for value in row.values()], dtype=float)
    row_of = np.repeat(np.arange(n), [len(row) for row in rows])
    known = columns >= 0
    columns, values, row_of = columns[known], values[known], row_of[known]
    if len(vocab):
        values = values * space.idf[columns]
    norms = np.sqrt(np.bincount(row_of, weights=values * values, minlength=n))
    norms[norms == 0] = 1.0
    values = values * (1.0 / norms)[row_of]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row_of, minlength=n), out=indptr[1:])
    return sp.csr_matrix((values, columns, indptr), shape=(n, len(vocab)))
