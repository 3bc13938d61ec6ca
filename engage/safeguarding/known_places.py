"""Well-known places that other detectors may take for an address, a school or a name.

"she lives in Bethnal Green", "near Victoria Park", "the trip to Southend": a district, a park or a
town says where at the scale of a neighbourhood and identifies no child, so a finding that is only
such a place (with the little words before it) is dropped. A finding with more than the place
keeps it: "12 Victoria Park Road", "Bethnal Green Academy".
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from engage.safeguarding.wordlists import load_places

_WORD_RE = re.compile(r"[^\W_][\w'’&.-]*")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# Words that may come before a place inside a finding: "near Victoria Park", "in the East End".
_LEADING_WORDS = (
    "near in at on the to by around round from of off opposite behind outside inside into "
    "over up down past through towards toward"
)
_LEADING = frozenset(_LEADING_WORDS.split())


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD_RE.finditer(text, start, end))


def _key(words: list[re.Match[str]]) -> str:
    return " ".join(_POSSESSIVE_RE.sub("", w.group(0).lower()).rstrip(".") for w in words)


def is_known_place(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a well-known place, after any little words before it."""
    words = _words(text, start, end)
    places = load_places()
    for k in range(len(words)):
        if _key(words[k:]) in places:
            return True
        if words[k].group(0).lower() not in _LEADING:
            break
    return False


def in_known_place(text: str, start: int, end: int) -> bool:
    """True when the words of ``text[start:end]`` and one or two beside them make a place of two
    or more words: the "Victoria" of "Victoria Park", the "Newington" of "Stoke Newington"."""
    inside = _words(text, start, end)
    if not inside:
        return False
    before = _words(text, max(0, start - 40), start)[-2:]
    after = _words(text, end, min(len(text), end + 40))[:2]
    places = load_places()
    for n_before in range(len(before) + 1):
        for n_after in range(len(after) + 1):
            words = before[len(before) - n_before :] + inside + after[:n_after]
            if len(words) >= 2 and _key(words) in places:
                return True
    return False


@cache
def _countries() -> frozenset[str]:
    text = resources.files("engage.safeguarding").joinpath("data", "countries.txt").read_text()
    return frozenset(
        " ".join(n.lower().split())
        for line in text.splitlines()
        for n in line.split("#", 1)[0].split("|")
        if n.strip()
    )


# Where someone or their family is from, lives or went: "my family are from Jordan", "born in
# Chad", "came from Eritrea through Libya and Italy". A bare "a text from Jordan" is a person and
# keeps its name.
_ORIGIN_VERBS = (
    r"are|is|am|was|were|be|been|come|comes|came|coming|originally|moved|move|fled|born|grew\s+up|"
    r"raised|family|families|parents|people|refugees?|live|lives|lived|living|back|holiday|"
    r"holidays|trip|visit|visited|visiting|flew|fly|travelled|deported|sent\s+back"
)


@cache
def _origin_before_re() -> re.Pattern[str]:
    countries = "|".join(
        re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_countries(), key=len, reverse=True)
    )
    return re.compile(
        r"\b(?:" + _ORIGIN_VERBS + r")(?:\s+(?:here|over|up|out|away|back|all\s+the\s+way))?"
        r"\s+(?:from|in|to|through|via)\s+(?:(?:" + countries + r")\s*(?:,|and|then|through|via|"
        r"to)\s+)*$",
        re.IGNORECASE,
    )


def names_a_country(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a country named as where someone is from or went: a
    country that is also a given name ("Jordan", "Kenya", "India") is then the country."""
    if " ".join(text[start:end].lower().split()) not in _countries():
        return False
    if text.startswith(("'s", "’s"), end):
        return False  # "round Jordan's house": a person's
    return bool(_origin_before_re().search(text, max(0, start - 80), start))
