"""Whom a harm is about: the shared reading used by the main screen and by its safety net.

A harm found in a comment is tied to the person it happens to: the person inside its words
("kill myself"), its object ("hits me"), or the nearest person before it in the same clause
("my sister keeps going missing"). A harm said not to happen ("nobody hurts me") or named as the
subject of talk ("lessons on forced marriage") is about no one.
"""

from __future__ import annotations

from dataclasses import dataclass

from engage.safeguarding.lexicon import word_set
from engage.safeguarding.screening_concepts import (
    EATING,
    HOMELESS,
    MISSING,
    NEGLECT,
    PHYSICAL,
    SELF_HARM,
    THREAT,
    Cue,
)
from engage.safeguarding.screening_patterns import Matcher
from engage.safeguarding.screening_text import Prepared, Token, stem
from engage.safeguarding.subjects import Participant, Reading, Who


@dataclass(frozen=True)
class Hit:
    cue: Cue
    start: int  # token indices
    end: int


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
# Things sent or shown to a child: a harm named after them is their content, not a topic.
_CONTENT = word_set("video stuff thing messag pictur pic post meme clip text vid link")
_TOPIC_MODIFIERS = word_set(
    "domestic sexual online child physical emotional knife gun gang county forced honour based "
    "criminal drug the a child's youth teenage"
)
_TOPIC_MARKERS = word_set("about on of around regarding re against")
# "Against FGM", "campaigns against knife crime": a cause, whatever the clause.
_CAUSE_MARKERS = word_set("against")
# "A debate on free speech vs extremism": the harm is the second topic of the same talk.
_TOPIC_JOINS = word_set("vs versus")
# After these the next person is who did it, not whom it was done to: "raped by an older boy".
AGENT_MARKERS = word_set("by from")
_NEGATORS = word_set("not never no nobody none noone")
_OR = frozenset({"or", "nor"})
_THOUGHT_BREAKS = word_set(", and so because cos then")
# A person after one of these is not the subject of what follows: "goes off with older boys and
# doesn't come home" is about whoever goes off.
_PREPOSITIONS = word_set("with by from to for at of about than like")
_NEGATION_UNDONE = word_set("anymore more longer stopped used stop stopping")
_PERCEIVING = frozenset(
    stem(w) for w in word_set("hear see know think tell say want notice believe watch realise")
)
_QUESTION_WORDS = word_set("how what where why whether if who when")
_SAYING = frozenset(stem(w) for w in word_set("tell told say said message messaged text came"))
_TOLD_TO = word_set("me us you that")
_BEFORE_BIRTH = Matcher()
_BEFORE_BIRTH.add("born", ["before ~1 i|he|she|they|we ~1 was|were born"])
SUBJECT_REACH = 7  # tokens before a harm within which its subject is "tight"
# Harms that concern a child only: "my mum was left alone on the ward" is not a disclosure.
CHILD_ONLY = frozenset({NEGLECT, EATING, MISSING})
# "thinking about suicide" is ideation, though "about" usually makes a topic of what follows.
_THINKING = word_set("think thought thinking thoughts dream dreaming obsess")


def is_denied(hit: Hit, prepared: Prepared, reading: Reading) -> bool:
    """ "Nobody hurts me", "I have never self harmed", "I was not hit": the harm is denied.

    "He doesn't hit me anymore" is not a denial: the harm happened. Nor is "I don't hear him hitting
    her": the "not" is about hearing.
    """
    tokens = prepared.tokens
    words_before = words_in_reach(tokens, hit.start, 4)
    if words_before & _OR:  # "she never once rushed me or pushed me": the negation carries over
        words_before |= words_in_reach(tokens, hit.start, 7)
    inside = {t.word for t in tokens[hit.start : hit.end]}
    if not hit.cue.negated and inside & _NEGATORS:
        return True  # "I was not hit": a gap in the pattern took the "not"
    if inside & _NEGATORS or not words_before & _NEGATORS:
        return False
    after = {t.word for t in tokens[hit.end : hit.end + 3]}
    if after & _NEGATION_UNDONE or words_before & _NEGATION_UNDONE:
        return False
    negator = max(i for i in range(max(0, hit.start - 7), hit.start) if tokens[i].word in _NEGATORS)
    # "I don't hear him hitting her", "I don't know how much longer I can keep going": the "not"
    # belongs to a verb of seeing, saying or knowing, whose object is a person or a question.
    # ("Nobody in my family hits me" stays a denial: a person after "in" belongs to the negator.)
    between = tokens[negator + 1 : hit.start]
    if not any(t.stem in _PERCEIVING for t in between):
        return True
    if any(t.word in _QUESTION_WORDS for t in (*between, tokens[hit.start])):
        return False
    return not any(
        negator < p.start
        and p.end <= hit.start
        and p.who in (Who.SELF, Who.SPECIFIC, Who.GENERIC)
        and tokens[p.start - 1].word not in _PREPOSITIONS
        for p in reading.participants
    )


