"""Disclosure screening: every disclosure reaches the safeguarding lead; views stay feedback."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage.safeguarding import Screening, redact, screen
from engage.safeguarding.screening import _screen_by_rules

from .cases import (
    DISCLOSURES,
    KNOWN_FLAGGED,
    LEARNED_CATCHES,
    MORE_DISCLOSURES,
    MORE_VIEWS,
    NET_DISCLOSURES,
    NET_VIEWS,
    PARTNER_NOTE_DISCLOSURES,
    PARTNER_NOTE_VIEWS,
    PROBE_DISCLOSURES,
    PROBE_VIEWS,
    SHAPED_DISCLOSURES,
    SHAPED_VIEWS,
    URGENT,
    VIEWS,
)


@pytest.mark.parametrize(
    "text", DISCLOSURES + MORE_DISCLOSURES + PROBE_DISCLOSURES + NET_DISCLOSURES
)
def test_disclosures_are_flagged(text: str) -> None:
    result = screen(text)
    assert result.concern, text
    assert result.level in {"possible", "urgent"}
    assert result.reasons


@pytest.mark.parametrize("text", VIEWS + MORE_VIEWS + PROBE_VIEWS + NET_VIEWS)
def test_general_views_are_not_flagged(text: str) -> None:
    result = screen(text)
    assert result == Screening(concern=False, level="none", reasons=[]), result.reasons


@pytest.mark.parametrize("text", PARTNER_NOTE_DISCLOSURES)
def test_partner_notes_of_a_disclosure_are_flagged_by_the_rules(text: str) -> None:
    assert _screen_by_rules(text).concern, text
    assert screen(text).concern, text


@pytest.mark.parametrize("text", PARTNER_NOTE_VIEWS)
def test_partner_notes_of_a_view_are_not_flagged_by_the_rules(text: str) -> None:
    # The rules alone: the learned second opinion is trained and tuned elsewhere.
    assert not _screen_by_rules(text).concern, _screen_by_rules(text).reasons


@pytest.mark.parametrize("text", SHAPED_DISCLOSURES)
def test_disclosures_shaped_like_views_are_flagged_by_the_rules(text: str) -> None:
    assert _screen_by_rules(text).concern, text
    assert screen(text).concern, text


@pytest.mark.parametrize("text", SHAPED_VIEWS)
def test_views_shaped_like_disclosures_are_not_flagged_by_the_rules(text: str) -> None:
    assert not _screen_by_rules(text).concern, _screen_by_rules(text).reasons


@pytest.mark.parametrize("text", LEARNED_CATCHES)
def test_the_learned_check_catches_wordings_no_rule_matches(text: str) -> None:
    result = screen(text)
    assert result.concern and result.level == "possible"
    assert result.reasons, "the lead is told why"


@pytest.mark.xfail(reason="known limitation: a figure of speech read literally", strict=True)
@pytest.mark.parametrize("text", KNOWN_FLAGGED)
def test_known_false_alarms(text: str) -> None:
    assert not screen(text).concern


@pytest.mark.parametrize(
    "text",
    [
        "nobody hurts me at home",
        "no one at home hurts me",
        "my dad is strict but he never hits me",
        "i've never self harmed",
        "i was not hit, i just fell over",
    ],
)
def test_denials_are_not_flagged(text: str) -> None:
    assert not screen(text).concern


@pytest.mark.parametrize(
    "text",
    [
        "he doesn't hit me anymore but i'm still scared of him",
        "my stepdad stopped touching me last year",
        "i can't stop self harming",
        "my dad used to beat me and he only stopped last month",
    ],
)
def test_abuse_that_has_recently_stopped_is_still_flagged(text: str) -> None:
    assert screen(text).concern


@pytest.mark.parametrize(
    "text",
    [
        "we talked about county lines. thing is my brother is actually doing it",
        "in the film a girl gets groomed and it made me think",
        "what happens if someone tells a teacher they are being abused?",
    ],
)
def test_a_harm_named_as_a_topic_is_only_a_disclosure_when_someone_is_named(text: str) -> None:
    named = "brother" in text
    assert screen(text).concern is named


def test_speaker_and_specific_child_come_from_the_same_words_whatever_the_spelling() -> None:
    for text in ("my dad hits me", "ma dad hitz me", "my dad hitting me", "dad beats me"):
        assert screen(text).concern, text
    assert screen("my m8 sed her step dad hits her").reasons == [
        "suggests a specific child or young person is affected by physical abuse or violence"
    ]


@pytest.mark.parametrize("text", URGENT)
def test_immediate_danger_is_urgent(text: str) -> None:
    assert screen(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I've been self harming for a few weeks",
        "my friend said her dad touches her",
        "i dont want to be alive anymore",
    ],
)
def test_disclosure_without_immediate_danger_is_possible(text: str) -> None:
    assert screen(text).level == "possible"


def test_dev_set(disclosure_dev: list[dict]) -> None:
    for record in disclosure_dev:
        assert screen(record["text"]).concern is record["concern"], record["text"]


def test_first_and_third_person_get_different_reasons() -> None:
    first = screen("my dad hits me").reasons
    third = screen("my friend said her dad hits her").reasons
    assert any("first person" in r for r in first)
    assert any("specific child" in r for r in third)


@pytest.mark.parametrize(
    "text",
    [
        "Amira told me her stepdad hits her, call her on 07700 900111",
        "Jayden Okafor at Mulberry Academy is carrying a knife, he lives at 12 Cable Street E1 2QE",
        "my mate callum (snap: callum_07) said he wants to kill himself",
    ],
)
def test_reasons_never_repeat_the_comment_or_its_personal_data(text: str) -> None:
    result = screen(text)
    assert result.concern
    secrets = [text[s:e] for _, s, e in redact(text).findings]
    assert secrets
    for reason in result.reasons:
        for secret in secrets:
            assert secret.lower() not in reason.lower()
        assert not re.search(r"\d", reason)
        # No run of four words from the comment appears in a reason.
        words = text.lower().split()
        for i in range(len(words) - 3):
            assert " ".join(words[i : i + 4]) not in reason.lower()


def test_redacted_text_is_screened_the_same() -> None:
    text = "my friend Tia said her stepdad touches her"
    assert screen(redact(text).text).concern
    assert screen("[NAME] told me her uncle hits her").concern


def test_the_safety_net_says_it_is_a_broader_check_and_never_quotes() -> None:
    # "help me" and "dad again" were known misses before the safety net; now they reach the lead.
    for text in ("help me", "dad again", "my sister is so skinny you can see her bones"):
        result = screen(text)
        assert result.level == "possible", text
        assert all("broader check" in r for r in result.reasons), result.reasons
        assert not any(w in " ".join(result.reasons) for w in ("skinny", "bones", "dad"))


@pytest.mark.parametrize(
    "text",
    [
        "kids get groomed on snapchat by people pretending to be their age",
        "in the film the girl runs away from home",
        "we had a lesson about fgm and cutting",
        "if someone is being forced to marry can they get help from the police?",
        "my mum says there should be more lessons on grooming",
    ],
)
def test_the_safety_net_leaves_views_alone(text: str) -> None:
    assert not screen(text).concern


def test_the_safety_net_is_urgent_when_the_danger_is_now() -> None:
    result = screen("there is a guy outside with a machete right now")
    assert result.level == "urgent"
    assert screen("someone help me im scared tonight").level == "urgent"
    assert screen("help me please").level == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "<script>alert('I want to die')</script>",
        "আমার বন্ধু বলেছে তার বাবা তাকে মারে",
        "saaxiibkay ayaa igu yiri aabaheed ayaa garaaca",
        "😭😭😭",
        "x" * 2500,
    ],
)
def test_odd_input_does_not_break(text: str) -> None:
    result = screen(text)
    assert result.level in {"none", "possible", "urgent"}
    assert result.concern == (result.level != "none")


def test_long_comment_with_a_disclosure_at_the_end() -> None:
    text = "we talked about youth clubs and buses. " * 60 + "Also my uncle hits me."
    assert len(text) > 2001
    assert screen(text).concern


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_screen_never_raises(text: str) -> None:
    result = screen(text)
    assert result.concern == (result.level != "none")
    assert all(isinstance(r, str) and r for r in result.reasons)
