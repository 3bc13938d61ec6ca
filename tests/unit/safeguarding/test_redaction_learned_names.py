"""The learned second opinion for names (engage/safeguarding/learned_names.py)."""

from __future__ import annotations

import pytest

from engage.safeguarding import redact
from engage.safeguarding.learned_names import (
    LearnedNames,
    learned_names,
    package_records,
    training_rows,
)
from engage.safeguarding.redaction import redact_by_rules


def _by_rules(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    result = redact_by_rules(text)
    return result.text, result.findings


def test_it_learns_from_the_package_alone_and_the_same_way_every_time() -> None:
    records = package_records()
    assert len(records) > 1_500  # the labelled sets shipped in engage/safeguarding/data/
    rows, labels = training_rows(records, _by_rules)
    again = LearnedNames(rows, labels)
    view = "ibby and sully was tryna get into the rave"
    assert again.names_in(view) == learned_names().names_in(view)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iman was referred by the school nurse following a panic attack.", "Iman"),
        ("ibby and sully was tryna get into the under 18 rave in shoreditch", "ibby"),
    ],
)
def test_names_the_rules_miss_are_found_by_a_model_that_never_saw_them(
    text: str, name: str
) -> None:
    # Both lines come from blind set o; the model here is trained without that set.
    rows, labels = training_rows(package_records("independent_pii_o.jsonl"), _by_rules)
    model = LearnedNames(rows, labels)
    view = redact_by_rules(text).text
    assert name in view  # the rules alone leave it
    assert any(view[s:e] == name for s, e in model.names_in(view))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Faith is important to me", "Faith"),
        ("Mark the register please", "Mark"),
        ("Can’t get an appointment, It’s always busy", "Can’t"),
        ("Thank-you to the whole team", "Thank-you"),
        ("she shops at Zara and Primark", "Zara"),
        ("ask for angela at the bar", "angela"),
    ],
)
def test_everyday_words_brands_and_schemes_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_it_only_adds_and_never_touches_placeholders() -> None:
    text = "[NAME] said ibby and sully was tryna get in, ring [PHONE]"
    out = redact(text).text
    assert out.startswith("[NAME] said")
    assert out.endswith("ring [PHONE]")
    assert redact(out).text == out
