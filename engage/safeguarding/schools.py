"""Detecting school names, which identify a child as surely as a street does.

Schools are written in many ways, and each way has its own evidence:

- a name and a school word: "Mulberry Academy", "Kobi Nazrul primary school", "bow school",
  "bethnal green academy", "Stepney All Saints";
- a saint: "St Paul's", "st pauls", "st marys and st michaels" (not "cable st", "St Thomas'
  Hospital");
- a label: "School: Morpeth";
- the street a school is on: "the girls school on bow road";
- a name after "at", "from", "goes to", "year 11 at" in a comment about school ("in year 11 at
  Bishop Challoner", "at sir john cass the teachers shout", "goes to langdon park"), and a place
  called after someone, standing alone ("at Raine's they have no counsellor").

Phrases made only of words that describe a kind of school ("my secondary school", "Girls School",
"the dance school") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from engage.safeguarding.known_schools import find_known_schools
from engage.safeguarding.patterns import PLACEHOLDER_RE
from engage.safeguarding.wordlists import Lexicon, lexicon, load_sections, load_words

Span = tuple[str, int, int]

_TYPES = (
    r"school|academy|college|primary|secondary|high|grammar|sixth[ \t]+form(?:[ \t]+(?:college|"
    r"centre))?|free[ \t]+school|infants?|juniors?|nursery|prep|community[ \t]+school|"
    r"studio[ \t]+school|utc|pru|all[ \t]+saints"
)
_SCHOOL_RE = re.compile(
    r"(?:\b(?:St\.?|Saint)[ \t]+)?(?P<words>(?:\b[A-Z][\w'’&.-]*[ \t]+(?:(?:of|and|the|de|&|on|"
    r"upon)[ \t]+)?){1,6})(?P<type>(?i:" + _TYPES + r"))\b(?:[ \t]+(?i:school|academy|college|"
    r"trust)|[ \t]+for[ \t]+(?i:girls|boys))*"
)
_LOWER_TYPES = (
    r"school|academy|college|primary|secondary|high|grammar|sixth[ \t]+form|infants|juniors|utc|"
    r"pru|all[ \t]+saints"
)
_LOWER_SCHOOL_RE = re.compile(
    # Not after an apostrophe: the "s" of "Green's sixth form" is no word of a name.
    r"(?<!['’])(?P<words>(?:\b[a-z][\w'’-]*[ \t]+){1,3})(?P<type>" + _LOWER_TYPES + r")\b"
    r"(?:[ \t]+school)?"
)
_SAINT_RE = re.compile(
    # "(?!['’])": "St Michael's church hall" is not "St Michael" before "'s church hall".
    r"\b(?:St\.?|Saint)[ \t]+[A-Z][a-z]+(?:['’]s|s)?\b(?!['’])(?![ \t]+(?i:hospital|church|"
    r"station|road|street|lane|avenue|way|place|square|close|gardens|court|ward|clinic|surgery|centre|park|"
    r"house|hospice|unit|chapel|cathedral|hall|health|ambulance))"
)
_SAINT_ANY_RE = re.compile(
    r"(?:^|\b(?:at|to|from|in|go|goes|went|attend|attends|attended|and|of|for|with|left)[ \t]+)"
    r"(?P<span>(?:st\.?|saint)[ \t]+(?P<n>[a-z]+(?:['’]s)?)(?:[ \t]+(?:and|&)[ \t]+(?:st\.?|saint)"
    r"[ \t]+[a-z]+(?:['’]s)?)*)\b(?!['’])(?![ \t]+(?:hospital|church|station|road|street|lane|"
    r"avenue|way|place|square|close|gardens|court|ward|clinic|surgery|centre|park|chapel|cathedral|house|"
    r"hospice|unit|hall|health|ambulance))",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(
    r"\bschool(?:['’]s)?(?:\s*[:=]|\s+-|\s+(?:name\s+)?is\s+called|\s+name\s+is)\s*"
    r"(?P<v>[^\n,;.!?()]{2,60})",
    re.IGNORECASE,
)
# A capitalised word right before "School": the school word ends a name, it labels nothing.
_NAMED_BEFORE_RE = re.compile(r"\b[A-Z][\w'’&.-]*[ \t]+$")
_ON_STREET_RE = re.compile(
    r"\b(?:school|academy|college|primary)[ \t]+(?:on|in|off|by|near|next[ \t]+to)[ \t]+"
    r"(?:the[ \t]+)?(?:corner[ \t]+of[ \t]+)?(?P<street>(?:[\w'’-]+[ \t]+){1,3}?(?:road|rd|street|"
    r"st|lane|avenue|ave|way|close|grove|square|place|hill|park|green|estate)\b)",
    re.IGNORECASE,
)
# Where a school is named without a school word: after these, in a comment about school.
_AT_RE = re.compile(
    r"(?:\b(?:at|from|(?:go|goes|went|moved|sent|transferred|move)[ \t]+to|attends?|"
    r"attended|attending|(?:year|yr)[ \t]*\d{1,2}[ \t]+at|excluded[ \t]+from|expelled[ \t]+from|"
    r"kicked[ \t]+out[ \t]+of)[ \t]+)",
    re.IGNORECASE,
)
# Verbs that say where a child goes to school even with no other school word nearby.
_STRONG_AT_RE = re.compile(
    r"\b(?:goes|go|attends?|attended|attending|excluded[ \t]+from|expelled[ \t]+from|"
    r"kicked[ \t]+out[ \t]+of|(?:year|yr)[ \t]*\d{1,2}[ \t]+at)[ \t]+(?:to[ \t]+)?$",
    re.IGNORECASE,
)
_OWN_POSSESSIVE_RE = re.compile(
    r"(?P<n>[A-Z][a-z]+)['’]s\b(?=[ \t]*(?:[,.!?;]|$|(?:they|we|you|it|there|the|and|is|was|"
    r"are|were|i)\b))"
)
_DIGIT_RE = re.compile(r"\d")
_PHRASE_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# Words that may open a school's name in lower case: "sir john cass", "bishop challoner".
_NAME_PREFIXES = frozenset(
    ["sir", "st", "saint", "bishop", "cardinal", "king", "queen", "lady", "our", "holy"]
)
# Words that may close one: "langdon park", "stepney green".
_PLACE_ENDINGS = frozenset(["park", "green", "hill", "fields", "wood", "grove", "gate", "common"])
_NOT_SCHOOL_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]+(?:mosque|church|gym|station|hospital|centre|center|club|road|street|lane|"
    r"avenue|estate|house|market|shop|park|cafe|library|surgery|clinic|stadium|tower|towers|"
    r"court|flat|flats|mum|dad|place|brother|sister|cousin|nan|ward|unit|team|service|services|"
    r"practice|hospice|rehab|rehabilitation|care|trust|health|taps?|department|dept)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_sections("school_words.txt")


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    """Words that say what kind of school, not which: "Polish Saturday school", "Arabic school",
    "Somali supplementary school", "Sunday school" (peoples, languages, faiths, days)."""
    return _words()["generic"] | load_words("peoples.txt") | load_words("calendar_words.txt")


def _bare(word: str) -> str:
    """ "Raine's" -> "raine", "St." -> "st": a word without its possessive and punctuation."""
    return _POSSESSIVE_RE.sub("", word.lower()).strip(".&,")


def _name_like(low: str, lex: Lexicon) -> bool:
    """A word that can be part of a school's own name: a name, a place, or in no list."""
    if low in _descriptors() and not lex.listed(low):
        return False
    if low in load_sections("grammar_words.txt")["grammar_names"]:
        return False  # "said sixth form has...": "said" is on a name list, but no school's name
    return low in lex.non_names or lex.listed(low) or low not in lex.english


