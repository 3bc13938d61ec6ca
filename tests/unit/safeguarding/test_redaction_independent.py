"""Redaction on comments written by someone who never saw the code (measured once, blind).

Strict scoring: an item counts as removed only when none of it survives. Measured 2026-11-27:
phones, e-mails, postcodes, NHS numbers, dates of birth and addresses all removed; names 147/157,
schools 19/21, handles 15/16; keep items intact 521/531. The set was then opened for development
(2026-11, school gazetteer, handle forms, more names and name cues): names 156/157, schools 21/21,
handles 16/16, keep items 523/531 - tuning figures now, not blind ones. These tests keep the
figures from slipping.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from engage.safeguarding import redact

SET = Path(__file__).parent / "heldout" / "independent_pii_final.jsonl"
REMOVED_AT_LEAST = {
    "phone": 22,
    "email": 11,
    "postcode": 13,
    "nhs": 10,
    "dob": 15,
    "address": 11,
    "name": 155,
    "school": 21,
    "handle": 16,
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
    assert kept >= 522
