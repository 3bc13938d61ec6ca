"""Reading a comment: placeholders, slang, empty comments, and the words that count."""

from __future__ import annotations

import pytest

from engage.themes.features import parse
from engage.themes.lexicon import tokenise
from engage.themes.text import is_contentless, text_hash, words
from engage.themes.vocabulary import CONCEPTS


def concepts(text: str) -> set[str]:
    return {CONCEPTS[ci].key for ci in parse(text).concepts}


def test_placeholders_are_not_words() -> None:
    assert words("[NAME] told [SCHOOL] about XXXX") == ["told", "about"]


def test_slang_and_spellings_are_understood() -> None:
    assert "image-sharing" in concepts("ppl send pics n nudez")
    assert "county-lines" in concepts("younger ones go OT shotting")
    assert "knife-crime" in concepts("he got shanked")
    assert "policing" in concepts("the feds stop and search us")


def test_stems_do_not_overreach() -> None:
    # Snowball makes "feelings" "feel" and "evenings" "even"; those must not match.
    assert "mental-health" not in concepts("I feel fine")
    assert "places-to-go" not in concepts("even then")
    assert "radicalisation" not in concepts("staff were extremely kind")
    assert "send" not in concepts("people send pics")


@pytest.mark.parametrize(
    "text", ["nothing", "n/a", "N/A", "-", "idk", "no comment", "none", "  ", "[NAME]", "Nope."]
)
def test_contentless(text: str) -> None:
    assert is_contentless(text)


@pytest.mark.parametrize("text", ["nudes", "no youth clubs", "nothing to do round here"])
def test_not_contentless(text: str) -> None:
    assert not is_contentless(text)


def test_text_hash_ignores_case_and_punctuation_but_not_words() -> None:
    assert text_hash("People send nudes!") == text_hash("people send nudes")
    assert text_hash("people send nudes") != text_hash("people send pics")


def test_other_scripts_survive_tokenising() -> None:
    assert tokenise("বাড়িতে অনেক ঝগড়া").words == ("বাড়িতে", "অনেক", "ঝগড়া")
