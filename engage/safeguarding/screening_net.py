"""The safety net: a broader "possible" rule for comments the main screen lets through.

Safeguarding rule 2 says a missed disclosure is far worse than a false alarm, and the main screen
(``screening``) misses what it cannot read closely: new wordings, euphemisms, a harm and a person
in different sentences. So when it finds nothing, this rule asks a simpler question: is a STRONG
harm word (``screening_net_cues``) there alongside a person who is the speaker or someone they
know - "I", "my sister", "[NAME]", "this girl" - in the same or the previous sentence?

It stays quiet where a general view clearly dominates: the harm is denied ("nobody hurts me"),
named as a topic ("lessons about grooming"), said of people in general ("kids get groomed"), in a
clause framed as an opinion, request, lesson, statistic, question, hypothetical, film or the news,
or in feedback about being a patient. Weaker view words ("everywhere", "worried about", "would")
do not silence it, and weak signs ("lifts", "abroad", "hungry") never fire it alone.
"""

from __future__ import annotations

from engage.safeguarding.screening_bind import (
    Hit,
    disclosed,
    is_beyond_reach,
    is_denied,
    is_topic_mention,
    patient,
)
from engage.safeguarding.screening_concepts import (
    AGAIN,
    CRIMINAL,
    FGM,
    MARRIAGE,
    ONLINE,
    PLEA,
    RADICALISATION,
    SECRECY,
    SEXUAL,
    SEXUAL_EXPLOITATION,
    SUICIDE,
    THREAT,
)
from engage.safeguarding.screening_patterns import Matcher
from engage.safeguarding.screening_text import Prepared, stem
from engage.safeguarding.subjects import Frame, Reading, Who

# Frames that make a clause a general view; the soft ones ("everywhere", "would") do not.
_DOMINANT = frozenset({Frame.VIEW, Frame.TALK, Frame.MEDIA, Frame.HYPOTHETICAL, Frame.QUESTION})
# A patient's feedback ("the nurse hurt me taking blood") is not a child's disclosure; words of
# wanting to die are worth the lead's time there too, and so are harms no patient's feedback is
# about ("my sister got taken to the doctor in the holidays and came back in pain").
_IN_CARE = frozenset({SUICIDE, FGM, MARRIAGE, RADICALISATION})
_TERSE = 4  # words in a sentence short enough for "dad again" to be a cry rather than a remark
# Only these may come before a cry such as "help me" ("they help me", "it would help me" are not
# cries); only these may follow it ("help me to sleep", "help me with my forms" are requests).
_OPENERS = frozenset({"please", "someone", "somebody", "just", "so", "oh", "god", ","})
_CRY_ENDS = frozenset({"please", "i", "someone", "somebody", "now", "god", ","})
# Harms an adult does to children: said of one particular adult ("there's a man who waits for the
# girls from our school"), they are a concern even when the children are not named.
_BY_AN_ADULT = frozenset({SEXUAL, SEXUAL_EXPLOITATION, ONLINE, CRIMINAL, SECRECY, THREAT})
# Harms done by what is shown or sent to a child: sexual material, extremist material.
_SHOWN = frozenset({SEXUAL, ONLINE, RADICALISATION})
_SHOWING = frozenset(stem(w) for w in ("make", "show", "send", "force"))
_SHOWN_FRAMES = frozenset({Frame.MEDIA, Frame.HYPOTHETICAL})
_PLURALS = frozenset({"people", "children", "men", "women", "everyone", "everybody", "you"})
_ADULT = (
    "man|guy|woman|bloke|teacher|coach|neighbour|driver|tutor|shopkeeper|landlord|uncle|worker|"
    "leader|instructor|priest|imam"
)
_ONE_ADULT = Matcher()
_ONE_ADULT.add(
    "adult",
    [
        f"there+is|there+was ~1 a|an|this|some|one ~2 {_ADULT}",
        f"this|that ?old|older|grown|random|weird|creepy {_ADULT}",
        "a|an|some ?old|older|grown|random|weird|creepy man|guy|woman|bloke who|that|at|outside|"
        "near|round|in+the|on+the|from+the",
    ],
)


