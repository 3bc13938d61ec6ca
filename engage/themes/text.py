"""Turning a comment into tokens the engine can compare: placeholders out, slang in, stems.

Everything here is pure and cached by token type, because the same few thousand words recur in
every session and Snowball is the slowest step per word.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from engage.themes.slang import SLANG

# Redaction leaves placeholders such as [NAME] or [SCHOOL]; they say nothing about the topic and
# must never become keywords, so they go before anything else looks at the text.
PLACEHOLDER_RE = re.compile(r"\[[A-Za-z][A-Za-z0-9 _-]{0,30}\]|\b[Xx]{3,}\b|\*{3,}")

# Words in any script, with inner apostrophes, plus numbers and "lgbtq+". Python's \w leaves out
# combining marks, which would cut Bengali or Hindi words apart at every vowel sign, so the marks
# of the scripts spoken in the borough's schools are added by hand.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d"
    "\u20d0-\u20ff\ufe20-\ufe2f"
)
_LETTERS = rf"(?:[^\W\d_]|[{_MARKS}])"
TOKEN_RE = re.compile(rf"[^\W\d_]{_LETTERS}*(?:['’]{_LETTERS}+)*\+?|\d+(?:st|nd|rd|th|s|am|pm)?")
# The same tokens for lower-case ASCII text, twice as fast; most comments are plain ASCII.
ASCII_TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)*\+?|\d+(?:st|nd|rd|th|s|am|pm)?")


def find_tokens(lowered: str) -> list[str]:
    """TOKEN_RE.findall for lower-case text."""
    if lowered.isascii():
        return ASCII_TOKEN_RE.findall(lowered)
    return TOKEN_RE.findall(lowered)


_CONTRACTIONS = ("'s", "'re", "'ve", "'ll", "'d", "'m")
_IRREGULAR_NOT = {
    "can't": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
}


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that carry no topic in young people's comments. "people", "young", "kids" appear in half of
# all comments, so as features they only blur themes.
EXTRA_STOP_WORDS = _word_set(
    """
    just like really actually literally basically gonna wanna gotta lot lots loads load thing
    things stuff people person young youngsters kid kids children child teen teens teenager
    teenagers us we our ours ya yeah yes yh ok okay get gets getting got make makes making made
    know think want need needs needed feel feels felt way ways day days good bad better worse
    really really also even still always never ever sometimes often much many lot more less
    most least mean means one ones im ive dont cant wont didnt doesnt isnt arent wasnt aint u
    ur r y da innit tho though bit kind sort did does doing done go goes going gone went come
    comes came coming use used using try tried trying thank thanks please able lot well bit
    quite maybe probably etc
    """
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | EXTRA_STOP_WORDS

# Comments that say nothing. They stay in the analysis (someone said them) but never seed a theme.
# One per line, since some are several words.
CONTENTLESS = frozenset(
    line.strip()
    for line in """
    nothing
    none
    no
    nope
    nah
    na
    n a
    nil
    no comment
    no comments
    idk
    i dont know
    i don't know
    dont know
    don't know
    dunno
    not sure
    ok
    okay
    yes
    fine
    nothing to say
    nothing else
    no idea
    pass
    same
    same as above
    as above
""".splitlines()
)

_LONGEST_CONTENTLESS = max(len(c.split()) for c in CONTENTLESS) + 2
_stemmer = SnowballStemmer("english")


def strip_placeholders(text: str) -> str:
    if "[" not in text and "*" not in text and "x" not in text and "X" not in text:
        return text  # the common case, without a regex pass
    return PLACEHOLDER_RE.sub(" ", text)


@lru_cache(maxsize=200_000)
def normalise_token(token: str) -> tuple[str, ...]:
    """One raw lower-case token -> the words it stands for (slang expanded, contractions cut)."""
    token = token.replace("’", "'")
    if token in _IRREGULAR_NOT:
        return _IRREGULAR_NOT[token]
    if token.endswith("n't"):
        base = token[:-3]
        return (*normalise_token(base), "not") if base else ("not",)
    for suffix in _CONTRACTIONS:
        if token.endswith(suffix) and len(token) > len(suffix):
            token = token[: -len(suffix)]
            break
    token = token.replace("'", "")
    mapped = SLANG.get(token)
    if mapped is not None:
        return mapped
    return (token,) if token else ()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if not word.isascii():
        # Snowball's English rules mangle other scripts; keep those words whole.
        return word
    return _stemmer.stem(word)


def words(text: str) -> list[str]:
    """The normalised words of a comment, stop words kept (phrases need them)."""
    out: list[str] = []
    for raw in find_tokens(strip_placeholders(text.lower())):
        out.extend(normalise_token(raw))
    return out


def is_stop(word: str) -> bool:
    return word in STOP_WORDS or (len(word) < 2 and word.isascii())


def squash(text: str) -> str:
    """Lower case, placeholders and punctuation gone: the form used to spot empty comments."""
    return " ".join(find_tokens(strip_placeholders(text.lower()))).replace("’", "'")


def is_contentless(text: str, normalised: Sequence[str] | None = None) -> bool:
    """True for "nothing", "n/a", "-", "idk" and comments made only of stop words or placeholders.

    normalised: the comment's words() when the caller already has them.
    """
    ws = words(text) if normalised is None else normalised
    if not any(not is_stop(w) for w in ws):
        return True
    return len(ws) <= _LONGEST_CONTENTLESS and squash(text) in CONTENTLESS


def text_hash(text: str) -> str:
    """A short, stable fingerprint of a comment's wording, safe to store instead of the text."""
    return tokens_hash(find_tokens(strip_placeholders(text.lower())))


def tokens_hash(raw_tokens: Sequence[str]) -> str:
    """text_hash for a comment already split by TOKEN_RE (lower case, placeholders gone)."""
    squashed = " ".join(raw_tokens).replace("’", "'")
    return hashlib.sha256(squashed.encode("utf-8")).hexdigest()[:16]