def is_beyond_reach(hit: Hit, prepared: Prepared, reading: Reading) -> bool:
    """Harms no child of the comment can be at risk from or be disclosing:

    - long past: "his uncle died of an overdose before he was born";
    - what someone else might one day say: "if my friend told me they were suicidal I'd tell
      someone" (but "if I told you my dad hits me ..." may be the speaker testing the water).
    """
    tokens = prepared.tokens
    sentence = [t for t in tokens if t.sentence == tokens[hit.start].sentence]
    if _BEFORE_BIRTH.find([t.stem for t in sentence]):
        return True
    if _speaker_would_respond(hit, prepared) or _never_would(hit, prepared):
        return True
    if _resolved_past(hit, prepared, reading):
        return True
    clause = tokens[hit.start].clause
    opening = next(
        (
            i
            for i in range(hit.start - 1, max(-1, hit.start - 12), -1)
            if tokens[i].clause == clause and tokens[i].word == "if"
        ),
        None,
    )
    if opening is None:
        return False
    saying = [i for i in range(opening + 1, hit.start) if tokens[i].stem in _SAYING]
    if not saying or saying[0] - opening > 5:
        return False
    # Told to the speaker, so what follows is what was told; "if she tells anyone he'll kill her"
    # is a threat, its harm the consequence.
    if tokens[saying[0] + 1].word not in _TOLD_TO:
        return False
    teller = [p for p in reading.participants if opening < p.start < saying[0]]
    return bool(teller) and all(p.who is Who.SPECIFIC or p.who is Who.GENERIC for p in teller)


# "If my mate took too many pills I'd call an ambulance": what the speaker would do if a harm
# happened is a view of what to do, not a harm that has happened. Only actions of helping or
# reporting count, so "if I told my mum I'd get kicked out" stays a fear.
_RESPONSES = frozenset(
    stem(w)
    for w in word_set(
        "call ring phone dial tell report block screenshot take put talk help text ask message "
        "delete speak contact check stay walk sit go"
    )
)
_WOULD_FILLERS = word_set("just probably definitely defo deffo literally also first straight def")
# "Get" only as fetching help: "I'd get them to talk to someone", not "I'd get in trouble".
_GET_HELP = word_set("help them him her someone somebody an a the my our")
# A condition that is already true: "if he does it again", "if my dad finds out I was raped".
_REAL_CONDITION = word_set("again still") | frozenset(
    stem(w) for w in word_set("find found know knew see saw hear heard catch caught realise")
)


def _speaker_would_respond(hit: Hit, prepared: Prepared) -> bool:
    """The harm sits in an "if" condition answered by what the speaker would do about it."""
    tokens = prepared.tokens
    sentence = tokens[hit.start].sentence
    opening = next(
        (
            i
            for i in range(hit.start - 1, max(-1, hit.start - 12), -1)
            if tokens[i].word == "if" and tokens[i].sentence == sentence
        ),
        None,
    )
    if opening is None:
        return False
    condition = tokens[opening : hit.end + 2]
    if any(t.word in _REAL_CONDITION or t.stem in _REAL_CONDITION for t in condition):
        return False
    # "If I told anyone what he did ...": the speaker telling is a disclosure being weighed.
    if tokens[opening + 1].word == "i" and tokens[min(opening + 2, hit.start)].stem in _SAYING:
        return False
    for i, t in enumerate(tokens):
        if t.sentence != sentence or opening <= i < hit.end:
            continue
        if t.word == "id":
            verb = i + 1
        elif t.word in ("i", "we") and i + 1 < len(tokens) and tokens[i + 1].word == "would":
            verb = i + 2
        else:
            continue
        while verb < len(tokens) and tokens[verb].word in _WOULD_FILLERS:
            verb += 1
        if verb >= len(tokens) or tokens[verb].sentence != sentence:
            continue
        if tokens[verb].stem == stem("get"):
            if verb + 1 < len(tokens) and tokens[verb + 1].word in _GET_HELP:
                return True
        elif tokens[verb].stem in _RESPONSES:
            return True
    return False