def catch(
    hits: list[Hit],
    prepared: Prepared,
    reading: Reading,
    now: frozenset[int] | set[int] = frozenset(),
    pressing: frozenset[str] = frozenset(),
) -> list[Hit]:
    """The harms, one per concept, that the net would let the lead look at.

    ``now``: sentences that say "tonight" or "right now"; a ``pressing`` harm in one of them is
    the speaker's own danger, named or not.
    """
    out: dict[str, Hit] = {}
    for hit in hits:
        if hit.cue.concept in out:
            continue
        here_now = hit.cue.concept in pressing and prepared.tokens[hit.start].sentence in now
        if _catches(hit, prepared, reading, here_now):
            out[hit.cue.concept] = hit
    return list(out.values())


def net_reason(concept: str) -> str:
    """Plain words for the lead, never quoting the comment."""
    if concept == PLEA:
        return "asks for help without saying why (broader check)"
    if concept == AGAIN:
        return "says in a few words that something is happening again (broader check)"
    return f"may involve {concept} affecting the speaker or someone they know (broader check)"


def _catches(hit: Hit, prepared: Prepared, reading: Reading, here_now: bool = False) -> bool:
    tokens = prepared.tokens
    cue = hit.cue
    first = tokens[hit.start]
    if cue.terse and _sentence_length(prepared, first.sentence) > _TERSE:
        return False
    if cue.opens and not _is_cry(prepared, hit.start, hit.end):
        return False
    if reading.care_setting and cue.concept not in _IN_CARE:
        return False
    if is_denied(hit, prepared, reading) or is_beyond_reach(hit, prepared, reading):
        return False
    # "About", "on" and "of" make a topic of any harm here ("my mum says there should be lessons
    # on grooming"); content words before them still do not ("videos of men in masks").
    if is_topic_mention(hit, prepared, reading, True, True):
        return False
    who, tight, direct = patient(hit, prepared, reading)
    # "My uncle makes me watch films with naked people in them": what is shown to a child is done
    # to them, whoever is in it, and the film is not a view.
    if (
        cue.concept in _SHOWN
        and _shown_to(prepared, reading, first.clause)
        and not reading.frames.get(first.clause, frozenset()) & (_DOMINANT - _SHOWN_FRAMES)
    ):
        return True
    if who is Who.GENERIC and _generic_inside(hit, reading):
        who = None  # "driven around by grown men": the men do the harm, they are not its subject
    if who is Who.GENERIC and cue.self_default and _speaker_in(prepared, reading, first.sentence):
        who = None  # "I wish someone would notice what's happening at home": the speaker's home
    if who is Who.GENERIC and here_now and not _plural_people(prepared, reading, first.clause):
        who = None  # "a guy outside with a machete right now": one person, here and now
    if who is Who.GENERIC and cue.concept in _BY_AN_ADULT and _one_adult(prepared, first.sentence):
        return True  # "there's a man who gives the girls from our school vapes"
    if who is Who.GENERIC:
        return False  # "kids get groomed online"
    if cue.concept == RADICALISATION and not tight and _only_the_figure(hit, prepared, reading):
        who = None  # "Andrew Tate stuff is everywhere, the boys quote him"
    frames = reading.frames.get(first.clause, frozenset()) & _DOMINANT
    pinned = who in (Who.SELF, Who.SPECIFIC) and tight
    # A condition said of the speaker or someone they know is a threat or a bargain, not a
    # hypothetical view: "if i don't send more he'll send the ones he's got to my mum". A film is
    # a view unless what is in it is done to the speaker ("he keeps showing me videos of ...").
    if frames - {Frame.HYPOTHETICAL, Frame.MEDIA}:
        return False
    if Frame.MEDIA in frames and not (direct and who is Who.SELF):
        return False
    if frames and not pinned:
        return False
    if who in (Who.SELF, Who.SPECIFIC):
        return True
    if cue.needs_object:
        return False
    # A terse "it's happening again" is said by the speaker of themselves.
    figure = cue.concept == RADICALISATION
    return (
        here_now
        or cue.terse
        or _anchored(prepared, reading, first.sentence, cue.self_default, figure, hit.start)
    )


