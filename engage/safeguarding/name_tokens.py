"""Sorting a comment's words by what the word lists say they can be, for ``names.py``.

A word is a listed name and no everyday word (STRONG), a listed name that is also a word, place or
month (AMBIGUOUS: "Will", "Grace", "May"), an everyday word (WORD), a common word, place or
organisation that is no name (BLOCKED), or in no list at all (UNKNOWN: "Rukhsana", "Kwamzy").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from engage.safeguarding.wordlists import Lexicon, load_sections, load_words

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END_CHARS = frozenset('.!?:;\n\r"“(>*•-')
_TITLE_DOT_RE = re.compile(r"\b(?:mr|mrs|ms|mx|dr|st|prof|rev|sr|jr)\.$", re.IGNORECASE)
_ACRONYM_PLURAL_RE = re.compile(r"^[A-Z]{2,}s$")
TITLE_FUNCTION_WORDS = load_sections("grammar_words.txt")["title_function"]
INITIALS_NAME_RE = re.compile(r"^[A-Z]J$")

# What the word lists say a word can be.
STRONG = 1  # a listed name and no everyday word
AMBIGUOUS = 2  # a listed name that is also a word, place or month
WORD = 3  # an everyday English word that is no name
BLOCKED = 4  # a common word, place or organisation that is no name
UNKNOWN = 5  # in no list


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    return load_words("org_words.txt")


@dataclass
class Token:
    start: int
    end: int
    text: str
    lower: str
    cap: bool  # Title case: "Amira", not "AMIRA"
    upper: bool
    initial: bool  # first word of a sentence or line
    kind: int


# Endings of English words that names (of any community) do not have, for words in no list:
# misspellings ("Treatement", "improvments") and words too rare for the word list
# ("Mindfulness"). Endings that names share are left out: -ist (Bergqvist), -ly (Joly), -ence
# (Terrence), -ier (Olivier), -ing (Hilding), -ed (Saeed), -ise (Louise), -ary (Gary).
_ENGLISH_SHAPE_RE = re.compile(
    r"(?:tion|sion|ment|ness|ism|ity|ology|ogy|graphy|ical|ful|less|ship|able|ible|ised|ized)s?$"
)


def _english_like(low: str, lex: Lexicon) -> bool:
    if _ENGLISH_SHAPE_RE.search(low):
        return True
    if "-" in low:
        # "e-learning", "bi-polar": a part that is a word; "Kerry-Ann", "Owusu-Ansah" are names.
        return any(p in lex.english and not lex.listed(p) for p in low.split("-") if len(p) > 2)
    # Plurals of words: "meds", "podiatrists", "buzzwords".
    return low.endswith("s") and (
        low[:-1] in lex.english or (low.endswith("es") and low[:-2] in lex.english)
    )


# A letter, a hyphen and a word: "j-money", "t-bone"; not the vowels that start words ("e-bike",
# "a-level", "u-turn", "x-ray"), and not the letter words listed in ``name_cue_words.txt``.
_LETTER_NICKNAME_RE = re.compile(r"^[b-df-hj-np-tv-wyz]-[a-z]{2,}$")


@lru_cache(maxsize=1)
def _letter_words() -> frozenset[str]:
    return load_sections("name_cue_words.txt")["letter_words"]


def _fold(low: str) -> str:
    """ "aistė" -> "aiste", "inês" -> "ines": names are listed without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def word_kind(low: str, lex: Lexicon) -> int:
    if low in lex.strong_first or low in lex.strong_surnames:
        return STRONG
    if "-" in low and all(lex.listed(p) for p in low.split("-")):
        return STRONG  # "Alesha-Mae", "Kerry-Ann", "Owusu-Ansah"
    if _LETTER_NICKNAME_RE.match(low) and low not in lex.english and low not in _letter_words():
        return UNKNOWN  # "j-money", "T-bone", "k-dot": a letter and a word make a nickname
    if low in lex.ambiguous or low in lex.first or low in lex.surnames:
        return AMBIGUOUS
    if low in lex.blocked:
        return BLOCKED
    if low in lex.english or _english_like(low, lex):
        return WORD
    return UNKNOWN


def tokens(text: str, blocked_spans: list[tuple[int, int]], lex: Lexicon) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        if blocked_spans and any(s < m.end() and m.start() < e for s, e in blocked_spans):
            continue
        word, end = m.group(0), m.end()
        touches_digit = end < len(text) and text[end].isdigit()
        if touches_digit or (m.start() and text[m.start() - 1].isdigit()):
            continue  # letters run into digits are a code: "E3", "Y10", "112B"
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word, end = word[:-2], end - 2
        k = m.start() - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        initial = k < 0 or (
            text[k] in _SENTENCE_END_CHARS
            and not (text[k] == "." and _TITLE_DOT_RE.search(text, max(0, k - 6), k + 1))
        )
        # "CVs", "GCSEs": acronyms in the plural are not names.
        cap = word[0].isupper() and (len(word) == 1 or not word.isupper())
        cap = cap and not _ACRONYM_PLURAL_RE.match(word)
        low = word.lower().replace("’", "'")
        if not low.isascii() and lex.listed(folded := _fold(low)):
            low = folded  # "Inês", "Aistė" are listed as "ines", "aiste"
        kind = word_kind(low, lex)
        if kind == WORD and cap and not initial and low in lex.rare and not _english_like(low, lex):
            kind = UNKNOWN  # a rare word capitalised mid-sentence: "Mr Bowers", "Belle said"
        out.append(Token(m.start(), end, word, low, cap, word.isupper(), initial, kind))
    return out


class Finder(Protocol):
    """What the name modules read a comment through: its text, tokens and what is found so far."""

    text: str
    lex: Lexicon
    toks: list[Token]
    is_name: list[bool]

    def before(self, i: int) -> str: ...

    def after(self, i: int) -> str: ...
