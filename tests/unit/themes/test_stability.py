"""Theme signatures and matching, as plain data the app can store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from engage.themes import ThemeSignature, match_themes


@dataclass
class FakeTheme:
    keywords: list[str]
    member_hashes: list[str]
    priority: str = "online-safety"
    label: str = ""
    members: list[int] = field(default_factory=list)


def test_signature_round_trips_through_json() -> None:
    theme = FakeTheme(["nudes", "pictures"], ["b", "a", "a"], label="Image sharing")
    sig = ThemeSignature.of(theme, id="t1")
    again = ThemeSignature.from_dict(json.loads(json.dumps(sig.to_dict())))
    assert again == sig
    assert sig.member_hashes == ("a", "b")
    assert "nudes" not in json.dumps(sig.to_dict()["member_hashes"])


def test_themes_match_by_members_and_words_one_to_one() -> None:
    old = [
        ThemeSignature("a", ("nudes", "pictures"), ("h1", "h2", "h3")),
        ThemeSignature("b", ("gaming", "roblox"), ("h4", "h5")),
    ]
    new = [
        FakeTheme(["gaming", "fortnite"], ["h4", "h5", "h9"]),
        FakeTheme(["nude", "screenshots"], ["h1", "h2", "h8"]),
        FakeTheme(["bullying"], ["h7", "h6"]),
    ]
    assert match_themes(old, new) == {0: "b", 1: "a"}


def test_a_theme_that_shares_nothing_is_new() -> None:
    old = [ThemeSignature("a", ("nudes",), ("h1", "h2"))]
    new = [FakeTheme(["gaming"], ["h3", "h4"])]
    assert match_themes(old, new) == {}


def test_priority_must_match_unless_told_otherwise() -> None:
    old = [ThemeSignature("a", ("gangs",), ("h1", "h2"), priority="exploitation")]
    new = [FakeTheme(["gangs"], ["h1", "h2"], priority="other")]
    assert match_themes(old, new) == {}
    assert match_themes(old, new, same_priority=False) == {0: "a"}


def test_nothing_to_match() -> None:
    assert match_themes([], [FakeTheme(["x"], ["h"])]) == {}
    assert match_themes([ThemeSignature("a", ("x",), ("h",))], []) == {}
