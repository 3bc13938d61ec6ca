"""The seed's theme model: what clustering borrows from the seed's theme labels."""

from __future__ import annotations

import numpy as np

from engage.themes import seed, theme_seed
from engage.themes.features import fit_space, parse, transform

COMMENTS = [
    "olders gave me new trainers then said i owed them",
    "they make kids run drugs out to the coast",
    "man got his flat taken over by dealers",
    "random words about the weather",
]


def test_default_priorities_have_a_model_and_others_none() -> None:
    assert theme_seed.model_for("exploitation") is not None
    assert theme_seed.model_for(None) is None
    assert theme_seed.model_for("parking") is None


def test_reading_from_a_priority_space_matches_the_models_own_transform() -> None:
    model = theme_seed.model_for("exploitation")
    assert model is not None
    rows = [parse(t).features for t in COMMENTS]
    space = fit_space(rows)
    got = model.reading(transform(space, rows), space).toarray()
    # The same reading computed the long way: the model's own space, then its coefficients.
    own = transform(model.space, rows)
    z = np.asarray(own @ model.coef.T) + model.intercept
    z = (z - z.max(axis=1, keepdims=True)) * theme_seed.SHARPNESS
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    p[np.asarray(own.getnnz(axis=1)) == 0] = 0.0
    p[p < theme_seed.FAINT] = 0.0
    norms = np.linalg.norm(p, axis=1)
    norms[norms == 0] = 1.0
    np.testing.assert_allclose(got, p / norms[:, None], atol=1e-9)
    assert np.allclose(np.linalg.norm(got[:3], axis=1), 1.0)


def test_leaving_a_set_out_trains_a_different_model() -> None:
    full = theme_seed.model_for("exploitation")
    with seed.excluding("independent_priorities_4"):
        held_out = theme_seed.model_for("exploitation")
    assert held_out is not None and full is not None
    assert held_out.coef.shape[0] < full.coef.shape[0]