# "I'd never carry, my mum would disown me": what would follow a choice the speaker says they
# will never make. Not "I'd never tell anyone, he would kill me": keeping a secret is no choice.
_NEVER_CHOICE_EXCEPT = frozenset(
    stem(w) for w in word_set("tell told say said come let talk speak report snitch grass")
)


def _never_would(hit: Hit, prepared: Prepared) -> bool:
    tokens = prepared.tokens
    sentence = tokens[hit.start].sentence
    if not any(
        tokens[i].word == "would" and tokens[i].sentence == sentence
        for i in range(max(0, hit.start - 3), hit.start)
    ):
        return False
    for i in range(max(0, hit.start - 12), hit.start - 2):
        t = tokens[i]
        if t.sentence != sentence:
            continue
        if t.word == "id":
            rest = tokens[i + 1 : i + 3]
        elif t.word == "i" and tokens[i + 1].word in ("would", "will"):
            rest = tokens[i + 2 : i + 4]
        else:
            continue
        if len(rest) == 2 and rest[0].word == "never" and rest[1].stem not in _NEVER_CHOICE_EXCEPT:
            return True
    return False


# Harms a young person can tell of as over and done with ("I ran away once when I was 12, I'm 17
# now"). Abuse, exploitation and suicide are not among them: whoever did it may still be around,
# and a past attempt is a risk now. Violence counts only where no adult of the family is named.
_RESOLVABLE = frozenset({SELF_HARM, EATING, MISSING, NEGLECT, HOMELESS, THREAT, PHYSICAL})
_BY_FAMILY = frozenset({PHYSICAL, THREAT})
_LONG_AGO = Matcher()
_LONG_AGO.add(
    "past",
    [
        "when i|he|she|we|they was|were",
        "in year #",
        "year|years|month|months|ages ago",
        "as a kid|child",
        "at # ~1 but|and",
        "had|got ~3 at #",
        "once when",
        "in primary",
    ],
)
_OVER = Matcher()
_OVER.add(
    "over",
    [
        "i am # now",
        "fine|ok|okay|better|good|sorted|recovered|happy|settled|safe|alright now",
        "i am recovered",
        "recovered now",
        "sorted ~1 it|that|everything|things|out",
        "it|that|this|bullying stopped",
        "laugh about it",
        "for years now",
        "it|that was ~1 # ~1 year|years ago",
        "it|that was ages|years ago",
        "doing well|great",
        "good place",
        "moved on",
        "behind me",
    ],
)
# Any of these says it is not over: it is back, still going on, or still untold.
_NOT_OVER = word_set(
    "again still anymore relapse relapsed relapsing slipping back worse tonight scared started "
    "starting sometimes nobody"
)
_UNTOLD = Matcher()
_UNTOLD.add("untold", ["never|not ~1 told|tell", "no ~1 one knows"])


def _resolved_past(hit: Hit, prepared: Prepared, reading: Reading) -> bool:
    """A harm told of as long past and over, with nothing to say it is back or untold."""
    if hit.cue.concept not in _RESOLVABLE:
        return False
    tokens = prepared.tokens
    stems = [t.stem for t in tokens]
    if any(t.word in _NOT_OVER for t in tokens) or _UNTOLD.find(stems):
        return False
    if not _OVER.find(stems):
        return False
    sentence = tokens[hit.start].sentence
    if not any(tokens[start].sentence == sentence for _, start, _ in _LONG_AGO.find(stems)):
        return False
    family = any(p.kind == "adult" for p in reading.participants)
    return not (hit.cue.concept in _BY_FAMILY and family)


def words_in_reach(tokens: tuple[Token, ...], start: int, reach: int) -> set[str]:
    """Up to ``reach`` words before a harm, stopping where another thought begins ("never home
    and I'm 11": the "never" is not about being 11)."""
    out: set[str] = set()
    for t in reversed(tokens[max(0, start - reach) : start]):
        if t.word in _THOUGHT_BREAKS or t.clause != tokens[start].clause:
            break
        out.add(t.word)
    return out


