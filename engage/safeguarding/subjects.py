"""Who a comment is about, and whether it reads as a view: the two halves of "is it a disclosure".

Participants are noun phrases and pronouns classed by what they mean for safeguarding:

- SELF: the speaker (I, me, my arm, us at home).
- SPECIFIC: one other child or a member of the speaker's household (my friend, this girl in my year,
  [NAME], she, him, mum).
- GENERIC: people in general (young people, some kids, a friend, you, someone). A harm that happens
  to them is a view about the world, not a disclosure.
- AGENT: words that usually name who does the harm (men, the olders, they); skipped when looking for
  whom it is done to.
- VOID: the speaker as the holder of an opinion ("I think ...", "we want ..."), not its subject.

Frames are clause-level signs that a comment is a view: a wish or policy point, a report of a
session, a film or the news, a hypothetical, a question.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from engage.safeguarding import lexicon
from engage.safeguarding.screening_patterns import Matcher, word_class
from engage.safeguarding.screening_text import Prepared, Token, stem


class Who(Enum):
    SELF = "self"
    SPECIFIC = "specific"
    GENERIC = "generic"
    AGENT = "agent"
    VOID = "void"


class Frame(Enum):
    VIEW = "view"
    TALK = "talk"
    MEDIA = "media"
    HYPOTHETICAL = "hypothetical"
    QUESTION = "question"
    # Weaker signs of a view (see ``lexicon.SOFT_VIEW_WORDS``): the main screen reads them as VIEW
    # and HYPOTHETICAL; the safety net ignores them.
    SOFT_VIEW = "soft view"
    SOFT_HYPOTHETICAL = "soft hypothetical"


@dataclass(frozen=True)
class Participant:
    who: Who
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # "pronoun" (she, me), "possessive" (my, our: "my phone"), "adult" (my mum), or ""


_ADJ = (
    "little big older old younger young best close baby twin step half ex new real actual "
    "bestest oldest eldest youngest # year+old yr+old year"
)
_CLASSES: dict[str, tuple[str, ...]] = {
    "KIN": word_class(lexicon.KIN),
    "CHILD": word_class(lexicon.CHILD),
    "GROUP": word_class(lexicon.GROUP),
    "GENERIC": word_class(lexicon.GENERIC_NOUNS),
    "GDET": word_class(lexicon.GENERIC_DETERMINERS),
    "ADJ": word_class(_ADJ),
    "PERSON": (
        *word_class(lexicon.KIN),
        *word_class(lexicon.CHILD),
        "young+person",
        "young+people",
    ),
    "HOUSEHOLD": word_class(lexicon.HOUSEHOLD),
    "ADULT": word_class(lexicon.ADULTS),
    # Without "my", "parents" are parents in general ("it's a problem when parents take drugs");
    # "mum" and "dad" are still the speaker's own.
    "ONE_ADULT": tuple(
        w for w in word_class(lexicon.ADULTS) if w not in ("parent", "parents", "grandparents")
    ),
    "AGENT": word_class(lexicon.AGENTS),
    "OPINION": word_class(lexicon.OPINION_VERBS),
    "GROUP_VOICE": word_class(lexicon.GROUP_VOICE_VERBS),
    "QUANT": word_class("lots loads lot many most some all few couple half none majority"),
    "BODY": word_class(lexicon.BODY),
    "NOT_PEOPLE": word_class(lexicon.NOT_PEOPLE),
}


def _rx(*patterns: str) -> tuple[str, ...]:
    return patterns


# A partner's note: "YP said", "Participant (M, 16) told staff", "Year 10 boy shared with us".
# The listener ("us", "the group") is part of the note, not someone a harm could happen to.
_REPORTING = (
    "said|says|told|disclosed|shared|mentioned|reported|explained ?to|with ?the|our "
    "?group|staff|us|me|worker|class|team|facilitator"
)
_REPORTED = (
    f"?the|one ?year ?# yp|young+person|girl|boy|pupil|student {_REPORTING}",
    # "(M, 16)": the brackets are dropped and a comma is no word the matcher can name, hence "*".
    f"?the|one yp|young+person|participant|pupil|student ?m|f|male|female ?* ?# ?* {_REPORTING}",
)


# Earlier entries win where spans overlap: "lots of my friends" is general before "my friends" is
# specific, and "my friend" is specific before "my" is the speaker.
# kind "head": only the first word is set aside (the "I" of "I think").
_PARTICIPANT_PATTERNS: tuple[tuple[Who, str, tuple[str, ...]], ...] = (
    (Who.VOID, "head", _rx("i|we ?really|also|just|do|personally|all|genuinely ?not @OPINION")),
    # "I read it's like a quarter of ...": the reader of a statistic, not its subject.
    (Who.VOID, "head", _rx("i|we ?have ?also read ?that|it|somewhere|online|an|a|about")),
    # "We" as the voice of the group: "we want...", "we talked about...".
    (Who.VOID, "head", _rx("we ?really|also|all|just|would|'d|do|have|are ?not @GROUP_VOICE")),
    (Who.SELF, "", _rx("my|our ?own ?left|right|upper|lower|whole @BODY")),
    (Who.SPECIFIC, "", _rx("his|her ?own ?left|right|upper|lower|whole @BODY")),
    (Who.GENERIC, "plural", _rx("?a @QUANT of my|our|the @ADJ|@PERSON ?@ADJ ?@PERSON")),
    (
        Who.SPECIFIC,
        "",
        _rx(
            "someone|somebody|a+friend|a+girl|a+boy|a+kid|people i|we know",
            "a friend|mate of mine|ours",
            "one of my|our @PERSON",
            "a|an|one|another|the|this|that ?@ADJ @CHILD|@KIN in|at|from|on|off|down my|our|the "
            "@GROUP",
            # "a lad at school", "a girl in year 9": one child of the speaker's world.
            "a|an|one|another|this|that ?@ADJ @CHILD in|at|from school|college|year|class|church|"
            "mosque",
            "this|that ?@ADJ ?@ADJ @CHILD",
        ),
    ),
    (Who.SPECIFIC, "summary", _REPORTED),
    (Who.VOID, "", _rx("my|our @NOT_PEOPLE", "each other", "one another")),
    (Who.GENERIC, "", _rx("@GDET ?of ?@ADJ ?@ADJ @PERSON|@GENERIC ?@PERSON", "young people")),
    (Who.SPECIFIC, "adult", _rx("my|our|his|her ?@ADJ ?@ADJ @ADULT", "@ONE_ADULT")),
    (
        Who.SPECIFIC,
        "",
        _rx(
            "my|our|his|her ?@ADJ ?@ADJ ?@ADJ @KIN|@CHILD",
            "[name]",
        ),
    ),
    (Who.GENERIC, "", _rx("?@ADJ ?@ADJ @GENERIC", "you|yourself|your|someone|somebody")),
    (Who.AGENT, "", _rx("@AGENT")),
    (Who.SPECIFIC, "pronoun", _rx("he|she|him|her|himself|herself|hers")),
    (Who.SELF, "pronoun", _rx("i|me|myself|mine|we|us|ourselves|ourself")),
    (Who.SELF, "possessive", _rx("my|our")),
)

_FRAME_PATTERNS: tuple[tuple[Frame, tuple[str, ...]], ...] = (
    (Frame.VIEW, _rx(*lexicon.VIEW_WORDS.split())),
    (Frame.TALK, _rx(*lexicon.TALK_WORDS.split())),
    (Frame.MEDIA, _rx(*lexicon.MEDIA_WORDS.split())),
    (Frame.HYPOTHETICAL, _rx(*lexicon.HYPOTHETICAL_WORDS.split())),
    (Frame.SOFT_VIEW, _rx(*lexicon.SOFT_VIEW_WORDS.split())),
    (Frame.SOFT_HYPOTHETICAL, _rx(*lexicon.SOFT_HYPOTHETICAL_WORDS.split())),
)
_QUESTION_START = frozenset(lexicon.QUESTION_STARTS.split())
_REPORT_STEMS = frozenset(stem(w) for w in lexicon.REPORT_VERBS.split())
_POSSESSIONS = frozenset(lexicon.POSSESSIONS.split())
_TALK_STEM = stem("talk")
_ANY_ONE = frozenset({"a", "an", "any", "every", "each", "no"})
_GROUPS = frozenset({"participants", "pupils", "students", "girls", "boys", "yps"})
_TEACH_STEMS = frozenset({stem("teach"), stem("teaching"), "taught"})
_MODAL_STEMS = frozenset(stem(w) for w in ("should", "must", "need", "needs", "needed", "ought"))
# A question about services ("what happens if someone tells a teacher") even without "?".
_QUESTION_PATTERNS = ("what happen|happens if|when", "how do|would|can|could you|i|someone|people")


def _matchers() -> tuple[Matcher, Matcher]:
    people = Matcher(_CLASSES)
    for i, (_, _, patterns) in enumerate(_PARTICIPANT_PATTERNS):
        people.add(i, patterns)
    frames = Matcher(_CLASSES)
    for frame, patterns in _FRAME_PATTERNS:
        frames.add(frame, patterns)
    frames.add(Frame.QUESTION, _QUESTION_PATTERNS)
    frames.add("care", lexicon.CARE_WORDS.split())
    return people, frames


_PEOPLE, _FRAMES = _matchers()
# An opinion held by the person just before it: "he thinks", "she reckons", "they worry".
_OPINION = Matcher(_CLASSES)
_OPINION.add("opinion", ["?really|also|just|personally|genuinely|still @OPINION|worry|worried"])
_SAYING = frozenset(stem(w) for w in ("said", "says", "told", "shared", "explained", "mentioned"))
_LISTENERS = frozenset({"that", "the", "group", "staff", "us", "me", "class", "to", "with"})


@dataclass(frozen=True)
class Reading:
    """Participants, and the frames found in each clause."""

    participants: tuple[Participant, ...]
    frames: dict[int, frozenset[Frame]]  # clause index -> frames
    generic_clauses: frozenset[int]  # clauses that mention people in general
    care_setting: bool  # the comment is about being a patient (ward, nurse, appointment)


def read(prepared: Prepared) -> Reading:
    tokens = prepared.tokens
    stems = [t.stem for t in tokens]
    taken = [False] * len(tokens)
    found: list[Participant] = []
    # Groups in priority order; within a group, leftmost first.
    for group, start, end in sorted(_PEOPLE.find(stems), key=lambda f: (f[0], f[1])):
        who, kind, _ = _PARTICIPANT_PATTERNS[int(group)]  # type: ignore[call-overload]
        if any(taken[start:end]):
            continue
        if kind == "plural":
            # "lots of my friends" is people in general; "loads of my mum's pills" is not, nor
            # "a load of my nans tablets" typed without the apostrophe.
            last = tokens[end - 1].word
            if not (last.endswith("s") or last in ("people", "children")):
                continue
            if end < len(tokens) and tokens[end].word in _POSSESSIONS:
                continue
            kind = ""
        if kind == "summary" and (
            (start > 0 and tokens[start - 1].word in _ANY_ONE)
            or any(t.word in _GROUPS for t in tokens[start:end])
        ):
            continue  # "if a young person said", "participants said": anyone, or a group
        if kind == "head":
            # Only the "I"/"we" of an opinion is set aside; the words after it are still read.
            end = start + 1
        for i in range(start, end):
            taken[i] = True
        found.append(Participant(who, start, end, kind))
    found.sort(key=lambda p: p.start)
    found = _their_is_one(tokens, found)
    found = _yours_is_anyones(tokens, found)
    found = _opinion_holders(tokens, stems, found)

    frames: dict[int, set[Frame]] = {}
    care = False
    # "YP told staff": the partner's own staff, not a ward's.
    noted = {i for p in found if p.kind == "summary" for i in range(p.start, p.end)}
    for frame, start, _ in _FRAMES.find(stems, [t.word for t in tokens]):
        if frame == "care":
            care = care or start not in noted
            continue
        if frame in (Frame.VIEW, Frame.TALK) and _is_reported(tokens, found, start):
            frame = Frame.SOFT_VIEW
        frames.setdefault(tokens[start].clause, set()).add(frame)  # type: ignore[arg-type]
    seen_sentence = -1
    for token in tokens:
        if token.sentence != seen_sentence:
            seen_sentence = token.sentence
            if token.question and token.word in _QUESTION_START:
                for t in tokens:
                    if t.sentence == token.sentence:
                        frames.setdefault(t.clause, set()).add(Frame.QUESTION)
    generic = frozenset(tokens[p.start].clause for p in found if p.who is Who.GENERIC)
    return Reading(
        participants=tuple(found),
        frames={k: frozenset(v) for k, v in frames.items()},
        generic_clauses=generic,
        care_setting=care,
    )


def _their_is_one(tokens: tuple[Token, ...], people: list[Participant]) -> list[Participant]:
    """ "My friend said their dad hits them", "YP said their stepfather ...": after one person
    named, "their" + one person is that person's own, not people's in general."""
    out: list[Participant] = []
    for p in people:
        if (
            p.who is Who.GENERIC
            and tokens[p.start].word == "their"
            and not tokens[p.end - 1].word.endswith("s")
            and any(
                q.who is Who.SPECIFIC
                and q.kind != "pronoun"
                and q.end <= p.start
                and tokens[q.start].sentence == tokens[p.start].sentence
                for q in out
            )
        ):
            p = Participant(Who.SPECIFIC, p.start, p.end, p.kind)
        out.append(p)
    return out


_THIRD_PERSON = frozenset({"he", "she", "him", "her", "himself", "herself"})


def _yours_is_anyones(tokens: tuple[Token, ...], people: list[Participant]) -> list[Participant]:
    """ "If your boyfriend says he'll kill himself if you leave": "he" is the listener's
    boyfriend, anyone's, when "your ..." is the last person named before it in the sentence."""
    out: list[Participant] = []
    for p in people:
        if p.kind == "pronoun" and tokens[p.start].word in _THIRD_PERSON:
            before = [
                q
                for q in out
                if q.who is not Who.VOID
                and q.kind != "pronoun"
                and tokens[q.start].sentence == tokens[p.start].sentence
            ]
            if before and before[-1].who is Who.GENERIC and tokens[before[-1].start].word == "your":
                p = Participant(Who.GENERIC, p.start, p.end, p.kind)
        out.append(p)
    return out


