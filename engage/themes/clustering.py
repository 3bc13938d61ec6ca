"""Grouping one priority's comments into themes; the engine picks how many.

Small sets (up to SAMPLE_SIZE distinct comments) use average-linkage agglomerative clustering on
cosine distance, cut where comments stop being similar enough (DISTANCE_CUT). The cut is a
fixed meaning of "about the same thing", not a number of themes, so more comments about the same
things give the same themes. Larger sets cluster a deterministic sample that way and assign the
rest to the nearest theme centre (two refinement passes), which keeps 100,000 comments fast.

Near-duplicates (the same words, give or take a few) count once: a comment pasted ten times is
one voice, and one voice does not make a theme.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage

DISTANCE_CUT = 0.78  # average cosine distance at which two groups stop being one theme
NEAR_DUPLICATE = 0.8  # cosine on plain words at or above which two comments are one voice
SAMPLE_SIZE = 1200
REFINE_PASSES = 2
ASSIGN_MIN_SIMILARITY = 0.2  # below this a comment outside the sample joins no theme
MIN_THEME_SHARE = 0.005  # in large sets, a theme needs this share of the distinct comments


def near_duplicate_groups(words: sp.csr_matrix) -> np.ndarray:
    """Group id per row: rows whose plain-word cosine is >= NEAR_DUPLICATE share a group."""
    n = words.shape[0]
    if n == 0:
        return np.zeros(0, dtype=int)
    sims = (words @ words.T).tocoo()
    mask = (sims.data >= NEAR_DUPLICATE) & (sims.row < sims.col)
    graph = sp.coo_matrix(
        (np.ones(int(mask.sum())), (sims.row[mask], sims.col[mask])), shape=(n, n)
    )
    _, labels = sp.csgraph.connected_components(graph, directed=False)
    # Renumber by first appearance so ids do not depend on the library's numbering.
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(g), len(order)) for g in labels], dtype=int)


def _agglomerate(x: sp.csr_matrix) -> np.ndarray:
    n = x.shape[0]
    if n == 1:
        return np.zeros(1, dtype=int)
    sims = (x @ x.T).toarray()
    np.clip(sims, 0.0, 1.0, out=sims)
    dist = 1.0 - sims
    iu = np.triu_indices(n, k=1)
    tree = linkage(dist[iu], method="average")
    return fcluster(tree, t=DISTANCE_CUT, criterion="distance").astype(int) - 1


def _stable_sample(keys: Sequence[str], size: int) -> np.ndarray:
    """The same rows are sampled whenever the same comments are present, whatever their order."""
    digests = [hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest() for k in keys]
    order = sorted(range(len(keys)), key=lambda i: (digests[i], i))
    return np.array(sorted(order[:size]), dtype=int)


def centres(x: sp.csr_matrix, labels: np.ndarray, k: int) -> sp.csr_matrix:
    """Unit-length mean of each cluster's rows (rows labelled -1 are ignored)."""
    rows = np.flatnonzero(labels >= 0)
    member = sp.csr_matrix((np.ones(len(rows)), (labels[rows], rows)), shape=(k, x.shape[0]))
    centres = member @ x
    norms = np.sqrt(np.asarray(centres.multiply(centres).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ centres)


def cluster(x: sp.csr_matrix, keys: Sequence[str]) -> np.ndarray:
    """Theme number per row of x (one row per distinct voice), -1 for rows in no theme.

    x rows are L2-normalised; keys identify rows stably (for sampling). Themes need two distinct
    voices at least, more in large sets; rows in smaller groups get -1.
    """
    n = x.shape[0]
    if n < 2:
        return np.full(n, -1, dtype=int)
    if n <= SAMPLE_SIZE:
        labels = _agglomerate(x)
        min_size = 2
    else:
        sample = _stable_sample(keys, SAMPLE_SIZE)
        sample_labels = _agglomerate(x[sample])
        min_size = max(2, int(np.ceil(MIN_THEME_SHARE * n)))
        sample_min = max(2, int(np.ceil(MIN_THEME_SHARE * SAMPLE_SIZE)))
        labels = np.full(n, -1, dtype=int)
        labels[sample] = _drop_small(sample_labels, sample_min)
        for _ in range(REFINE_PASSES):
            k = int(labels.max()) + 1
            if k == 0:
                break
            # Everyone joins the nearest theme close enough; themes left too small dissolve and
            # their members try again next pass.
            labels = _drop_small(_nearest(x, centres(x, labels, k)), min_size)
    return _drop_small(labels, min_size)


def _nearest(x: sp.csr_matrix, centre: sp.csr_matrix, chunk: int = 8192) -> np.ndarray:
    """Nearest centre per row, -1 when even that is below ASSIGN_MIN_SIMILARITY; in chunks, so
    100,000 rows never need a dense 100,000 x k matrix."""
    out = np.full(x.shape[0], -1, dtype=int)
    for start in range(0, x.shape[0], chunk):
        sims = (x[start : start + chunk] @ centre.T).toarray()
        best = sims.argmax(axis=1)
        good = sims[np.arange(len(best)), best] >= ASSIGN_MIN_SIMILARITY
        out[start : start + chunk] = np.where(good, best, -1)
    return out


def _drop_small(labels: np.ndarray, min_size: int) -> np.ndarray:
    """Clusters below min_size become -1; the rest are renumbered by first appearance."""
    counts = np.bincount(labels[labels >= 0]) if (labels >= 0).any() else np.zeros(0, int)
    out = np.full(len(labels), -1, dtype=int)
    renumber: dict[int, int] = {}
    for i, lab in enumerate(labels):
        if lab >= 0 and counts[lab] >= min_size:
            out[i] = renumber.setdefault(int(lab), len(renumber))
    return out
