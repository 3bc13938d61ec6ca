"""Disclosure screening: does a comment suggest that the speaker or a specific child is at risk?

The screen composes three readings rather than matching whole phrasings:

1. harms: broad, stemmed concept vocabularies (``screening_concepts``) find what may be happening;
2. people: participants (``subjects``) say whom: the speaker, a specific other child or household
   member, or people in general;
3. relation: each harm is tied to the person it happens to - the person inside it ("kill myself"),
   its object ("hits me"), or the nearest person before it in the same clause ("my sister keeps
   going missing"); failing that, anyone specific in the clause.

A harm tied to people in general ("kids get groomed online"), or only loosely tied in a clause
framed as a view, a lesson, a film, a hypothetical or a question, is feedback. Weights of the
harms that remain combine per sentence; 0.6 makes a disclosure.

The screen errs towards flagging: a comment flagged by mistake costs the safeguarding lead a
minute, a disclosure missed can cost a child much more. ``reasons`` never quote the comment.
"""

from __future__ import annotations

from dataclasses import dataclass

from engage.safeguarding import lexicon
from engage.safeguarding.lexicon import word_set
from engage.safeguarding.screening_concepts import (
    CLASSES,
    EATING,
    EXCLUSIONS,
    HOMELESS,
    MISSING,
    NARROW_EXCLUSIONS,
    NEGLECT,
    REFERS_BACK,
    UNSAFE,
    Cue,
)
from engage.safeguarding.screening_cues_home import HOME_CUES
from engage.safeguarding.screening_cues_outside import OUTSIDE_CUES
from engage.safeguarding.screening_patterns import Matcher
from engage.safeguarding.screening_text import Prepared, Token, prepare
from engage.safeguarding.subjects import Frame, Participant, Reading, Who, read

NONE = "none"
POSSIBLE = "possible"
URGENT = "urgent"
THRESHOLD = 0.6
# Cues weaker than this are context ("older men", "lifts", "asleep"), not harms done to someone:
# they count towards a sentence that names the speaker or a specific child, never on their own.
CONTEXT_WEIGHT = 0.5
MAX_CHARS = 5000  # comments are capped at 2,000; a longer paste is screened in full up to this


@dataclass(frozen=True)
class Screening:
    """``concern`` is true for "possible" and "urgent"; ``reasons`` are plain phrases."""

    concern: bool
    level: str
    reasons: list[str]


@dataclass(frozen=True)
class _Hit:
    cue: Cue
    start: int  # token indices
    end: int


@dataclass(frozen=True)
class _Bound:
    hit: _Hit
    who: Who  # SELF or SPECIFIC
    sentence: int


# Words that may sit between a harm verb and its object: "beat me up", "pushed her about".
_BRIDGE = word_set(
    "up round around about on in at into onto so really proper hard again all the a always keeps "
    "even"
)
# "Not allowed to see anyone": whoever "anyone" is, they are not the one harmed.
# "Going to kill myself" is not a threat from someone else; self-harm has its own cues.
_REFLEXIVES = word_set("myself herself himself themselves yourself ourselves")
_SUBJECT_PRONOUNS = word_set("i we he she they")
_NOT_OBJECTS = word_set("anyone anybody everyone everybody someone somebody")
# A topic noun after one of these is the subject of talk, not an event: "lessons on forced
# marriage", "we talked about self harm".
# Things sent or shown to a child: a harm named after them is their content, not a topic.
_CONTENT = word_set("video stuff thing messag pictur pic post meme clip text vid link")
_TOPIC_MODIFIERS = word_set(
    "domestic sexual online child physical emotional knife gun gang county forced honour based "
    "criminal drug the a child's youth teenage"
)
_TOPIC_MARKERS = word_set("about on of around regarding re")
# After these the next person is who did it, not whom it was done to: "raped by an older boy".
_AGENT_MARKERS = word_set("by from")
_VIEW_FRAMES = frozenset({Frame.VIEW, Frame.TALK, Frame.MEDIA})
_OBJECT_PRONOUNS = word_set("me us him her myself herself himself [name]")
_NEGATORS = word_set("not never no nobody none noone")
_OR = frozenset({"or", "nor"})
_THOUGHT_BREAKS = word_set(", and so because cos then")
# A person after one of these is not the subject of what follows: "goes off with older boys and
# doesn't come home" is about whoever goes off.
_PREPOSITIONS = word_set("with by from to for at of about than like")
_NEGATION_UNDONE = word_set("anymore more longer stopped used stop stopping")
_SUBJECT_REACH = 7  # tokens before a harm within which its subject is "tight"
CUES: tuple[Cue, ...] = (*HOME_CUES, *OUTSIDE_CUES)
# Harms that concern a child only: "my mum was left alone on the ward" is not a disclosure.
_CHILD_ONLY = frozenset({NEGLECT, EATING, MISSING})
# Harms about a child's home life, which a comment about being a patient does not disclose.
_AT_HOME = _CHILD_ONLY | {UNSAFE, HOMELESS}
# "thinking about suicide" is ideation, though "about" usually makes a topic of what follows.
_THINKING = word_set("think thought thinking thoughts dream dreaming obsess")


