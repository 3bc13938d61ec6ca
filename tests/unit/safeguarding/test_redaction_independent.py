"""Redaction on comment sets written by people who never saw the code.

Each set was measured once, blind, with the code frozen, and only then opened for development;
the first figures, in the order the sets were written (an item counts as removed when it no longer
appears in the redacted text; every other kind was 100% unless named):

- final: names 147/157 (93.6%), schools 19/21, handles 15/16, keep items 521/531
- j: names 140/152 (92.1%), handles 19/20, schools 47/47, keep 397/402
- k: names 158/174 (90.8%), schools 34/35, keep 349/352
- l: names 157/167 (94.0%), handles 12/15, schools 30/30, keep 320/326
- m: names 140/151 (92.7%), keep 338/344
- n: names 163/169 (96.4%), schools 31/33, keep 406/418
- o: names 129/143 (90.2%), schools 43/45 (95.6%), keep 328/332
- p: names 212/221 (95.9%), keep 235/248 (same code as o)
- q: names 166/172 (96.5%), schools 34/34, handles 15/15, everything else 100%, other words
  intact 98.61%: measured with the learned name check added; every target met. q is kept out of
  the learned check's examples (tests/unit/safeguarding/heldout/), as the honest one.

Sets final to p are the learned name check's examples now (engage/safeguarding/data/
redaction_sets/), so their floors below are today's figures, kept from slipping, not evidence.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import engage.safeguarding
from engage.safeguarding import redact

SETS = Path(engage.safeguarding.__file__).parent / "data" / "redaction_sets"
NEVER_TRAINED_ON = Path(__file__).parent / "heldout"
# set: (items removed at least, by kind; keep items intact at least)
MEASURED: dict[str, tuple[dict[str, int], int]] = {
    "independent_pii_final": (
        {
            "address": 11,
            "dob": 15,
            "email": 11,
            "handle": 16,
            "name": 156,
            "nhs": 10,
            "phone": 22,
            "postcode": 13,
            "school": 21,
        },
        526,
    ),
    "independent_pii_j": (
        {
            "address": 12,
            "dob": 12,
            "email": 12,
            "handle": 20,
            "name": 152,
            "nhs": 8,
            "phone": 20,
            "postcode": 12,
            "school": 47,
        },
        402,
    ),
    "independent_pii_k": (
        {
            "address": 5,
            "dob": 7,
            "email": 5,
            "handle": 20,
            "name": 174,
            "nhs": 4,
            "phone": 9,
            "postcode": 7,
            "school": 35,
        },
        352,
    ),
    "independent_pii_l": (
        {
            "address": 8,
            "dob": 7,
            "email": 6,
            "handle": 15,
            "name": 167,
            "nhs": 4,
            "phone": 6,
            "postcode": 6,
            "school": 30,
        },
        324,
    ),
    "independent_pii_m": (
        {
            "address": 6,
            "dob": 7,
            "email": 6,
            "handle": 20,
            "name": 151,
            "nhs": 5,
            "phone": 7,
            "postcode": 7,
            "school": 33,
        },
        340,
    ),
    "independent_pii_n": (
        {
            "address": 8,
            "dob": 7,
            "email": 6,
            "handle": 17,
            "name": 169,
            "nhs": 5,
            "phone": 9,
            "postcode": 9,
            "school": 33,
        },
        417,
    ),
    "independent_pii_o": (
        {
            "address": 9,
            "dob": 8,
            "email": 6,
            "handle": 16,
            "name": 136,
            "nhs": 6,
            "phone": 9,
            "postcode": 10,
            "school": 43,
        },
        328,
    ),
    "independent_pii_p": (
        {
            "address": 7,
            "dob": 6,
            "email": 6,
            "handle": 15,
            "name": 214,
            "nhs": 4,
            "phone": 9,
            "postcode": 6,
            "school": 31,
        },
        235,
    ),
    "independent_pii_q": (
        {
            "address": 8,
            "dob": 7,
            "email": 6,
            "handle": 15,
            "name": 166,
            "nhs": 4,
            "phone": 8,
            "postcode": 6,
            "school": 34,
        },
        326,
    ),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_blind_set_figures_hold(name: str) -> None:
    least_removed, least_kept = MEASURED[name]
    removed: Counter[str] = Counter()
    kept = 0
    folder = NEVER_TRAINED_ON if name == "independent_pii_q" else SETS
    for line in (folder / f"{name}.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        out = redact(record["text"]).text
        for kind, item in zip(record["kinds"], record["pii"], strict=True):
            removed[kind] += item not in out
        kept += sum(item in out for item in record["keep"])
    for kind, least in least_removed.items():
        assert removed[kind] >= least, kind
    assert kept >= least_kept


def test_the_honest_set_is_not_among_the_learned_checks_examples() -> None:
    from engage.safeguarding.learned_names import package_records

    known = {record["text"] for record in package_records()}
    honest = (NEVER_TRAINED_ON / "independent_pii_q.jsonl").read_text().splitlines()
    assert not any(json.loads(line)["text"] in known for line in honest if line.strip())
