"""Text preparation for disclosure screening: words young people actually type, made comparable.

A comment is lower-cased, its slang, text-speak, misspellings and contractions are spelt out, and
each word is reduced to a stem ("hitting", "hits", "hitted" -> "hit"). The screen then matches
concepts against the stems, so one lexicon entry covers every inflection and spelling of a word
instead of one pattern per phrasing. Clause boundaries are kept so that a harm and a person are
only related when they are close enough to be about each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer

from engage.safeguarding.lexicon import IRREGULAR, PROTECTED, SPELLINGS, word_set

_STEMMER = SnowballStemmer("english")

# Placeholders left by redaction ("[NAME]") stay one token; so do "£200" and "24/7".
_TOKEN_RE = re.compile(r"\[[a-z_]+\]|[a-z0-9£][a-z0-9£/&]*(?:'[a-z]+)*|[?!.;:,]")
# Sentence ends, and words that start a new thought ("but", "although").
_SENTENCE_END = frozenset({".", "?", "!", ";", ":"})
_CLAUSE_WORDS = frozenset({"but", "although", "though", "however", "whereas"})
_IS_HEADS = word_set(
    "he she it that there what who where here how everyone everybody nobody someone"
)
_QUOTES_RE = re.compile(r"[‘’`´ʼ]")
_SPACE_RE = re.compile(r"\s+")
# Letters repeated for emphasis ("sooo", "pleeease") are squeezed to two.
_REPEAT_RE = re.compile(r"([a-z])\1{2,}")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one normalised word, with irregular forms mapped to their base first."""
    if word in PROTECTED or not word[:1].isalpha():
        return word
    base = IRREGULAR.get(word, word)
    if base in PROTECTED:
        return base
    return _STEMMER.stem(base)


@dataclass(frozen=True)
class Token:
    word: str  # normalised surface form ("not", "boyfriend", "[name]")
    stem: str
    clause: int  # index of the clause the word belongs to
    sentence: int
    question: bool  # the sentence ends with "?"
    possessive: bool = False  # typed with "'s" ("people's houses"): an owner, not the one harmed


@dataclass(frozen=True)
class Prepared:
    """A comment as the screen sees it: tokens, and one space-joined string of stems to search."""

    tokens: tuple[Token, ...]
    stems: str  # "my dad hit me" - matched by concept and participant patterns
    words: str  # the same tokens unstemmed, for the few cues that need the exact form
    offsets: tuple[int, ...]  # start of each token in ``stems``
    word_offsets: tuple[int, ...]  # start of each token in ``words``

    def index_at(self, char: int, *, in_words: bool = False) -> int:
        """The token that starts at or covers character ``char`` of the stem or word string."""
        offsets = self.word_offsets if in_words else self.offsets
        lo, hi = 0, len(offsets) - 1
        while lo < hi:  # bisect: last offset <= char
            mid = (lo + hi + 1) // 2
            if offsets[mid] <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo


@lru_cache(maxsize=65536)
def _spell(raw: str) -> tuple[str, ...]:
    """One typed token -> the normalised words it stands for (may be none, one or several)."""
    token = _REPEAT_RE.sub(r"\1\1", raw)
    if len(token) >= 4 and token.endswith("z") and not token.endswith("zz") and token.isalpha():
        token = token[:-1] + "s"  # text-speak plurals: "hitz", "boyz", "nudez"
    if token in SPELLINGS:
        return SPELLINGS[token]
    if "'" in token:
        head, _, tail = token.partition("'")
        if tail == "s":
            if head in _IS_HEADS:  # "she's" is "she is"
                return (head, "is")
            if head == "let":
                return ("let", "us")
            return _spell(head)  # "mum's": the possessive adds nothing the screen needs
        if tail in ("d", "ll", "ve", "re", "m", "t"):
            return (*_spell(head), *SPELLINGS.get("'" + tail, ()))
        return _spell(head)
    if "/" in token and token not in ("24/7",):
        return tuple(w for part in token.split("/") if part for w in _spell(part))
    return (token,)


def prepare(text: str) -> Prepared:
    text = _QUOTES_RE.sub("'", text.lower())
    text = _SPACE_RE.sub(" ", text)
    raw_tokens = _TOKEN_RE.findall(text)
    # Which sentences end with a question mark, so questions about services read as questions.
    sentence_is_question: list[bool] = []
    current = False
    for raw in raw_tokens:
        if raw in _SENTENCE_END:
            sentence_is_question.append(raw == "?")
            current = False
        else:
            current = True
    if current:
        sentence_is_question.append(False)

    tokens: list[Token] = []
    clause = sentence = 0
    pending_break = False
    for raw in raw_tokens:
        if raw in _SENTENCE_END:
            if tokens and tokens[-1].sentence == sentence:
                sentence += 1
                clause += 1
            continue
        if raw == ",":
            # Commas join run-on sentences more often than they separate thoughts, so they do not
            # split clauses; they are kept as a token so that a phrase cannot run across one.
            if tokens and tokens[-1].word != ",":
                tokens.append(Token(",", ",", clause, sentence, tokens[-1].question))
            continue
        question = sentence < len(sentence_is_question) and sentence_is_question[sentence]
        possessive = raw.endswith("'s") and raw[:-2] not in _IS_HEADS and raw != "let's"
        spelled = _spell(raw)
        for n, word in enumerate(spelled):
            if word in _CLAUSE_WORDS and tokens and tokens[-1].clause == clause:
                pending_break = True
                continue
            if pending_break:
                clause += 1
                pending_break = False
            owner = possessive and n == len(spelled) - 1
            tokens.append(Token(word, stem(word), clause, sentence, question, owner))
    stems_parts: list[str] = []
    words_parts: list[str] = []
    offsets: list[int] = []
    word_offsets: list[int] = []
    pos = wpos = 0
    for token in tokens:
        offsets.append(pos)
        word_offsets.append(wpos)
        stems_parts.append(token.stem)
        words_parts.append(token.word)
        pos += len(token.stem) + 1
        wpos += len(token.word) + 1
    return Prepared(
        tokens=tuple(tokens),
        stems=" ".join(stems_parts),
        words=" ".join(words_parts),
        offsets=tuple(offsets),
        word_offsets=tuple(word_offsets),
    )