def _matcher() -> Matcher:
    matcher = Matcher(CLASSES)
    for i, cue in enumerate(CUES):
        matcher.add(i, cue.patterns)
    matcher.add("exclusion", EXCLUSIONS)
    for n, (_, patterns) in enumerate(NARROW_EXCLUSIONS):
        matcher.add(("narrow", n), patterns)
    return matcher


# One index over every cue: a comment is read once, whatever the number of concepts.
_MATCHER = _matcher()
_TIME = Matcher()
_TIME.add("urgent", lexicon.URGENT_TIME.split())
_TIME.add(
    "past",
    ["last year|month|summer", "when i was", "used to", "year|years|months ago", "in year #"],
)


def screen(text: str) -> Screening:
    if not text or not text.strip():
        return Screening(concern=False, level=NONE, reasons=[])
    prepared = prepare(text[:MAX_CHARS])
    if not prepared.tokens:
        return Screening(concern=False, level=NONE, reasons=[])
    hits = _find_hits(prepared)
    if not hits:
        return Screening(concern=False, level=NONE, reasons=[])
    reading = read(prepared)
    bound = [b for hit in hits if (b := _bind(hit, prepared, reading)) is not None]
    bound = _refer_back(bound, hits, prepared)
    flagged = _flagged_sentences(bound)
    if not flagged:
        return Screening(concern=False, level=NONE, reasons=[])
    kept = [b for b in bound if b.sentence in flagged]
    times = _TIME.find([t.stem for t in prepared.tokens])
    urgent = _is_urgent(kept, prepared, times)
    return Screening(
        concern=True, level=URGENT if urgent else POSSIBLE, reasons=_reasons(kept, urgent)
    )


def _refer_back(bound: list[_Bound], hits: list[_Hit], prepared: Prepared) -> list[_Bound]:
    """ "We talked about county lines. My brother is actually doing it": a later sentence that
    names someone and points back ("doing it", "happening to me") takes on the harm named before.
    """
    pointers = [b for b in bound if b.hit.cue.concept == REFERS_BACK]
    if not pointers:
        return bound
    out = [b for b in bound if b.hit.cue.concept != REFERS_BACK]
    tokens = prepared.tokens
    for pointer in pointers:
        earlier = [
            h
            for h in hits
            if h.cue.weight >= THRESHOLD
            and h.cue.concept != REFERS_BACK
            and tokens[h.start].sentence < pointer.sentence
        ]
        if earlier:
            named = max(earlier, key=lambda h: h.cue.weight)
            out.append(
                _Bound(
                    _Hit(named.cue, pointer.hit.start, pointer.hit.end),
                    pointer.who,
                    pointer.sentence,
                )
            )
    return out


def _find_hits(prepared: Prepared) -> list[_Hit]:
    found = _MATCHER.find([t.stem for t in prepared.tokens], [t.word for t in prepared.tokens])
    excluded: set[int] = set()
    narrow: dict[str, set[int]] = {}
    for key, start, end in found:
        if key == "exclusion":
            excluded.update(range(start, end))
        elif isinstance(key, tuple):
            for concept in NARROW_EXCLUSIONS[key[1]][0]:
                narrow.setdefault(concept, set()).update(range(start, end))
    hits: list[_Hit] = []
    for key, start, end in found:
        if key == "exclusion" or isinstance(key, tuple) or start in excluded:
            continue
        cue = CUES[key]  # type: ignore[index]
        if start not in narrow.get(cue.concept, ()):
            hits.append(_Hit(cue, start, end))
    return hits


