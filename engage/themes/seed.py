"""A learned expert for the partnership's default priorities, trained on a built-in seed of
labelled youth comments, so that out of the box the engine has learned examples as well as the
vocabulary.

Where the seed comes from (seed_comments.jsonl, one {"text", "priority", "source"} a line, with
the "theme" a person gave it within the priority where one was given; theme_seed learns from
those):

* ``independent_priorities_3`` and ``independent_priorities_4``: two sets of 240 youth comments
  written blind by people outside the project, each measured once and then released for
  development (the same files are in tests/unit/themes);
* ``youth_priorities_more`` and ``youth_comments``: comments written for the tests;
* ``written``: comments written for this seed in many voices (text-speak, young people's own
  words, workers' summaries of a session) for kinds of comment the other sets cover thinly.

No third-party evaluation data is in it (the shared dev set stays outside the project).

The model sees only what parsing already made (each comment's stems and the vocabulary's
concepts), so scoring 100,000 comments costs one sparse product, not a second pass over the text.
The vocabulary knows which words matter; the seed knows how they are used together and carries
the words it lacks, and the two err on different comments.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from engage.themes.features import Doc, FeatureSpace, fit_space, parse, transform

DATA = Path(__file__).with_name("seed_comments.jsonl")
C_VALUE = 2.0  # inverse regularisation of the seed's logistic regression

_lock = threading.Lock()
_models: dict[frozenset[str], SeedModel] = {}
_excluded: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SeedModel:
    classes: list[str]
    space: FeatureSpace
    coef: np.ndarray  # classes x features
    intercept: np.ndarray

    def proba(self, docs: Sequence[Doc]) -> np.ndarray:
        """Probability of each class (columns follow classes) for each doc."""
        x = transform(self.space, [d.features for d in docs])
        z = np.asarray(x @ self.coef.T) + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]


@contextmanager
def excluding(*sources: str) -> Iterator[None]:
    """Train the seed without these sources while inside the block: for measuring the engine on
    a set the seed holds (leave one set out), never for serving."""
    global _excluded
    before = _excluded
    _excluded = frozenset(sources)
    try:
        yield
    finally:
        _excluded = before


def excluded() -> frozenset[str]:
    """The sources left out of training just now (empty when serving)."""
    return _excluded


def model() -> SeedModel:
    """The seed model, trained once per process (on first use) and shared."""
    key = _excluded
    with _lock:
        found = _models.get(key)
        if found is None:
            found = _models[key] = _train([r for r in rows() if r["source"] not in key])
        return found


def _train(examples: Sequence[dict[str, str]]) -> SeedModel:
    docs = [parse(r["text"]) for r in examples]
    features = [d.features for d in docs]
    space = fit_space(features)
    x = transform(space, features)
    y = np.array([r["priority"] for r in examples])
    lr = LogisticRegression(C=C_VALUE, max_iter=3000)
    with threadpool_limits(limits=1, user_api="blas"):
        lr.fit(x, y)
    return SeedModel([str(c) for c in lr.classes_], space, lr.coef_, lr.intercept_)
