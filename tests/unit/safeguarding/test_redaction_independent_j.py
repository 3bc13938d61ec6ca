"""Redaction on independent_pii_j, comments written by someone who never saw the code.

Measured once, blind (2026-12): schools 47/47, names 140/152, handles 19/20, phones, e-mails,
postcodes, NHS numbers, dates of birth and addresses all removed; keep items intact 397/402. The
set was then opened for development (nicknames, names that are words, workers "from" an
organisation, handles after "its", countries, school spans): names 152/152, handles 20/20, keep
items 402/402 - tuning figures now, not blind ones. These tests keep the figures from slipping.
Strict scoring: an item counts as removed only when none of it survives.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from engage.safeguarding import redact

SET = Path(__file__).parent / "heldout" / "independent_pii_j.jsonl"
REMOVED_AT_LEAST = {
    "phone": 20,
    "email": 12,
    "postcode": 12,
    "nhs": 8,
    "dob": 12,
    "address": 12,
    "name": 152,
    "school": 47,
    "handle": 20,
}


def test_blind_set_figures_hold() -> None:
    removed: Counter[str] = Counter()
    kept = 0
    for line in SET.read_text().splitlines():
        record = json.loads(line)
        out = redact(record["text"]).text
        for kind, item in zip(record["kinds"], record["pii"], strict=True):
            removed[kind] += item not in out
        kept += sum(item in out for item in record["keep"])
    for kind, least in REMOVED_AT_LEAST.items():
        assert removed[kind] >= least, kind
    assert kept >= 402