def _bind(hit: _Hit, prepared: Prepared, reading: Reading) -> _Bound | None:
    """Tie a harm to the person it happens to, or return None if it is not about anyone specific."""
    tokens = prepared.tokens
    cue = hit.cue
    clause = tokens[hit.start].clause
    sentence = tokens[hit.start].sentence
    frames = reading.frames.get(clause, frozenset())
    words_before = _words_before(tokens, hit.start, 4)
    if words_before & _OR:  # "she never once rushed me or pushed me": the negation carries over
        words_before |= _words_before(tokens, hit.start, 7)
    inside = {t.word for t in tokens[hit.start : hit.end]}
    if not cue.negated and inside & _NEGATORS:
        return None  # "I was not hit": a gap in the pattern took the "not"
    if not (inside & _NEGATORS) and words_before & _NEGATORS:
        after = {t.word for t in tokens[hit.end : hit.end + 3]}
        if not (after & _NEGATION_UNDONE or words_before & _NEGATION_UNDONE):
            return None  # "nobody hurts me", "i have never self harmed"
    if _is_topic_mention(hit, prepared, reading, cue.topic, bool(frames)):
        return None  # "lessons on forced marriage"
    if cue.concept in _AT_HOME and reading.care_setting:
        return None  # "left alone for two hours on the ward": a patient's feedback
    if cue.household:
        return _bind_household(hit, prepared, reading, frames)
    if cue.context or cue.weight < CONTEXT_WEIGHT:
        return _bind_context(hit, prepared, reading, frames)

    who, tight, direct = _patient(hit, prepared, reading)
    if who is Who.GENERIC:
        return None
    if who in (Who.SELF, Who.SPECIFIC):
        if Frame.MEDIA in frames and not (direct and who is Who.SELF):
            return None  # "in the film the girl gets groomed"
        if not tight and (frames & _VIEW_FRAMES or cue.topic):
            return None
        return _Bound(hit, who, sentence)
    # Nobody named: the speaker is meant only for first-person kinds of harm, said plainly.
    if cue.self_default and not frames and clause not in reading.generic_clauses:
        return _Bound(hit, Who.SELF, sentence)
    return None


def _words_before(tokens: tuple[Token, ...], start: int, reach: int) -> set[str]:
    """Up to ``reach`` words before a harm, stopping where another thought begins ("never home
    and I'm 11": the "never" is not about being 11)."""
    out: set[str] = set()
    for t in reversed(tokens[max(0, start - reach) : start]):
        if t.word in _THOUGHT_BREAKS or t.clause != tokens[start].clause:
            break
        out.add(t.word)
    return out


def _is_topic_mention(
    hit: _Hit, prepared: Prepared, reading: Reading, topic: bool, framed: bool
) -> bool:
    """A harm named as the subject of talk: "lessons on forced marriage", "learn about abuse".

    "About" makes a topic of what follows; "of" and "on" only in a clause framed as a view
    ("awareness of sextortion"), since "videos of extremist preachers" is what someone watches.
    """
    tokens = prepared.tokens
    start = hit.start
    while start > 0 and start > hit.start - 2 and tokens[start - 1].word in _TOPIC_MODIFIERS:
        start -= 1  # "a project on domestic abuse": look past "domestic"
    if start == 0:
        return False
    marker = tokens[start - 1].word
    if marker not in _TOPIC_MARKERS or not (topic or framed):
        return False
    if marker in ("of", "on") and not framed:
        return False
    if start > 1 and tokens[start - 2].stem in _CONTENT:
        return False  # "videos about killing ...": what was sent, not a topic of talk
    if start > 1 and tokens[start - 2].stem in _THINKING:
        return False  # "thinking about ending it" is the thought itself
    return not any(
        p.who in (Who.SELF, Who.SPECIFIC) and hit.start <= p.start < hit.end
        for p in reading.participants
    )