def _trim_leading(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """Drop "in", "at", "my", "the"... swept up before the name ("In Mulberry School")."""
    leading = _words()["leading"]
    while words and words[0].lower() in leading:
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
        while start < len(text) and text[start].isspace():
            start += 1
    return start, words


def _named_schools(text: str, lex: Lexicon) -> Iterator[Span]:
    generic = _words()["generic"]
    for m in _SCHOOL_RE.finditer(text):
        start = m.start()
        saint = text[start : m.start("words")].strip()
        words = m.group("words").split()
        if not saint:
            start, words = _trim_leading(text, start, words)
        if not words:
            continue
        names = [_bare(w) for w in words]
        if not saint and all(n in generic or n in _descriptors() for n in names if n):
            continue
        # "Honestly school is boring": a school word in lower case needs a name-like word.
        lower_type = m.group("type")[0].islower()
        if (
            lower_type
            and not saint
            and not any(n not in lex.english or lex.listed(n) for n in names)
        ):
            continue
        end = m.end()
        if m.group("type").lower().startswith("sixth") and _POSSESSIVE_RE.search(words[-1]):
            # "George Green's sixth form": the name says which school; "sixth form" stays.
            end = m.start("words") + len(m.group("words").rstrip())
        yield ("SCHOOL", start, end)
    for m in _LOWER_SCHOOL_RE.finditer(text):
        words = m.group("words").split()
        kept: list[str] = []
        for w in reversed(words):
            bare = _bare(w)
            if bare in generic or bare in _descriptors() or w.lower() in _words()["leading"]:
                break
            kept.insert(0, w)
        if kept and any(_name_like(w.lower().strip("'’"), lex) for w in kept):
            start = text.rfind(kept[0], m.start(), m.start("type"))
            yield ("SCHOOL", start, m.end())


def _saints(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _SAINT_RE.finditer(text):
        yield ("SCHOOL", m.start(), m.end())
    for m in _SAINT_ANY_RE.finditer(text):
        name = m.group("n").lower().rstrip("'’s")
        if name in lex.common and not lex.listed(name):
            continue
        yield ("SCHOOL", m.start("span"), m.end("span"))


def _labelled(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _LABEL_RE.finditer(text):
        value = m.group("v").rstrip()
        words = value.split()
        if not words or (words[0].lower() in _words()["generic"] and len(words) == 1):
            continue
        dash = "-" in text[m.start() : m.start("v")] and ":" not in text[m.start() : m.start("v")]
        if dash and not (words[0][0].isupper() or _name_like(_bare(words[0]), lex)):
            continue  # "my school - not great tbh": a remark after the dash, not a name
        if _NAMED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            # "Kingsford Community School - concerns re: ...": the school word ends a school's
            # name, and what follows the dash is a note, not a label's value.
            continue
        # Five words at most: "School: Stepney All Saints".
        end = m.start("v") + len(" ".join(words[:5]))
        yield ("SCHOOL", m.start("v"), min(end, m.start("v") + len(value)))
    for m in _ON_STREET_RE.finditer(text):
        yield ("SCHOOL", m.start("street"), m.end("street"))


def _phrase(text: str, pos: int, lex: Lexicon, strict: bool) -> tuple[int, int] | None:
    """The school's name starting at ``pos``, if the words there can be one.

    Capitalised words are taken while they last ("Bishop Challoner", "Raine's"); lower-case
    words while they are names or in no list ("sir john cass", "langdon park"). ``strict`` (no
    other sign the comment is about school) asks for a word in no list at all.
    """
    picked: list[re.Match[str]] = []
    capitalised: bool | None = None
    for m in _PHRASE_TOKEN_RE.finditer(text, pos, min(len(text), pos + 60)):
        if picked and text[picked[-1].end() : m.start()] not in (" ", "\t"):
            break
        if not picked and text[pos : m.start()].strip():
            break  # the name starts right after the cue: "attended 6-8pm" has none, not "pm"
        word = m.group(0)
        low = _POSSESSIVE_RE.sub("", word.lower())
        if capitalised is None:
            capitalised = word[0].isupper()
        if capitalised:
            if not word[0].isupper() or (low in lex.common and low not in _NAME_PREFIXES):
                break
        elif not (
            (low in _NAME_PREFIXES and not picked)
            or (low in _PLACE_ENDINGS and picked)
            or (low not in lex.english and low not in lex.non_names)
            or lex.listed(low)
        ):
            break
        picked.append(m)
        if len(picked) == 4 or _POSSESSIVE_RE.search(word):
            break
    lows = [_POSSESSIVE_RE.sub("", m.group(0).lower()) for m in picked]
    while lows and (
        lows[-1] in _NAME_PREFIXES or (lows[-1] in lex.common and lows[-1] not in _PLACE_ENDINGS)
    ):
        picked.pop()
        lows.pop()
    own = [
        w
        for w in lows
        if w not in _NAME_PREFIXES and w not in _PLACE_ENDINGS and w not in lex.non_names
    ]
    # Names alone are a person ("a message from Jayden Smith"), not a school, unless in the
    # possessive as schools are called: "at george green's".
    possessive = len(picked) >= 2 and bool(_POSSESSIVE_RE.search(picked[-1].group(0)))
    if not own or (all(lex.listed(w) for w in own) and not possessive):
        return None
    if strict and all(w in lex.english or lex.listed(w) for w in own):
        return None
    end = picked[-1].end()
    if _NOT_SCHOOL_AFTER.match(text, end):
        return None
    return picked[0].start(), end


@lru_cache(maxsize=1)
def _context_re() -> re.Pattern[str]:
    words = sorted(_words()["context"], key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in words) + r"|sex[ \t]+ed|form[ \t]+tutor|"
        r"head[ \t]+teacher|a[ \t]+levels?|sixth[ \t]+form|(?:year|yr)[ \t]*\d{1,2}|y\d{1,2}|"
        r"head[ \t]+of[ \t]+year|supply[ \t]+teachers?|(?:take|took|takes|taking|confiscated?)"
        r"[ \t]+(?:our|my|ur|your|their|his|her)[ \t]+phones?)\b",
        re.IGNORECASE,
    )


# "my old school was Royal Docks", "her new school is langdon park": a school named by what it is
# to someone; "my school was rubbish" names none, since the words after must be able to be a name.
_WAS_RE = re.compile(
    r"\b(?:my|our|his|her|their|ur|your)[ \t]+(?:(?:old|new|last|previous|first|next|current|"
    r"primary|secondary|sister|brother's|sister's)[ \t]+)?(?:school|college|academy|sixth[ \t]+"
    r"form)[ \t]+(?:was|is|were|used[ \t]+to[ \t]+be)[ \t]+(?:called[ \t]+)?",
    re.IGNORECASE,
)
# "i go langdon park", "we go swanlea": "go" without "to", taken only in a comment about school.
_GO_RE = re.compile(r"\b(?:go|goes|went|going)[ \t]+(?!to\b)", re.IGNORECASE)
# A school after a year group: "(Y10, Raine's Foundation)", "year 9, Morpeth".
_YEAR_GROUP_RE = re.compile(
    r"\b(?i:y|yr|year)[ \t]?\d{1,2}[ \t]*[,/][ \t]*(?P<s>[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|and|"
    r"the|&)[ \t]+)?[A-Z][\w'’&.-]*){0,4})(?P<close>[ \t]*\))?"
)


def _after_year_group(text: str, lex: Lexicon) -> Iterator[Span]:
    """In brackets after a year group any proper name is the school; outside them, a word in no
    list is needed ("Year 10, Science was hard" names none)."""
    for m in _YEAR_GROUP_RE.finditer(text):
        words = [_bare(w) for w in m.group("s").split()]
        if m.group("close"):
            own = [
                w
                for w, raw in zip(words, m.group("s").split(), strict=True)
                if w not in _descriptors()
                and w not in lex.common
                and w not in lex.non_names
                and not (raw.isupper() and len(raw) <= 5)
            ]
        else:
            own = [w for w in words if lex.unknown(w) and w not in _descriptors()]
        if own:
            yield ("SCHOOL", m.start("s"), m.end("s"))


def _in_context(text: str, lex: Lexicon) -> Iterator[Span]:
    # A "[SCHOOL]" left by an earlier redaction is not read as the word "school", so that
    # redacting twice changes nothing.
    about_school = bool(_context_re().search(PLACEHOLDER_RE.sub(" ", text)))
    if about_school:
        for m in _GO_RE.finditer(text):
            span = _phrase(text, m.end(), lex, strict=False)
            if span:
                yield ("SCHOOL", *span)
    for m in _AT_RE.finditer(text):
        strong = bool(_STRONG_AT_RE.search(text, max(0, m.start() - 12), m.end()))
        if not (about_school or strong):
            # "at Raine's they...": a place called after someone in no list of names, standing
            # alone, is a school or a shop; shops we know are on the place lists.
            own = _OWN_POSSESSIVE_RE.match(text, m.end())
            if own and lex.unknown(own.group("n").lower()) and text[m.start()] in "aA":
                yield ("SCHOOL", own.start(), own.end("n") + 2)
            continue
        span = _phrase(text, m.end(), lex, strict=not about_school)
        if span:
            yield ("SCHOOL", *span)
    if about_school:
        # "George Green's is the worst for detentions": a name in the possessive opening a
        # sentence about school.
        for m in re.finditer(
            r"(?:^|[.!?\n]\s*)(?P<n>(?:[A-Z][\w-]*[ \t]){0,2}[A-Z][\w-]*['’]s?)[ \t]+(?:is|are|was|"
            r"has|have|had|they|teachers)\b",
            text,
        ):
            words = [_POSSESSIVE_RE.sub("", w.lower()) for w in m.group("n").split()]
            if words[0] not in lex.common:
                yield ("SCHOOL", m.start("n"), m.end("n"))


_CAPITALISED_RUN_RE = re.compile(
    r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|and|the|&)[ \t]+)?[A-Z][\w'’&.-]*){0,3}"
)


def _told_schools(text: str, lex: Lexicon) -> Iterator[Span]:
    """ "my old school was Royal Docks": after such words any capitalised name is the school
    (even one that is also a district or an everyday word), and a lower-case one as ``_phrase``
    reads it ("was langdon park")."""
    for m in _WAS_RE.finditer(text):
        cap = _CAPITALISED_RUN_RE.match(text, m.end())
        words = [_bare(w) for w in cap.group(0).split()] if cap else []
        if cap and not cap.group(0).isupper() and any(w not in lex.common for w in words):
            yield ("SCHOOL", cap.start(), cap.end())
            continue
        span = _phrase(text, m.end(), lex, strict=False)
        if span:
            yield ("SCHOOL", *span)


def find_schools(text: str, known: list[tuple[int, int]] | None = None) -> Iterator[Span]:
    """School names in ``text``; the spans of listed schools are also added to ``known`` (a
    listed school is kept even where its name is also a district: "goes to stepney green")."""
    lex = lexicon()
    about_school = bool(_context_re().search(PLACEHOLDER_RE.sub(" ", text)))
    for finding in find_known_schools(text, about_school):
        if known is not None:
            known.append((finding[1], finding[2]))
        yield finding
    for finding in _told_schools(text, lex):
        if known is not None:
            known.append((finding[1], finding[2]))  # a district too: "was Royal Docks"
        yield finding
    yield from _named_schools(text, lex)
    yield from _saints(text, lex)
    yield from _labelled(text, lex)
    yield from _in_context(text, lex)
    if _DIGIT_RE.search(text):
        yield from _after_year_group(text, lex)
