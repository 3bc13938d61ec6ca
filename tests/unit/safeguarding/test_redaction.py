"""Redaction: what a partner would notice if personal data slipped through or words went missing."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage.safeguarding import (
    KIND_LABELS,
    Redaction,
    describe_findings,
    redact,
    redact_span,
    remove_phrase,
)
from engage.safeguarding.patterns import nhs_checksum_ok

AGE_15_YEAR = date.today().year - 15


def gone(text: str, secret: str) -> bool:
    return secret not in redact(text).text


# (comment, personal data that must go, words that must stay)
CASES: list[tuple[str, list[str], list[str]]] = [
    # names, including lower case and after "my mate", "called", "ask for"
    ("my mate jayden got chased by older boys", ["jayden"], ["got chased by older boys"]),
    ("me and my friend aisha go to the youth club", ["aisha"], ["go to the youth club"]),
    ("this boy called tolu keeps starting fights", ["tolu"], ["keeps starting fights"]),
    ("ask for Miss Begum at reception", ["Begum"], ["at reception"]),
    ("ask for kemi, she runs the girls group", ["kemi"], ["runs the girls group"]),
    (
        "Mohammed Ali and Sadia said the park is unsafe",
        ["Mohammed Ali", "Sadia"],
        ["park is unsafe"],
    ),
    ("my cousin Hamza Uddin wants a job", ["Hamza Uddin"], ["wants a job"]),
    ("we talked to Oliwia and Bartek from the Polish school", ["Oliwia", "Bartek"], ["talked to"]),
    ("Grace said the buses are always late", ["Grace"], ["buses are always late"]),
    ("my friend Will got excluded", ["Will"], ["got excluded"]),
    ("Chinedu, 16, wants more football", ["Chinedu"], ["16", "wants more football"]),
    ("Mr Okafor is the best teacher", ["Okafor"], ["best teacher"]),
    ("my name is Ayaan Hossain and I'm in year 10", ["Ayaan Hossain"], ["year 10"]),
    ("spoke to Deniz and Elif about stop and search", ["Deniz", "Elif"], ["stop and search"]),
    ("my bestie nimco said she feels unsafe", ["nimco"], ["feels unsafe"]),
    # names that are also words, with and without the evidence that a person is meant
    ("Jack got jumped at the bus stop", ["Jack"], ["got jumped"]),
    ("my friend hope is scared to walk home", ["hope"], ["scared to walk home"]),
    ("Rose and her little brother use the food bank", ["Rose"], ["her little brother"]),
    ("Honey, my friend, got groomed online", ["Honey"], ["got groomed online"]),
    ("Prince and Major are brothers in my year", ["Prince", "Major"], ["brothers in my year"]),
    ("yonas got arrested outside the chicken shop", ["yonas"], ["got arrested"]),
    ("tash and me go to the carers forum", ["tash"], ["go to the carers forum"]),
    ("follow up with patricia desrosiers next week", ["patricia desrosiers"], ["next week"]),
    ("big T runs the olders on the estate", ["big T"], ["runs the olders"]),
    # phones
    ("text me on 07700 900123", ["07700 900123"], ["text me on"]),
    ("my number is 07700900123", ["07700900123"], []),
    ("ring +44 7700 900 456 after 6", ["+44 7700 900 456"], ["after 6"]),
    ("office 020 7946 0123 ext 12", ["020 7946 0123"], ["office"]),
    ("call (020) 7946 0999", ["(020) 7946 0999"], []),
    ("call 0161-496-0000 today", ["0161-496-0000"], ["today"]),
    # e-mails and handles
    ("email me at big.mo_22@gmail.com", ["big.mo_22@gmail.com"], ["email me at"]),
    ("write to sam dot jones at gmail dot com", ["jones at gmail dot com"], ["write to"]),
    ("add me on snap: jaydz_07", ["jaydz_07"], ["add me on"]),
    ("my insta is @lil.aisha", ["@lil.aisha"], ["my insta is"]),
    ("his snapchat is kaydenxo and he adds year 7s", ["kaydenxo"], ["adds year 7s"]),
    ("samira's snap is samz_x", ["samz_x"], ["snap is"]),
    ("tiktok: @bow_girlz", ["@bow_girlz"], []),
    # postcodes
    ("i live in E1 4AA near the market", ["E1 4AA"], ["near the market"]),
    ("postcode e14 0ab", ["e14 0ab"], []),
    ("we moved to E3 last year", ["E3"], ["last year"]),
    ("they are all from e14", ["e14"], ["they are all from"]),
    ("a hostel at 3 Sidney Street E1", ["3 Sidney Street", "E1"], ["a hostel at"]),
    # addresses
    ("she lives at 22 Cable Street", ["22 Cable Street"], ["she lives at"]),
    ("come to 4b Jamaica Road after school", ["4b Jamaica Road"], ["after school"]),
    ("flat 7, Brunton House", ["flat 7, Brunton House"], []),
    ("I live on Ben Jonson Road", ["Ben Jonson Road"], ["I live on"]),
    ("my nan's house is 101 Mile End Road", ["101 Mile End Road"], []),
    ("my aunty lives in Block C, Ocean Estate", ["Block C, Ocean Estate"], ["my aunty lives"]),
    ("we live in Brunton House on Commercial Road", ["Commercial Road"], ["we live in"]),
    ("i live on watney street with my nan", ["watney street"], ["with my nan"]),
    ("i stay with my aunty on Devons Road", ["Devons Road"], ["stay with my aunty"]),
    ("flat 22, Mellish House, Varden Street", ["Varden Street"], []),
    # schools
    ("i go to Mulberry Academy Shoreditch", ["Mulberry Academy"], ["i go to"]),
    ("kids from Stepney All Saints School", ["Stepney All Saints School"], ["kids from"]),
    ("she goes to St Paul's Way", ["St Paul's"], ["she goes to"]),
    ("Bigland Green Primary needs a new playground", ["Bigland Green Primary"], ["new playground"]),
    ("i'm at Tower Hamlets College", ["Tower Hamlets College"], ["i'm at"]),
    ("i'm doing a levels at bethnal green academy", ["bethnal green academy"], ["a levels"]),
    ("at st pauls they dont let you wear hijab", ["st pauls"], ["wear hijab"]),
    ("Name: Dylan, School: Morpeth", ["Morpeth"], []),
    ("the girls school on bow road has better clubs", ["bow road"], ["girls school"]),
    ("in year 11 at Bishop Challoner", ["Challoner"], ["in year 11"]),
    # dates of birth
    (f"born on 3rd March {AGE_15_YEAR}", [f"3rd March {AGE_15_YEAR}"], ["born on"]),
    (f"DOB: 12/05/{AGE_15_YEAR}", [f"12/05/{AGE_15_YEAR}"], []),
    ("my birthday is 14 July", ["14 July"], ["my birthday is"]),
    (f"d.o.b {AGE_15_YEAR}-11-30", [f"{AGE_15_YEAR}-11-30"], []),
    # NHS numbers
    ("nhs number 943 476 5919", ["943 476 5919"], ["nhs number"]),
    ("my NHS no is 9434765870", ["9434765870"], []),
    ("NHS: 123 456 7890 on my letter", ["123 456 7890"], ["on my letter"]),
]


@pytest.mark.parametrize(("text", "secrets", "keep"), CASES)
def test_personal_data_goes_and_other_words_stay(
    text: str, secrets: list[str], keep: list[str]
) -> None:
    out = redact(text).text
    for secret in secrets:
        assert secret not in out, f"{secret!r} survived in {out!r}"
    for word in keep:
        assert word in out, f"{word!r} was lost from {out!r}"


@pytest.mark.parametrize(
    "text",
    [
        "we want more youth clubs in Tower Hamlets",
        "people at school talk about self harm a lot",
        "i think secondary school is harder than primary school",
        "the buses on Mile End Road are always late",
        "May is when exams start",
        "I will tell the group next week",
        "Instagram and Snapchat are where it happens",
        "Year 10 is stressful",
        "waited 2 hours in A&E on Friday",
        "we meet 10.30-11.30 on Saturdays",
        "the trip cost £1 500 for 30 kids",
        "there is hope and grace in this community",
        "I want better mental health support at school",
        "knife crime is scary",
        "Barts Health Youth Forum met in Whitechapel",
        "go to the GP or call 111 or 999",
        "aged 11-14 and 15-18",
        "Mark my words, the estate will kick off",
        "May is when the exams start and everyone is stressed",
        "Jack of all trades is what teachers want you to be",
        "the youth club on Chrisp Street is good but shuts at 8",
        "we went to Westfield in Stratford and security followed us",
        "my insta is private",
        "the summer holiday is too long",
        "my friend will help me with the forms",
        "i hate school",
        "He said the Met dont listen",
    ],
)
def test_ordinary_comments_are_left_alone(text: str) -> None:
    result = redact(text)
    assert result.text == text, result.findings


def test_dev_set_every_personal_item_removed_and_every_keep_item_kept(pii_dev: list[dict]) -> None:
    for record in pii_dev:
        out = redact(record["text"]).text
        for secret in record["pii"]:
            assert secret not in out, (record["text"], out)
        for word in record["keep"]:
            assert word in out, (record["text"], out)


def test_findings_point_at_the_original_text() -> None:
    text = "Amira (DOB 21/09/2011) texts 07700 900111 from E1 2QE"
    result = redact(text)
    pieces = {kind: text[start:end] for kind, start, end in result.findings}
    assert pieces["NAME"] == "Amira"
    assert pieces["PHONE"] == "07700 900111"
    assert pieces["POSTCODE"] == "E1 2QE"
    assert pieces["DOB"] == "21/09/2011"
    assert result.text == "[NAME] (DOB [DOB]) texts [PHONE] from [POSTCODE]"


def test_findings_are_sorted_and_do_not_overlap() -> None:
    text = "Ella Khan, flat 3, Brunton House, E1 2AB, 07700 900222, ella.k@mail.com, @ellak"
    findings = redact(text).findings
    assert findings == sorted(findings, key=lambda f: f[1])
    for (_, _, end), (_, start, _) in itertools.pairwise(findings):
        assert end <= start


def test_placeholders_are_never_redacted_again() -> None:
    text = "[NAME] said [NAME] has my [PHONE] and lives at [ADDRESS], [REMOVED]"
    result = redact(text)
    assert result.text == text
    assert result.findings == []


@pytest.mark.parametrize("text", [case[0] for case in CASES])
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once


def test_empty_and_long_input() -> None:
    assert redact("") == Redaction(text="", findings=[])
    long = ("my mate jayden said the youth club is good. " * 60)[:2500]
    result = redact(long)
    assert "jayden" not in result.text
    assert len(result.findings) >= 40


def test_scripts_and_markup_are_treated_as_text() -> None:
    result = redact("<script>alert('Amira')</script> call 07700 900333")
    assert "07700 900333" not in result.text
    assert "<script>" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "আমার বন্ধু বলেছে যে স্কুলে নিরাপদ না",
        "saaxiibkay wuxuu igu yiri dugsiga ma fiicna",
        "صديقي قال إن المدرسة ليست آمنة",
        "我的朋友说学校不安全",
        "the youth club is 🔥🔥 but closes too early 😭",
    ],
)
def test_other_scripts_and_emoji_pass_through(text: str) -> None:
    assert redact(text).text == text


def test_other_scripts_still_lose_numbers() -> None:
    out = redact("আমার নম্বর 07700 900444").text
    assert "07700 900444" not in out
    assert out.startswith("আমার নম্বর")


def test_bare_full_date_only_taken_for_a_birth_date_when_plausible() -> None:
    assert gone(f"see you 21/09/{AGE_15_YEAR}", f"21/09/{AGE_15_YEAR}")
    this_year = date.today().year
    assert not gone(f"meeting on 21/09/{this_year}", f"21/09/{this_year}")


def test_nhs_checksum() -> None:
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")


def test_describe_findings_uses_plain_words() -> None:
    result = redact("Amira and Noah rang 07700 900555")
    assert describe_findings(result.findings) == "2 names and a phone number"
    assert describe_findings([]) == "nothing"
    assert set(KIND_LABELS) == {
        "NAME",
        "PHONE",
        "EMAIL",
        "POSTCODE",
        "ADDRESS",
        "SCHOOL",
        "DOB",
        "HANDLE",
        "NHS_NUMBER",
    }


def test_remove_phrase_replaces_every_occurrence_without_breaking_placeholders() -> None:
    text = "the Ocean estate boys and the ocean Estate girls, [NAME] too; oceanic"
    out = remove_phrase(text, "ocean  estate")
    assert out == "the [REMOVED] boys and the [REMOVED] girls, [NAME] too; oceanic"
    assert remove_phrase("[NAME] said", "NAME") == "[NAME] said"
    assert remove_phrase("unchanged", "   ") == "unchanged"


def test_redact_span() -> None:
    assert redact_span("the big estate", 4, 7) == "the [REMOVED] estate"
    with pytest.raises(ValueError):
        redact_span("abc", 2, 9)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_redact_never_raises_and_findings_are_in_bounds(text: str) -> None:
    result = redact(text)
    last_end = 0
    for kind, start, end in result.findings:
        assert kind in KIND_LABELS
        assert last_end <= start < end <= len(text)
        last_end = end


_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "my",
                "mate",
                "jayden",
                "said",
                "07700 900123",
                "E1 4AA",
                "Grace",
                "lives",
                "at",
                "12 Cable Street",
                "School",
                "Mulberry",
                "[NAME]",
                "@bigmo",
                "and",
                "Will",
                "the",
                ",",
                "x@y.com",
                "born",
                "3/4/2011",
            ]
        ),
        max_size=14,
    )
)
def test_redaction_is_idempotent_on_generated_comments(words: list[str]) -> None:
    once = redact(" ".join(words)).text
    assert redact(once).text == once
