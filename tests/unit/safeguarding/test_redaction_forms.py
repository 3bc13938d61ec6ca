"""Redaction of the less usual ways personal data is written, and of words that only look personal.

Each case is a kind, written fresh for these tests: phone numbers typed digit by digit or said in
words, dates of birth in words, handles after a platform with no colon, people named between
commas, schools named after "go" or a year group; and, the other way round, peoples, languages,
well-known places, kinds of school and helpline numbers that must stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from engage.safeguarding import redact
from engage.safeguarding.birthdates import find_dates_of_birth
from engage.safeguarding.phones import find_numbers, helpline_numbers, is_helpline

YEAR_14 = date.today().year - 14

# (comment, personal data that must go, words that must stay)
CASES: list[tuple[str, list[str], list[str]]] = [
    # phone numbers typed digit by digit, dotted, dashed, run together or in words
    ("text her on 0 7 9 1 1 1 2 3 4 5 6 tonight", ["0 7 9 1 1 1 2 3 4 5 6"], ["tonight"]),
    ("his dad is 0.7.9.2.2.3.4.5.6.7.8", ["0.7.9.2.2.3.4.5.6.7.8"], ["his dad is"]),
    ("mum: 0-7-7-0-0-9-0-0-1-2-3", ["0-7-7-0-0-9-0-0-1-2-3"], []),
    ("office 0 20 7 9 4 6 0 5 5 5 ask for the duty desk", ["0 20 7 9 4 6 0 5 5 5"], ["duty desk"]),
    ("+44 7 9 1 1 0 0 0 1 2 3 is my aunty", ["+44 7 9 1 1 0 0 0 1 2 3"], ["my aunty"]),
    ("07911 000 111 07922 000 222 are both parents", ["07911 000 111", "07922 000 222"], []),
    (
        "it's oh seven nine one one, double oh, one two three four",
        ["oh seven nine one one, double oh, one two three four"],
        ["it's"],
    ),
    (
        "ring zero 7 9 zero zero 1 1 2 2 3 3 after 5",
        ["zero 7 9 zero zero 1 1 2 2 3 3"],
        ["after 5"],
    ),
    # dates of birth in words, a second form of the same date, a year after a birth cue
    (
        "date of birth is the second of April two thousand and eleven",
        ["second of April two thousand and eleven"],
        ["date of birth is"],
    ),
    ("dob: thirty-first january twenty twelve", ["thirty-first january twenty twelve"], []),
    ("he was born on april 2nd 2011", ["april 2nd 2011"], ["he was born on"]),
    ("my birthday is the 9th of december", ["9th of december"], ["my birthday is"]),
    ("her bday is december the ninth", ["december the ninth"], []),
    ("DOB 09/12/11 (9th Dec)", ["09/12/11", "9th Dec"], []),
    ("dob 2011-12-09 or 09.12.11", ["2011-12-09", "09.12.11"], []),
    ("she was born in 2011 and is in year 9", ["2011"], ["year 9"]),
    ("born in the spring of 2011", ["2011"], []),
    ("YOB: 2012", ["2012"], []),
    ("born in two thousand and twelve", ["two thousand and twelve"], []),
    ("my birthday was on saturday, the 4th of may", ["4th of may"], []),
    ("he turns 15 on the 8th of march", ["8th of march"], ["he turns 15"]),
    # handles after a platform, with no colon
    ("snap kemi.b4 if you want the notes", ["kemi.b4"], ["if you want the notes"]),
    ("add me on snap jojo_x9", ["jojo_x9"], ["add me on snap"]),
    ("tiktok lil.dancer_22 has my videos", ["lil.dancer_22"], ["has my videos"]),
    ("follow her on insta shes amara.k", ["amara.k"], []),
    ("ps5 - SkyRunner_11", ["SkyRunner_11"], []),
    ("youtube channel: GrimeKidLDN", ["GrimeKidLDN"], []),
    ("email him at tayo2011 @ gmail.com", ["tayo2011 @ gmail.com"], []),
    # people named between commas, or as a word-name before "from ... said"
    ("a young carer, Nadifa, said she never sleeps", ["Nadifa"], ["never sleeps"]),
    ("One of the boys, Piotr, said the police follow him", ["Piotr"], ["police follow him"]),
    ("Our newest member, Miracle, spoke about the buses", ["Miracle"], ["the buses"]),
    ("the session leader (Kojo) said", ["Kojo"], []),
    ("Faith from Shadwell said the park is dark", ["Faith"], ["Shadwell"]),
    ("Summer from the youth council said it again", ["Summer"], ["youth council"]),
    ("Peace from Cubitt Town Primary said she likes maths", ["Peace"], []),
    ("Mr Preston runs detention", ["Preston"], ["runs detention"]),
    ("JJ got stopped by the police", ["JJ"], ["stopped by the police"]),
    # schools after "go" in a comment about school, and after a year group
    ("i go wellbrook and the teachers shout", ["wellbrook"], ["the teachers shout"]),
    ("we go harrowfield high and they take our phones", ["harrowfield"], ["take our phones"]),
    ("Idris (Y11, Marsh Gate Foundation) said", ["Marsh Gate Foundation"], ["Y11"]),
    ("she's year 8, Kelvedon, and gets detentions", ["Kelvedon"], ["year 8"]),
    # a Discord tag, a surname initial, a school in the possessive, a title that starts a name
    ("my discord is moonlight_k#0420 add me", ["moonlight_k#0420"], ["add me"]),
    ("my mate Tobi K got excluded again", ["Tobi K"], ["got excluded again"]),
    ("i'm at sarah bonnell's, year 11, and the teachers are ok", ["sarah bonnell"], ["year 11"]),
    ("a boy from sir john cass said the same", ["sir john cass"], ["a boy from"]),
    ("she lives on Cable Street, number 14, with her nan", ["Cable Street, number 14"], []),
    # addresses and postcodes that only look like places or numbers
    ("my nan lives at 9 Victoria Park Road", ["9 Victoria Park Road"], []),
    ("we live in mile end e3", ["e3"], ["mile end"]),
    ("07700 900 123 12 Cable Street", ["07700 900 123", "12 Cable Street"], []),
    # numbers joined to words or to each other, and typed twice over
    ("tel:07911222333 or mob#07911 444 555", ["07911222333", "07911 444 555"], []),
    ("07911222333/07911444555 are mum and dad", ["07911222333", "07911444555"], ["mum and dad"]),
    ("0 7 9 1 1 2 2 2 3 3 3 0 7 9 1 1 4 4 4 5 5 5", ["0 7 9 1 1 2 2 2 3 3 3", "4 4 4 5 5 5"], []),
    ("my xbox gamertag is NightOwl_22", ["NightOwl_22"], []),
    ("she lives at 5 Turin Street, E2 7PR, flat 3", ["5 Turin Street", "E2 7PR", "flat 3"], []),
]

# Comments that name no one: nothing may go.
ORDINARY: list[str] = [
    # peoples, languages, faiths
    "Eritrean and Ethiopian parents want Amharic and Tigrinya leaflets",
    "Pashto and Dari speakers wait weeks for an interpreter",
    "the Sikh and Hindu boys said the same",
    "Lithuanian and Romanian kids get called names",
    "Roma and Traveller families are moved on all the time",
    # well-known places
    "the trip to Clacton was the best day of the summer",
    "Margate got rained off",
    "we play football in Mile End Park on Sundays",
    "she lives in Bethnal Green with her aunt",
    "they moved to Canning Town last year",
    "security at Westfield Stratford follow us round",
    "the coach to Thorpe Park broke down on the way",
    # kinds of school
    "Polish Saturday school is where I see my friends",
    "the Somali supplementary school closed",
    "Arabic school on weekends is long",
    "Sunday school at the church was fun",
    # helplines and other numbers that are not a person's
    "call Childline on 0800 1111 or Samaritans on 116 123",
    "NSPCC helpline 0808 800 5000 is for adults worried about a child",
    "the Domestic Abuse Helpline is 0808 2000 247",
    "Papyrus HOPELINE 0800 068 4141, Crimestoppers 0800 555 111",
    "text SHOUT to 85258 or call 999 or 111",
    "we surveyed 12 15 20 and 25 year olds",
    "ages 1 2 3 4 5 6 7 8 9 10 all came",
    "open to ages 11 12 13 14 15 16",
    "sessions on 12 14 16 18 20 22 June",
    # dates that are not birthdays, handles that are not handles
    "the next session is on the third of March",
    "in two thousand and ten the youth centre closed",
    "the club started in 2010",
    "I'm on snapchat 24/7",
    "snap maps shows where you are",
    "my insta is private",
]


@pytest.mark.parametrize(("text", "secrets", "keep"), CASES)
def test_unusual_forms_are_removed(text: str, secrets: list[str], keep: list[str]) -> None:
    out = redact(text).text
    for secret in secrets:
        assert secret not in out, f"{secret!r} survived in {out!r}"
    for word in keep:
        assert word in out, f"{word!r} was lost from {out!r}"


@pytest.mark.parametrize("text", ORDINARY)
def test_words_that_only_look_personal_stay(text: str) -> None:
    result = redact(text)
    assert result.text == text, result.findings


@pytest.mark.parametrize("text", [case[0] for case in CASES] + ORDINARY)
def test_redaction_stays_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once


def test_findings_for_spaced_phone_point_at_the_digits() -> None:
    text = "call 0 7 9 1 1 1 2 3 4 5 6 now"
    result = redact(text)
    assert [(k, text[s:e]) for k, s, e in result.findings] == [("PHONE", "0 7 9 1 1 1 2 3 4 5 6")]


def test_helpline_list_and_matching_ignore_spacing() -> None:
    assert "08001111" in helpline_numbers()
    assert is_helpline("0800 11 11")
    assert is_helpline("+44 800 1111")
    assert not is_helpline("07700 900123")


def test_helplines_are_numbers_but_not_phones() -> None:
    text = "Childline 0800 1111"
    assert find_numbers(text) == [(10, 19, True)]
    assert redact(text).findings == []


def test_a_young_persons_year_makes_a_date_in_words_a_birth_date() -> None:
    text = f"she was here on the fifth of June {YEAR_14}"
    assert [text[s:e] for _, s, e in find_dates_of_birth(text)] == [f"fifth of June {YEAR_14}"]
    assert list(find_dates_of_birth("we went on the fifth of June 2024")) == []
