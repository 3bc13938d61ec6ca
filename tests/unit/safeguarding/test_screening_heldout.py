"""Screening measured on held-out comments: batches and probes written before the screen saw them.

Every figure asserted here was measured (see engage/safeguarding/data/screening_sets/README.md,
"Round 2 (recall safety net)"). All of these sets are now training examples for the learned check.
Most of these sets have since been used to tune the screen, so these are floors that catch a fall,
not evidence of accuracy on new comments: that evidence is the first-pass figures in the README,
and the one probe set (``probe_r2_j``) measured once with the final code and never tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import engage.safeguarding
from engage.safeguarding import screen

HELDOUT = Path(engage.safeguarding.__file__).parent / "data" / "screening_sets"

# set: (disclosures caught, disclosures, views flagged, views) as measured with the current code.
MEASURED = {
    # Tuned on in the first redesign (a, b) and in round 2 (c, d: first measured at 107/120 and
    # 100/121 with 2/115 views flagged, before any tuning on them).
    "batch_a": (120, 120, 0, 120),
    "batch_b": (120, 120, 0, 120),
    "batch_c": (120, 120, 0, 120),
    "batch_d": (121, 121, 0, 115),
    # Round 2 probes: each measured once before the round of changes it led (first-pass figures
    # in the README, 57.5% to 82.5% recall), then tuned on.
    "probe_r2_a": (40, 40, 0, 40),
    "probe_r2_b": (40, 40, 0, 40),
    "probe_r2_c": (40, 40, 0, 40),
    "probe_r2_d": (40, 40, 0, 40),
    "probe_r2_e": (39, 40, 0, 40),
    "probe_r2_f": (40, 40, 1, 40),
    "probe_r2_g": (40, 40, 0, 40),
    "probe_r2_h": (40, 40, 0, 40),
    "probe_r2_i": (40, 40, 0, 40),
    # Written after the code was frozen and measured once; never tuned on. 72.5% is well short
    # of the 97% target: the honest expectation for wording the screen has not seen.
    "probe_r2_j": (29, 40, 0, 40),
}


def _records(name: str) -> list[dict]:
    path = HELDOUT / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_heldout_set_keeps_its_measured_figures(name: str) -> None:
    least_caught, disclosures, most_flagged, views = MEASURED[name]
    records = _records(name)
    positives = [r["text"] for r in records if r["concern"]]
    negatives = [r["text"] for r in records if not r["concern"]]
    assert (len(positives), len(negatives)) == (disclosures, views)
    caught = sum(screen(t).concern for t in positives)
    flagged = sum(screen(t).concern for t in negatives)
    assert caught >= least_caught, f"{name}: {caught}/{disclosures} disclosures caught"
    assert flagged <= most_flagged, f"{name}: {flagged}/{views} views flagged"


@pytest.mark.parametrize("name", ["batch_a", "batch_b", "batch_c", "batch_d"])
def test_batches_are_balanced_json_lines(name: str) -> None:
    records = _records(name)
    assert all(set(r) == {"text", "concern"} for r in records)
    positives = sum(r["concern"] for r in records)
    assert 110 <= positives <= 125 and 110 <= len(records) - positives <= 125


@pytest.mark.parametrize("name", sorted(n for n in MEASURED if n.startswith("probe_r2_")))
def test_probes_are_forty_and_forty(name: str) -> None:
    records = _records(name)
    assert all(set(r) == {"text", "concern"} for r in records)
    assert sum(r["concern"] for r in records) == 40 and len(records) == 80
