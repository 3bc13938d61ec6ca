"""Handles without "@", new name positions, and football clubs, year groups and academies kept.

Written for the kinds of miss in blind set l (engage/safeguarding/data/
redaction_sets/independent_pii_l.jsonl; its figures are in test_redaction_independent.py).
"""

from __future__ import annotations

import pytest

from engage.safeguarding import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("check out his youtube zedplayz its jokes", "zedplayz"),
        ("my @ is marnzz.x on everything", "marnzz.x"),
        ("his @ = koby_w", "koby_w"),
        ("dm me on insta @k.osei or tiktok koseiiw", "koseiiw"),
        ("add me on snap or tiktok brannyboo", "brannyboo"),
        ("sub to my yt channel kaylavlogz", "kaylavlogz"),
        ("my user is pinkbloxxy", "pinkbloxxy"),
        ("ign: shadowkorr", "shadowkorr"),
    ],
)
def test_handles_without_at_are_removed(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "i was on tiktok for ages last night",
        "follow my insta page for the youth club",
        "on snap yesterday he said sorry",
        "my @ is private",
    ],
)
def test_platform_talk_stays(text: str) -> None:
    assert "[HANDLE]" not in redact(text).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("im not talkin to zuz anymore", "zuz"),
        ("i keep arguing with dre about money", "dre"),
        ("i told kelz she can borrow it", "kelz"),
        ("Noor is fasting so she sat out", "Noor"),
        ("Precious is always late to the sessions", "Precious"),
        ("Victoria was late again", "Victoria"),
        ("Moses and Abel said they were scared", "Moses"),
        ("she came with her friend from church, Blessing, who is new", "Blessing"),
        ("lil j and skinny were outside again", "skinny"),
        ("biggs keeps stealing the bats", "biggs"),
    ],
)
def test_new_name_shapes_are_removed(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chelsea lost again lol", "Chelsea lost"),
        ("Arsenal won 3-1 and we were buzzing", "Arsenal won"),
        ("Millwall fans were chanting outside", "Millwall fans"),
        ("Leyton Orient drew again, gutted", "Leyton Orient drew"),
        ("some giggling from Y8 boys", "Y8 boys"),
        ("i got moved to Y9 set 2 for science", "Y9 set 2"),
        ("he got a trial at west ham academy!!", "west ham academy"),
        ("my brother plays for the Charlton academy under 14s", "Charlton academy"),
        ("Bishop Challoner sixth form rejected me", "sixth form rejected"),
        ("Hope is important for young people", "Hope is important"),
        ("i was talking to my mum about it", "talking to my mum about"),
    ],
)
def test_clubs_year_groups_and_words_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_club_name_said_of_a_person_is_removed() -> None:
    assert "Chelsea" not in redact("Chelsea said she wont come back").text
    assert "Chelsea" not in redact("Chelsea lost her phone on the bus").text
