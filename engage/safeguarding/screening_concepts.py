"""Harm concepts: what a cue is, the word classes cues share, and words that undo a cue.

Each cue is a handful of patterns (see ``screening_patterns``) with:

- a concept, which becomes the plain-words reason a safeguarding lead reads;
- a weight in 0..1: how sure the words alone make us that this is harm (1.0 "raped", 0.3 "lifts").
  Weights combine (noisy-OR) within a sentence, so several weak signs of grooming ("older",
  "lifts", "parties") add up where one would not; a sentence is a disclosure at 0.6;
- flags: ``s`` with nobody named, the speaker is meant ("relapsed last night"); ``u`` the danger
  is immediate; ``o`` the word is ambiguous and only counts with its object right there ("pushed
  me", not "pushed for change"); ``t`` a topic noun ("self harm", "county lines") that only
  counts when pinned to someone, never after "about", "on", "of"; ``h`` the harm is something a
  parent or carer does or fails to do ("mum is always drunk"): it is about the speaker when the
  adult is theirs, and a view when the adults are people in general ("some parents drink");
  ``c`` a sign rather than a harm done to someone ("a special ceremony", "killing people"): it
  counts for whoever the sentence names. Every cue under 0.5 is read this way.

The safety net (``screening_net``) uses two more: ``e`` the words must open a sentence ("help me",
not "it would help me"); ``x`` they count only in a sentence of a few words ("dad again").

Whom a cue happens to is decided by ``screening`` from the participants around it, so the lexicons
name harms, not people. They are written from what young people say, in general terms; no entry
exists to catch one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engage.safeguarding import lexicon
from engage.safeguarding.lexicon import word_set
from engage.safeguarding.screening_patterns import word_class

ABUSE = "abuse"
PHYSICAL = "physical abuse or violence"
SEXUAL = "sexual abuse"
SELF_HARM = "self-harm"
SUICIDE = "suicidal thoughts"
OVERDOSE = "an overdose"
EATING = "an eating disorder"
NEGLECT = "neglect"
EMOTIONAL = "emotional abuse or being kept in"
DOMESTIC = "domestic abuse at home"
CONTROL = "a controlling or abusive relationship"
CRIMINAL = "criminal exploitation"
SEXUAL_EXPLOITATION = "sexual exploitation"
ONLINE = "online grooming or sextortion"
MISSING = "going missing"
HOMELESS = "having nowhere safe to live"
MARRIAGE = "forced marriage or honour-based abuse"
FGM = "FGM"
WEAPON = "a weapon"
THREAT = "threats of serious harm"
TRAFFICKING = "trafficking"
RADICALISATION = "radicalisation"
UNSAFE = "not feeling safe at home"
SECRECY = "being told to keep secrets"
# Said without naming a harm: "help me please", "dad again". Only the safety net uses these.
PLEA = "a plea for help"
AGAIN = "something happening again"
# Not a harm itself: "it's happening to me", "my brother is doing it" - it takes its meaning from
# a harm named earlier in the comment ("we talked about county lines. my brother is doing it").
REFERS_BACK = "a harm named earlier in the comment"

CLASSES: dict[str, tuple[str, ...]] = {
    "POSS": word_class("my his her their our your"),
    # A person as the object of a harm; "my friend" and "[NAME]" are found by ``subjects``.
    "OBJ": word_class("me us him her them [name]"),
    "BODY": word_class(lexicon.BODY),
    "KIN": word_class(lexicon.KIN),
    "HOUSEHOLD": word_class(
        "mum dad step+dad step+mum parent parents carer foster+carer foster+mum foster+dad nan "
        "grandad uncle aunt mum+and+dad mum+and+step+dad"
    ),
    # Violence that is violence whoever does it.
    "HIT": word_class(
        "hit beat batter punch slap kick smack whack thump strangle choke throttle headbutt "
        "attack assault thrash wallop clout bash spank beat+up knock+out lay+into lash+out "
        "stamp+on boot+in abuse whoop clap spark rinse bang+up knee leather leathers"
    ),
    # Words that are violence only with a person right after them ("pushed me", "burnt her").
    "HURT": word_class(
        "hurt harm push shove grab pinch bite drag burn scald shake twist whip belt cane slam "
        "bully box deck lamp scratch strike injure torture starve restrain tie+up pin squeeze "
        "poke stab swear+at spit+at"
    ),
    "PILL": word_class(
        "pill pills tablet tablets paracetamol ibuprofen painkiller painkillers med meds "
        "medication medicine antidepressant antidepressants sleeping+pill sleeping+tablet xanax "
        "codeine co-codamol diazepam insulin"
    ),
    "MANY": word_class(
        "all whole pack packet load loads bunch lot box bottle handful too+many so+many #8-999 "
        "strip packs boxes"
    ),
    "DRUG": word_class(
        "drug drugs weed crack coke cocaine heroin ket ketamine nitty package packages parcel "
        "parcels class+a"
    ),
    "DRUG_SLANG": word_class("bits ting food work bag bags pack stuff product"),
    "HANDLE": word_class(
        "sell hold stash drop deliver carry run move hide keep cook bag+up shift transport "
        "courier plug"
    ),
    "WEAPON": word_class(
        "knife knives blade blades shank machete zombie+knife gun guns strap skeng nank hammer "
        "axe acid pistol firearm weapon weapons rambo crowbar baseball+bat shotgun"
    ),
    # With the words of home languages: Urdu and Punjabi "shaadi", "nikah", "rishta" (a proposal),
    # "mangni" (an engagement); Bengali and Sylheti "biye", "biya".
    "MARRY": word_class(
        "marry married marriage wedding engaged engagement husband wife shaadi nikah rishta "
        "mangni biye biya"
    ),
    "MARRY_ACT": word_class("marry married marriage wedding shaadi nikah rishta mangni biye biya"),
    "ABROAD": word_class(
        "abroad overseas back+home home+country bangladesh pakistan india somalia somaliland "
        "nigeria ghana afghanistan yemen iraq turkey morocco egypt sudan eritrea syria algeria "
        "sylhet ethiopia kenya gambia guinea sierra+leone mali senegal the+village"
    ),
    "IMAGES": word_class(
        "nudes nude picture pictures photo photos video videos image images pic snap snaps "
        "naked+pictures feet+pics selfie selfies vid vids clip clips"
    ),
    "THREATEN": word_class(
        "kill hurt stab shoot beat batter jump cut touch burn shank merk duppy kidnap rape "
        "smash slap punch acid attack finish run+over set+on+fire break rob"
    ),
    "FUTURE": word_class(
        "will would going+to gonna coming+to try+to trying+to want+to wants+to gon"
    ),
    "TIME_SPAN": word_class("day days week weeks night nights month months hour hours"),
    # Shared synonym sets, so that every pattern that needs "a long time away", "gone", "sexual
    # pictures" or "off their head" accepts all the ways of saying it.
    "WHOLE_TIME": word_class(
        "all+night all+weekend all+day all+week overnight for+days for+weeks the+whole+night "
        "the+whole+weekend all+nite"
    ),
    "GONE": word_class(
        "gone dead not+here not+around not+alive disappeared never+born without+me died dying "
        "not+born not+in+the+way"
    ),
    "INTOX": word_class(
        "drunk high smashed stoned wasted mashed wrecked out+of+it passed+out off+his+face "
        "off+her+face off+their+face off+his+head off+her+head off+their+head off+their+heads "
        "off+his+nut on+crack on+drugs on+heroin on+something alcoholic alcoholics never+sober "
        "always+drinking"
    ),
    "SEX_BODY": word_class(
        "privates private+parts private+bits body thing dick willy penis bits chest boobs breasts "
        "bum crotch naked nude junk"
    ),
    "ROOM": word_class("room bedroom bed bathroom shower bath"),
    "NEVER": word_class("not never no"),
    # Adults a child may meet day to day; persistent attention from one is a sign of grooming.
    "ADULT_ROLE": word_class(
        "man men guy guys bloke adult stranger strangers driver bus+driver neighbour neighbours "
        "teacher coach shopkeeper landlord security+guard worker boss"
    ),
    "UNPAID": word_class("free no+money nothing no+pay no+wages"),
    "NUMWORD": word_class("# a an one two three four five six seven few couple several"),
    "PLATFORM": word_class(
        "online snapchat instagram tiktok discord roblox fortnite whatsapp telegram xbox ps5 "
        "playstation minecraft twitter facebook omegle kik game games app internet"
    ),
    "CHILD_AGE": word_class("year+7 year+8 year+9 year+10 year+11"),
}


@dataclass(frozen=True)
class Cue:
    concept: str
    weight: float
    patterns: tuple[str, ...]
    self_default: bool
    urgent: bool
    needs_object: bool
    topic: bool
    household: bool
    context: bool
    negated: bool  # its own words say "not" ("not allowed out"): a "not" inside it is expected
    opens: bool = False  # must open a sentence: "help me", not "it would help me"
    terse: bool = False  # only in a sentence of a few words: "dad again"


def cue(concept: str, weight: float, flags: str, *patterns: str) -> Cue:
    return Cue(
        concept=concept,
        weight=weight,
        patterns=patterns,
        self_default="s" in flags,
        urgent="u" in flags,
        needs_object="o" in flags,
        topic="t" in flags,
        household="h" in flags,
        context="c" in flags,
        negated=any(w in _NEGATION_WORDS for p in patterns for w in _words_of(p)),
        opens="e" in flags,
        terse="x" in flags,
    )


def _words_of(pattern: str) -> list[str]:
    """Every word a pattern can match, word classes expanded."""
    out: list[str] = []
    for word in re.split(r"[ |+]", pattern):
        if word.startswith("@") and word[1:] in CLASSES:
            out.extend(w for member in CLASSES[word[1:]] for w in _words_of(member))
        else:
            out.append(word)
    return out


_NEGATION_WORDS = word_set("not never no nobody no+one none don't")


# Words next to a harm word that give it another meaning ("hit me up", "panic attack", "hit by a
# car"). A cue that starts inside one of these is dropped; ``NARROW_EXCLUSIONS`` undo only the
# concepts named ("throw up" is not violence, but it is a sign of an eating disorder).
EXCLUSIONS: tuple[str, ...] = (
    "hit me|us up",
    "beat @OBJ at|in fifa|football|game|games|chess",
    "panic|heart|anxiety|asthma attack",
    "hit|hurt|knock|knocked by|with ?a|the car|ball|bus|bike|door",
    # An accident, and what it left: "got hit by a ball in pe and my nose bled".
    "hit|knock|knocked|smack|smacked by|with ?a|the car|ball|bus|bike|door ~8 bled|bleed|bleeding|"
    "bruise|bruised|bruises|broke|broken|black+eye|cut|swollen",
    "push|pushed|pushes|pushing @OBJ to",
    "grab @OBJ a|some|something",
    "kick|kicked|kicks off",
    "hurt @POSS feelings",
    "burn|burnt|burned out",
    "drug|substance|alcohol abuse",
    "high school",
    "box|boxing club|gym|class|lessons",
    "cut|cuts to|in funding|services|budget|youth",
    "funding|budget|service cut|cuts",
    "self+harm|suicide|suicidal|mental awareness|prevention|support|service|services|team|nurse",
    "crisis team|line|service",
    "knife|gun crime",
    "drink driving",
    "dying to",
    "to die for",
    "fell|fall|falling|slipped|slip|tripped|accident|accidentally ~3 hurt|cut|burn|burnt|broke",
    "hurt|cut|burnt|burned myself|himself|herself playing|at|in|cooking|shaving|on",
    "wake up on+time|early|late|in+time",
    "follow|followed|following|follows @OBJ|us on|back",
    "on the go",
    "shot|shots of",
    "flu|covid|booster shot|jab",
    "cut ~1 hair",
    "hair cut",
    "beat @POSS record",
    "broke|break|broken|snapped ~3 playing|football|falling|fell|skating|pe|rugby|bike|trampoline|"
    "skateboarding|skateboard|scooter|climbing|sport|gymnastics|riding|match|ice|slipped",
    "cut into",
    "keep|kept|keeps|keeping|get|got|stay|stayed|stays|be|been|being|is ~1 in touch",
    "follow|followed|follows|following ~1 up",
    "followed|follow|follows|following her advice|instructions|guidance",
    "relapse prevention|plan",
    "could not ~3 look|looked ~1 after ~1 better|more",
    "a great deal",
    "deal with",
    "left ~2 waiting",
    "play|playing ~1 fight|fighting",
    "hit|hits|punch|punches|kick|kicks|slap|slaps ~4 play|playing|messing|joking|mucking",
    "get|got|been|was ~1 hurt|injured ~3 playing|football|pe|rugby|training|match|game|gym|sport",
    "cut|cuts ~2 @BODY ~2 on|while|playing|cooking|shaving|opening|making|chopping|peeling|baking",
    "kicked|chucked|thrown|sent out of|from class|lesson|lessons|school|college|club|the+club",
    "hurt|injured|injure ~3 playing|football|pe|rugby|training|match|game|gym|sport",
    "not allowed ~2 out ~1 after|past|late|on+school+nights",
    # A parent giving children a lift home is not an adult grooming them.
    "@HOUSEHOLD|parents ~2 give|gave|gives|giving ~2 @OBJ ~1 a ~1 lift|lifts",
    # "My mum will kill me if I'm late": a figure of speech about a small offence.
    "kill|murder|kills ~1 @OBJ ~1 if ~4 late|fail|forget|lose|break|miss|mess|dye|tidy|eat|"
    "borrow|nick|scratch|spill",
    "if ~1 i|we ~4 late|fail|forget|lose|break|miss|mess ~6 kill|murder ~1 me|us",
    # ... or about being caught with something small: "his mum will kill him if she finds his vape".
    "kill|murder|kills ~1 @OBJ ~1 if ~2 find|finds|found|catch|catches|caught|see|sees|saw "
    "@POSS|@OBJ|the|a|any",
    # Tools and hobbies: "a knife for fishing".
    "knife|knives|gun|guns|rifle|rifles|shotgun ~2 for ~1 fishing|camping|cooking|whittling|scouts|"
    "work|carving+wood|hunting|airsoft|paintball|clay",
    # Work and charity about a harm: "a domestic violence charity", "deals with abuse cases".
    "violence|abuse|abused|exploitation|trafficking|homeless|homelessness ~1 charity|charities|"
    "service|services|support|team|worker|workers|cases|case|awareness|campaign|organisation|"
    "helpline|refuge|shelter|unit",
    "marriage|fgm|mutilation|extremism|radicalisation|grooming ~1 unit|charity|charities|service|"
    "services|helpline|campaign|campaigns|awareness|team|workshop|workshops|leaflet|leaflets|law|"
    "protection+order",
    # Someone's work against a harm: "my aunty runs a refuge for women fleeing domestic violence".
    "run|runs|running|work|works|worked|volunteer|volunteers|founded|started|set+up ~3 refuge|"
    "refuges|shelter|charity|charities|helpline|group|project ~1 for|against ~4 violence|abuse|"
    "abused|exploitation|trafficking|homeless|homelessness|fgm|grooming|extremism",
    # "I'd get them to talk to the counsellor": getting help, not a threat.
    "get|got @OBJ to talk|see|tell|speak|call|ring|go+to",
    # A relative's remark or rule about food, not an eating disorder: "my nan says I'm too skinny
    # and tries to feed me", "tells me off for not eating my veg".
    "say|says|said|tell|tells|told|think|thinks ~1 me ~2 i am|i'm ~1 too|so|really skinny|thin",
    "say|says|said|tell|tells|told|think|thinks i am|i'm ~1 too|so|really skinny|thin",
    "off for not eating",
    "not eating ~1 enough|my|her|his|their ~1 veg|vegetables|greens|fruit|vegetable|dinner+fast",
    "work|works|worked|working|volunteer|volunteers ~1 with ~4 victims|survivors|refugees|people|"
    "children|families|kids ~4 trafficked|abused|exploited|groomed|homeless",
    # Reassurance: "my mates say I'm too skinny but I eat loads".
    "skinny|thin ~5 eat|eats ~1 loads|lots|plenty|a+lot|well|loads+of",
    "vegan|vegetarian|fussy|picky ~4 barely|hardly|not ~1 eat|eats",
    "hungry ~6 before|till|until ~1 lunch|dinner|break|tea|lunchtime",
    # Ordinary rules about going out: "won't let me go to parties till I'm 16".
    "let|allowed ~3 parties|party|sleepovers|sleepover|festivals|festival|concerts|clubs ~2 "
    "till|until|before|on+school",
    # ("Bruises and says she fell" is the cover story, not an accident: "from", "after" or "when"
    # must say how it happened.)
    "scar|scars|cut|cuts|bruise|bruises|burn|burns ~4 from|after|when|playing ~2 fall|fell|"
    "falling|fallen|tripped|accident|bike|football|surgery|operation|chickenpox|op|cooking|oven|"
    "pe|rugby",
)
NARROW_EXCLUSIONS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    # "I'm doing it for my EPQ": the speaker's school work on a topic, not the harm happening.
    (
        frozenset({REFERS_BACK}),
        (
            "do|doing|did it|this|that ~1 for ~1 my|our|an|a|the ~1 epq|project|coursework|"
            "homework|essay|assignment|dissertation|presentation|class|lesson|a+level|gcse|course",
        ),
    ),
    # "Our electric got cut off": the supply, not a child.
    (frozenset({FGM}), ("cut off",)),
    (
        frozenset({PHYSICAL, SELF_HARM}),
        ("throw|threw|throwing up|away", "cut @OBJ off|out|some|short", "cut off"),
    ),
    (
        frozenset({MISSING}),
        ("missing school|lessons|class|classes|appointments|out|you|home|my|the|information",),
    ),
    (frozenset({NEGLECT}), ("left hand|side|leg|arm|eye|ear", "left school|college|work|hospital")),
    (
        frozenset({HOMELESS}),
        ("kicked|chucked|thrown out of school|class|college|lesson|lessons|hospital|a+club",),
    ),
)
