"""Redaction on independent_pii_k, comments written by someone who never saw the code.

Measured once, blind: schools 34/35, handles 20/20, names 158/174 (an item counted removed when it
no longer appears in the redacted text). The set was then opened for development (names said
twice, "calls me X", a name then a bracket then a verb, a title or name and an initial, nicknames
of a letter and a word, "tell X to", "X says she", names joined to a month, "my old school was X",
"6-8pm", car makes, "St Michael's church hall"): every item below, tuning figures now, not blind
ones. These tests keep the figures from slipping.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from engage.safeguarding import redact

SET = Path(__file__).parent / "heldout" / "independent_pii_k.jsonl"
REMOVED_AT_LEAST = {
    "phone": 9,
    "email": 5,
    "postcode": 7,
    "nhs": 4,
    "dob": 7,
    "address": 5,
    "name": 174,
    "school": 35,
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
    assert kept >= 352
