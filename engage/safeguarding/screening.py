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

When that finds nothing, a broader safety net (``screening_net``) still flags a comment as
"possible" where a strong harm word sits beside the speaker or someone they know and no general
view frames it.

The screen errs towards flagging: a comment flagged by mistake costs the safeguarding lead a
minute, a disclosure missed can cost a child much more. ``reasons`` never quote the comment.
"""

from __future__ import annotations

from dataclasses import dataclass

from engage.safeguarding import lexicon
from engage.safeguarding.learned_screening import concern_probability
from engage.safeguarding.lexicon import word_set
from engage.safeguarding.screening_bind import (
    CHILD_ONLY,
    Hit,
    disclosed,
    is_beyond_reach,
    is_denied,
    is_topic_mention,
    patient,
)
from engage.safeguarding.screening_concepts import (
    CLASSES,
    EXCLUSIONS,
    HOMELESS,
    MARRIAGE,
    MISSING,
    NARROW_EXCLUSIONS,
    OVERDOSE,
    PLEA,
    REFERS_BACK,
    SUICIDE,
    THREAT,
    UNSAFE,
    WEAPON,
    Cue,
)
from engage.safeguarding.screening_cues_home import HOME_CUES
from engage.safeguarding.screening_cues_outside import OUTSIDE_CUES
from engage.safeguarding.screening_net import catch, net_reason
from engage.safeguarding.screening_net_cues import NET_CUES
from engage.safeguarding.screening_patterns import Matcher
from engage.safeguarding.screening_text import Prepared, prepare
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
class _Bound:
    hit: Hit
    who: Who  # SELF or SPECIFIC
    sentence: int


_VIEW_FRAMES = frozenset({Frame.VIEW, Frame.SOFT_VIEW, Frame.TALK, Frame.MEDIA})
_OBJECT_PRONOUNS = word_set("me us him her myself herself himself [name]")
CUES: tuple[Cue, ...] = (*HOME_CUES, *OUTSIDE_CUES)
# Harms about a child's home life, which a comment about being a patient does not disclose.
_AT_HOME = CHILD_ONLY | {UNSAFE, HOMELESS}
# Cues of the main screen strong enough to go to the safety net when they are not bound closely.
_NET_WEIGHT = 0.6
# Two or more weaker signs tied to the speaker or a named child that add up to this (but not to
# THRESHOLD) are worth the lead's look: "older", "lifts" and "parties" together.
_NEAR_THRESHOLD = 0.45
# Harms the safety net finds that are urgent when the comment says "tonight" or "right now".
_URGENT_NOW = frozenset({SUICIDE, OVERDOSE, WEAPON, MISSING, THREAT, UNSAFE, PLEA})


def _matcher() -> Matcher:
    matcher = Matcher(CLASSES)
    for i, cue in enumerate(CUES):
        matcher.add(i, cue.patterns)
    matcher.add("exclusion", EXCLUSIONS)
    for n, (_, patterns) in enumerate(NARROW_EXCLUSIONS):
        matcher.add(("narrow", n), patterns)
    for n, net_cue in enumerate(NET_CUES):
        matcher.add(("net", n), net_cue.patterns)
    return matcher


# One index over every cue: a comment is read once, whatever the number of concepts.
_MATCHER = _matcher()
_TIME = Matcher()
_TIME.add("urgent", lexicon.URGENT_TIME.split())
_TIME.add(
    "past",
    ["last year|month|summer", "when i was", "used to", "year|years|months ago", "in year #"],
)


# The learned check flags on its own at LEARNED_THRESHOLD, and at the lower
# LEARNED_THRESHOLD_NAMED_HARM when the comment also names a harm the rules know (a word of
# abuse, violence, self-harm, exploitation...) that they could not tie to anyone. Both were chosen
# by training without one independently written set at a time and scoring it (leave one set out),
# with NHS patient feedback flagged kept under 1%; figures in data/screening_sets/README.md.
# A missed disclosure costs far more than a minute of the lead's time, so recall leads.
LEARNED_THRESHOLD = 0.70
LEARNED_THRESHOLD_NAMED_HARM = 0.40
LEARNED_REASON = (
    "reads like comments that were disclosures, though no single rule matched (a learned check): "
    "please read it"
)


def screen(text: str) -> Screening:
    """The rules first; where they find nothing, a learned second opinion (learned_screening)."""
    result = _screen_by_rules(text)
    if result.concern or not text or not text.strip():
        return result
    probability = concern_probability(text)
    if probability >= LEARNED_THRESHOLD or (
        probability >= LEARNED_THRESHOLD_NAMED_HARM and _names_a_harm(text)
    ):
        return Screening(concern=True, level=POSSIBLE, reasons=[LEARNED_REASON])
    return result


def _names_a_harm(text: str) -> bool:
    # Reads the comment again, but only the few whose probability falls between the thresholds.
    prepared = prepare(text[:MAX_CHARS])
    if not prepared.tokens:
        return False
    hits, net_hits = _find_hits(prepared)
    return bool(hits or net_hits)


_NOTHING = Screening(concern=False, level=NONE, reasons=[])


def _screen_by_rules(text: str) -> Screening:
    if not text or not text.strip():
        return _NOTHING
    prepared = prepare(text[:MAX_CHARS])
    if not prepared.tokens:
        return _NOTHING
    hits, net_hits = _find_hits(prepared)
    if not hits and not net_hits:
        return _NOTHING
    reading = read(prepared)
    bound = [b for hit in hits if (b := _bind(hit, prepared, reading)) is not None]
    bound = _refer_back(bound, hits, prepared)
    flagged = _flagged_sentences(bound)
    if not flagged:
        return _safety_net(hits, net_hits, bound, prepared, reading)
    kept = [b for b in bound if b.sentence in flagged]
    times = _TIME.find([t.stem for t in prepared.tokens])
    urgent = _is_urgent(kept, prepared, times)
    reasons = _reasons(kept, urgent)
    return Screening(concern=True, level=URGENT if urgent else POSSIBLE, reasons=reasons)


def _safety_net(
    hits: list[Hit], net_hits: list[Hit], bound: list[_Bound], prepared: Prepared, reading: Reading
) -> Screening:
    """When in doubt, let the lead look: a strong harm beside a person the speaker knows, or
    several weaker signs tied to them in one sentence that fall just short of the threshold."""
    # Weak signs of a forced marriage (a wedding, a trip abroad) are also the signs of a family
    # wedding, and were weighed to add up only at the full threshold.
    weak = [b for b in bound if b.hit.cue.concept != MARRIAGE]
    near = set() if reading.care_setting else _flagged_sentences(weak, _NEAR_THRESHOLD, least=2)
    reasons = [
        f"several weaker signs of {concept} about the speaker or someone they know"
        for concept in dict.fromkeys(b.hit.cue.concept for b in weak if b.sentence in near)
    ]
    strong = [
        h
        for h in hits
        if h.cue.weight >= _NET_WEIGHT
        and not (h.cue.context or h.cue.household)
        and h.cue.concept != REFERS_BACK
    ]
    # A danger named for tonight or right now is urgent however it was found, and is the
    # speaker's own danger even when nobody is named ("a guy outside with a machete right now").
    now = {
        prepared.tokens[start].sentence
        for key, start, _ in _TIME.find([t.stem for t in prepared.tokens])
        if key == "urgent"
    }
    caught = catch(strong + net_hits, prepared, reading, now, _URGENT_NOW)
    reasons += [net_reason(h.cue.concept) for h in caught]
    if not reasons:
        return Screening(concern=False, level=NONE, reasons=[])
    pressing = {
        h.cue.concept
        for h in caught
        if h.cue.concept in _URGENT_NOW and prepared.tokens[h.start].sentence in now
    }
    if pressing:
        return Screening(concern=True, level=URGENT, reasons=[*reasons, _urgent_reason(pressing)])
    return Screening(concern=True, level=POSSIBLE, reasons=reasons)


def _refer_back(bound: list[_Bound], hits: list[Hit], prepared: Prepared) -> list[_Bound]:
    """ "We talked about county lines. My brother is actually doing it": a later sentence that
    names someone and points back ("doing it", "happening to me") takes on the harm named before.
    """
    pointers = [b for b in bound if b.hit.cue.concept == REFERS_BACK]
    if not pointers:
        return bound
    out = [b for b in bound if b.hit.cue.concept != REFERS_BACK]
    for pointer in pointers:
        earlier = [
            h
            for h in hits
            if h.cue.weight >= THRESHOLD
            and h.cue.concept != REFERS_BACK
            and h.end <= pointer.hit.start
        ]
        if earlier:
            named = max(earlier, key=lambda h: h.cue.weight)
            out.append(
                _Bound(
                    Hit(named.cue, pointer.hit.start, pointer.hit.end),
                    pointer.who,
                    pointer.sentence,
                )
            )
    return out


def _find_hits(prepared: Prepared) -> tuple[list[Hit], list[Hit]]:
    """Cues of the main screen, and cues of the safety net, with exclusions applied to both."""
    found = _MATCHER.find([t.stem for t in prepared.tokens], [t.word for t in prepared.tokens])
    excluded: set[int] = set()
    narrow: dict[str, set[int]] = {}
    for key, start, end in found:
        if key == "exclusion":
            excluded.update(range(start, end))
        elif isinstance(key, tuple) and key[0] == "narrow":
            for concept in NARROW_EXCLUSIONS[key[1]][0]:
                narrow.setdefault(concept, set()).update(range(start, end))
    hits: list[Hit] = []
    net_hits: list[Hit] = []
    for key, start, end in found:
        # "got hit by a ball": the harm word that ends a cue can sit inside an exclusion too.
        if key == "exclusion" or start in excluded or end - 1 in excluded:
            continue
        if isinstance(key, tuple):
            if key[0] != "net":
                continue
            cue = NET_CUES[key[1]]
            out = net_hits
        else:
            cue = CUES[key]  # type: ignore[index]
            out = hits
        if start not in narrow.get(cue.concept, ()):
            out.append(Hit(cue, start, end))
    return hits, net_hits


def _bind(hit: Hit, prepared: Prepared, reading: Reading) -> _Bound | None:
    """Tie a harm to the person it happens to, or return None if it is not about anyone specific."""
    tokens = prepared.tokens
    cue = hit.cue
    clause = tokens[hit.start].clause
    sentence = tokens[hit.start].sentence
    frames = reading.frames.get(clause, frozenset())
    if is_denied(hit, prepared, reading):
        return None  # "nobody hurts me", "i have never self harmed", "I was not hit"
    if is_beyond_reach(hit, prepared, reading):
        return None  # "before he was born", "if my friend told me they were suicidal"
    if is_topic_mention(hit, prepared, reading, cue.topic, bool(frames)):
        return None  # "lessons on forced marriage"
    if cue.concept in _AT_HOME and reading.care_setting:
        return None  # "left alone for two hours on the ward": a patient's feedback
    if cue.concept == REFERS_BACK:
        return _bind_pointer(hit, prepared, reading)
    if cue.household:
        return _bind_household(hit, prepared, reading, frames)
    if cue.context or cue.weight < CONTEXT_WEIGHT:
        return _bind_context(hit, prepared, reading, frames)

    who, tight, direct = patient(hit, prepared, reading)
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


def _bind_pointer(hit: Hit, prepared: Prepared, reading: Reading) -> _Bound | None:
    """ "... and that's what my coach is doing", "it's happening to my sister": a pointer back to
    a harm named as a lesson's topic is about whoever it names right there. The lesson's frame
    does not silence it: realising a lesson was about oneself is how many disclosures begin."""
    tokens = prepared.tokens
    sentence = tokens[hit.start].sentence
    near = [
        p
        for p in reading.participants
        if p.who in (Who.SELF, Who.SPECIFIC, Who.GENERIC)
        and p.kind != "summary"
        and tokens[p.start].sentence == sentence
        and hit.start - 4 <= p.start < hit.end + 3
    ]
    # "I get why people do it": whoever is nearest the pointer is the one it is about.
    if not near or min(near, key=lambda p: abs(p.start - hit.start)).who is Who.GENERIC:
        return None
    who = Who.SPECIFIC if any(p.who is Who.SPECIFIC for p in near) else Who.SELF
    return _Bound(hit, who, sentence)


def _bind_household(
    hit: Hit, prepared: Prepared, reading: Reading, frames: frozenset[Frame]
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
    hit: Hit, prepared: Prepared, reading: Reading, frames: frozenset[Frame]
) -> _Bound | None:
    """A sign that is not itself a harm done to someone ("older men", "asleep", "a ceremony"):
    it counts for the sentence's named child or the speaker, if there is one."""
    tokens = prepared.tokens
    sentence = tokens[hit.start].sentence
    # A partner's "YP said" names who spoke, not the one a sign is about ("Year 11 girl said boys
    # pressure girls for nudes"), unless it says what was disclosed.
    people = [
        p
        for p in reading.participants
        if tokens[p.start].sentence == sentence
        and p.who in (Who.SELF, Who.SPECIFIC)
        and (p.kind != "summary" or disclosed(p, prepared))
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


def _flagged_sentences(
    bound: list[_Bound], threshold: float = THRESHOLD, least: int = 1
) -> set[int]:
    """Sentences whose bound harms add up to a disclosure (noisy-OR of their weights), from at
    least ``least`` cues.

    Words count once: where one cue's words lie within another's ("owe them" is a sign of both
    criminal and sexual exploitation) only the stronger adds to the sentence.
    """
    missing: dict[int, float] = {}
    count: dict[int, int] = {}
    used: list[tuple[int, int]] = []
    for b in sorted(bound, key=lambda b: -b.hit.cue.weight):
        start, end = b.hit.start, b.hit.end
        if any((s <= start and end <= e) or (start <= s and e <= end) for s, e in used):
            continue
        used.append((start, end))
        missing[b.sentence] = missing.get(b.sentence, 1.0) * (1.0 - b.hit.cue.weight)
        count[b.sentence] = count.get(b.sentence, 0) + 1
    return {s for s, left in missing.items() if 1.0 - left >= threshold and count[s] >= least}


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
