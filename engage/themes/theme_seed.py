"""What the seed's theme labels teach clustering: which words tell one theme from another.

Some seed rows (seed_comments.jsonl) carry the theme a person gave them within their priority.
Per default priority, a logistic regression over those themes learns which stems and concepts
separate, say, "gifts from olders" from "county lines recruitment", and which are said of every
theme alike. Clustering then compares comments partly by the model's reading of them (a vector of
theme probabilities), so two paraphrases of one idea that share no word move closer, and two
comments that share only a priority-wide word ("olders") are held apart.

The themes people named are not the themes the engine must find (a new consultation has its own);
the learned reading is one part of the comparison beside the comment's own words, so a theme the
seed never saw still forms from shared words, and the engine still chooses how many themes.
Priorities a caller names that are not defaults get no learned part.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from engage.themes import seed
from engage.themes.features import FeatureSpace, fit_space, parse, transform

C_VALUE = 4.0  # inverse regularisation of the per-priority theme model
# The reading is sharpened towards the theme or two the model finds likeliest: plain probabilities
# from ~20 examples a theme are so flat that every comment's reading looks like every other's, and
# the learned part then merges themes instead of separating them (set 4 held out: NMI 0.68 flat,
# 0.78 sharpened).
SHARPNESS = 12.0
FAINT = 1e-3  # probabilities below this are left out of the reading
MIN_THEMES = 4  # a priority whose seed rows name fewer themes teaches nothing useful

_lock = threading.Lock()
_models: dict[frozenset[str], dict[str, ThemeModel]] = {}


@dataclass(frozen=True)
class ThemeModel:
    space: FeatureSpace
    coef: np.ndarray  # themes x features
    intercept: np.ndarray

    def reading(self, x: sp.csr_matrix, space: FeatureSpace) -> sp.csr_matrix:
        """Unit-length, sharpened theme probabilities per row of x (rows x themes).

        x holds rows in another space (a priority's own tf-idf). Both spaces weight the same
        parsed features by idf and scale rows to unit length, so rescaling x's columns by the
        ratio of the two idfs, dropping the features the model never saw, and scaling rows to
        unit length again gives exactly the model's own transform, without parsing the features
        a second time (on 10,000 comments that pass was most of this step's cost). Rows with no
        feature the model knows get a zero reading, so they are compared on their words alone;
        faint probabilities are dropped so the reading stays a few entries a row.
        """
        names = space.names
        cols = np.array([self.space.vocabulary.get(name, -1) for name in names], dtype=np.int64)
        known = cols >= 0
        ratio = np.zeros(len(names))
        ratio[known] = self.space.idf[cols[known]] / space.idf[known]
        norms = np.sqrt(np.asarray(x.multiply(x) @ (ratio * ratio))).ravel()
        weights = np.zeros((len(names), self.coef.shape[0]))
        weights[known] = (self.coef[:, cols[known]] * ratio[known]).T
        seen = norms > 0
        z = np.asarray(x @ weights)
        z[seen] /= norms[seen, None]
        z += self.intercept
        z = (z - z.max(axis=1, keepdims=True)) * SHARPNESS
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        p[~seen] = 0.0
        p[p < FAINT] = 0.0
        scale = np.linalg.norm(p, axis=1)
        scale[scale == 0] = 1.0
        return sp.csr_matrix(p / scale[:, None])


def model_for(slug: str | None) -> ThemeModel | None:
    """The theme model for a default priority's slug, trained once per process; None if none."""
    if slug is None:
        return None
    key = seed.excluded()
    with _lock:
        found = _models.get(key)
        if found is None:
            found = _models[key] = _train_all(key)
    return found.get(slug)


def _train_all(excluded: frozenset[str]) -> dict[str, ThemeModel]:
    by_priority: dict[str, list[dict[str, str]]] = {}
    for r in seed.rows():
        if r.get("theme") and r["source"] not in excluded:
            by_priority.setdefault(r["priority"], []).append(r)
    out: dict[str, ThemeModel] = {}
    for slug, examples in sorted(by_priority.items()):
        # Themes are named per source (two sets' "money-mules" are learned apart, harmlessly).
        y = np.array([f"{r['source']}:{r['theme']}" for r in examples])
        if len(set(y.tolist())) >= MIN_THEMES:
            out[slug] = _train(examples, y)
    return out


def _train(examples: Sequence[dict[str, str]], y: np.ndarray) -> ThemeModel:
    features = [parse(r["text"]).features for r in examples]
    space = fit_space(features)
    x = transform(space, features)
    lr = LogisticRegression(C=C_VALUE, max_iter=3000)
    with threadpool_limits(limits=1, user_api="blas"):
        lr.fit(x, y)
    return ThemeModel(space, lr.coef_, lr.intercept_)


def augment(x: sp.csr_matrix, reading: sp.csr_matrix | None, weight: float) -> sp.csr_matrix:
    """Rows of x beside the learned reading (weight relative to the words), unit length."""
    if reading is None or weight <= 0:
        return x
    m = sp.hstack([x, reading * weight], format="csr")
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)
