"""One comment's parsed form, and the sparse bag of stems and concepts that clustering compares.

Concepts enter as features of their own ("#image-sharing"), so "pics" and "screenshots" count as
shared ground; stems keep what the lexicon does not know.
"""

from __future__ import annotations

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
    df: dict[str, int] = {}
    for row in rows:
        for name in row:
            df[name] = df.get(name, 0) + 1
    names = sorted(df)
    vocabulary = {name: j for j, name in enumerate(names)}
    n = len(rows)
    counts = np.array([df[name] for name in names], dtype=float)
    idf = np.log((1.0 + n) / (1.0 + counts)) + 1.0
    return FeatureSpace(vocabulary, idf)


def transform(space: FeatureSpace, rows: Sequence[dict[str, float]]) -> sp.csr_matrix:
    """Rows -> L2-normalised tf-idf matrix; features unknown to the space are ignored."""
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    vocab = space.vocabulary
    for row in rows:
        for name, value in row.items():
            j = vocab.get(name)
            if j is not None:
                indices.append(j)
                data.append(value)
        indptr.append(len(indices))
    m = sp.csr_matrix(
        (np.asarray(data, dtype=float), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(rows), len(vocab)),
    )
    m = m.multiply(space.idf[None, :]).tocsr() if len(vocab) else m
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)
