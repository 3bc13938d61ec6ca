"""Disclosure screening: does a comment suggest that the speaker or a specific child is at risk?

A disclosure needs two things in the same sentence: a harm (abuse at home, self-harm, suicidal
thoughts, exploitation, going missing, forced marriage, a weapon...) and a person it happens to
(the speaker, or a specific child: "my friend", "her", "this girl in my year", a name). A general
view about the same topics ("people at school talk about self harm", "we want lessons on forced
marriage") is feedback, not a disclosure.

The screen errs towards flagging: a comment flagged by mistake costs the safeguarding lead a
minute, a disclosure missed can cost a child much more. ``reasons`` never quote the comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engage.safeguarding.lexicon import (
    ACCIDENT_RE,
    BARE,
    BARE_KIN_RE,
    FIRST,
    FIRST_PERSON_RE,
    GENERIC_PEOPLE_RE,
    HARM_PATTERNS,
    HYPOTHETICAL_RE,
    MY_RE,
    NEGATION_BEFORE_RE,
    OPINION_FRAME_RE,
    PRONOUN_RE,
    SPECIFIC,
    SPECIFIC_PERSON_RE,
    URGENT_RE,
    VIEW_RE,
)

NONE = "none"
POSSIBLE = "possible"
URGENT = "urgent"


@dataclass(frozen=True)
class Screening:
    """``concern`` is true for "possible" and "urgent"; ``reasons`` are plain phrases."""

    concern: bool
    level: str
    reasons: list[str]


# Spelling and slang that young people use, rewritten so one pattern covers them all.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"[‘’`´]", "'"),
        (r"\bi\s?m\b", "i'm"),
        (r"\bive\b", "i've"),
        (r"\bdont\b", "don't"),
        (r"\bcant\b", "can't"),
        (r"\bwont\b", "won't"),
        (r"\bdidnt\b", "didn't"),
        (r"\bdoesnt\b", "doesn't"),
        (r"\bisnt\b", "isn't"),
        (r"\bwasnt\b", "wasn't"),
        (r"\bhavent\b", "haven't"),
        (r"\bhasnt\b", "hasn't"),
        (r"\bshes\b", "she's"),
        (r"\bhes\b", "he's"),
        (r"\btheyre\b", "they're"),
        (r"\btheyll\b", "they'll"),
        (r"\btheyd\b", "they'd"),
        (r"\bu\b", "you"),
        (r"\bur\b", "your"),
        (r"\bwanna\b", "want to"),
        (r"\bgonna\b", "going to"),
        (r"\bgotta\b", "got to"),
        (r"\bcuz\b(?=\s+(?:is|was|has|got|said|says|keeps))", "cousin"),
        (r"\bmy cuz\b", "my cousin"),
        (r"\bbf\b", "boyfriend"),
        (r"\bgf\b", "girlfriend"),
        (r"\bm8s?\b", "mate"),
        (r"\bbro\b", "brother"),
        (r"\bsis\b", "sister"),
        (r"\bstep[- ](dad|mum|mom|father|mother|brother|sister)\b", r"step\1"),
        (r"\bmom\b", "mum"),
        (r"\bmums\b(?= (?:boyfriend|bf|partner|new|ex))", "mum's"),
        (r"\bself[- ]?harm", "self harm"),
        (r"\bsh(?= (?:again|myself))", "self harm"),
        (r"\bkms\b", "kill myself"),
        (r"\bunalive\b", "kill"),
        (r"\s+", " "),
    )
)
_CLAUSE_SPLIT_RE = re.compile(r"[.!?;\n]+|\s+but\s+|\s+although\s+|\s+however\s+")


def normalise(text: str) -> str:
    text = text.lower()
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text.strip()


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT_RE.split(text) if c.strip()]


@dataclass(frozen=True)
class _Hit:
    topic: str
    person: str  # FIRST or SPECIFIC
    urgent: bool


@dataclass(frozen=True)
class _Anchor:
    person: str | None  # FIRST, SPECIFIC or None
    strong: bool  # "I", "me", "my friend", a name; not just "my" or "she"


_ACTOR_TOPICS = frozenset({"being hurt at home or by a partner", "sexual abuse"})
_NEGATED_INSIDE_RE = re.compile(r"\b(?:never|not|no longer)\b|n't\b")
_INNER_TOPICS = frozenset({"suicidal thoughts", "self-harm", "an overdose"})


def _anchor(clause: str, strip_opinions: bool = True) -> _Anchor:
    """Who the clause is about, once opinion frames ("I think ...") are set aside."""
    stripped = OPINION_FRAME_RE.sub(" ", clause) if strip_opinions else clause
    if FIRST_PERSON_RE.search(stripped) or BARE_KIN_RE.search(stripped):
        return _Anchor(FIRST, True)
    if SPECIFIC_PERSON_RE.search(stripped):
        return _Anchor(SPECIFIC, True)
    if PRONOUN_RE.search(stripped):
        return _Anchor(SPECIFIC, False)
    if MY_RE.search(stripped):
        return _Anchor(FIRST, False)
    return _Anchor(None, False)


def _hits_in(clause: str) -> list[_Hit]:
    hits: list[_Hit] = []
    anchor = _anchor(clause)
    view = VIEW_RE.search(clause) is not None
    generic_people = GENERIC_PEOPLE_RE.search(clause) is not None
    for pattern in HARM_PATTERNS:
        m = pattern.regex.search(clause)
        if not m:
            continue
        # "What to do if someone threatens to share your pics" is a question, not a disclosure.
        if HYPOTHETICAL_RE.search(clause, 0, m.start()):
            continue
        if pattern.topic == "self-harm" and ACCIDENT_RE.search(clause):
            continue
        if NEGATION_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start()):
            continue
        if pattern.topic in _ACTOR_TOPICS and _NEGATED_INSIDE_RE.search(m.group(0)):
            continue  # "she never once pushed me"
        if pattern.binding == BARE:
            current = anchor
            if current.person is None and pattern.topic in _INNER_TOPICS and not generic_people:
                # "I just want to disappear forever": the wish is the disclosure.
                current = _anchor(clause, strip_opinions=False)
            if view or current.person is None or (generic_people and not current.strong):
                continue
            person = current.person
        else:
            if view and anchor.person is None:
                continue
            person = pattern.binding
        urgent = pattern.urgent or bool(URGENT_RE.search(clause))
        if pattern.topic == "suicidal thoughts" and _SUICIDE_PLAN_RE.search(clause):
            urgent = True
        hits.append(_Hit(pattern.topic, person, urgent))
    return hits


_SUICIDE_PLAN_RE = re.compile(
    r"\b(?:going to|plan|planning|planned|tonight|pills ready|goodbye|tried to|attempted|note|"
    r"jump off|in front of a train|rope)\b"
)


def _reason(hit: _Hit) -> str:
    if hit.person == FIRST:
        return f"mentions {hit.topic} in the first person"
    return f"suggests a specific child or young person is affected by {hit.topic}"


def screen(text: str) -> Screening:
    if not text or not text.strip():
        return Screening(concern=False, level=NONE, reasons=[])
    hits: list[_Hit] = []
    for clause in _clauses(normalise(text)):
        hits.extend(_hits_in(clause))
    if not hits:
        return Screening(concern=False, level=NONE, reasons=[])
    reasons: list[str] = []
    for hit in hits:
        reason = _reason(hit)
        if reason not in reasons:
            reasons.append(reason)
    urgent = any(h.urgent for h in hits)
    if urgent:
        reasons.append(_urgent_reason(hits))
    return Screening(concern=True, level=URGENT if urgent else POSSIBLE, reasons=reasons)


def _urgent_reason(hits: list[_Hit]) -> str:
    topics = {h.topic for h in hits if h.urgent}
    if "a weapon" in topics:
        return "a weapon is mentioned: the child may be in immediate danger"
    if "suicidal thoughts" in topics or "self-harm" in topics:
        return (
            "suggests a plan or intent to self-harm or end their life, or that it is happening now"
        )
    if "going missing" in topics:
        return "a child may be missing now"
    if "neglect" in topics:
        return "a child may have no one looking after them now"
    if "threats of serious harm" in topics:
        return "suggests a threat of serious harm"
    return "suggests the danger is happening now or tonight"
