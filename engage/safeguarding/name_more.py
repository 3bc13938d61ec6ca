"""More places a name stands, and names said twice, for ``names.py``.

The rules in ``names.py`` judge each word alone. These add shapes found in comments the word
lists and cues there miss, each with its own evidence around the word:

- a greeting and "its": "yo its mo from the youth club", "wagwan fam its kez,";
- an errand: "tell biggs to bring the ball", "ask kai where he put it";
- a word at a clause's start, then speech and "she"/"he": "bless says she's moving";
- a bracket after a name, then a verb: "Rob (detached team) saw", "Anita (mum) says";
- a title and an initial, a name and an initial: "mr k from ...", "Jordan B gave a talk";
- a nickname after "calls me", "name is": "everyone calls me ash" (not "calls me stupid");
- a word once taken for a name is a name wherever else it stands in the comment ("a man called
  Dre ... Dre described as 20s"), in any case and with "'s".
"""

from __future__ import annotations

import re
from functools import lru_cache

from engage.safeguarding import name_cues as cues
from engage.safeguarding import name_extra as extra
from engage.safeguarding import name_frames as frames
from engage.safeguarding import name_shapes as shapes
from engage.safeguarding.name_tokens import AMBIGUOUS, BLOCKED, STRONG, UNKNOWN, WORD, Finder, Token
from engage.safeguarding.wordlists import Lexicon, load_sections


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, frozenset[str]]:
    return load_sections("name_cue_words.txt")


_GREETING_ITS_RE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:yo+|hi+|hey+|hiya|hello|wagwan|wag1|wagwaan|oi|sup|wassup|heya)\b"
    r"[\w\s,]{0,14}?\b(?:it['’]?s|its|it\s+is|this\s+is|dis\s+is|dis|this)\s*$",
    re.IGNORECASE,
)
_GREETING_END_RE = re.compile(
    r"^\s*(?:$|[,.!\-–]|(?:from|here|btw|fam|innit|again|bro|lol)\b)", re.IGNORECASE
)
_ERRAND_BEFORE_RE = re.compile(
    r"\b(?:tell|telling|ask|asking|text|message|msg|remind)\s+$", re.IGNORECASE
)
_ERRAND_AFTER_RE = re.compile(
    r"^\s+(?:to|2|if|about|abt|where|when|what|why|how|that|for|i\s+said|he|she|bring)\b",
    re.IGNORECASE,
)
_SAYS_PRONOUN_RE = re.compile(
    r"^\s+(?:says|said|sed|reckons|thinks|told\s+me|texted|messaged)\s+(?:she|he|shes|hes|she['’]s|"
    r"he['’]s)\b",
    re.IGNORECASE,
)
# A bracket of a few words between a name and its verb: "Rob (detached team) saw".
_BRACKET_RE = re.compile(r"^\s*\([^()\n]{1,40}\)\s*,?")
_ACTION_RE = re.compile(
    r"\s*(?:saw|says|said|rang|called|reports|reported|told|came|attended|noticed|spoke|asked|"
    r"visited|met|thinks|feels|is|was|has|had|will|would|wants|agreed|confirmed|shared|"
    r"mentioned|explained|raised|brought|took|left|arrived|gave)\b",
    re.IGNORECASE,
)
_TITLE_WORD_RE = re.compile(r"^(?:mr|mrs|ms|mx|miss|sir|dr)$", re.IGNORECASE)
# After a title's initial: what follows a person ("mr k from", "Mr K said", "miss j is").
_AFTER_INITIAL_RE = re.compile(r"\.?(?:\s*$|\s*[,.!?;)]|\s+[a-z]|\s+[A-Z][a-z])")
_CALLS_ME_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|know)\s+(?:me|him|her)\s*['\"‘“]?$|\b(?:known\s+as|nicknamed?|"
    r"nickname\s+is|name\s+(?:is|was|it['’]?s|its|iz))\s*['\"‘“]?$",
    re.IGNORECASE,
)
_CALLS_ME_END_RE = re.compile(
    r"^['\"’”]?\s*(?:$|[,.!?;)]|(?:at|in|by|because|cos|coz|but|and|now|lol|innit|tho|though|"
    r"from|since|ever|with|for|not|cause|lmao|smh)\b)",
    re.IGNORECASE,
)
# Adjectives by their ending ("calls me beautiful", "called me disgusting"): not names.
_ADJECTIVE_SHAPE_RE = re.compile(r"(?:ful|ous|ish|ic|ive|less|able|ible|ed|ing|est|y|er|al|ant)$")


