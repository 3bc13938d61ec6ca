"""Figures on comment sets written by people who never saw the screening code.

Each set was measured once, blind, before it was used for anything (history and figures in
engage/safeguarding/data/screening_sets/README.md). Sets e to k have since become training
examples for the learned check, so their figures here are floors that catch a fall, not evidence.
Set l is the honest one: written after everything else, measured once with the code frozen
(148 of 150 disclosures caught, 10 of 150 views flagged) and kept out of the training examples.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import engage.safeguarding
from engage.safeguarding import screen

TRAINED_ON = Path(engage.safeguarding.__file__).parent / "data" / "screening_sets"
NEVER_TRAINED_ON = Path(__file__).parent / "heldout"
# set: (folder, disclosures caught at least, views flagged at most), as measured.
MEASURED = {
    "independent_e": (TRAINED_ON, 100, 4),
    "independent_f": (TRAINED_ON, 100, 3),
    "independent_g": (TRAINED_ON, 100, 3),
    "independent_h": (TRAINED_ON, 100, 2),
    "independent_i": (TRAINED_ON, 150, 4),
    "independent_j": (TRAINED_ON, 150, 5),
    "independent_k": (TRAINED_ON, 150, 0),
    "independent_screening_l": (NEVER_TRAINED_ON, 148, 10),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_independent_set_figures_hold(name: str) -> None:
    folder, least_caught, most_flagged = MEASURED[name]
    rows = [json.loads(line) for line in (folder / f"{name}.jsonl").read_text().splitlines()]
    caught = sum(screen(row["text"]).concern for row in rows if row["concern"])
    flagged = sum(screen(row["text"]).concern for row in rows if not row["concern"])
    assert caught >= least_caught
    assert flagged <= most_flagged


def test_the_honest_set_is_not_among_the_training_examples() -> None:
    from engage.safeguarding.learned_screening import training_examples

    texts, _ = training_examples()
    known = set(texts)
    honest = (NEVER_TRAINED_ON / "independent_screening_l.jsonl").read_text().splitlines()
    assert not any(json.loads(line)["text"] in known for line in honest if line.strip())
