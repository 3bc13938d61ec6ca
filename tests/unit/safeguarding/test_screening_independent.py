"""Figures on comment sets written by people who never saw the screening code.

independent_i was measured once, blind, with everything frozen: 143 of 150 disclosures caught
(95.3%), 6 of 150 views flagged. The others were used to choose the learned check's threshold
(see engage/safeguarding/data/screening_sets/README.md). These tests keep the figures from slipping.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import engage.safeguarding
from engage.safeguarding import screen

HELDOUT = Path(engage.safeguarding.__file__).parent / "data" / "screening_sets"
# set: (disclosures caught at least, views flagged at most), as measured.
MEASURED = {
    "independent_e": (99, 5),
    "independent_f": (98, 3),
    "independent_g": (98, 5),
    "independent_h": (97, 3),
    "independent_i": (143, 6),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_independent_set_figures_hold(name: str) -> None:
    rows = [json.loads(line) for line in (HELDOUT / f"{name}.jsonl").read_text().splitlines()]
    caught = sum(screen(row["text"]).concern for row in rows if row["concern"])
    flagged = sum(screen(row["text"]).concern for row in rows if not row["concern"])
    least_caught, most_flagged = MEASURED[name]
    assert caught >= least_caught
    assert flagged <= most_flagged
