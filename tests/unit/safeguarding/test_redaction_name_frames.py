"""Ways a person is mentioned (naming frames, titles and ranks, friend slang, bracketed
nicknames, reported states, company, doubled and hyphenated names; see name_frames.py).

Written for the kinds of miss in blind set m (its figures are in test_redaction_independent.py).
"""

from __future__ import annotations

import pytest

from engage.safeguarding import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("his name was kofi and he lived by the park", "kofi"),
        ("my name's Grace-Ann but everyone just says Ann", "Ann"),
        ("i hate my full name, its just tobi", "tobi"),
        ("my best mate is ola ola from year 8", "ola"),
        ("older lad known as Spinz hangs about the gates", "Spinz"),
        ("Daniel aka DJ was at the session again", "DJ"),
        ("Sgt Moore and PCSO Bell were at the station", "Bell"),
        ("DS Patel rang back about the referral", "Patel"),
        ("aunty bisi picks me up on tuesdays", "bisi"),
        ("my bredrin marcus got stopped", "marcus"),
        ("i want to go boxing with my bredrin junior", "junior"),
        ("Samuel (Sammy) Owusu attended for the first time", "Sammy"),
        ("school confirmed Tyrese is on a part-time timetable", "Tyrese"),
        ("Rocco and three friends were asked to leave", "Rocco"),
        ("Faith is revising for her mocks", "Faith"),
        ("Joy has started coming to the girls group", "Joy"),
        ("Lock up at nine, Rob is doing the late shift", "Rob"),
    ],
)
def test_catalogued_mentions_are_removed(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Faith is important to a lot of the families we see", "Faith is important"),
        ("Hope is important for young people", "Hope is important"),
        ("my mandem were outside the chicken shop", "my mandem were"),
        ("my brother said he was fine", "brother said"),
        ("he goes by bus to college", "goes by bus"),
        ("the nurse refused to change the sheets", "nurse refused"),
        ("Call of Duty is all my brother plays", "brother plays"),
        ("the police came to lincoln estate again", "lincoln estate"),
        ("it was summer when we moved", "summer"),
    ],
)
def test_frame_words_that_are_no_names_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text
