"""Word patterns for disclosure screening.

Every pattern is matched against normalised text (lower case, straight apostrophes, common slang
and contractions spelt out; see ``screening.normalise``). A harm pattern is *bound* when it already
names who is harmed ("hits me", "kill myself", "touches her"), and *bare* when it names only the
harm ("self harm", "county lines", "overdosed"), in which case the clause must also point at the
speaker or a specific child, and must not read as a general view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FIRST = "first"  # the speaker: I, me, my, us at home
SPECIFIC = "specific"  # a specific other child: my friend, her, this girl in my year, a name
BARE = "bare"  # the harm only


@dataclass(frozen=True)
class HarmPattern:
    topic: str
    regex: re.Pattern[str]
    binding: str
    urgent: bool = False


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# --- people -----------------------------------------------------------------------------------
_KIN = (
    r"(?:friend|friends|mate|mates|bestie|bff|best friend|sister|sisters|brother|brothers|cousin|"
    r"cousins|sibling|siblings|boyfriend|girlfriend|partner|classmate|neighbour|niece|nephew|son|"
    r"daughter|kid|kids|child|baby|little sister|little brother|big sister|big brother|twin|"
    r"step ?sister|step ?brother|half ?sister|half ?brother)"
)
# An adult or other person who may be doing the harm.
ACTOR = (
    r"(?:he|she|they|dad|father|mum|mother|mam|stepdad|stepmum|stepfather|stepmother|boyfriend|"
    r"girlfriend|partner|husband|uncle|aunt|auntie|aunty|brother|sister|cousin|grandad|grandpa|"
    r"grandma|nan|carer|foster carer|foster mum|foster dad|teacher|coach|tutor|imam|man|guy|men|"
    r"bloke|someone|somebody|people|boys|lads|older boys|older guys|older men|gang|\\[name\\]|him|"
    r"her|boy|girl|lad|student|pupil|stranger|neighbour|friend|mate|them|his mates|their mates|"
    r"her mates|parents|family)"
)
_POSS = r"(?:my|our|his|her|their|mum's|mums|dad's|dads)"
# The speaker as the one it happens to; "my" alone ("my school", "my area") is weaker.
FIRST_PERSON_RE = _c(r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|myself|us)(?![\w'])")
MY_RE = _c(r"(?<![\w'])(?:my|mine|we|our)(?![\w'])")
# A specific other child, named by relation, description or name.
SPECIFIC_PERSON_RE = _c(
    r"\b(?:my|our)\s+(?:(?:best|little|big|older|younger|twin|step|half|baby|ex|close|old|"
    r"\d{1,2} ?(?:year|yr) ?old)\s+)*" + _KIN + r"\b|\b(?:this|a|one|another|the)\s+(?:girl|boy|"
    r"kid|lad|guy|student|pupil|person|young person|child|friend)\s+(?:in|at|from|on)\s+(?:my|"
    r"our)\s+(?:year|class|school|form|estate|block|street|road|area|group|team|club|flats?)\b|"
    r"\bsomeone (?:i|we) know\b|\bi know (?:someone|a (?:girl|boy|kid)) (?:who|that)\b|"
    r"\ba (?:friend|mate) of (?:mine|ours)\b|\[name\]"
)
# Mum, dad, nan with no determiner are the speaker's own ("mum is always drunk").
BARE_KIN_RE = _c(
    r"(?<!\ba )(?<!\bthe )(?<!\btheir )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bsome )(?<!\bevery )("
    r"?<!\bany )(?<!\bfor )\b(?:mum|mam|dad|stepdad|stepmum|nan|nanny|grandad)(?!s\b)\b"
)
# "she", "he": a specific person, but a weak sign on its own.
PRONOUN_RE = _c(r"\b(?:she|he|her|him|she's|he's|herself|himself)\b")
# Opinion frames take "I" out of the picture: "I think grooming is a problem" is a view.
OPINION_FRAME_RE = _c(
    r"\b(?:i|we)\s+(?:really\s+|also\s+|just\s+|strongly\s+|personally\s+|do(?:n't)?\s+)?(?:think|"
    r"thought|believe|reckon|wish|want|wanted|would like|'d like|would love|know (?:that|how|about|"
    r"what|where|who)|heard|have heard|'ve heard|learned|learnt|worry|am worried|'m worried|"
    r"am scared|'m scared|agree|disagree|would say|suggest|hope|guess|suppose|understand|need|"
    r"needed)\b|\bin my (?:opinion|view|experience)\b|\bfor me\b|\bpersonally\b|\b(?:i|we) (?:know|"
    r"knew|met|see|saw) (?:people|loads of|lots of|a lot of|kids|boys|girls|many)\b"
)
# Plural and collective people: "people at school", "some young people". They make a clause a
# general view unless the clause also names the speaker or a specific child.
GENERIC_PEOPLE_RE = _c(
    r"\b(?:people|young people|youngsters|young ones|kids|children|teenagers|teens|students|pupils|"
    r"girls|boys|men|women|adults|parents|families|everyone|everybody|some of them|lots of|"
    r"a lot of|loads of|many|most|others|society|some)\b"
)
# Words of a view, a wish or a lesson: these make a clause general whoever else it mentions.
VIEW_RE = _c(
    r"\b(?:should|shouldn't|need to|needs to|must|ought|we want|want more|would like|we need|"
    r"more (?:support|help|information|awareness|services|youth|funding|workers)|lessons?|teach|"
    r"taught|learn(?:ing)? about|education|awareness|posters?|workshops?|assembl(?:y|ies)|"
    r"campaigns?|talk(?:ed|s|ing)? about|discuss(?:ed|ion|ing)?|worr(?:y|ied|ies) about|"
    r"concerned about|is a (?:big|huge|real|massive|serious|major|growing|common) (?:issue|problem|"
    r"thing|worry|concern|risk)|(?:is|are) (?:so |very |really )?(?:common|rife|everywhere|normal|"
    r"normalised|a problem|an issue|illegal)|happens a lot|can (?:affect|happen)|how (?:to|"
    r"it works|\w+ works)|know (?:more|about|how)|information|statistics|illegal|in general|"
    r"nowadays|these days|funding|prevent(?:ion)?|signs of|what to do|where to go|who to (?:talk|"
    r"tell|go)|helpline|scared to report|don't know (?:that|about|how)|the group said|we discussed|"
    r"they discussed|on the news|in films|on tv|the government|services)\b"
)
HYPOTHETICAL_RE = _c(
    r"\b(?:if|what if|in case|imagine|suppose|hypothetically|whether|when someone|when a (?:child|"
    r"young person|girl|boy))\b"
)
URGENT_RE = _c(
    r"\b(?:tonight|right now|now|today|this evening|this afternoon|at the moment|atm|currently|"
    r"as we speak|after school today|when i get home|when i go home|outside (?:my|the|"
    r"our) (?:house|school|door|flat)|waiting for me|following me|on (?:my|his|her) way|"
    r"this weekend|tomorrow)\b"
)
# A negation just before a harm: "I wasn't self harming", "never been hit".
NEGATION_BEFORE_RE = _c(
    r"\b(?:not|never|wasn't|isn't|aren't|weren't|didn't|haven't|hasn't|no longer|stopped|"
    r"quit)(?: \w+){0,2} ?$"
)
# Reasons to think "hurt myself" was an accident, not self-harm.
ACCIDENT_RE = _c(r"\b(?:fell|fall|falling|slipped|tripped|accident|injur\w*|sprain\w*|broke my)\b")

_HIT = (
    r"(?:hits?|hitting|beats?|beating|beat|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|"
    r"ping)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|batter(?:s|ed|ing)?|smack(?:s|ed|ing)?|"
    r"whack(?:s|ed|ing)?|hurts?|hurting|attack(?:s|ed|ing)?|push(?:es|ed|ing)|shov(?:es|ed|ing)|"
    r"burn(?:s|ed|t)|bit(?:es)?|throws? (?:things|stuff) at|threw (?:things|stuff) at|beat up|"
    r"beats up|beating up|grab(?:s|bed)|drag(?:s|ged)|belt(?:s|ed)|whip(?:s|ped))"
)
_HIT_PASSIVE = (
    r"(?<!racially )(?<!verbally )(?:hit|beaten|beaten up|beat up|punched|kicked|slapped|choked|"
    r"strangled|battered|smacked|whacked|attacked|abused|assaulted|burnt|burned|whipped|belted|"
    r"jumped|bullied and hit)"
)
_SEXUAL = (
    r"(?:touch(?:es|ed|ing)?|fondl\w*|grop\w*|molest\w*|rap(?:es|ed|ing)|sexually (?:abus|"
    r"assault)\w*|abus(?:es|ed|ing)|assault(?:s|ed|ing)?|feel(?:s|ing)? (?:me|her|him) up|"
    r"felt (?:me|her|him) up|kiss(?:es|ed|ing)? (?:me|her|him) and|(?:makes?|made|making|forc(?:es|"
    r"ed|ing)) (?:me|her|him|us) (?:to )?(?:do (?:stuff|things|sexual)|touch|watch porn|have sex|"
    r"perform|suck|take (?:my|her|his) clothes off|undress)|sleep(?:s|ing)? with (?:me|her|him)|"
    r"came into (?:my|her|his) (?:room|bed)|com(?:es|ing) into (?:my|her|his) (?:room|bed))"
)
_SEXUAL_PASSIVE = (
    r"(?:raped|sexually assaulted|sexually abused|molested|groped|touched up|"
    r"touched inappropriately|spiked|drugged)"
)
_IMAGES = r"(?:pics|pictures|photos|nudes|videos|vids|images|snaps|nude pics|naked pics)"
_CARRY = (
    r"(?:deliver|carry|sell|hold|hide|stash|bag up|cook|shot|drop off|move (?:drugs|stuff|packages|"
    r"bits|weed|food)|run (?:drugs|lines|packages|parcels|bits|errands|food|to))"
)
_WEAPON = (
    r"(?:knife|knives|blade|shank|machete|zombie knife|gun|guns|strap|skeng|nank|weapon|acid|"
    r"pistol|firearm)"
)
_MARRY_PLACE = (
    r"(?:abroad|back home|overseas|to (?:bangladesh|pakistan|india|somalia|somaliland|nigeria|"
    r"ghana|afghanistan|yemen|iraq|turkey|morocco|egypt|sudan|eritrea|syria|algeria|the village))"
)

HARM_PATTERNS: tuple[HarmPattern, ...] = (
    # Self-harm
    HarmPattern(
        "self-harm",
        _c(
            r"\b(?:cut|cuts|cutting|harm|harming|hurt|hurting|burn|burning|burnt|starve|starving|"
            r"scratch|scratching|punch|punching|hit|hitting|bang|banging)\s+myself\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "self-harm",
        _c(
            r"\b(?:cut|cuts|cutting|harms?|harming|hurts?|hurting|burns?|burning|starv\w+|"
            r"scratch\w*|punch\w*|hit\w*)\s+(?:herself|himself|themselves)\b"
        ),
        SPECIFIC,
    ),
    HarmPattern("self-harm", _c(r"\bself[- ]?harm\w*|\bself[- ]?injur\w*"), BARE),
    HarmPattern(
        "self-harm",
        _c(
            r"\b(?:my|her|his) (?:arms?|wrists?|legs?|thighs?|stomach) (?:\w+ ){0,3}(?:cuts|scars|"
            r"cut up)\b"
        ),
        BARE,
    ),
    HarmPattern("self-harm", _c(r"\b(?:make|making|made) myself (?:sick|throw up)\b"), FIRST),
    HarmPattern(
        "self-harm",
        _c(
            r"\b(?:cut|cutting|slit|slitting|slashed) (?:my|her|his) (?:wrists?|arms?|legs?|"
            r"thighs?|stomach)\b|\bscars? (?:\w+ ){0,4}from (?:cutting|self harm\w*|burning)\b|"
            r"\b(?:don't|dont|not|stopped) eat(?:ing)? (?:\w+ ){0,3}on purpose\b|\bstarv(?:e|"
            r"ing) (?:myself|herself|himself)\b|\b(?:taking|take|took|swallow\w*) (?:loads of|"
            r"lots of|a load of|too many|a lot of|all (?:my|her|his)) (?:pills|tablets|meds|"
            r"painkillers)\b"
        ),
        BARE,
    ),
    # Suicidal thoughts and plans
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:kill(?:ing)? myself|end(?:ing)? my (?:own )?life|take my (?:own )?life|"
            r"end it all|top myself|unalive myself|kms)\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:don't|do not|never|dont) (?:really )?want to (?:be alive|live|be here|exist|"
            r"wake up|be around|carry on|go on)\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:i|i'm|i am|i've been|i was|i feel|feeling|felt|been) (?:so |really |very |"
            r"quite )?suicidal\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:want|wanted|wanting|going|plan(?:ning)?|think(?:ing)? about|thought about|tried|"
            r"try|trying|attempted) (?:to )?(?:die|end it|kill myself|not be here)\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:better off (?:dead|without me)|wish i (?:was|were) dead|wish i (?:wasn't|"
            r"was not|weren't) (?:alive|here|born)|no (?:point|reason) (?:in )?(?:living|"
            r"being alive|going on|to live)|(?:can't|cannot) (?:go on|do this anymore|cope anymore|"
            r"take it anymore))"
        ),
        FIRST,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:kill (?:herself|himself|themselves)|end (?:her|his|their) (?:own )?life|(?:she|"
            r"he|they)(?:'s| is| are)? (?:being |been |feeling )?suicidal|wants? to die)\b"
        ),
        SPECIFIC,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:ending it|end it|hang(?:ing)? myself|jump(?:ing)? off (?:a|the|"
            r"my) (?:\w+ )?(?:bridge|building|roof|balcony|block)|(?:step|stepping|jump|jumping|"
            r"throw myself) in front of (?:a|the) (?:train|bus|car|lorry)|disappear forever|"
            r"not (?:be|being) here anymore|not (?:be|being) alive|want to die|wanna die|"
            r"better off dead|rather be dead|(?:tried|try|trying|attempted) to (?:hang|kill|drown|"
            r"strangle) (?:myself|herself|himself))\b"
        ),
        BARE,
    ),
    HarmPattern("suicidal thoughts", _c(r"\bsuicid\w*|\bsucid\w*|\bsuicde\w*"), BARE),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:don't|do not|can't|cannot) see (?:the |any )?point (?:in |of )?(?:living|life|"
            r"being alive|going on|being here|anything)\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:got|have|saved|saving|stockpil\w+|collect\w*|bought) (?:up )?(?:the |my |"
            r"all my |some |enough )?(?:pills|tablets|paracetamol|rope)(?: ready|"
            r" to take)?\b.{0,40}\b(?:take|end|die|tonight|all of them)\b"
        ),
        BARE,
        urgent=True,
    ),
    # Overdose
    HarmPattern(
        "an overdose",
        _c(
            r"\b(?:overdos\w*|od'd|od'ed|took (?:an |a )?overdose|took (?:a load of|loads of|"
            r"too many|all (?:my|the|her|his)) (?:pills|tablets|paracetamol|painkillers|meds)|"
            r"swallowed (?:loads of |a load of |a lot of |all (?:my|the|her|his) |a bottle of |"
            r"a pack of )?(?:pills|tablets|paracetamol|painkillers|meds|ibuprofen))\b"
        ),
        BARE,
    ),
    # Physical abuse and violence at home or from a partner
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b"
            + ACTOR
            + r"(?:'s)?(?: [\w']+){0,6} "
            + _HIT
            + r" (?:me|us|my (?:face|head|body|arm|arms))\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b"
            + ACTOR
            + r"(?:'s)?(?: [\w']+){0,6} "
            + _HIT
            + r" (?:her|him|them|mum|mam|my (?:mum|mam|mother|sister|brother|little \w+|baby "
            r"\w+|step\w+|nan|dad|friend|mate|cousin))\b"
        ),
        SPECIFIC,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b(?:i|i'm|i've|i was|i get|i got|i keep getting|i've been|been|getting|"
            r"get) (?:\w+ ){0,2}" + _HIT_PASSIVE + r"\b(?! by (?:a car|a ball|the ball|a bus))"
        ),
        FIRST,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b(?:she|he|they|my "
            + _KIN
            + r"|\[name\])(?:'s| is| was| has been| gets| got| keeps getting| keeps being| is "
            r"being)? (?:\w+ )?" + _HIT_PASSIVE + r"\b(?! by (?:a car|a ball|the ball|a bus))"
        ),
        SPECIFIC,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\bhurt by (?:my|his|her|their|a|an|the|mum's|mums) ?(?:\w+ )?(?:dad|mum|stepdad|"
            r"stepmum|boyfriend|girlfriend|partner|husband|uncle|brother|carer|parents?|ex|bf|gf)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b(?:bruises|bruised|black eye|marks on (?:my|her|his) (?:\w+)|scared of (?:my|her|"
            r"his) (?:dad|mum|stepdad|stepmum|uncle|brother|boyfriend|girlfriend|partner|carer|"
            r"parents?))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b(?:(?:is|was|gets|got|being) (?:\w+ )?violent (?:to|towards|with) (?:me|us|her|him|"
            r"my \w+|mum)|broke (?:my|her|his) (?:arm|nose|wrist|leg|ribs?|jaw|finger|hand)|"
            r"(?:pulls?|pulled|pulling|drags?|dragged) (?:me|her|him|us)? ?(?:by )?(?:my|her|"
            r"his) hair|(?:pushes|pushed|shoves|shoved|throws|threw) (?:me|her|him|us) (?:down|"
            r"against|into|across|out)|put (?:his|her|their) hands? (?:round|around) (?:my|her|"
            r"his) (?:neck|throat))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "not feeling safe at home",
        _c(
            r"\b(?:don't|do not|dont|never|doesn't|does not) feel safe (?:at home|in (?:my|our|her|"
            r"his) (?:house|home|flat)|with (?:my|her|his) (?:dad|mum|stepdad|stepmum|uncle|"
            r"brother|boyfriend|family|carer|parents))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "not feeling safe at home",
        _c(
            r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be) home\b|\b(?:don't|"
            r"do not|dont) want to go home\b"
        ),
        BARE,
    ),
    HarmPattern(
        "being locked in or controlled",
        _c(
            r"\b(?:locks?|locked|locking) (?:me|us|her|him) (?:in|out|up)\b|\blocked in (?:my|her|"
            r"his|our|the) (?:room|bedroom|house|flat)\b|\bwon't let (?:me|her|him|us) (?:eat|"
            r"leave|go out|go to school|see (?:anyone|my friends))\b"
        ),
        BARE,
    ),
    # Sexual abuse
    HarmPattern(
        "sexual abuse",
        _c(r"\b" + ACTOR + r"(?:'s)?(?: \w+){0,4} " + _SEXUAL + r"(?: (?:me|us))\b"),
        FIRST,
    ),
    HarmPattern(
        "sexual abuse",
        _c(r"\b" + ACTOR + r"(?:'s)?(?: \w+){0,4} " + _SEXUAL + r"(?: (?:her|him|them|my \w+))\b"),
        SPECIFIC,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\b(?:i|i was|i've been|i got|i get|been|got) (?:\w+ )?"
            + _SEXUAL_PASSIVE
            + r"\b(?! (?:about|on) )"
        ),
        FIRST,
    ),
    HarmPattern(
        "sexual abuse",
        _c(r"\b(?:touched|abused|assaulted) by (?:my|her|his|a|an|the|their|this|our)\b"),
        BARE,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\b(?:she|he|they|my "
            + _KIN
            + r"|\[name\])(?: was| has been| got| is being| were)? (?:\w+ )?(?:raped|sexually "
            r"assaulted|sexually abused|molested|groped|spiked)\b"
        ),
        SPECIFIC,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\b(?:makes?|made|making|forc\w+|pressur\w+|tries to make|tried to make) (?:me|her|"
            r"him|us) (?:to )?(?:do (?:stuff|things|sexual)|touch (?:him|her|them|it)|watch porn|"
            r"have sex|sleep with|perform|suck|take (?:my|her|his|our) clothes off|undress|"
            r"kiss (?:him|her))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\b(?:forced|made|making|pressured|pressurised) (?:me|her|him|"
            r"us)? ?(?:to )?have sex\b|\bwatch(?:es|ed|ing)? (?:me|her|him) (?:in the shower|"
            r"shower|get changed|getting changed|change|undress|in the bath|sleep)\b|\b(?:pics|"
            r"pictures|photos|videos) of (?:his|her) (?:privates|private parts|bits|body|dick|"
            r"penis)\b|\b(?:makes?|made|making|forc\w+|keeps? asking|asked|asks) (?:me|her|"
            r"him) (?:to )?send (?:him |her |them )?(?:pics|pictures|photos|nudes|videos)\b|"
            r"\basking for (?:mine|nudes|pics|my pics)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\b(?:comes?|came|coming|gets?|got|getting|creeps?|crept) into (?:my|her|his) (?:room|"
            r"bed) (?:at night|in the night|when (?:i|she|he)(?:'m|'s| am| is| was)? (?:asleep|"
            r"sleeping|in bed|alone|changing))"
        ),
        BARE,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\b(?:sends?|sent|sending|shows?|showed|showing) (?:me|her|him|us) (?:porn|nudes|"
            r"dick pics|pictures of (?:himself|herself)|sexual (?:videos|pictures|messages))\b"
        ),
        BARE,
    ),
    # Sexual exploitation and grooming, online or off
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:asked|asks|asking|wants?|wanted|keeps asking|kept asking|pressur\w+|made|making|"
            r"begging|forcing|forced|told) (?:me|her|him|us) (?:to )?(?:send|for|to send) (?:him |"
            r"her |them )?(?:nudes|pics|photos|pictures|videos|naked|sexual|more|a pic|a photo|"
            r"a picture)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:met|meeting|talking to|chatting to|speaking to) (?:him|her|them|someone|"
            r"a (?:man|guy|boy|girl|person)|this (?:man|guy|boy|person)|an older \w+) online\b|"
            r"\b(?:someone|a (?:man|guy|boy|girl|person)|this (?:man|guy|person)|he|she) (?:i|she|"
            r"he) (?:met|been talking to|was talking to|am talking to|'m talking to) online\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:wants?|wanted|asked|asking|keeps asking|told) (?:me|her|him|us) to (?:meet|"
            r"come (?:round|over|to his|to her)|get in (?:his|the) car|go to (?:his|her|"
            r"a) (?:house|flat|hotel|party))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:not (?:to )?tell (?:anyone|anybody|nobody|my (?:mum|dad|parents|family|carer))|"
            r"told (?:me|her|him|us) not to tell|keep (?:it|this|us|our \w+) (?:a )?secret|"
            r"our (?:little )?secret|delete (?:the|our|his|her) (?:messages|chats|texts))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\bolder (?:guy|guys|man|men|boy|boys|lad|lads|bloke|blokes|bf|boyfriend|girl|woman|"
            r"women|people)\b.{0,60}\b(?:pick(?:s|ing|ed)? (?:\w+ ){0,5}up|gives?|gave|buys?|"
            r"bought|parties|party|car|drinks|drink|weed|drugs|money|gifts|presents|hotel|flat|"
            r"sleep)|\b(?:pick(?:s|ing|ed)?) (?:me|her|him|"
            r"my \w+(?: \w+){0,3}) up\b.{0,40}\bolder\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:gives?|gave|buys?|bought|giving|buying) (?:me|her|him|us) (?:gifts|presents|"
            r"money|weed|drugs|alcohol|drink|vapes|a phone|clothes|trainers)\b.{0,50}\b(?:older|"
            r"in return|for (?:sex|pics|favours)|owe)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:only |just )?(?:1[0-5])\b.{0,40}\b(?:seeing|dating|going out with|with|"
            r"boyfriend|girlfriend|bf|gf|is)\b.{0,30}\b(?:1[89]|[2-9]\d)(?: ?(?:year|"
            r"yr)s?[ -]?old)?\b|\b(?:1[89]|[2-9]\d)(?: ?(?:year|"
            r"yr)s?[ -]?old)?\b.{0,30}\b(?:boyfriend|girlfriend|bf|gf|seeing|"
            r"dating)\b.{0,40}\b(?:only |just )?(?:1[0-5])\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:a |this |some |an older |an )?(?:man|guy|men|bloke|stranger|"
            r"someone) (?:\w+ ){0,4}(?:keeps |kept |has been )?(?:following|followed|follows|"
            r"watching|waiting for) (?:me|her|him|us)\b|\b(?:asks?|asked|asking|wants?|wanted|"
            r"invites?|invited) (?:me|her|him) (?:to )?(?:come|go) (?:to|round|back to) (?:his|her|"
            r"their) (?:flat|house|place|car|hotel)\b|\bgives? (?:me|her|him|my \w+) free (?:vapes|"
            r"weed|drinks|alcohol|stuff|food|phones?)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:1[89]|[2-9]\d) ?(?:year|yr)s?[ -]?old (?:boyfriend|girlfriend|man|guy|bf|gf|"
            r"bloke|partner|woman)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:groomed|grooming me|grooming her|grooming him|being groomed|sexually exploited|"
            r"exploiting (?:me|her|him)|trafficked|pimp(?:ed|ing)?)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "threats to share images",
        _c(
            r"\b(?:threaten\w*|gonna|going to|will|'ll|said (?:he|she|they)(?:'d| would)|"
            r"says (?:he|she|they)(?:'ll| will)) (?:to )?(?:share|post|send|leak|expose|show|pu"
            r"t up|put out|spread)\b.{0,30}\b" + _POSS + r" (?:\w+ )?" + _IMAGES
        ),
        BARE,
    ),
    HarmPattern(
        "threats to share images",
        _c(
            r"\bunless (?:i|she|he) (?:send|sends|pay|pays)\b|\bblackmail\w* (?:me|her|him)"
            r"\b|\b(?:leaked|shared|posted|sent round|spread) " + _POSS + r" (?:\w+ )?" + _IMAGES
        ),
        BARE,
    ),
    # Criminal exploitation
    HarmPattern(
        "criminal exploitation",
        _c(
            r"\b(?:made|make|makes|making|forced|forcing|forces|force|told|telling|tells|"
            r"pressur\w+|got|get|gets|used|using|sending|sent|send) (?:me|us|her|him|"
            r"my \w+) (?:to )?(?:" + _CARRY + r")\w*\b"
        ),
        BARE,
    ),
    HarmPattern(
        "criminal exploitation",
        _c(
            r"\b(?:do(?:ing)?|did) (?:runs|drops|deliveries) for\b|\bolders (?:gave|give|giving|"
            r"make|made|making|told|want)\b|\bgave (?:me|him|her) a (?:phone|burner|package|"
            r"bag) (?:\w+ ){0,4}(?:have to|got to|must|run|deliver|do)\b|\b(?:made|make|makes|"
            r"forced) (?:me|him|her|us) (?:to )?(?:stab|rob|attack|beat up|jump) (?:someone|people|"
            r"a)\b|\bcarry (?:a|the) (?:bag|package|parcel) (?:to|on)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "criminal exploitation",
        _c(
            r"\b(?:use|uses|using|used) (?:me|us|her|him|my \w+) (?:to|for) (?:stash|hold|carry|"
            r"deliver|sell|hide|move|run|drop)\w*\b"
        ),
        BARE,
    ),
    HarmPattern(
        "criminal exploitation",
        _c(
            r"\b(?:being|been|was|got|get|getting|am|is) (?:made|forced|told|pressured|used|"
            r"sent) to (?:" + _CARRY + r")\w*\b"
        ),
        BARE,
    ),
    HarmPattern(
        "criminal exploitation",
        _c(
            r"\b(?:county lines|going country|go country|gone country|going ot|went ot|"
            r"run(?:ning)? (?:a |their |the )?line|trap house|trapping|cuckoo\w*|owe (?:them|him|"
            r"her|the (?:olders|gang|dealers?)) (?:money|\d+)|in debt to|(?:deliver|carry|sell|"
            r"selling|dealing|deal|run|running|holding|stashing) (?:drugs|weed|crack|coke|packages|"
            r"parcels|food for them|bits|work)|in a gang|joined a gang)\b"
        ),
        BARE,
    ),
    # Threats and violence with weapons
    HarmPattern(
        "threats of serious harm",
        _c(
            r"\b(?:threaten\w*|said (?:they|he|she)(?:'d| would| will|'ll)|say (?:they|he|"
            r"she)(?:'ll| will|'d)|saying (?:they|he|she)(?:'ll| will|'d)|gonna|going to|will|'ll|"
            r"'d|coming to|waiting (?:for (?:me|her|him) )?(?:outside (?:\w+ ){0,2})?to|trying to|"
            r"want to|wants to) (?:to )?(?:kill|hurt|stab|shoot|beat|batter|jump|shank|merk|burn|"
            r"acid) (?:me|us|her|him|my \w+|our \w+)\b|\b(?:coming to|going to|'ll|will) get (?:me|"
            r"us|her|him)\b(?! (?:to|a|an|some|the|into|in|out|home|back|help|down))"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "threats of serious harm",
        _c(
            r"\b(?:says|said|saying) (?:he's|she's|they're|he is|she is|they are|he was|"
            r"they were) (?:coming|going to come)(?: (?:for|to get|round|after))?\b"
        ),
        BARE,
    ),
    HarmPattern(
        "threats of serious harm",
        _c(
            r"\b(?:they|he|she|people|the gang|the olders|them|who) (?:know|knows|"
            r"found out) where (?:i|we|she|he|they) (?:live|lives|stay|stays)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "a weapon",
        _c(
            r"\b(?:carr(?:y|ies|ying|ied)|has|have|had|got|keeps?|kept|bring(?:s|ing)?|brought|"
            r"pull(?:ed|s|ing)? out|pulled|showed|shows|hid(?:es|ing)?|hiding|holding|holds|"
            r"threatened (?:me|her|him|us) with|waving|wave|chased (?:me|her|him|us) with) (?:a |"
            r"an |his |her |my |their |the |this |two )?(?:\w+ )?" + _WEAPON + r"\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "a weapon",
        _c(
            r"\b"
            + _WEAPON
            + r" (?:to|against|at) (?:my|her|his) (?:throat|neck|face|head|chest|stomach)\b|\b"
            r"(?:a|my|his|her) "
            + _WEAPON
            + r" (?:in|on) (?:my|his|her) (?:bag|pocket|room|waistband|coat)\b|\b(?:i|he|she|t"
            r"hey) (?:carry|carries|carried|bring|brings|have|has|got) (?:a |my |his |her )?"
            + _WEAPON
            + r"\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "a weapon",
        _c(r"\b" + _WEAPON + r"s? (?:hidden|stashed|kept|hid) (?:in|under|at|behind)\b"),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "a weapon",
        _c(
            r"\b(?:stabbed|shanked|slashed|chinged|wetted|juked|(?:was|got|been|get|getting) shot|"
            r"shot (?:at|him|her|me|us)|robbed at knife ?point|at knife ?point|acid attack)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "violence",
        _c(
            r"\b(?:i|she|he|my "
            + _KIN
            + r"|\[name\]) (?:got|was|were|has been|have been|keep getting|keeps getting) (?:j"
            r"umped|robbed|mugged|beaten up|attacked|assaulted)\b"
        ),
        BARE,
    ),
    # Going missing and neglect
    HarmPattern(
        "going missing",
        _c(
            r"\b(?:she|he|they|i|my "
            + _KIN
            + r"|\[name\]|this (?:girl|boy))(?:'s| has| is| was| went| have| had| keeps)?(?: b"
            r"een)? (?:missing|gone missing|going missing|run away|ran away|running away|"
            r"runs away)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "going missing",
        _c(
            r"\bmissing since\b|\b(?:hasn't|has not|hasnt|haven't|didn't|did not|didnt|"
            r"never) (?:come|came|been|gone) home\b|\bno one knows where (?:she|he|they|i) (?:is|"
            r"are|am)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "going missing",
        _c(
            r"\b(?:sleeping|slept|sleep) (?:rough|on the streets?|in (?:a|the) park|in stairwells|"
            r"at different (?:people's|peoples) (?:houses|places))\b|\bsofa surfing\b|"
            r"\bkicked (?:me|her|him|us) out\b|\bgot kicked out\b"
        ),
        BARE,
    ),
    HarmPattern(
        "neglect",
        _c(
            r"\bno ?(?:one|body)(?: at home)? (?:to )?(?:look|looks|looking|looked) after (?:me|us|"
            r"her|him|them)\b|\bnobody (?:looks|looking|looked) after (?:me|us|her|him)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "neglect",
        _c(
            r"\b(?:mum|mam|dad|mum's|mums|dad's|dads|parents|mother|father|carer)(?:'s| has| have|"
            r" is| are| was)?(?: been)? (?:gone|away|left|not (?:been )?(?:home|"
            r"back)) (?:for )?(?:a|an|one|two|three|four|five|six|\d+|few|couple of|"
            r"over a) (?:days?|nights?|weeks?)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "neglect",
        _c(
            r"\bleft (?:me|us|her|him|them) (?:alone|on (?:my|our|her|his|their) own|by (?:myself|"
            r"ourselves)) (?:for|all)\b|\b(?:no|not enough|never any|never enough) food (?:at home|"
            r"in the house|in the flat)\b|\b(?:haven't|hasn't|havent|hasnt|have not|has not|"
            r"not) (?:eaten|had food|had anything to eat) (?:for|in) (?:days|two days|three days|"
            r"ages|a day)\b|\b(?:go|goes|going|went) hungry\b"
        ),
        BARE,
    ),
    HarmPattern(
        "neglect",
        _c(
            r"\bnot allowed to eat\b|\b(?:don't|dont|do not|haven't|havent|have no|got no|"
            r"there's no|no) (?:have )?(?:any )?(?:electricity|electric|heating|gas|"
            r"food)(?: or (?:food|electricity|heating|gas))? (?:at home|in the (?:house|flat))\b|"
            r"\bnobody (?:at home )?cares (?:if|where|whether) (?:i|she|he)\b|"
            r"\bstaying out all night\b|\b(?:mum|mam|dad|parents|mother|father|carer)(?:'s| has|"
            r" have)? (?:not |hasn't |haven't |never )(?:come|came|been) (?:back|home)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "neglect",
        _c(
            r"\b(?:mum|mam|dad|parents|mother|father|stepdad|stepmum)(?:'s| is| are| gets|"
            r" get)? (?:always |usually |often |never not )?(?:drunk|high|wasted|off (?:her|his|"
            r"their|it) (?:face|head)|passed out)\b"
        ),
        BARE,
    ),
    # Forced marriage
    HarmPattern(
        "forced marriage",
        _c(
            r"\b(?:sent|send|sending|taking|take|taken|takes|made|make|making|forced|forcing|force|"
            r"wants?|going) (?:\w+ ){0,6}"
            + _MARRY_PLACE
            + r"(?: \w+){0,6} (?:to )?(?:get )?marr(?:y|ied|iage)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "forced marriage",
        _c(
            r"\b(?:getting|get|be|being) (?:married|engaged) (?:in|to|back|abroad|this|next|when|"
            r"after)\b.{0,60}\b(?:don't want|dont want|do not want|against|only \d\d|scared|forced|"
            r"no choice)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "forced marriage",
        _c(
            r"\b(?:want|wants|wanted|expect|expects|expected|told) (?:me|her|him|my (?:sister|"
            r"cousin|friend|brother)) to (?:marry|get married|be married)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "forced marriage",
        _c(
            r"\b(?:make|makes|making|made|force|forcing|forced|pressur\w+) (?:me|her|him|"
            r"my (?:sister|cousin|friend|brother)) (?:to )?(?:marry|get married|be married|"
            r"into (?:a )?marriage)\b|\b(?:arranged|arranging|planning|planned) (?:a |my |her |"
            r"his )?(?:marriage|wedding) (?:for|to)\b|\bforced (?:to marry|into marriage|"
            r"marriage)\b|\b(?:married|engaged) (?:off )?(?:against (?:my|her|his) will|"
            r"to (?:someone|a man|my cousin|an older man))\b"
        ),
        BARE,
    ),
    # Broader vocabulary: words that on their own, said of the speaker or a specific child, are
    # worth a safeguarding lead's look.
    HarmPattern(
        "neglect",
        _c(
            r"\b(?:nothing (?:to eat )?(?:at home|in the (?:house|fridge|flat))|no food|"
            r"without food|nowhere to (?:sleep|stay|live|go tonight)|homeless|(?:is|"
            r"are) (?:an )?alcoholics?|(?:doesn't|don't|dont|doesnt|never|won't|"
            r"can't) (?:\w+ )?(?:look|looks|care|cares) (?:after|for) (?:me|us|her|him|them)|"
            r"stealing food|(?:always|so|really|often|constantly) hungry|go to bed hungry|"
            r"not been fed|don't get fed|no one (?:feeds|cooks for) (?:me|us))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "going missing",
        _c(
            r"\b(?:haven't|havent|hasn't|not) (?:seen|heard from) (?:my \w+|her|him|"
            r"them)\b.{0,20}\b(?:days?|weeks?|since)\b|\b(?:doesn't|don't|dont|doesnt|nobody|"
            r"no one) knows? where (?:she|he|they)(?:'s| is| are)\b|\b(?:disappeared|vanished|"
            r"run off|ran off)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "an overdose",
        _c(
            r"\b(?:took|taken|take|swallowed|had) (?:about |like |over )?\d+ (?:paracetamol|pills|"
            r"tablets|painkillers|ibuprofen|sleeping pills)\b"
        ),
        BARE,
        urgent=True,
    ),
    HarmPattern(
        "self-harm",
        _c(
            r"\bcuts? (?:all )?(?:up|on|over|down|across) (?:her|his|my|their) (?:arms?|legs?|"
            r"wrists?|thighs?|body|stomach)\b|\b(?:her|his|my) (?:arms?|legs?|wrists?) (?:are|is|"
            r"were|was) (?:all )?(?:cut|scarred|covered)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "forced marriage",
        _c(
            r"\bforced into (?:a )?marriage\b|\b(?:forced|made|making|pressured) to (?:marry|"
            r"get married)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "sexual abuse",
        _c(
            r"\bwhat (?:my|her|his|their|the|that) (?:\w+ )?(?:uncle|dad|father|stepdad|brother|"
            r"cousin|man|guy|teacher|coach|grandad|neighbour|mum's \w+) did(?: to (?:me|her|"
            r"him))?\b|\bdid (?:stuff|things|something) to (?:me|her|him)\b|\b(?:touch|touches|"
            r"touched|touching) (?:me|her|him|my|her|his) (?:private|privates|bum|chest|boobs|"
            r"breasts|down there|between)"
        ),
        BARE,
    ),
    HarmPattern(
        "online grooming or sexual exploitation",
        _c(
            r"\b(?:man|guy|bloke|woman) in (?:his|her) (?:20s|30s|40s|50s|twenties|thirties|"
            r"forties)\b|\b(?:messag\w*|texting|dming|dm'ing|snapchatting|talking to|chatting to|"
            r"calling) my (?:\d{1,2} ?(?:year|yr)[ -]?old )?(?:little )?(?:sister|brother|friend|"
            r"cousin|daughter|son)\b.{0,40}\b(?:older|man|guy|adult|\d\d)\b|\b(?:older|adult|"
            r"grown) (?:man|guy|men|woman) (?:keeps |has been |is )?(?:messag\w*|texting|dming|"
            r"snapchatting|calling)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "suicidal thoughts",
        _c(
            r"\b(?:care|notice|miss me) if i (?:died|was dead|was gone|wasn't here|disappeared|"
            r"killed myself)\b|\b(?:rather die|rather be dead|wish i could die|want to be dead|"
            r"wanna be dead|hope i die|don't want to exist)\b"
        ),
        FIRST,
    ),
    HarmPattern(
        "being hurt at home or by a partner",
        _c(
            r"\b(?:abusive|violent) (?:dad|father|mum|mother|stepdad|stepmum|boyfriend|girlfriend|"
            r"partner|household|home|relationship|family|uncle|brother|carer)\b|\b(?:abuse|abuses|"
            r"abused|abusing) (?:me|us|her|him|my (?:mum|sister|brother|little \w+))\b"
        ),
        BARE,
    ),
    HarmPattern(
        "being locked in or controlled",
        _c(
            r"\b(?:makes?|made|making|keeps?|kept|forces?|forced) (?:me|us|her|"
            r"him) (?:to )?stay in (?:my|her|his|our|the) (?:room|house|flat)\b|"
            r"\bnot allowed (?:to )?(?:out|outside|to leave|to go out|to see (?:my )?friends|"
            r"to go to school)\b"
        ),
        BARE,
    ),
    HarmPattern(
        "going missing",
        _c(
            r"\b(?:nowhere|no where|no place) to (?:sleep|stay|go) tonight\b|\b(?:sleeping|slept|"
            r"sleep) on (?:night )?buses\b"
        ),
        BARE,
        urgent=True,
    ),
)