def _opinion_holders(
    tokens: tuple[Token, ...], stems: list[str], people: list[Participant]
) -> list[Participant]:
    """ "YP said he thinks ...", "a girl in the group said she reckons ...", "his brother thinks
    ...": like the "I" of "I think", whoever holds an opinion is not the one a harm in it happens
    to (``Who.VOID``), and nor is the one who reported it. Anyone named inside the opinion still
    counts ("she thinks her dad will hit her")."""
    holders = {start for _, start, _ in _OPINION.find(stems)}
    if not holders:
        return people
    out = list(people)
    for n, p in enumerate(out):
        if p.end not in holders or p.who not in (Who.SPECIFIC, Who.AGENT):
            continue
        if p.who is Who.AGENT and tokens[p.start].word != "they":
            continue
        out[n] = Participant(Who.VOID, p.start, p.end, p.kind)
        if p.kind != "pronoun" and tokens[p.start].word != "they":
            continue
        # The pronoun opens what a reporter said: "YP said (that) she thinks".
        reporter = next((q for q in reversed(out[:n]) if q.who is not Who.VOID), None)
        gap = tokens[reporter.end : p.start] if reporter else ()
        if reporter is not None and (
            reporter.kind == "summary"
            or (
                reporter.who is Who.SPECIFIC
                and reporter.kind != "adult"
                and gap
                and gap[0].stem in _SAYING
                and all(t.word in _LISTENERS for t in gap[1:])
            )
        ):
            out[out.index(reporter)] = Participant(
                Who.VOID, reporter.start, reporter.end, reporter.kind
            )
    return out


