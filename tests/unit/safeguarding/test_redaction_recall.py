"""Kinds of names, schools and handles added in the 2026-11 recall round, and the ordinary words
beside them that must stay."""

from __future__ import annotations

import pytest

from engage.safeguarding import redact


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # Listed schools written bare, short or in lower case.
        ("some girls at mulberry get taken abroad in summer", "mulberry"),
        ("i go to st paul's way and everyone vapes", "st paul's way"),
        ("the boys from lister always beef at the bus stop", "lister"),
        ("my brothers at brampton manor doing a levels", "brampton manor"),
        (
            "Partner note: Amira (Y10, Mulberry School for Girls) raised it",
            "Mulberry School for Girls",
        ),
        ("we all go to stepney green", "stepney green"),
        ("BGA needs a proper counsellor", "BGA"),
        # Handles in many forms.
        ("hes on discord as shadowfox_88 and messages kids", "shadowfox_88"),
        ("add kwame_bby on snap", "kwame_bby"),
        ("lexi.gracee is her insta", "lexi.gracee"),
        ("his username is ghostlaugh", "ghostlaugh"),
        ("the mandem on tiktok r all like drillgang.e6", "drillgang.e6"),
        ("he goes by lil_k", "lil_k"),
        # Names by the words around them.
        ("Frank the caretaker lets us stay in the sports hall", "Frank"),
        ("Aistė (Lithuanian, yr 12) has had no counsellor", "Aistė"),
        ("Jack (lives 2nd floor) told the group", "Jack"),
        ("Sunday Okafor (youth worker) is who the boys trust", "Sunday"),
        ("the talk was cringe - Harun", "Harun"),
        ("Rahel? she's 14 and on Kooth every night", "Rahel"),
        ("nothing changed at the Youth Council, ask Gent", "Gent"),
        ("my bro tee got arrested for nothing", "tee"),
        ("me n lil dre went to the Boxpark", "dre"),
        ("Tran Van Minh wants info in vietnamese", "Tran"),
        ("contact liz about the trip", "liz"),
    ],
)
def test_found(text: str, removed: str) -> None:
    assert removed not in redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ask for Ani at the pharmacy if you need help", "Ani"),
        ("ask for angela at the bar", "angela"),
        ("she shops at Zara and Primark", "Zara"),
        ("i use Shein and Depop", "Depop"),
        ("he wants to finish his DofE", "DofE"),
        ("Summer Fest at the park was cancelled", "Summer Fest"),
        ("we want a youth club in Cubitt Town", "Cubitt Town"),
        ("i live near stepney green", "stepney green"),
        ("the bus goes past Langdon Park station", "Langdon Park station"),
        ("i spend 3 hours on tiktok", "3 hours"),
        ("my mum always said", "always"),
        ("check bbc.co.uk on insta", "bbc.co.uk"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert kept in redact(text).text