# The last word of each cue before a name, and the verbs of speech after one, for ``judge_more``.
_BEFORE_WORDS = frozenset(
    {"it", "it's", "its", "it’s", "is", "this", "dis", "tell", "telling", "ask", "asking"}
    | {"text", "message", "msg", "remind", "me", "him", "her", "as", "nicknamed", "nickname"}
    | {"name", "was", "iz"}
)
_SPEECH_WORDS = frozenset(
    ["says", "said", "sed", "reckons", "thinks", "told", "texted", "messaged"]
)


def _nameable(t: Token, lex: Lexicon) -> bool:
    """Not a common word, grammar word, place or organisation, and long enough to be a name."""
    low = t.lower
    return (
        len(low) >= 2
        and t.kind != BLOCKED
        and low not in lex.common
        and low not in cues.GRAMMAR_NAMES
        and low not in lex.months
    )


def _name_word(t: Token, lex: Lexicon) -> bool:
    """A word in no list or a listed name (not a word that is merely English)."""
    if not _nameable(t, lex):
        return False
    if t.kind == UNKNOWN:
        return not re.search(r"(?:ing|ed|ly)$", t.lower)
    return t.kind in (STRONG, AMBIGUOUS) and t.lower in lex.first


def judge_more(f: Finder, i: int) -> bool:
    """Whether token ``i``, not taken by the rules in ``names.py``, is a name by these shapes."""
    t, lex = f.toks[i], f.lex
    if len(t.lower) == 1:
        return _title_initial(f, i)
    if t.upper:
        return False  # an acronym: "YP (F, 16) reported", "YP said her mate"
    if extra.judge_extra(f, i) or frames.judge_frames(f, i):
        return True
    # Shapes of word-names (``name_shapes.py``) need a capital or a question's verb before.
    if (t.cap or (i and f.toks[i - 1].lower in shapes.QUESTION_VERBS)) and shapes.judge_shapes(
        f, i
    ):
        return True
    # Every rule needs a word of its own right before or after: look there first, since most
    # words of most comments meet none and this runs for each of them.
    prev_low = f.toks[i - 1].lower if i else ""
    next_low = f.toks[i + 1].lower if i + 1 < len(f.toks) else ""
    if (
        prev_low not in _BEFORE_WORDS
        and next_low not in _SPEECH_WORDS
        and not f.text.startswith("(", t.end + (f.text[t.end : t.end + 1] == " "))
    ):
        return _with_initial(f, i)
    before, after = f.before(i), f.after(i)
    if _GREETING_ITS_RE.search(before) and _GREETING_END_RE.match(after):
        return (_nameable(t, lex) and t.kind != WORD) or _name_word(t, lex)
    if _ERRAND_BEFORE_RE.search(before) and _ERRAND_AFTER_RE.match(after):
        # A listed name that is also a word ("tell grace to") needs its capital.
        if t.kind == AMBIGUOUS and not t.cap:
            return t.lower in lex.lower_names
        return _name_word(t, lex) or (t.cap and not t.initial and _nameable(t, lex))
    if _CALLS_ME_RE.search(before) and _CALLS_ME_END_RE.match(after):
        if t.kind in (UNKNOWN, STRONG, AMBIGUOUS):
            return _nameable(t, lex)
        # A rare word is a nickname ("they call him scrappy"); an everyday one is a name only
        # when it is no insult or adjective ("calls me ash", not "calls me stupid").
        return (
            t.kind == WORD
            and _nameable(t, lex)
            and len(t.lower) >= 3
            and t.lower not in _cue_words()["insults"]
            and (t.lower in lex.rare or not _ADJECTIVE_SHAPE_RE.search(t.lower))
        )
    prev = f.toks[i - 1].lower if i and not t.initial else ""
    clause_start = t.initial or prev in cues.CLAUSE_OPENERS
    if clause_start and _SAYS_PRONOUN_RE.match(after) and _nameable(t, lex):
        # "bless says she's moving": the word may end in "s", but not be shaped like a verb.
        return t.lower not in _cue_words()["people"] and not re.search(r"(?:ing|ed|ly)$", t.lower)
    bracket = _BRACKET_RE.match(after)
    if bracket and t.cap and t.kind not in (WORD, BLOCKED):
        rest = after[bracket.end() :]
        return bool(_ACTION_RE.match(rest) or cues.PERSON_PREDICATE_RE.match(rest))
    return _with_initial(f, i)