def _is_reported(tokens: tuple[Token, ...], people: list[Participant], start: int) -> bool:
    """A view word that is not the speaker's view: someone else's words ("he keeps messaging me
    saying we should fight back", "my brother keeps talking about how ..."), or the speaker's own
    need ("I just need to"). Only the main screen, not its safety net, reads the clause as a view
    there (``Frame.SOFT_VIEW``)."""
    clause = tokens[start].clause
    # A partner's "YP said" reports the young person's own view, which stays a view.
    reporters = {i for p in people if p.kind == "summary" for i in range(p.start, p.end)}
    before = [t for i, t in enumerate(tokens[:start]) if t.clause == clause and i not in reporters]
    if any(t.stem in _REPORT_STEMS for t in before):
        return True
    # "He is teaching me how to make weapons" is not a lesson; "teaching us about it" is.
    if tokens[start].stem in _TEACH_STEMS and start + 1 < len(tokens):
        return tokens[start + 1].word in ("me", "him", "her", "[name]")
    # "I just need to pick a day": the speaker's own need, not a call for change.
    if tokens[start].stem in _MODAL_STEMS and "i" in {t.word for t in before[-2:]}:
        return True
    if tokens[start].stem != _TALK_STEM:
        return False
    near = [p for p in people if p.end <= start and start - p.end <= 3]
    return bool(near) and near[-1].who is Who.SPECIFIC
