"""Finding people's names without a language model.

Three kinds of evidence, from strongest to weakest:

1. the word is a given name in our lists and is not also an everyday word ("Amira", "callum");
2. the words around it say a name is there ("my mate X", "called X", "ask for X", "Mr X",
   "X said", "X, 17,", "Ella and X", "X: what a day"), which also catches names the lists lack and
   names that are everyday words ("my friend Will");
3. capitalised words that are nothing else we know: not an everyday word, a place, an organisation,
   and not shaped like an English word ("-tion", "-ness", plurals...).

A name found by any rule is extended over a following surname or initial ("Hassan Rahman",
"Vanessa P. Hertzog").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

Span = tuple[str, int, int]

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _load_words(filename: str) -> frozenset[str]:
    text = resources.files("engage.safeguarding").joinpath("data", filename).read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        words.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(words)


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    non_names: frozenset[str]
    ambiguous: frozenset[str]  # names that are also everyday words, places or months
    blocked: frozenset[str]  # everyday words, places and organisations
    strong_first: frozenset[str]
    strong_surnames: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    first = _load_words("first_names.txt")
    surnames = _load_words("surnames.txt")
    common = _load_words("common_words.txt")
    non_names = _load_words("non_names.txt")
    name_words = _load_words("name_words.txt")
    ambiguous = name_words | (first & common) | (first & non_names) | (surnames & common)
    blocked = common | non_names
    return Lexicon(
        first=first,
        surnames=surnames,
        common=common,
        non_names=non_names,
        ambiguous=ambiguous,
        blocked=blocked,
        strong_first=first - ambiguous,
        strong_surnames=surnames - ambiguous - blocked,
    )


# Words that make the capitalised words before them a place or an organisation, not a person.
_ORG_FOLLOWERS = frozenset(
    [
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "way",
        "place",
        "gardens",
        "estate",
        "house",
        "court",
        "square",
        "terrace",
        "drive",
        "crescent",
        "grove",
        "walk",
        "mews",
        "row",
        "hill",
        "park",
        "green",
        "school",
        "academy",
        "college",
        "university",
        "primary",
        "high",
        "hospital",
        "centre",
        "center",
        "clinic",
        "surgery",
        "practice",
        "hall",
        "lodge",
        "group",
        "team",
        "service",
        "services",
        "trust",
        "health",
        "medical",
        "council",
        "club",
        "station",
        "church",
        "mosque",
        "library",
        "hub",
        "ward",
        "unit",
        "tower",
        "towers",
        "point",
        "wharf",
        "market",
        "bridge",
        "forum",
        "project",
        "foundation",
        "charity",
        "police",
        "fc",
        "united",
        "city",
        "borough",
        "town",
        "village",
        "manor",
        "farm",
        "field",
        "fields",
        "common",
        "heath",
        "leisure",
        "sports",
        "community",
        "youth",
        "care",
        "partnership",
        "board",
        "inc",
        "ltd",
        "llc",
        "plc",
        "corporation",
        "company",
    ]
)
_TITLE_FUNCTION_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "in",
        "on",
        "at",
        "to",
        "for",
        "a",
        "an",
        "with",
        "from",
        "by",
        "is",
        "are",
        "you",
        "you're",
        "your",
        "my",
        "it",
        "its",
        "not",
        "but",
        "or",
    ]
)
_PLACE_PREPOSITIONS = frozenset(["the", "at", "in", "to", "near", "on", "st", "saint", "of", "via"])

_RELATIONS = (
    r"mate|mates|m8|friend|friends|fren|frend|bestie|bestfriend|bff|bro|bruv|brother|sister|sis|"
    r"cousin|cuz|cousins|boyfriend|girlfriend|bf|gf|partner|neighbour|neighbor|classmate|mum|mom|"
    r"dad|uncle|aunt|auntie|aunty|nan|nana|gran|grandma|grandad|stepdad|stepmum|stepbrother|"
    r"stepsister|son|daughter|niece|nephew|teacher|carer|keyworker|key worker|social worker|"
    r"youth worker|sw|foster carer|foster mum|foster dad|mentor|tutor|coach|ex|crush|wife|husband|"
    r"kid|child|baby|grandson|granddaughter|grandmother|grandfather|mother|father"
)
_RELATION_CUE_RE = re.compile(
    r"\b(?:my|our|his|her|their|ur|your|me|mi|ma)\s+(?:(?:best|little|lil|big|older|younger|baby|"
    r"step|half|twin|old|new|ex|close|school|online|other|fav|favourite|great)[\s-]+)*(?:"
    + _RELATIONS
    + r")(?:\s+(?:was|is))?(?:\s+called)?\s*,?\s*$",
    re.IGNORECASE,
)
_TITLE_CUE_RE = re.compile(
    r"\b(?:mr|mrs|ms|miss|mx|dr|sir|dame|prof|mister|master|madam|imam|pastor|coach|nurse|doctor|"
    r"uncle|aunty|auntie|sister|brother|father)\.?\s*$",
    re.IGNORECASE,
)
_NAMING_CUE_RE = re.compile(
    r"(?:\b(?:called|named|name is|name's|names|name was|name:|name -|nickname is|known as|"
    r"(?:last|first|full|sur|given|maiden|middle)\s?name\??|name\?|"
    r"named (?:him|her|them)|call(?:ed|s)? (?:me|him|her|them)|"
    r"ask for|asked for|asking for|goes by|aka|a\.k\.a\.?|signed)"
    r"|^\s*(?:hi|hello|hey|hiya|dear))\s*[:,-]?\s*$",
    re.IGNORECASE,
)
# Weaker cues: a listed given name or surname after these is a name even when it is also a word.
_SOFT_CUE_RE = re.compile(
    r"\b(?:speak to|spoke to|talk to|talked to|talking to|with|and|met|meet|saw|see|told|tell|"
    r"text|texted|message|messaged|from|by|for|thanks|thank you|cheers|love|says|said|"
    r"shouted at|remember me|leave me|tribute to|under|change it to|add|features|heard|of|me and)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_PREDICATE_RE = re.compile(
    r"^(?:['’]s)?\s*(?:said|says|told|tells|asked|asks|reckons|thinks|thought|wants|wanted|feels|"
    r"felt|mentioned|explained|shouted|texted|messaged|replied|added|lives|lived|is\s+\d{1,2}\b|"
    r"was\s+\d{1,2}\b|and\s+(?:i|me)\b|&\s*(?:i|me)\b|,\s*\d{1,2}\s*,|,\s*aged?\s+\d|\s*\(\s*"
    r"(?:\d{1,2}|dob|d\.o\.b|aged?)|['’]s\s+(?:mum|dad|brother|sister|cousin|friend|mate|nan|uncle|"
    r"aunt|auntie|stepdad|stepmum|boyfriend|girlfriend|bf|gf|family|parents|phone|number))",
    re.IGNORECASE,
)
# After a sentence-initial word that is in no list: "Tomomi is from ...", "Leif, can I ...".
_INITIAL_PREDICATE_RE = re.compile(
    r"^(?:['’]s)?\s+(?:is|was|has|had|will|spent|began|listed|lives|lived|shouted|explained|"
    r"from)\b|^\s+and\s+[A-Z]|^,\s*(?:can|could|would|will|please|i|you|thanks|thank|hope|hi|how|"
    r"are|do|did|we|it's|its)\b",
    re.IGNORECASE,
)
_SPEAKER_RE = re.compile(r"^\s?:")
_LINE_START_RE = re.compile(r"(?:^|\n)[\s>*•?-]*$")
_SENTENCE_END_CHARS = frozenset('.!?:;\n\r"“(>*•-')
_VERBISH_RE = re.compile(r"(?:ing|ed|ly|s)$")
_INITIAL_RE = re.compile(r"\.?\s[A-ZÀ-Þ]")
# Endings of everyday English words that names rarely have; used only for words in no list.
_ENGLISH_SHAPE_RE = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ly|ous|ive|able|ible|ful|less|ship|ism|ist|ists|ics|ary|ory|"
    r"ure|ures|dom|hood|wards?|wise|ology|ogy|graphy|ical|ize|ise|ised|ized|ier|iest|[a-z]{3}ed|"
    r"[bcdfghjklmnprtvwxyz]s|[a-z]es)$"
)


@dataclass
class _Token:
    start: int
    end: int
    text: str
    lower: str
    cap: bool  # Title case: "Amira", not "AMIRA"
    upper: bool
    initial: bool  # first word of a sentence or line


def _tokens(text: str, blocked_spans: list[tuple[int, int]]) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in blocked_spans):
            continue
        word, end = m.group(0), m.end()
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word, end = word[:-2], end - 2
        k = m.start() - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        initial = k < 0 or text[k] in _SENTENCE_END_CHARS
        cap = word[0].isupper() and (len(word) == 1 or not word.isupper())
        out.append(_Token(m.start(), end, word, word.lower(), cap, word.isupper(), initial))
    return out


class _Finder:
    """One pass over one text; ``is_name[i]`` says whether token i is (part of) a name."""

    def __init__(self, text: str, blocked_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.lex = lexicon()
        self.toks = _tokens(text, blocked_spans)
        self.is_name = [False] * len(self.toks)

    def gap(self, i: int, j: int) -> str:
        return self.text[self.toks[i].end : self.toks[j].start]

    def unknown(self, low: str) -> bool:
        lex = self.lex
        return low not in lex.blocked and low not in lex.ambiguous and low not in lex.first

    def english_shaped(self, low: str) -> bool:
        return low not in self.lex.surnames and bool(_ENGLISH_SHAPE_RE.search(low))

    def run(self) -> list[Span]:
        for i in range(len(self.toks)):
            self.is_name[i] = self.judge(i)
        self.extend()
        return self.merge()

    def judge(self, i: int) -> bool:
        t, lex, text = self.toks[i], self.lex, self.text
        low = t.lower
        before = text[max(0, t.start - 40) : t.start]
        after = text[t.end : t.end + 25]
        known_first = low in lex.first
        if low in lex.blocked and not known_first and low not in lex.surnames:
            return False  # an everyday word, place or organisation: most tokens stop here
        unknown = self.unknown(low)
        english = unknown and self.english_shaped(low)

        # 1. A listed name that is not an everyday word.
        if low in lex.strong_first and (t.cap or t.upper or len(low) >= 3):
            return True
        if t.cap and low in lex.strong_surnames and not t.initial:
            return True
        # 2. Name contexts.
        if _TITLE_CUE_RE.search(before) and (
            (t.cap and low not in lex.blocked) or known_first or low in lex.strong_surnames
        ):
            return True
        if _NAMING_CUE_RE.search(before) or _RELATION_CUE_RE.search(before):
            if t.cap and (low not in lex.blocked or known_first):
                return True
            if known_first and low not in lex.common:
                return True
            if unknown and len(low) >= 2 and not _VERBISH_RE.search(low):
                return True
        if t.cap and (known_first or low in lex.surnames) and _SOFT_CUE_RE.search(before):
            return True
        if t.cap and (known_first or unknown) and _PREDICATE_RE.match(after):
            return low not in lex.blocked or known_first
        if t.cap and known_first and _SPEAKER_RE.match(after) and _LINE_START_RE.search(before):
            return True
        if not (t.cap and unknown and not english and len(low) >= 2):
            return False
        # 3. Capitalised words that are nothing else we know.
        if t.initial and _LINE_START_RE.search(before) and _SPEAKER_RE.match(after):
            return True  # a speaker's label: "Halldór: What a wife."
        if t.initial and _INITIAL_PREDICATE_RE.match(after):
            return True
        if self.next_is_org(i):
            return False
        if self.starts_pair(i):
            return True
        prev_low = self.toks[i - 1].lower if i else ""
        return (
            not t.initial and prev_low not in _PLACE_PREPOSITIONS and not self.in_title_case_run(i)
        )

    def starts_pair(self, i: int) -> bool:
        """Two capitalised unknown words ("Tomomi Nishiyama"), or one and an initial."""
        if i + 1 >= len(self.toks) or self.gap(i, i + 1) != " ":
            return False
        nxt = self.toks[i + 1]
        if len(nxt.text) == 1 and nxt.text.isupper():
            return bool(_INITIAL_RE.match(self.text, nxt.end))
        return (
            nxt.cap
            and nxt.lower not in self.lex.blocked
            and nxt.lower not in self.lex.ambiguous
            and not self.english_shaped(nxt.lower)
        )

    def in_title_case_run(self, i: int) -> bool:
        """True inside a capitalised title ("Guilty Pleasures: 5 Musicians Of The 70s")."""
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(self.toks):
                tok = self.toks[j]
                if tok.cap and not tok.initial and tok.lower in _TITLE_FUNCTION_WORDS:
                    return True
        return False

    def next_is_org(self, i: int) -> bool:
        for j in range(i + 1, min(i + 3, len(self.toks))):
            if self.toks[j].lower in _ORG_FOLLOWERS:
                return True
            if not self.toks[j].cap:
                return False
        return False

    def extend(self) -> None:
        for _ in range(3):
            changed = False
            for i in range(len(self.toks)):
                if not self.is_name[i] and (
                    self.continues_name(i) or self.precedes_surname(i) or self.joined_to_name(i)
                ):
                    self.is_name[i] = changed = True
            if not changed:
                break

    def continues_name(self, i: int) -> bool:
        """A surname, middle name or initial right after a name."""
        if not i or not self.is_name[i - 1]:
            return False
        t, lex = self.toks[i], self.lex
        low = t.lower
        gap = self.gap(i - 1, i)
        if gap not in (" ", ". ", " . ") and not (gap == "-" and t.cap):
            return False
        if t.cap and low not in _ORG_FOLLOWERS:
            initial = len(low) == 1 and t.text.isupper() and _INITIAL_RE.match(self.text, t.end)
            return bool(
                low in lex.surnames
                or low in lex.first
                or low in lex.ambiguous
                or (low not in lex.blocked and len(low) > 1)
                or initial
            )
        # "hassan rahman", "patricia desrosiers" typed in lower case.
        return (
            not t.cap
            and not self.toks[i - 1].cap
            and low not in lex.blocked
            and low not in lex.ambiguous
            and len(low) >= 3
            and (low in lex.surnames or not _VERBISH_RE.search(low))
        )

    def precedes_surname(self, i: int) -> bool:
        """A given name that is also a word, right before a surname: "Ruby Patel"."""
        t = self.toks[i]
        if not (t.cap and t.lower in self.lex.first and i + 1 < len(self.toks)):
            return False
        nxt = self.toks[i + 1]
        return (
            self.gap(i, i + 1) == " "
            and nxt.cap
            and (nxt.lower in self.lex.surnames or self.is_name[i + 1])
            and (nxt.lower not in self.lex.common or len(nxt.text) == 1)
        )

    def joined_to_name(self, i: int) -> bool:
        """Names joined by "and", "&" or a comma: "Ella and Noah", "silvana, adam and chad"."""
        t, lex = self.toks[i], self.lex
        low = t.lower
        if t.cap:
            joinable = (low not in lex.blocked and low not in _ORG_FOLLOWERS) or low in lex.first
        else:
            joinable = (
                len(low) >= 3
                and low not in lex.blocked
                and low not in lex.ambiguous
                and not _ENGLISH_SHAPE_RE.search(low)
            )
        if not joinable:
            return False
        n = len(self.toks)
        for j in (i - 2, i + 2):
            if 0 <= j < n and self.is_name[j]:
                lo, hi = min(i, j), max(i, j)
                if self.toks[lo + 1].lower in {"and", "or"} and self.gap(lo, lo + 1).strip() == "":
                    return True
        for j in (i - 1, i + 1):
            if 0 <= j < n and self.is_name[j]:
                lo, hi = min(i, j), max(i, j)
                if self.gap(lo, hi).strip() in {"&", ","}:
                    return True
        return False

    def merge(self) -> list[Span]:
        spans: list[Span] = []
        for i, t in enumerate(self.toks):
            if not self.is_name[i]:
                continue
            if spans and i and self.is_name[i - 1]:
                gap = self.text[spans[-1][2] : t.start]
                if gap.strip() in {"", ".", "-"} and "\n" not in gap:
                    spans[-1] = ("NAME", spans[-1][1], t.end)
                    continue
            spans.append(("NAME", t.start, t.end))
        return spans


def find_names(text: str, blocked_spans: list[tuple[int, int]] | None = None) -> list[Span]:
    """Name spans in ``text``, ignoring words inside ``blocked_spans`` (already found)."""
    return _Finder(text, blocked_spans or []).run()