def _bind_household(
    hit: _Hit, prepared: Prepared, reading: Reading, frames: frozenset[Frame]
) -> _Bound | None:
    """A parent's drinking or absence: about the speaker if the parent is theirs."""
    tokens = prepared.tokens
    inside = [p for p in reading.participants if p.start < hit.end and p.end > hit.start]
    if not inside or any(p.who is Who.GENERIC for p in inside) or Frame.MEDIA in frames:
        return None
    first = inside[0]
    if first.who not in (Who.SPECIFIC, Who.SELF):
        return None
    own = first.kind == "adult" and tokens[first.start].word in ("my", "our", "mum", "dad", "nan")
    who = Who.SELF if own or tokens[first.start].word in ("my", "our") else Who.SPECIFIC
    return _Bound(hit, who, tokens[hit.start].sentence)


def _bind_context(
    hit: _Hit, prepared: Prepared, reading: Reading, frames: frozenset[Frame]
) -> _Bound | None:
    """A sign that is not itself a harm done to someone ("older men", "asleep", "a ceremony"):
    it counts for the sentence's named child or the speaker, if there is one."""
    tokens = prepared.tokens
    sentence = tokens[hit.start].sentence
    people = [
        p
        for p in reading.participants
        if tokens[p.start].sentence == sentence and p.who in (Who.SELF, Who.SPECIFIC)
    ]
    # In a clause framed as a view, only a person named as the one things happen to will do:
    # "he keeps sending me videos saying we need to fight", not "we need lessons on grooming".
    if frames & _VIEW_FRAMES:
        people = [p for p in people if _is_strong(p, prepared)]
    if people:
        who = Who.SPECIFIC if any(p.who is Who.SPECIFIC for p in people) else Who.SELF
        return _Bound(hit, who, sentence)
    if (
        hit.cue.self_default
        and not frames
        and tokens[hit.start].clause not in reading.generic_clauses
    ):
        return _Bound(hit, Who.SELF, sentence)
    return None


def _is_strong(p: Participant, prepared: Prepared) -> bool:
    """A person named as the one something happens to: "me", "her", "my friend", "[NAME]"."""
    return p.kind in ("", "adult") or prepared.tokens[p.start].word in _OBJECT_PRONOUNS


def _patient(hit: _Hit, prepared: Prepared, reading: Reading) -> tuple[Who | None, bool, bool]:
    """(who, tight, direct): whom the harm is done to; tight: close by; direct: inside or object."""
    tokens = prepared.tokens
    cue = hit.cue
    clause = tokens[hit.start].clause
    people = [
        p for p in reading.participants if tokens[p.start].clause == clause and _counts(p, cue)
    ]
    inside = [
        p
        for p in people
        if p.start < hit.end
        and p.end > hit.start
        and not (
            p.who is Who.GENERIC
            and p.start > hit.start
            and tokens[p.start - 1].word in _AGENT_MARKERS | {"for", "with"}
        )
    ]
    if inside:
        chosen = next((p for p in inside if p.who is not Who.GENERIC), inside[-1])
        return chosen.who, True, True
    # The object: the first person after the harm, across small words ("beat me up", "hit her").
    pos = hit.end
    if tokens[hit.end - 1].word in _AGENT_MARKERS:
        pos = len(tokens)  # "touched by my coach": the coach did it
    while pos < len(tokens) and pos < hit.end + 3 and tokens[pos].clause == clause:
        at = next((p for p in reading.participants if p.start == pos), None)
        if at is not None and (
            tokens[pos].word in _NOT_OBJECTS
            or tokens[pos].word in _SUBJECT_PRONOUNS
            or tokens[at.end - 1].possessive
        ):
            break  # "what bit I ate": "I" starts a new clause, it is not the object
        if at is not None:
            reflexive = tokens[pos].word in _REFLEXIVES
            if _counts(at, cue) and not (
                cue.needs_object and (at.kind == "possessive" or reflexive)
            ):
                return at.who, True, True
            break
        if tokens[pos].word not in _BRIDGE or tokens[pos].word in _AGENT_MARKERS:
            break
        pos += 1
    if cue.needs_object:
        return None, False, False
    # The subject: the nearest person before it, skipping those who do harm ("men", "the olders").
    # "They" straight before a harm is its subject and stands for the person named before it:
    # "a friend tells me they self harm" is about "a friend", not "me".
    they = next(
        (
            p
            for p in reading.participants
            if p.end <= hit.start
            and hit.start - p.end <= 2
            and tokens[p.start].word == "they"
            and tokens[p.start].clause == clause
        ),
        None,
    )
    before = [
        p
        for p in people
        if p.end <= (they.start if they else hit.start)
        and not (p.start > 0 and tokens[p.start - 1].word in _PREPOSITIONS)
        and not (p.who is Who.GENERIC and tokens[p.end - 1].possessive)
    ]
    if they is not None:
        before = [p for p in before if p.who is not Who.SELF]
        if not before:
            return None, False, False
        return before[-1].who, True, False
    if before:
        nearest = before[-1]
        return nearest.who, hit.start - nearest.end <= _SUBJECT_REACH, False
    later = [p for p in people if p.start >= hit.end and p.who in (Who.SELF, Who.SPECIFIC)]
    if later:
        return later[0].who, False, False
    return None, False, False


