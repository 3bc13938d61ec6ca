"""Name shapes from ``name_more.py`` and the fixes that came with them: each with cases that must
be removed and cases that must stay."""

from __future__ import annotations

import pytest

from engage.safeguarding import redact

# (comment, words that must go, words that must stay)
CASES: list[tuple[str, list[str], list[str]]] = [
    # A name said twice: every mention goes, in any case and with "'s".
    ("a man called Dre gives us money. Dre is 20s", ["Dre"], ["gives us money"]),
    ("my mate Jaylon got nicked, jaylon's mum is fuming", ["Jaylon", "jaylon"], ["mum"]),
    ("my mate Will said he will come", ["Will"], ["he will come"]),
    # "calls me", "name is": a nickname, not an insult or an adjective.
    ("everyone calls me ash", ["ash"], ["everyone calls me"]),
    ("they call him scrappy cos hes small", ["scrappy"], ["cos hes small"]),
    ("he calls me stupid and fat", [], ["stupid", "fat"]),
    ("everyone calls me beautiful", [], ["beautiful"]),
    ("her real name's shakirah lol", ["shakirah"], ["real name"]),
    # A greeting, then "its".
    ("yo its mo from the youth club", ["mo"], ["youth club"]),
    ("wagwan fam its kez, lost my phone", ["kez"], ["wagwan", "fam"]),
    ("hi its me again", [], ["its me again"]),
    # An errand.
    ("tell biggs to bring the ball", ["biggs"], ["bring the ball"]),
    ("tell him to stop, ask mum if i can", [], ["tell him", "ask mum"]),
    ("wait for the call bell to be answered", [], ["call bell"]),
    # A word at a clause's start, then speech and "she" or "he".
    ("bless says she's moving to birmingham", ["bless"], ["moving"]),
    ("mum says she is tired, staff said he left", [], ["mum says", "staff said"]),
    # A bracket, then a verb.
    ("Rob (detached team) saw a group at the park", ["Rob"], ["detached team"]),
    ("Anita (mum) says he has ADHD", ["Anita"], ["(mum) says"]),
    ("My Dad's wellbeing (mental & physical) has improved", [], ["wellbeing"]),
    ("YP (F, 16) reported it", [], ["YP"]),
    # A title or a name and an initial.
    ("mr k from the youth club is the only one who helps", ["k"], ["mr"]),
    ("Jordan B gave a talk", ["Jordan B"], ["gave a talk"]),
    ("Plan B was fine, miss a lesson and sir i need help", [], ["Plan B", "miss a", "sir i"]),
    # Nicknames of a letter and a word.
    ("feds took T-bone's bike", ["T-bone"], ["bike"]),
    ("j-money and skitz are beefing", ["j-money", "skitz"], ["beefing"]),
    ("i need a t-shirt and my e-bike got nicked", [], ["t-shirt", "e-bike"]),
    # Names joined by "and".
    ("Rhianna and Summer were asked to leave", ["Rhianna", "Summer"], ["asked to leave"]),
    ("paula and kerry-ann from the estate are doing it", ["paula", "kerry-ann"], ["estate"]),
    ("we meet in summer and spring", [], ["summer and spring"]),
    ("fatima al-hassan told our form tutor", ["fatima al-hassan"], ["form tutor"]),
    # Schools named by what they are to someone, and what is not a school.
    ("my old school was Royal Docks but i moved", ["Royal Docks"], ["my old school"]),
    ("my school was rubbish and my school is The Best", [], ["rubbish", "The Best"]),
    ("Worker note: attended 6-8pm, quiet", [], ["6-8pm"]),
    ("Sessions at St Michael's church hall start Monday", [], ["St Michael's church hall"]),
    ("went to St Paul's Cathedral with the group", [], ["St Paul's Cathedral"]),
    ("we go to St Pauls after", ["St Pauls"], []),
    # Car makes are no one's name.
    ("he drives a black Audi and a white Merc", [], ["black Audi", "white Merc"]),
    # A handle on a second account, a year in two digits.
    ("add my finsta its not.jess.lol", ["not.jess.lol"], ["add my finsta"]),
    ("i was born 30th oct 07 so im 16 now", ["30th oct 07"], ["im 16 now"]),
    ("on 5 may 10 kids came", [], ["10 kids came"]),
    # Slang stays.
    ("wagwan, that ting was peng innit, the mandem and opps were bare", [], ["wagwan", "ting"]),
]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_name_shapes(text: str, gone: list[str], kept: list[str]) -> None:
    out = redact(text).text
    for item in gone:
        assert item not in out, (item, out)
    for item in kept:
        assert item in out, (item, out)


@pytest.mark.parametrize("word", ["ting", "peng", "opps", "bare", "innit", "wagwan", "mandem"])
def test_slang_left_alone(word: str) -> None:
    assert redact(f"that was {word} tbh, {word} said nothing").text.count(word) == 2
