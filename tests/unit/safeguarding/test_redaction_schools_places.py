"""Schools across London, public names (venues, hospitals, universities, courses, celebrities),
titles, and word-names told by their shape: cases that must be removed and cases that must stay.

Written fresh for this change (not copied from any labelled set) so they test the kind of case."""

from __future__ import annotations

import pytest

from engage.safeguarding import redact

# (comment, words that must go, words that must stay)
CASES: list[tuple[str, list[str], list[str]]] = [
    # Schools across inner and outer London, bare short names after "go", "at", "from"...
    ("i go Graveney and my cousin goes Ernest Bevin", ["Graveney", "Ernest Bevin"], ["cousin"]),
    ("my sister goes Fortismere, she loves it", ["Fortismere"], ["my sister"]),
    ("we both started at Bacon's in september", ["Bacon"], ["september"]),
    ("he goes Forest Hill School and i go Sydenham", ["Forest Hill", "Sydenham"], ["i go"]),
    ("Meeting with Woolwich Polytechnic pastoral team", ["Woolwich Polytechnic"], ["pastoral"]),
    ("everyone from Haberdashers Hatcham is posh", ["Haberdashers Hatcham"], ["posh"]),
    ("he got kicked out of Stoke Newington last year", ["Stoke Newington"], ["kicked out"]),
    ("YP attends Norbury Manor, Year 9", ["Norbury Manor"], ["Year 9"]),
    # A school's district after its name goes with it.
    ("lowkey Harris Academy Bermondsey has the best food", ["Bermondsey"], ["best food"]),
    ("teacher at Charter School East Dulwich said", ["East Dulwich"], ["teacher"]),
    ("went to Bow School in Bow", ["Bow School"], ["in Bow"]),
    # A district alone, with no school cue, stays.
    ("we went shopping in Sydenham on saturday", [], ["Sydenham"]),
    ("the bus through Stoke Newington was packed", [], ["Stoke Newington"]),
    # Hospitals, GP practices, universities, venues, courses: public, not a child's data.
    ("her mum works nights at King's College Hospital", [], ["King's College Hospital"]),
    ("GP registration at the Lister next week", [], ["the Lister"]),
    ("he has an offer from QMUL and UCL", [], ["QMUL", "UCL"]),
    ("Saturday drama at the Young Vic", [], ["Young Vic"]),
    ("trip to the Barbican and the Old Vic", [], ["Barbican", "Old Vic"]),
    ("attending ESOL Tues/Thurs, GCSE maths and a BTEC", [], ["ESOL", "GCSE", "BTEC"]),
    # Celebrities are not personal data about a child.
    ("he says he knows Ronaldo personally", [], ["Ronaldo"]),
    ("'Stormzy came from round here' she said", [], ["Stormzy"]),
    ("Central Cee is from Shepherd's Bush", [], ["Central Cee", "Shepherd's Bush"]),
    # Titles stay; the name after them goes.
    ("Notes from Sgt Rhodes: two YP stopped", ["Rhodes"], ["Sgt"]),
    ("Meeting with Cllr Okafor re: funding", ["Okafor"], ["Cllr"]),
    # Word-names and unlisted names by their shape.
    ("Spoke with Nurse Jo re: Précieuse's asthma plan", ["Précieuse"], ["asthma plan"]),
    ("Had 1:1 about Ruby's anxiety", ["Ruby"], ["anxiety"]),
    ("Spoke to the school about Ali's managed move", ["Ali"], ["managed move"]),
    ("Faith raised that her sister is missing", ["Faith"], ["raised that"]),
    (
        "Junior (real name Emmanuel) said he wants to be a barber",
        ["Junior", "Emmanuel"],
        ["barber"],
    ),
    ("quick one, is precious coming today?", ["precious"], ["coming today"]),
    # ... and the same words as words stay.
    ("there is hope for the faith group", [], ["hope", "faith"]),
    ("my ruby ring is precious to me", [], ["ruby", "precious"]),
    ("He told me he wants to be a nurse", [], ["He told me"]),
    # A nationality after a full stop is not part of the name before it.
    ("came with her friend Amira. Polish speaker, settled well", ["Amira"], ["Polish speaker"]),
    # Verbs and slang that are no names.
    ("im in my feels, arjun unfollowed me", ["arjun"], ["unfollowed"]),
    ("my boy skeng... nah im joking dont write skeng", [], ["skeng"]),
]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_schools_places_and_shapes(text: str, gone: list[str], kept: list[str]) -> None:
    out = redact(text).text
    for item in gone:
        assert item not in out, (item, out)
    for item in kept:
        assert item in out, (item, out)