def is_topic_mention(
    hit: Hit, prepared: Prepared, reading: Reading, topic: bool, framed: bool
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
    if framed and tokens[start - 1].word in _TOPIC_JOINS:
        start = _first_topic(tokens, start - 1)
        if start == 0:
            return False
    marker = tokens[start - 1].word
    if marker in _CAUSE_MARKERS:
        return True
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


def _first_topic(tokens: tuple[Token, ...], join: int) -> int:
    """Where the first of two joined topics starts ("on [free speech] vs extremism"): just after
    "on" or "about" within a few words, else the join itself (no topic)."""
    for i in range(join - 1, max(0, join - 4), -1):
        if tokens[i].word in ("on", "about") and tokens[i].clause == tokens[join].clause:
            return i + 1
        if tokens[i].word in (",", "i", "me", "my", "he", "she", "we"):
            break
    return join


def patient(hit: Hit, prepared: Prepared, reading: Reading) -> tuple[Who | None, bool, bool]:
    """(who, tight, direct): whom the harm is done to; tight: close by; direct: inside or object."""
    tokens = prepared.tokens
    cue = hit.cue
    clause = tokens[hit.start].clause
    people = [
        p for p in reading.participants if tokens[p.start].clause == clause and counts(p, cue)
    ]
    inside = [
        p
        for p in people
        if p.start < hit.end
        and p.end > hit.start
        and not (
            p.who is Who.GENERIC
            and p.start > hit.start
            and tokens[p.start - 1].word in AGENT_MARKERS | {"for", "with"}
        )
    ]
    if inside:
        chosen = next((p for p in inside if p.who is not Who.GENERIC), inside[-1])
        return chosen.who, True, True
    # The object: the first person after the harm, across small words ("beat me up", "hit her").
    pos = hit.end
    if tokens[hit.end - 1].word in AGENT_MARKERS:
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
            if counts(at, cue) and not (
                cue.needs_object and (at.kind == "possessive" or reflexive)
            ):
                return at.who, True, True
            break
        if tokens[pos].word not in _BRIDGE or tokens[pos].word in AGENT_MARKERS:
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
        antecedent = before[-1]
        if antecedent.kind == "summary":
            # "YP said they self-harm" names the young person; "YP said they want the police to
            # explain ... if they report abuse" is about whoever reports.
            return antecedent.who, _reports_self(antecedent, they, prepared), False
        return antecedent.who, True, False
    if before and before[-1].kind == "summary":
        reporter = before[-1]
        opener = _opener(reporter, reading, prepared)
        if any(
            reporter.end <= p.start < hit.start
            and p is not opener
            and not (p.start > 0 and tokens[p.start - 1].word in _PREPOSITIONS)
            for p in reading.participants
        ):
            # "YP said his brother thinks the police don't care about people getting stabbed":
            # the note's words run on to someone else; the reporter is not the subject.
            before = before[:-1]
        elif opener is not None:
            # "YP said they are being sent to Norwich by older lads to sell drugs": "they" is
            # the young person, as "I" would be in their own words.
            return reporter.who, True, False
    if before:
        nearest = before[-1]
        if nearest.kind == "summary":
            # "YP said grooming happens more on Xbox": the reporter of a view is not the one a
            # harm in it happens to, unless the note says it was disclosed.
            return nearest.who, disclosed(nearest, prepared), False
        return nearest.who, hit.start - nearest.end <= SUBJECT_REACH, False
    later = [p for p in people if p.start >= hit.end and p.who in (Who.SELF, Who.SPECIFIC)]
    if later:
        return later[0].who, False, False
    return None, False, False


def _opener(reporter: Participant, reading: Reading, prepared: Prepared) -> Participant | None:
    """The "they" that opens what a partner's note reports ("YP said (that) they ...")."""
    tokens = prepared.tokens
    return next(
        (
            p
            for p in reading.participants
            if p.start >= reporter.end
            and tokens[p.start].word == "they"
            and p.who is not Who.VOID
            and all(t.word == "that" for t in tokens[reporter.end : p.start])
        ),
        None,
    )


def disclosed(reporter: Participant, prepared: Prepared) -> bool:
    """A partner's note that says the young person disclosed something."""
    return reporter.kind == "summary" and any(
        t.word == "disclosed" for t in prepared.tokens[reporter.start : reporter.end]
    )


def _reports_self(reporter: Participant, they: Participant, prepared: Prepared) -> bool:
    """ "YP said they ...", "YP disclosed that they ...": the pronoun opens what was said."""
    between = prepared.tokens[reporter.end : they.start]
    return disclosed(reporter, prepared) or all(t.word == "that" for t in between)


def counts(p: Participant, cue: Cue) -> bool:
    """Whether a participant can be the one a harm happens to."""
    if p.who not in (Who.SELF, Who.SPECIFIC, Who.GENERIC):
        return False
    return not (p.kind == "adult" and cue.concept in CHILD_ONLY)
