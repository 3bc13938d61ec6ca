"""Redaction measured on comments its rules were not written from.

``pii_a.jsonl`` .. ``pii_d.jsonl`` (in engage/safeguarding/data/redaction_sets/) are young people's
comments as partners record them
(informal, lower case, misspelt, names from London's many communities), written for these tests:
``{"text", "pii": [must not survive], "kinds": [kind of each pii item], "keep": [must survive]}``.

How they were used, so the figures can be read for what they are:

- a and b were written before the engine was changed, and the engine was improved on them;
- c was written at the same time, left alone while tuning and measured once: names 91.3%,
  schools 87.5%, addresses 100%, one phone number missed ("07.700.900.911" was taken for an IP
  address), keep items 99.5%. The fixes that followed were prompted by the kinds of miss seen
  there (a dotted phone number, hyphenated and shorthand names, a surname before a found name),
  so c's figures below are no longer blind;
- d was written after c was measured, the same way as c, and measured once after those fixes.

The floors for c and d are the figures measured, not the targets. Scoring is strict
(``redaction_scoring.py``): an item counts as removed only when every word of it was redacted.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

import engage.safeguarding
from engage.safeguarding import redact
from engage.safeguarding.redaction_scoring import Scores, load_jsonl, score

HELDOUT = Path(engage.safeguarding.__file__).parent / "data" / "redaction_sets"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"

# Kinds with a recognisable shape: every one must go, on every batch.
EXACT_KINDS = ("EMAIL", "PHONE", "POSTCODE", "NHS_NUMBER", "HANDLE", "DOB")
# Lowest share removed per kind, and lowest share of keep items and other words intact, per batch.
# a and b: the targets (95% of names, schools and addresses; 98% of other words) except where the
# measured figure is lower, which is said next to it. c and d: what was measured.
FLOORS: dict[str, dict[str, float]] = {
    "a": {"NAME": 0.95, "SCHOOL": 0.95, "ADDRESS": 0.95, "keep": 0.98, "words": 0.98},
    # b's schools: 15 of 16; "Liam from Langdon Park" names no school in its words.
    "b": {"NAME": 0.95, "SCHOOL": 0.93, "ADDRESS": 0.95, "keep": 0.98, "words": 0.98},
    # c: names 67/69, schools 14/16, addresses 13/13, keep 194/195, other words 946/951.
    "c": {"NAME": 0.97, "SCHOOL": 0.87, "ADDRESS": 1.0, "keep": 0.99, "words": 0.99},
    # d: names 66/69, schools 14/16, addresses 13/13, keep 177/177, other words 922/927.
    "d": {"NAME": 0.95, "SCHOOL": 0.87, "ADDRESS": 1.0, "keep": 0.99, "words": 0.99},
}


def _scores(batch: str) -> Scores:
    path = HELDOUT / f"pii_{batch}.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is absent")
    return score(load_jsonl(path), redact)


def test_every_batch_is_well_formed() -> None:
    for path in sorted(HELDOUT.glob("pii_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            assert len(record["pii"]) == len(record["kinds"]), record
            for item in record["pii"] + record["keep"]:
                assert item in record["text"], (path.name, item)


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_shaped_personal_data_is_always_removed(batch: str) -> None:
    scores = _scores(batch)
    for kind in EXACT_KINDS:
        missed = [item for k, item, _ in scores.missed if k == kind]
        assert not missed, f"{kind} survived in pii_{batch}: {missed}"


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_names_schools_and_addresses_are_removed(batch: str) -> None:
    scores = _scores(batch)
    for kind in ("NAME", "SCHOOL", "ADDRESS"):
        missed = [item for k, item, _ in scores.missed if k == kind]
        assert scores.share(kind) >= FLOORS[batch][kind], f"{kind} in pii_{batch}: {missed}"


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_words_that_are_not_personal_data_stay(batch: str) -> None:
    scores = _scores(batch)
    assert scores.keep_share >= FLOORS[batch]["keep"], scores.lost
    assert scores.words_share >= FLOORS[batch]["words"]


def test_redaction_is_idempotent_on_every_batch() -> None:
    for path in sorted(HELDOUT.glob("pii_*.jsonl")):
        for record in load_jsonl(path):
            once = redact(record["text"]).text
            assert redact(once).text == once, (path.name, once)


def test_schools_across_a_and_b_reach_the_target() -> None:
    a, b = _scores("a"), _scores("b")
    removed = a.removed["SCHOOL"] + b.removed["SCHOOL"]
    assert removed / (a.total["SCHOOL"] + b.total["SCHOOL"]) >= 0.95


# --- the shared third-party sets --------------------------------------------------------------
_WORD_RE = re.compile(r"\w+")


def test_presidio_names_and_addresses() -> None:
    path = SHARED / "data" / "pii_synthetic_presidio.json"
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the shared data is not beside the repo")
    kinds = {"PERSON": "NAME", "STREET_ADDRESS": "ADDRESS"}
    removed = {"NAME": 0, "ADDRESS": 0}
    total = {"NAME": 0, "ADDRESS": 0}
    intact = others = 0
    for record in json.loads(path.read_text("utf-8")):
        text = record["full_text"]
        found = [(s, e) for _, s, e in redact(text).findings]
        gold = [(sp["start_position"], sp["end_position"]) for sp in record["spans"]]
        for sp in record["spans"]:
            kind = kinds.get(sp["entity_type"])
            if kind is None:
                continue
            words = _WORD_RE.finditer(text, sp["start_position"], sp["end_position"])
            total[kind] += 1
            removed[kind] += all(
                any(s <= m.start() and m.end() <= e for s, e in found) for m in words
            )
        for m in _WORD_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in gold):
                others += 1
                intact += not any(s < m.end() and m.start() < e for s, e in found)
    assert removed["NAME"] / total["NAME"] >= 0.95
    assert removed["ADDRESS"] / total["ADDRESS"] >= 0.95
    assert intact / others >= 0.98


def test_nhs_feedback_is_barely_touched() -> None:
    path = SHARED / "data" / "nhs_feedback_phase1.csv"
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the shared data is not beside the repo")
    changed = words = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["feedback"]
            found = [(s, e) for _, s, e in redact(text).findings]
            for m in _WORD_RE.finditer(text):
                words += 1
                changed += any(s < m.end() and m.start() < e for s, e in found)
    # Most of what is changed is staff names ("Thank you Natasha"), which should go anyway.
    assert changed / words <= 0.007