def _only_the_figure(hit: Hit, prepared: Prepared, reading: Reading) -> bool:
    """Nobody but a "him" or "her" after a named influencer, who is that influencer."""
    tokens = prepared.tokens
    sentence = tokens[hit.start].sentence
    people = [
        p
        for p in reading.participants
        if p.who in (Who.SELF, Who.SPECIFIC) and tokens[p.start].sentence == sentence
    ]
    return all(tokens[p.start].word in ("him", "her") and p.start > hit.start for p in people)


def _generic_inside(hit: Hit, reading: Reading) -> bool:
    return any(
        p.who is Who.GENERIC and p.start < hit.end and p.end > hit.start
        for p in reading.participants
    )


def _anchored(
    prepared: Prepared,
    reading: Reading,
    sentence: int,
    first_person: bool,
    figure: bool = False,
    start: int = 0,
) -> bool:
    """The speaker or someone they know is named in this sentence or the one before it. A
    partner's "YP said" is not: like the speaker of a comment, it says who spoke, not who was
    harmed (unless it says what was disclosed).

    For harms said of oneself ("a burden to everyone") the "I" of "I feel like" counts too.
    """
    tokens = prepared.tokens
    return any(
        (
            (
                p.who in (Who.SELF, Who.SPECIFIC)
                and (p.kind != "summary" or disclosed(p, prepared))
                # "Andrew Tate stuff is everywhere, the boys quote him": "him" is the figure.
                and not (figure and tokens[p.start].word in ("him", "her") and p.start > start)
            )
            or (first_person and p.who is Who.VOID and tokens[p.start].word == "i")
        )
        and sentence - 1 <= tokens[p.start].sentence <= sentence
        for p in reading.participants
    )


def _one_adult(prepared: Prepared, sentence: int) -> bool:
    """One particular adult is named in the sentence: "there's a man who", "this guy"."""
    tokens = [t for t in prepared.tokens if t.sentence == sentence]
    return bool(_ONE_ADULT.find([t.stem for t in tokens]))


def _shown_to(prepared: Prepared, reading: Reading, clause: int) -> bool:
    """Something in the clause is made, shown or sent to the speaker or someone they know."""
    tokens = prepared.tokens
    return any(
        p.who in (Who.SELF, Who.SPECIFIC)
        and p.start > 0
        and tokens[p.start - 1].stem in _SHOWING
        and tokens[p.start].clause == clause
        for p in reading.participants
    )


def _plural_people(prepared: Prepared, reading: Reading, clause: int) -> bool:
    """People in general in the clause ("people are getting stabbed"), not one person."""
    tokens = prepared.tokens
    return any(
        p.who is Who.GENERIC
        and tokens[p.start].clause == clause
        and (tokens[p.end - 1].word.endswith("s") or tokens[p.end - 1].word in _PLURALS)
        for p in reading.participants
    )


def _speaker_in(prepared: Prepared, reading: Reading, sentence: int) -> bool:
    tokens = prepared.tokens
    return any(
        p.who is Who.SELF and tokens[p.start].sentence == sentence for p in reading.participants
    )


def _sentence_length(prepared: Prepared, sentence: int) -> int:
    return sum(1 for t in prepared.tokens if t.sentence == sentence and t.word != ",")


def _is_cry(prepared: Prepared, start: int, end: int) -> bool:
    """Words said on their own: opening a sentence, and ending it or running on into another."""
    tokens = prepared.tokens
    sentence = tokens[start].sentence
    for t in tokens[:start][::-1]:
        if t.sentence != sentence:
            break
        if t.word not in _OPENERS:
            return False
    return end == len(tokens) or tokens[end].sentence != sentence or tokens[end].word in _CRY_ENDS
