"""Kinds of names, handles and schools missed by the blind set independent_pii_j (2026-12), each
tested on sentences other than the ones missed, and the ordinary words beside them that must
stay."""

from __future__ import annotations

import pytest

from engage.safeguarding import redact


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # A handle after "its", "it's", "is", "hes" following a platform.
        ("add me on snapchat it's jaydenxo", "jaydenxo"),
        ("follow him on tiktok hes lilpumpz", "lilpumpz"),
        # Nicknames with a prefix, said twice, or two letters opening a line.
        ("lil jay from the estate told me", "jay"),
        ("big tash got arrested last week", "tash"),
        ("jay-jay and dee were at the park", "jay-jay"),
        ("jay-jay and dee were at the park", "dee"),
        ("kiki and bo got excluded", "kiki"),
        ("kiki and bo got excluded", "bo"),
        ("tj said he seen it", "tj"),
        ("mj got stabbed outside the shop", "mj"),
        # A worker from an organisation reporting back.
        ("Sam from the YOT phoned my mum", "Sam"),
        ("Priya from Childline called back", "Priya"),
        # Naming themselves, going by a name, a nickname in quotes.
        ("she calls herself lexi online", "lexi"),
        ("a man called himself dex on roblox", "dex"),
        ("she goes by the name of Sparkle", "Sparkle"),
        ('his nickname is "Tiny"', "Tiny"),
        # Names that are words, in lower case, where only a person stands.
        ("me and destiny are scared to go out", "destiny"),
        ("me and harmony walked home", "harmony"),
        ("i walk home with blessing and she gets scared", "blessing"),
        ("cuz amber's mum kicked her out", "amber"),
        ("my mate patience's brother is in a gang", "patience"),
        # A word joined to a name as people together.
        ("shares with his brothers (Major and Kwame)", "Major"),
        ("brothers Major and Kwame were there", "Major"),
        # A name after a comma, an adverb and a verb.
        ("after school, Jack nearly got hit by a car", "Jack"),
    ],
)
def test_found(text: str, removed: str) -> None:
    assert removed not in redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my snap is dead", "dead"),
        ("my insta its private now", "private"),
        ("big man from the shop said no", "big man"),
        ("bye-bye to the old building", "bye-bye"),
        ("pe got cancelled again", "pe"),
        ("the nurse from the ward called back", "nurse"),
        ("treated with grace and dignity", "grace"),
        ("i live with anxiety and depression", "anxiety"),
        ("me and my mum have to walk", "mum"),
        ("he and she were there", "he and she"),
        ("(Maths and English)", "Maths"),
        ("I will nearly always go", "will"),
        # Countries that are also names, where someone is from or went.
        ("my family are from Jordan and people think we are Syrian", "Jordan"),
        ("she came from Eritrea through Libya and Italy", "Libya"),
        # Brands and two-word words.
        ("they took his AirPods at knifepoint", "AirPods"),
        ("they took his AirPods at knifepoint", "knifepoint"),
        ("her friends screenshot my messages", "screenshot"),
        # A school's name ends at its school word; a note after a dash is kept.
        ("Swanlea School - lots of fights there", "lots of fights"),
        ("my school - not great tbh", "not great"),
        ("attends George Green's sixth form", "sixth form"),
        ("Aistė (yr 12, Bishop Challoner) said sixth form has no counsellor", "said sixth form"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_person_not_country() -> None:
    assert "Jordan" not in redact("got a text from Jordan last night").text
    assert "Jordan" not in redact("we went round Jordan's house").text
