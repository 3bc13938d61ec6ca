"""Frames that introduce a person whatever the name is: the wording around the word says "person"
even when the word itself is also English ("paddy", "junior", "Hope", "Will") or in no list.

Written from a catalogue of the ways youth-work notes and young people name someone, so a frame
covers a kind of mention rather than one comment:

- self-naming and naming: "his name was X", "its just X", "just put X", "known as / aka / goes by X"
- titles and roles: "PCSO X", "DS X", "Sgt X", "Inspector X", "Imam X", "Aunty X"
- friend and kin slang: "my bredrin X", "my g X", "my guy X", "homie X" (never "my mandem")
- a bracketed nickname inside a full name: "Nathaniel (Nate) Greene"
- a reported state: "confirmed Jordan is ...", "Hope is doing her ...", "Will is covering ..."
- a person with company: "Mason and two mates were ..."
- a reduplicated nickname: "chi chi", and the parts of a hyphenated name said again alone
"""

from __future__ import annotations

import re

from engage.safeguarding import name_cues as cues
from engage.safeguarding.name_tokens import Finder, Token

# Words that follow a naming frame without being the name: "his name was not ...", "its just
# me", "known as a ...". Kept short on purpose: the frames themselves are strong.
_NOT_A_NAME_WORDS = (
    "a an the my his her their our your ur me him them us it its this that so not no yes just "
    "like and but or because cos coz really very too also always never still already only even "
    "there here then now today tonight mine yours ok okay lol same different weird long short "
    "boring annoying embarrassing cringe fine nothing something anything everyone someone "
    "what who where when why how is was be been being in on at to of for with by from up down"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
# Naming frames the general cues lack or that a word-name needs to overrule its English reading.
_NAMING_RE = re.compile(
    r"\b(?:(?:name|names|name's|nickname)\s+(?:is|was|'s)|name's|names|(?:it'?s|it\s+is|its)\s+just|"
    r"just\s+(?:put|write|call\s+me|say)|known\s+as|aka|a\.k\.a\.?|goes\s+by|go\s+by)\s*[:,]?\s*['\"‘“]?$",
    re.IGNORECASE,
)
# Titles and ranks of police, faith, health and family roles before a name.
TITLE_WORDS = [
    "pcso",
    "pc",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "sergeant",
    "inspector",
    "detective",
    "constable",
    "officer",
    "coach",
    "sir",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "nurse",
    "imam",
    "pastor",
    "father",
    "sister",
    "brother",
    "aunty",
    "auntie",
    "uncle",
    "reverend",
    "rev",
    "sheikh",
]
_TITLE_RE = re.compile(
    rf"(?:^|[^\w])(?:{'|'.join(TITLE_WORDS)})\.?[ \t]+$",
    re.IGNORECASE,
)
# Friend and kin slang before a name: "my bredrin junior", "my g deji". "my mandem" and "my
# fam" mean a group, so they are not here.
FRIEND_WORDS = [
    "bredrin",
    "bredren",
    "bro",
    "bruv",
    "brudda",
    "cuz",
    "cousin",
    "bestie",
    "g",
    "guy",
    "homie",
    "homeboy",
    "twin",
    "sis",
    "boy",
    "girl",
    "mate",
    "m8",
    "friend",
    "brother",
    "sister",
    "man",
]
_FRIEND_RE = re.compile(
    r"\b(?:my|his|her|me|ma|mi)\s+(?:(?:best|little|lil|big|older|younger|twin)\s+)*"
    rf"(?:{'|'.join(FRIEND_WORDS)})(?:\s+(?:is|was))?\s*,?\s*$",
    re.IGNORECASE,
)
# A reported state of a person: "Jordan is on a reduced timetable", "Hope is doing her GCSEs",
# "Will is covering the late session". Not "Hope is important": an adjective follows there.
_STATE_AFTER_RE = re.compile(
    r"^\s+(?:is|was|has\s+been|had\s+been|has\s+(?:started|stopped|moved|left|got)\b|isn't|wasn't|'s)\s+(?:(?:now|still|also|currently|"
    r"not)\s+)?(?:(?!something\b|nothing\b|anything\b|everything\b|thing\b|king\b|during\b)"
    r"[a-z]{2,}ing\b|on\s+(?:a|the|her|his)\b|in\s+(?:year|yr|care|hospital|custody)\b|"
    r"(?:her|his)\b)",
    re.IGNORECASE,
)
_REPORT_BEFORE_RE = re.compile(
    r"\b(?:confirmed|reported|said|says|stated|advised|informed\s+us|explained|told\s+me|"
    r"told\s+us|disclosed|mentioned|noted|shared)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
_COMPANY_AFTER_RE = re.compile(
    r"^\s+(?:and|&|n)\s+(?:two|three|four|five|some|a\s+few|several|his|her|their|a|an|other)\s+"
    r"(?:\w+\s+)?(?:mates|friends|boys|girls|lads|others|mate|friend|cousins?|brothers?|"
    r"sisters?|older\s+boys)\b",
    re.IGNORECASE,
)
_BRACKET_BEFORE_RE = re.compile(r"[A-Z][\w'-]+\s*\(\s*['\"‘“]?$")
_BRACKET_AFTER_RE = re.compile(r"^['\"’”]?\s*\)\s*[A-Z][\w'-]+")
_QUOTED_BEFORE_RE = re.compile(r"[A-Z][\w'-]+\s+['\"‘“]$")
_QUOTED_AFTER_RE = re.compile(r"^['\"’”]\s+[A-Z][\w'-]+")
# The last word of every frame above, and of the title and friend words: most words of most
# comments follow none of these, so the frames are read only after one.
_FRAME_ENDS = [
    "is",
    "was",
    "s",
    "name",
    "names",
    "just",
    "put",
    "write",
    "me",
    "say",
    "as",
    "aka",
    "a",
    "by",
]
_GATE = frozenset(_FRAME_ENDS + TITLE_WORDS + FRIEND_WORDS)
_CLOSE_RE = re.compile(r"^\s*(?:[,.!?;:)]|$|(?:and|n|&)\s)")
_CLAUSE_BEFORE_RE = re.compile(r"(?:^|[.!?;,:\n(-])\s*$")


def _wordish(t: Token) -> bool:
    return t.text.isalpha() or "-" in t.text


def judge_frames(f: Finder, i: int) -> bool:
    """True when the frame around token ``i`` says it is a person's name."""
    t = f.toks[i]
    low = t.lower
    if low in _NOT_A_NAME or low in cues.GRAMMAR_NAMES or not _wordish(t) or len(low) < 2:
        return False
    # Most words of most comments meet no frame: the word before decides whether to look.
    prev = f.toks[i - 1].lower if i else ""
    cued = prev in _GATE
    opened = t.start > 0 and f.text[t.start - 1] in "(\"'‘“"  # "(Nate)", "'Tobi'"
    if not cued and not (t.cap and (f.lex.listed(low) or opened)):
        return False
    before, after = f.before(i), f.after(i)
    # A word after a frame may be the sentence going on ("my brother said", "goes by bus", "the
    # nurse refused"): it is a name when listed and written as one ("Aunty Joy"), in no English
    # list ("kez"), or an uncommon word closing the clause ("my bredrin junior").
    lex = f.lex
    verbish = cues.VERBISH_RE.search(low) is not None
    open_word = (
        low in lex.lower_names
        or (t.cap and lex.listed(low))
        or (low not in lex.english and not verbish)
        or (t.cap and low not in lex.common and not verbish)
        or (low not in lex.common and not verbish and _CLOSE_RE.match(after) is not None)
        or re.match(r"[ -]" + re.escape(low) + r"\b", after.lower()) is not None  # "chi chi"
    )
    if cued and open_word and (_NAMING_RE.search(before) or _FRIEND_RE.search(before)):
        return True
    if cued and open_word and _TITLE_RE.search(before):
        return True
    if t.cap and (_BRACKET_BEFORE_RE.search(before) and _BRACKET_AFTER_RE.match(after)):
        return True  # "Nathaniel (Nate) Greene"
    if t.cap and (_QUOTED_BEFORE_RE.search(before) and _QUOTED_AFTER_RE.match(after)):
        return True  # "Oluwatobi 'Tobi' Adeyemi"
    if t.cap and f.lex.listed(low):
        if _STATE_AFTER_RE.match(after) and (
            _REPORT_BEFORE_RE.search(before) or _CLAUSE_BEFORE_RE.search(before)
        ):
            return True
        if _COMPANY_AFTER_RE.match(after) and _CLAUSE_BEFORE_RE.search(before):
            return True
    return False


def spread(f: Finder) -> None:
    """After the first pass: a reduplicated nickname is one name ("chi chi"), and the parts of a
    hyphenated name are names where they are said again alone ("Precious-Blessing ... just put
    Blessing")."""
    toks, named = f.toks, f.is_name
    parts: set[str] = set()
    for i, t in enumerate(toks):
        if named[i] and "-" in t.lower:
            parts.update(p for p in t.lower.split("-") if len(p) >= 3)
    for i, t in enumerate(toks):
        if named[i]:
            continue
        if t.lower in parts and t.lower not in cues.GRAMMAR_NAMES:
            named[i] = True
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and named[j] and toks[j].lower == t.lower:
                gap = f.text[min(toks[i].end, toks[j].end) : max(toks[i].start, toks[j].start)]
                if gap in (" ", "-"):
                    named[i] = True


_ESTATE_AFTER_RE = re.compile(r"^[ \t]+estate\b", re.IGNORECASE)


def names_an_estate(text: str, start: int, end: int) -> bool:
    """A word before "estate" names a place, not a person: "the police came to lincoln estate"."""
    return _ESTATE_AFTER_RE.match(text[end : end + 10]) is not None
