"""Names that are also words, told by a shape around them, for ``name_more.py``.

"Ruby", "Ali", "Hope", "Faith", "Precious" are given names and English words, so the rules in
``names.py`` take them only with a cue. These are cues the comments showed they lacked:

- a possessive before something only a person has: "about Ruby's anxiety", "Ali's managed move",
  "Précieuse's asthma plan" (a place or thing has no asthma, anxiety or managed move);
- a report at the start of a line: "Faith raised that ...", "Hope disclosed that ...";
- a nickname given its real name in brackets: "Junior (real name Emmanuel) said";
- a question whether someone is coming: "is precious coming today?".
"""

from __future__ import annotations

import re

from engage.safeguarding import name_cues as cues
from engage.safeguarding.name_tokens import BLOCKED, STRONG, UNKNOWN, WORD, Finder, Token
from engage.safeguarding.wordlists import Lexicon

# What follows "X's" that only a person has: health, feelings, school and care records, family.
_PERSONAL_AFTER_RE = re.compile(
    r"^['’]s\s+(?:(?:new|old|current|latest|recent|own|ongoing|older|younger|little|big|"
    r"mental|physical|poor|low|school)\s+)?(?:asthma|anxiety|depression|eating|health|"
    r"wellbeing|well-being|managed\s+move|move|behaviour|attendance|mum|mom|dad|mother|father|"
    r"nan|nana|gran|grandma|grandad|sister|brother|siblings?|cousin|carer|foster|family|"
    r"social\s+worker|key\s+worker|case|care\s+plan|plan|referral|needs|medication|meds|"
    r"inhaler|epipen|allergy|allergies|diagnosis|ehcp|exclusion|panic|self-harm|self\s+harm|"
    r"birthday|phone|mood|sleep|weight|safety|boyfriend|girlfriend|bf|gf|teacher|sen|adhd|"
    r"autism|seizures?|epilepsy|diabetes|injur(?:y|ies)|bruis(?:e|es|ing))\b",
    re.IGNORECASE,
)
_REPORT_AFTER_RE = re.compile(
    r"^\s+(?:raised|reported|disclosed|stated|shared|explained|mentioned|admitted|confirmed|"
    r"told\s+(?:me|us|staff)|said|says|asked)\s+(?:that|concerns?|how|she|he|her|his|they|"
    r"staff|me|us)\b"
)
_REAL_NAME_AFTER_RE = re.compile(
    r"^\s*\(\s*(?:real\s+name|full\s+name|aka|a\.k\.a\.?|known\s+as|birth\s+name)\b",
    re.IGNORECASE,
)
_QUESTION_BEFORE_RE = re.compile(
    r"(?:^|[,.!?:;\n]\s*|\b(?:so|yo|hey|and|but|one)\s+)(?:is|was|has|did|does|will)\s+$",
    re.IGNORECASE,
)
_QUESTION_AFTER_RE = re.compile(
    r"^\s+(?:coming|here|in\s+today|going|back|ok|okay|alright|around|still\s+coming)\b"
    r"[^.!?\n]{0,30}\?",
    re.IGNORECASE,
)


def _given(t: Token, lex: Lexicon) -> bool:
    """A listed given name, or a capitalised word in no list; never a month or blocked word."""
    low = t.lower
    if t.kind == BLOCKED or low in lex.months or low in cues.GRAMMAR_NAMES or len(low) < 2:
        return False  # "He told me he ...": "He" is a listed surname, but a pronoun here
    if t.kind == UNKNOWN:
        return t.cap and not re.search(r"(?:ing|ed|ly)$", low)
    return low in lex.first or t.kind == STRONG


QUESTION_VERBS = frozenset(["is", "was", "has", "did", "does", "will"])


def judge_shapes(f: Finder, i: int) -> bool:
    """Whether token ``i`` is a name by one of the shapes above."""
    t, lex, text = f.toks[i], f.lex, f.text
    if t.upper:
        return False
    # This runs for every word: each shape first checks the one character or word it needs.
    nxt = text[t.end : t.end + 1]
    if t.cap:
        if nxt in ("'", "’") and _given(t, lex):
            return _PERSONAL_AFTER_RE.match(text[t.end : t.end + 40]) is not None
        if nxt in (" ", "(") and "(" in text[t.end : t.end + 3]:
            # "Junior (real name ...)": the word before is what they are called.
            return (
                t.kind != BLOCKED
                and len(t.lower) >= 2
                and bool(_REAL_NAME_AFTER_RE.match(f.after(i)))
            )
        return (
            t.initial
            and t.kind != WORD
            and _given(t, lex)
            and _REPORT_AFTER_RE.match(f.after(i)) is not None
        )
    return (
        i > 0
        and f.toks[i - 1].lower in QUESTION_VERBS
        and t.kind != UNKNOWN
        and t.lower in lex.first
        and _QUESTION_BEFORE_RE.search(f.before(i)) is not None
        and _QUESTION_AFTER_RE.match(f.after(i)) is not None
    )