def _title_initial(f: Finder, i: int) -> bool:
    """ "mr k from cumberland", "Miss J said": a title, then one letter, is a person."""
    t = f.toks[i]
    if not i or t.lower in ("a", "i", "u", "o") or t.text == "X":
        return False
    prev = f.toks[i - 1]
    gap = f.text[prev.end : t.start]
    return (
        bool(_TITLE_WORD_RE.match(prev.text))
        and gap in (" ", ". ")
        and bool(_AFTER_INITIAL_RE.match(f.text, t.end))
    )


def _with_initial(f: Finder, i: int) -> bool:
    """ "Jordan B gave a talk": a capitalised name-like word, then a capital letter and a word in
    lower case (or the clause's end), is a given name and an initial."""
    t, lex = f.toks[i], f.lex
    if not t.cap or t.kind in (WORD, BLOCKED) or t.lower in lex.months or i + 1 >= len(f.toks):
        return False
    nxt = f.toks[i + 1]
    if len(nxt.text) != 1 or not nxt.text.isupper() or nxt.text in "AIOX":
        return False
    if f.text[t.end : nxt.start] != " " or not _nameable(t, lex):
        return False
    if cues.INITIAL_END_RE.match(f.text, nxt.end):
        f.is_name[i + 1] = True
        return True
    return False


def joined_month(f: Finder, i: int) -> bool:
    """ "Rhianna and Summer were asked": a month that is also a given name, joined by "and" to a
    name found, with a verb for both after the pair."""
    toks, n = f.toks, len(f.toks)
    for lo in (i - 2, i):
        other = lo + 2 if lo == i else lo
        if (
            lo >= 0
            and lo + 2 < n
            and f.is_name[other]
            and toks[lo + 1].lower in ("and", "&")
            and cues.plainly_people(f.text, toks[lo].start, toks[lo + 2].end)
        ):
            return True
    return False


def propagate(f: Finder) -> None:
    """A word taken for a name is a name at its other mentions in the comment: "a man called Dre
    ... Dre described as 20s". A word that is also English ("Will", "ash") carries over only in
    the same case, and common and grammar words never ("my mate Will ... he will")."""
    extra.coordinate(f)
    frames.spread(f)
    found: dict[str, set[bool]] = {}
    for t, named in zip(f.toks, f.is_name, strict=True):
        if named and len(t.lower) >= 2 and not _TITLE_WORD_RE.match(t.lower):
            found.setdefault(t.lower, set()).add(t.cap or t.upper)
    if not found:
        return
    lex = f.lex
    for i, t in enumerate(f.toks):
        if f.is_name[i] or t.lower not in found:
            continue
        if t.lower in lex.common or t.lower in cues.GRAMMAR_NAMES or t.kind == BLOCKED:
            continue
        if t.kind in (STRONG, UNKNOWN) or (t.cap or t.upper) in found[t.lower]:
            f.is_name[i] = True
