"""The vocabulary is data, so its mistakes are typos: catch the ones the lexicon would hide."""

from __future__ import annotations

import pytest

from engage.themes.vocabulary import CONCEPTS, DEFAULT_PRIORITIES, C


def test_a_term_of_three_parts_is_refused() -> None:
    # "a + b + c" would be read as the phrase "a b" near "c": say so instead of matching oddly.
    with pytest.raises(ValueError, match="two parts"):
        C("x", "x", {}, "gives + money + hold")


def test_concept_keys_are_unique_and_weights_name_default_priorities() -> None:
    keys = [c.key for c in CONCEPTS]
    assert len(keys) == len(set(keys))
    for concept in CONCEPTS:
        assert set(concept.weights) <= set(DEFAULT_PRIORITIES), concept.key
        assert concept.term_list, concept.key
