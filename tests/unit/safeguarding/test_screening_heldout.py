"""Screening measured on held-out batches: comments written before the screen was tuned on them.

``heldout/batch_a`` and ``batch_b`` were written before the redesign and then used to tune it, so
they must stay at the target (97% of disclosures caught, at most 10% of views flagged).
``batch_c`` and ``batch_d`` were written the same way and never tuned on; their floors are the
figures measured on them, below the target (see heldout/README.md), so that a fall shows up here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engage.safeguarding import screen

HELDOUT = Path(__file__).parent / "heldout"

# batch: (least recall, most false-alarm rate). a and b at the target. c and d below it: the floors
# are what was measured on them (c: 109/120 = 0.908 recall, 0/120 views flagged; d: 100/121 =
# 0.826 recall, 2/115 = 0.017 views flagged), rounded down for recall and up for false alarms. The
# target of 0.97 is NOT met on comments the screen was not tuned on; see heldout/README.md.
EXPECTED = {
    "batch_a": (0.97, 0.10),
    "batch_b": (0.97, 0.10),
    "batch_c": (0.90, 0.01),
    "batch_d": (0.82, 0.02),
}


def _batch(name: str) -> list[dict]:
    path = HELDOUT / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _rates(records: list[dict]) -> tuple[float, float]:
    positives = [r["text"] for r in records if r["concern"]]
    negatives = [r["text"] for r in records if not r["concern"]]
    caught = sum(screen(t).concern for t in positives)
    alarms = sum(screen(t).concern for t in negatives)
    return caught / len(positives), alarms / len(negatives)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_heldout_batch(name: str) -> None:
    least_recall, most_alarms = EXPECTED[name]
    recall, alarms = _rates(_batch(name))
    assert recall >= least_recall, f"{name}: recall {recall:.3f}"
    assert alarms <= most_alarms, f"{name}: false alarms {alarms:.3f}"


@pytest.mark.parametrize("name", ["batch_a", "batch_b", "batch_c", "batch_d"])
def test_batches_are_balanced_json_lines(name: str) -> None:
    records = _batch(name)
    assert all(set(r) == {"text", "concern"} for r in records)
    positives = sum(r["concern"] for r in records)
    assert 110 <= positives <= 125 and 110 <= len(records) - positives <= 125