def _counts(p: Participant, cue: Cue) -> bool:
    """Whether a participant can be the one a harm happens to."""
    if p.who not in (Who.SELF, Who.SPECIFIC, Who.GENERIC):
        return False
    return not (p.kind == "adult" and cue.concept in _CHILD_ONLY)


def _flagged_sentences(bound: list[_Bound]) -> set[int]:
    """Sentences whose bound harms add up to a disclosure (noisy-OR of their weights).

    Words count once: where one cue's words lie within another's ("owe them" is a sign of both
    criminal and sexual exploitation) only the stronger adds to the sentence.
    """
    missing: dict[int, float] = {}
    used: list[tuple[int, int]] = []
    for b in sorted(bound, key=lambda b: -b.hit.cue.weight):
        start, end = b.hit.start, b.hit.end
        if any((s <= start and end <= e) or (start <= s and e <= end) for s, e in used):
            continue
        used.append((start, end))
        missing[b.sentence] = missing.get(b.sentence, 1.0) * (1.0 - b.hit.cue.weight)
    return {s for s, left in missing.items() if 1.0 - left >= THRESHOLD}


def _is_urgent(
    kept: list[_Bound], prepared: Prepared, times: list[tuple[object, int, int]]
) -> bool:
    past = {prepared.tokens[start].sentence for key, start, _ in times if key == "past"}
    if any(b.hit.cue.urgent for b in kept if not _is_past(b, past)):
        return True
    sentences = {b.sentence for b in kept}
    return any(
        key == "urgent" and prepared.tokens[start].sentence in sentences for key, start, _ in times
    )


def _is_past(b: _Bound, past_sentences: set[int]) -> bool:
    """A disappearance placed in the past ("I ran away when I was 12") is not an emergency now."""
    return b.hit.cue.concept == "going missing" and b.sentence in past_sentences


def _reasons(kept: list[_Bound], urgent: bool) -> list[str]:
    reasons: list[str] = []
    ranked = sorted(kept, key=lambda b: -b.hit.cue.weight)
    for b in ranked:
        if b.hit.cue.weight < 0.5 and len(reasons) >= 1:
            continue
        if b.who is Who.SELF:
            reason = f"mentions {b.hit.cue.concept} in the first person"
        else:
            reason = f"suggests a specific child or young person is affected by {b.hit.cue.concept}"
        if reason not in reasons:
            reasons.append(reason)
    if urgent:
        # Name the harm that makes it urgent; if only a time word did ("tonight"), any harm will.
        concepts = {b.hit.cue.concept for b in kept if b.hit.cue.urgent}
        reasons.append(_urgent_reason(concepts or {b.hit.cue.concept for b in kept}))
    return reasons


def _urgent_reason(concepts: set[str]) -> str:
    if "a weapon" in concepts:
        return "a weapon is mentioned: the child may be in immediate danger"
    if "suicidal thoughts" in concepts:
        return "suggests a plan or intent to end their life, or that it is happening now"
    if "going missing" in concepts:
        return "a child may be missing now"
    if "neglect" in concepts:
        return "a child may have no one looking after them now"
    if "threats of serious harm" in concepts:
        return "suggests a threat of serious harm"
    return "suggests the danger is happening now or tonight"
