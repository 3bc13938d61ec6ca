"""Cues for harm outside the home: exploitation, grooming, going missing, forced marriage, FGM,
weapons and threats, trafficking, radicalisation, and the hints of a child who is not safe.

Written as general vocabularies (see ``screening_concepts`` for the flags and weights).
"""

from __future__ import annotations

from engage.safeguarding.screening_concepts import (
    CRIMINAL,
    FGM,
    HOMELESS,
    MARRIAGE,
    MISSING,
    ONLINE,
    RADICALISATION,
    REFERS_BACK,
    SECRECY,
    SEXUAL_EXPLOITATION,
    THREAT,
    TRAFFICKING,
    UNSAFE,
    WEAPON,
    Cue,
    cue,
)

CRIMINAL_CUES: tuple[Cue, ...] = (
    cue(CRIMINAL, 0.85, "t", "county lines"),
    cue(
        CRIMINAL,
        0.8,
        "",
        "go|going|gone|went|out|sent|send|sending|do|doing|go+out ~1 country|ot",
        "trap house|flat|phone|line",
        "run|running|runs ~1 a|their|the|his line|lines",
        "work ~1 it off",
        "in debt ~1 to",
        "pay ~1 off ~2 debt",
        "in|join|joined|joining ~1 a|the gang",
        "@HANDLE ~2 @DRUG",
        "@HANDLE ~3 @DRUG_SLANG ~2 for ~1 them|him|olders|the+olders|guys|man|men|people|gang",
        "take|taking|took|carry|carrying ~2 package|packages|parcel|parcels|bag|bags ~3 to|for",
        "hold|holding|held|stash|stashing|deal|dealing|sell|selling|shift|shifting|run|running "
        "~1 for ~2 olders|guys|them|him|gang|man|men|people|brother|cousin|the",
        "force|forced|forcing|made|make|makes|making|told|tell|tells|pressure|pressured|pay|"
        "paid|paying|pays|use|uses|using|used|send|sent|sends ~3 sell|hold|stash|drop|deliver|"
        "carry|hide|cook|shift|do+runs|run ~3 @DRUG|@DRUG_SLANG|for|to|it|them",
        "runs|drops|shifts|deliveries ~1 for",
        "do|doing|did runs|drops|a+shift|shifts",
        "do|doing ~1 a ~1 week|shift|stint ~2 in|out|there",
        "@DRUG ~1 in ~1 @POSS sock|socks|pants|bag|room|house|boxers|bra|bum|body|shoe",
        "use|uses|using|used ~1 @OBJ ~1 as ~1 a runner",
        "owe|owes|owed|owing ~2 money|£|#|the+olders|a+man|a+debt",
        "@POSS debt",
        "rob|robbed|robs|taken|took|jacked ~4 ting|package|bag|drugs|stash|work|food",
        "can not get out",
        "force|forced|made|make|makes|making|send|sent|sends|pay|paid|use|used ~1 @OBJ|my|his|her "
        "~2 to ~1 sell|deal|hold|stash|deliver|carry|run",
        "flat|house|trap ~3 with ~1 strangers|men|people+i+do+not+know",
        "go|goes|going|went|sent|send|travel ~3 different|other ~1 towns|areas|cities|places",
        "to ~1 sell|deal|shot ~2 for ~1 some|them|him|people|guys|olders|men",
        "recruit|recruited|recruiting ~3 gang|olders|them",
        "tied up ~1 with",
    ),
    cue(
        CRIMINAL,
        0.45,
        "",
        "olders",
        "dealer|dealers",
        "owe|owes|owed them|him",
        "take|took ~1 my|his|her ~1 phone ~4 have+to|got+to|make|until|till",
        "@DRUG ~1 for them|him",
        "debt",
        "gang|gangs",
        "stopped|arrested|caught ~4 with ~1 drugs|weed|@DRUG",
        "burner",
        "runner",
        "plug|plugged",
        "out of town",
        "tied up",
        "work|working for ~1 them|him|some+man|a+man",
        "pay|paying ~1 it ~1 back",
        "send|sent|sending ~4 to|out ~1 #|town|there",
        "go|goes|going|went|sent ~2 up+north|down+south|out+of+london|to+the+coast|to+the+seaside",
    ),
)

EXPLOITATION_CUES: tuple[Cue, ...] = (
    cue(
        SEXUAL_EXPLOITATION,
        0.9,
        "",
        "pass|passed|passing ~3 round|around|between",
        "sex|sexual|stuff ~3 for ~1 money|weed|drugs|vapes|alcohol|cash|somewhere+to+stay",
        "have|having|had|has sex ~1 with ~3 guys|men|man|people|boys|older|them",
        "sexually exploit|exploited|exploiting",
        "pimp|pimped|pimping|prostitute|prostituted|prostitution",
    ),
    cue(SEXUAL_EXPLOITATION, 0.85, "t", "groom|groomed|grooming", "exploit|exploited|exploiting"),
    cue(
        SEXUAL_EXPLOITATION,
        0.45,
        "",
        "twice|three+times ~1 @POSS age",
        "much|way older",
        "#18-69 ~1 year+old|yr+old|years+old|yo ~2 boyfriend|girlfriend|man|guy|bf|gf|bloke|"
        "partner|woman|lad",
        "boyfriend|girlfriend|seeing|dating|going+out+with|sleeping+with ~3 #18-69",
        "i|she|he|am|is|aged|only|just ~1 #4-15",
        "#4-15 ~1 year+old|yr+old|years+old",
        "#18-69 ~1 year+old|yr+old|years+old",
        "in ~1 his|her 20s|30s|40s|50s|twenties|thirties|forties",
        "older man|men|guy|guys|boy|boys|lad|lads|bloke|blokes|boyfriend|girlfriend|woman|women",
        "give|gives|gave|giving|buy|buys|bought|buying|offer|offers|offered|offering ~2 free|stuff|"
        "lift|lifts|things|gifts|presents|drink|£|#|"
        "alcohol|vodka|weed|vapes|clothes|phone|trainers|robux|gift+cards|money|cash|drugs|pills",
        "take|takes|took|taking ~1 @OBJ ~2 to ~1 their|his|a ~1 flat|house|place|car|hotel|party",
        "he|she|boyfriend|girlfriend|bf|gf ~1 is ~1 #18-69",
        "come|comes|came|coming ~1 back|home ~2 with ~1 new|money|cash|trainers|clothes|phone",
        "different guys|men|cars",
        "want|wants|wanted something ~1 back|in+return",
        "owe|owes|owed ~1 him|them",
        "take|taking|took|film|filmed|filming ~2 pics|pictures|photos|videos|video ~1 of ~1 "
        "us|me|her",
        "film|filmed|filming ~1 @OBJ",
    ),
    cue(
        SEXUAL_EXPLOITATION,
        0.35,
        "",
        "@CHILD_AGE",
        "pick|picks|picked|picking ~4 up",
        "lift|lifts",
        "party|parties",
        "hotel|hotels",
        "in return",
        "let|lets|letting ~3 stay",
        "stay|staying|stays|stayed ~2 at ~1 his|their ~1 flat|house|place",
        "come|comes|came|coming ~1 back|home ~3 # ?am|in+the+morning|late",
        "smell|smelling|smells|smelt of ~1 weed|alcohol|drink",
        "car|cars|merc",
        "vodka|alcohol",
        "drive|driving|drove|drives ~1 @OBJ ~1 round|around",
    ),
)

ONLINE_CUES: tuple[Cue, ...] = (
    cue(ONLINE, 0.9, "t", "blackmail|blackmailing|blackmailed|sextortion|sextort|sextorted"),
    cue(
        ONLINE,
        0.9,
        "",
        "threaten|threatened|threatening|threatens ~4 post|share|send|leak|expose|show|put+up",
        "pay|paid|paying|pays ~3 for ~3 @IMAGES",
        "give|gives|pay|pays|offer|offers|offered|offering ~3 £|#|money|cash ~3 for|if ~3 send|pic|"
        "pics|picture|pictures|photos|nudes|video",
        "leak|leaked|leaking|leaks|spread|posted|shared ~2 @IMAGES|nudes",
        "@IMAGES ~3 for ~1 money|robux|vbucks|gift+cards|£|cash",
    ),
    cue(
        ONLINE,
        0.5,
        "c",
        "post|share|send|leak|expose|show|put|spread ~4 to|on|round ~3 family|school|everyone|"
        "friends|parents|mum|dad|whole|followers|internet|online|year",
        "or ~2 post|share|send|leak|expose|show",
        "ask|asks|asked|asking|begging|beg|want|wants|wanted|pressure|pressuring|pressured ~4 "
        "@IMAGES",
        "ask|asks|asked|asking|want|wants|wanted|told|tells|make|makes|made|making|force|forced "
        "~2 ?to send",
        "hack|hacked",
        "fake account|profile|girl",
        "camera ~1 on",
        "grown man|woman|adult",
        "what school ~2 go|goes",
        "come|go|get ~3 to|in|into|round|back+to ~1 his|her ~2 house|flat|place|hotel|car|room",
    ),
    cue(
        ONLINE,
        0.4,
        "",
        "nudes|naked",
        "@IMAGES ~1 of ~1 me|her|him|us",
        "pregnant",
        "send|sent|sends|sending ~3 @IMAGES",
        "if|unless ~2 not ~1 pay|send",
        "want|wants|wanted|demand|demanding|demands ~1 £|#|money|cash",
        "pay|paid ~2 £|#",
        "meet|meeting ~1 up",
        "man|guy|adult|someone|stranger|person|people ~3 on|from @PLATFORM ~3 want|wants|wanted|"
        "asked|asking ~2 meet",
        "pay|paid|pays|paying ~1 for ~2 train|uber|taxi|ticket",
        "send|sent|sends|buy|bought ~1 @OBJ ~2 train|uber|taxi|ticket|tickets",
        "to ~1 meet ~1 him|her|them|up",
        "said ~3 # ~2 but|older",
        "thought ~3 was ~2 my|our ~1 age",
        "turn|turned|turns out ~1 to be",
        "gift card|cards",
        "robux|vbucks",
        "a|an adult|man|guy|stranger ~2 online",
    ),
    cue(ONLINE, 0.3, "", "video call|calls|calling|chat", "facetime"),
    cue(
        ONLINE,
        0.45,
        "c",
        "man|guy|adult|someone|person|people|boy|girl ~1 i|we ~1 do+not ~1 know",
        "ask|asks|asked|asking ~2 to ~1 video+call|facetime|call|come+round",
        "get|gets|getting|got ~1 @OBJ ~1 alone",
    ),
    # An adult who will not leave a child alone: "a man at the bus stop keeps offering me lifts".
    cue(
        ONLINE,
        0.35,
        "c",
        "@ADULT_ROLE ~5 keep|keeps|kept|always ~2 offering|giving|buying|asking|following|"
        "messaging|texting|calling|waiting",
        "@ADULT_ROLE ~4 message|messages|messaging|texts|texting|dms|dming ~1 @OBJ",
        "ask|asks|asking|asked ~2 for ~1 my ~1 number|snap|address|insta|snapchat",
        "take ~1 @OBJ ~1 out",
        "go|going|goes|went ~2 to ~1 a|his|some|this ~1 man|guy|men|older|bloke ~2 house|flat|"
        "place",
    ),
    cue(ONLINE, 0.45, "", "want|wants|wanted|asked|asking|keeps+asking ~2 to ~1 meet|come|see"),
    cue(
        ONLINE,
        0.3,
        "",
        "man|guy|adult|someone|stranger|account|person|boy|girl ~3 on|from @PLATFORM",
        "man|guy|adult|someone|stranger|person|people ~2 i ~1 met ~1 online",
        "man|guy|adult|someone|stranger|person online",
        "met|meet|talking|talk|chatting|chat|speaking|messaging|playing ~3 online",
        "met|meet|talking|talk|chatting|chat|speaking|messaging|playing ~3 on ~1 @PLATFORM",
        "keep|keeps|kept ~1 adding|messaging|texting|dming",
        "message|messages|messaging|texting|texts ~3 night|late",
    ),
    # Grooming by flattery, or by an adult in a position of trust getting close.
    cue(
        ONLINE,
        0.45,
        "c",
        "say|says|saying|said|tell|tells|telling|told|call|calls ~3 beautiful|pretty|sexy|fit|"
        "mature|special|gorgeous|hot",
        # Messages to the child, not to a class group chat.
        "teacher|coach|tutor|youth+worker|leader|priest|imam|instructor ~4 message|messages|"
        "messaging|texting|texts|dm|dms|snapchat|snapchatting|add|added ~1 me|her|him|[name]|my ~1 "
        "late|at+night|on|privately|every|all",
        "teacher|coach|tutor|youth+worker|leader|priest|imam|instructor ~3 gave|give|gives ~1 @OBJ "
        "~2 number|snap|snapchat|insta|instagram",
        "text|message|call|snap ~1 him|her ~3 when|if ~2 lonely|sad|alone|bored|upset",
    ),
)

SECRECY_CUES: tuple[Cue, ...] = (
    cue(
        SECRECY,
        0.45,
        "",
        "not|never ~1 tell ~2 anyone|anybody|no+one|nobody|my|mum|dad|parents|family|teacher|"
        "police",
        "do|did not ~1 tell ~2 anyone|anybody|no+one|nobody|my|mum|dad|parents|family|teacher",
        "tell|told|tells|said|says|asked|asks @OBJ ~1 not ~1 to ~1 tell|say",
        "keep ~3 secret",
        "our ~1 secret",
        "delete|deleting|deleted ~3 chats|messages|texts|conversation|convo",
        "promise|promised ~2 not to tell",
        "no+one|nobody ~1 will|would believe",
    ),
)

MISSING_CUES: tuple[Cue, ...] = (
    cue(MISSING, 0.9, "ut", "missing"),
    cue(
        MISSING,
        0.85,
        "u",
        "not ~2 been|come|came|gone|go|going|went|got ~1 home",
        "not ~2 been|come|came ~1 back ~3 since|for|in|yet|last",
        "no+one|nobody|not ~2 know|knows where ~2 she|he|they|i ~1 is|are|am",
        "never ~2 come|came|been|gone ~1 home|back",
        "stay|stays|staying|stayed|been|was ~1 out ~1 @WHOLE_TIME",
        "stay|stays|staying|stayed|out ~2 out ~1 till|until ~1 #|late|morning",
    ),
    cue(
        MISSING,
        0.85,
        "s",
        "run|running|runs ~1 away|off",
        "keep|keeps ~1 disappearing|running+away",
        "disappear|disappears|disappearing|disappeared ~1 for ~2 @TIME_SPAN",
        "sleep|sleeping|slept|stay|staying|stayed|stays ~3 random|different|whoever|strangers|"
        "people+i+met|people+i+do+not+know",
        "sleep|slept|sleeping ~1 wherever|anywhere",
        "not ~1 going ~1 home|back",
    ),
    cue(
        MISSING,
        0.4,
        "",
        "phone is|has+been|was off|dead",
        "not ~2 answer|answering|replying",
        "not ~2 been|come ~2 in|to ~1 school ~3 for|since",
    ),
)

HOMELESS_CUES: tuple[Cue, ...] = (
    cue(HOMELESS, 0.8, "t", "homeless|homelessness|evict|evicted|eviction"),
    cue(
        HOMELESS,
        0.8,
        "s",
        "kick|kicked|kicks|chuck|chucked|throw|threw|thrown ~2 out",
        "sofa surf|surfing",
        "sleep|sleeping|slept|live|living|stay|staying ~3 in|on|at ~2 car|park|tent|street|"
        "streets|stairwell|station|bus|buses|hostel|shed|garage|bench|doorway|mosque",
        "sleep|slept|sleeping rough",
        "nowhere|not+anywhere ~1 to ~1 stay|sleep|go|live",
        "no ~1 where|place ~1 to ~1 stay|sleep|live",
        "lost ~1 our|the|my flat|house|home",
        "no home",
    ),
    cue(HOMELESS, 0.45, "", "ride|riding|rode ~2 bus|buses|night+bus", "hostel", "b+and+b"),
)

MARRIAGE_CUES: tuple[Cue, ...] = (
    cue(MARRIAGE, 0.4, "t", "@MARRY_ACT"),
    cue(
        MARRIAGE,
        0.6,
        "",
        "force|forced|forcing|make|made|making|pressure|pressured|pressuring ~4 @MARRY_ACT",
        "pick|picked|picking|find|found|finding|choose|chose|chosen|arrange|arranged|arranging|"
        "sort|sorted ~3 a|my|her|his ~1 husband|wife|marriage|wedding",
        "@MARRY ~5 cousin|abroad|turn|older|against|no+say|scared|my+turn|someone+i",
        "want|wants|wanted|expect|expects|told|telling|making ~1 @OBJ|my|her ~2 to ~1 marry|"
        "get+married|be+married",
        "marry|marrying|married ~1 @OBJ ~1 off",
        "marry ~2 the|a ~1 man|woman|boy|girl|guy|person ~2 they|he|she|my|parents ~1 chose|"
        "picked|found|want|choose",
        "if ~2 not ~1 marry",
        "@MARRY_ACT ~8 #10-17",
        "#10-17 ~8 @MARRY_ACT",
        "@ABROAD ~8 to ~1 get+married|marry|be+married",
        "@ABROAD ~8 my|her|his wedding",
        "@MARRY_ACT ~8 not ~1 want|ready|agree|choose|like",
        "take|took|taken|taking ~1 my|her|his ~1 passport",
        "dead to ~1 them|us|the+family|my+family",
        "disown|disowned|disowning",
        "shame|dishonour|honour ~3 family",
        "bring|brought|bringing ~1 shame|dishonour",
        "family ~1 will|would|gonna|going+to ~1 kill",
    ),
    # A young person's own wedding is a sign in itself; with a trip abroad it is a concern.
    cue(
        MARRIAGE,
        0.5,
        "",
        "my|her wedding|marriage|husband+to+be|future+husband|future+wife",
        # "My cousin is getting married in Pakistan and we're all going" is a family wedding;
        # with one more sign (an age, "no say", "scared") it is a concern.
        "=getting|being|be|going+to+get|to+get ~1 married ~8 @ABROAD",
        "be ~1 married ~1 to",
    ),
    # A spouse the young person did not choose: "I will marry who he chooses".
    cue(
        MARRIAGE,
        0.75,
        "",
        "married|marry|engaged ~1 to ~4 never ~1 met",
        "marry ~2 who|whoever|the+man|the+person ~2 he|they|she|my ~1 chooses|choose|picks|wants",
    ),
    # A trip abroad is only a sign beside another one (a wedding, "my turn", "no say").
    cue(
        MARRIAGE, 0.3, "", "take|taking|took|taken|send|sending|sent|fly|flying|go|going ~4 @ABROAD"
    ),
    cue(
        MARRIAGE,
        0.4,
        "",
        "no say",
        "my turn",
        "sort @OBJ out",
        "not ~3 coming|come|going|be+coming ~1 back",
        "send|sent|sending|take|taking|took ~1 @OBJ ~1 to|back+to ~1 @ABROAD",
        "send|sent|sending|take|taking|took ~1 @OBJ ~1 @ABROAD",
        "be|being|been|am|is|was|get|getting ~1 sent|taken ~2 @ABROAD",
        "send|sent|sending ~1 @OBJ ~1 away|back",
    ),
    # An engagement is happy news unless something else is wrong ("got engaged at 15", "no say").
    cue(MARRIAGE, 0.25, "", "@ABROAD", "get|getting|got ~1 engaged"),
)

FGM_CUES: tuple[Cue, ...] = (
    cue(FGM, 0.95, "t", "fgm", "circumcise|circumcised|circumcision"),
    cue(
        FGM,
        0.6,
        "",
        "be|being|get|getting|got|have|having|had ~1 cut ~3 when|in|during|over|this|summer|"
        "holiday|holidays|abroad|there|@ABROAD",
        "cut ~3 clean|woman|ceremony|turn|girls",
        "girls ~1 in ~2 family ~3 cut",
    ),
    cue(
        FGM,
        0.5,
        "c",
        "get|getting|be|being|been cut",
        "special|secret ceremony",
        "ceremony ~6 summer|holiday|abroad|woman|@ABROAD",
        "become|becoming ~1 a ~1 woman",
        "down there",
    ),
)

WEAPON_CUES: tuple[Cue, ...] = (
    cue(
        WEAPON,
        0.9,
        "u",
        "carry|carries|carrying|carried|keep|keeps|kept|have|has|had|got|bring|brings|brought|"
        "hide|hid|hiding|show|showed|shows|pull|pulled|pulls|wave|waving|waved|hold|holding|held|"
        "own|owns|buy|bought ~3 @WEAPON",
        "@WEAPON ~1 in|under|behind|on|inside ~3 bag|pocket|room|waistband|wardrobe|pillow|bed|"
        "coat|jacket|yard|house|flat|sock|locker|car",
        "@WEAPON ~1 to|against ~2 throat|neck|face|head|chest|stomach",
        "knife+point|knifepoint|gunpoint|gun+point",
        "@WEAPON ~1 hidden|stashed",
        "with ?a|an|his|her|their|my @WEAPON",
    ),
    cue(
        WEAPON,
        0.95,
        "u",
        "stab|stabbed|stabbing|shank|shanked|shanking|slash|slashed|chinged|ching|juked|jook",
        "wet ~1 @OBJ ~1 up",
        "shoot|shot|shooting ~1 @OBJ|at",
        "get|got|been|was|were|be|getting shot",
        "acid attack",
    ),
)

THREAT_CUES: tuple[Cue, ...] = (
    cue(
        THREAT,
        0.85,
        "u",
        "threaten|threatened|threatening|threatens ~1 @OBJ",
        "threaten|threatened|threatening|threatens ~1 to ~1 @THREATEN",
        "send|sending|sent|get|getting|got ~2 threats",
        "death threat|threats",
        "do ~1 @OBJ ~1 in",
        "catch ~1 @OBJ ~1 slipping",
        "out to get",
        "know|knows|found+out ~1 where ~3 live|lives|stay|stays",
        "next time ~4 @THREATEN",
        "set ~3 on fire",
        "would|will|is|'ll ~1 be ~1 next",
        "come ~1 back ~3 @WEAPON",
    ),
    # "they're going to stab me", "he said he'd hurt my mum": a harm promised to someone named.
    cue(THREAT, 0.85, "ou", "@FUTURE ~3 @THREATEN"),
    cue(
        THREAT,
        0.5,
        "",
        "come|coming ~1 for ~1 @OBJ",
        "look|looking ~1 for ~1 @OBJ",
        "watch ~1 your|my back",
        "wait|waiting|waited ~4 outside ~3 school|house|flat|gates|door|home",
        "spit|spat|spits ~1 on",
    ),
    cue(
        THREAT,
        0.55,
        "c",
        "or ~2 they|he|she ~2 will|would ~2 come|find|get|hurt|kill|ruin|post|send",
        "ruin ~1 my|your|her|his ~1 life",
        "been ~1 going ~1 on ~2 for|since",
        "been ~1 happening ~2 for|since",
        "scared|afraid|frightened ~2 to ~1 tell",
    ),
    cue(
        THREAT,
        0.4,
        "",
        "not over",
        "or else",
        "if ~2 snitch|tell|stop|leave|refuse|talk",
        "wait|waiting ~1 for ~1 @OBJ",
        "come ~1 back",
    ),
    cue(
        THREAT,
        0.8,
        "",
        "get|got|been|was|were|keep+getting|getting|being ~1 jumped|robbed|mugged|attacked|"
        "battered|beaten|merked|bottled|chased|followed",
    ),
    cue(THREAT, 0.8, "o", "jump|jumped|jumping|rob|robbed|robbing|mug|mugged|mugging"),
    cue(THREAT, 0.6, "o", "follow|following|followed|follows|chase|chasing|chased|chases"),
    cue(THREAT, 0.45, "t", "bully|bullied|bullying"),
)

TRAFFICKING_CUES: tuple[Cue, ...] = (
    cue(TRAFFICKING, 0.85, "t", "traffick|trafficked|trafficking|modern+slavery"),
    cue(
        TRAFFICKING,
        0.75,
        "",
        "bring|brought|smuggle|smuggled ~1 @OBJ ~3 over|to+london|to+the+uk|to+england|"
        "in+a+lorry|in+a+van|from",
        "was|were|got|been|being brought ~2 here|over|from|to+the+uk|to+london|to+england|"
        "to+this+country",
        "made|forced ~1 to ~1 work ~3 for|every|no|free|pay|nights",
        "keep|keeps|kept|took|take|taken|has|have ~2 @POSS|the passport|passports|documents|"
        "papers|id",
        "work|working|works|clean|cleaning|cook|cooking|cleans ~5 for ~1 @UNPAID",
        "make|makes|made ~1 @OBJ ~1 work|clean|cook ~5 for ~1 @UNPAID",
        "bring|brought|smuggle|smuggled ~3 here|over ~2 from",
        "work ~3 to ~1 pay ~3 back|off|for",
        "sold ~2 to",
        "cannabis house|farm|factory|grow",
        "fight|fighting ~2 for ~1 a|the ~1 cause",
        "move|moves|moved|moving ~4 between|around ~2 houses|cities|places|flats",
        "in a lorry",
    ),
    cue(
        TRAFFICKING,
        0.35,
        "c",
        "work|working|works ~4 every ~1 day|night",
        "lives|sleeps|sleeping|living ~1 there|at+work|in+the+shop|in+the+restaurant",
        "pay ~1 them|him ~1 back",
        "can not|never ~1 leave",
        "not|never ~1 go|goes ~1 to school",
        "nail bar|shop|salon",
        "car wash",
        "came|come ~2 over|here ~2 from",
    ),
)

RADICALISATION_CUES: tuple[Cue, ...] = (
    cue(
        RADICALISATION,
        0.75,
        "t",
        "extremist|extremism|extreme+views|far+right|radical|radicalise|radicalised|radicalisation|"
        "jihad|jihadi|nazi|nazis|isis|terrorist|terrorism",
    ),
    cue(
        RADICALISATION,
        0.55,
        "c",
        "fight|fighting ~2 abroad|syria",
        "ready|prepare|preparing ~2 fight|war",
        "race war",
        "bomb|bombs|bombing|explosive|explosives",
        "hate ~1 video|videos|stuff|speech|groups|memes",
        "secret meeting|meetings",
        "killing people",
        "kill|killing|attack|attacking|get+rid+of ~2 immigrants|muslims|jews|black+people|"
        "gay+people|foreigners|white+people|them+all|infidels|kuffar|non+believers|unbelievers|"
        "nonbelievers|kafir",
        "say|says|said|told|tell|tells ~2 i|we|me ~1 should|must|have+to ~1 join",
        "being ~1 replaced|wiped+out|invaded",
        "great replacement",
        "go|come ~2 to ~1 his|their ~1 meeting|meetings|mosque|church|group|gym",
        "cut off ~2 family|families|friends",
        "the enemy",
        "propaganda",
        "brainwash|brainwashed|brainwashing",
    ),
    cue(
        RADICALISATION,
        0.3,
        "",
        "war",
        "join ~3 group|cause|fight|army|movement|them",
        "go ~2 fight",
        "want|wants|wanting ~2 to ~1 fight|go+fight|join",
        "meeting|meetings",
        "leaflet|leaflets",
        "group chat",
        "telegram",
        "do something about it",
        "keep|keeps ~1 sending @OBJ",
        "he|she has|is changed",
    ),
)

UNSAFE_CUES: tuple[Cue, ...] = (
    cue(
        UNSAFE,
        0.75,
        "s",
        "not ~2 feel ~1 safe",
        "not safe ~2 home|house|going+home|with|there",
        "home|house ~2 not ~1 safe",
        "scared|afraid|frightened|terrified|petrified ~3 home|house|going+back",
        "not want ~1 to ~1 go ~1 home|back+home",
        "hate|dread|dreading going ~1 home|back",
        "please not make @OBJ",
        "not like being ~2 alone with",
        "try|tries|trying|tried ~4 alone",
    ),
    cue(
        UNSAFE,
        0.6,
        "s",
        "scared|afraid|frightened|terrified|petrified ~1 of ~2 @HOUSEHOLD|him|her|them|what",
        "scared|afraid|frightened|terrified|worried ~4 will|would|going+to ~2 hurt|hit|kill|"
        "find+out|do",
        "rather ~1 sleep|stay|be ~3 park|street|streets|anywhere|outside",
        "flinch|flinches|flinching",
    ),
    cue(UNSAFE, 0.5, "o", "scare|scares|scaring"),
    cue(
        UNSAFE,
        0.5,
        "cs",
        "make|makes|made ~1 @OBJ ~1 scared|uncomfortable|feel+weird|feel+sick|feel+scared",
        "can not|scared+to|afraid+to ~1 sleep ~2 in ~1 my ~1 room|bed",
        "started|start|began ~2 in ~1 year ~1 #",
        "still ~1 happening|going+on",
    ),
    cue(
        UNSAFE,
        0.45,
        "c",
        "hear|see|hears ~1 my ~1 @HOUSEHOLD ~2 come|coming|get|getting ~1 home|in|back",
        "@HOUSEHOLD ~2 not ~1 care|bothered",
    ),
    cue(
        UNSAFE,
        0.3,
        "c",
        "feel|feels|felt ~1 sick|scared|panicky|shaky|shaking",
        "look|looks|looking|looked|stare|stares|staring ~1 at ~1 @OBJ",
        "@KIN|@HOUSEHOLD|he|she ~1 comes|come|keeps+coming|creeps ~1 in",
    ),
    cue(
        UNSAFE,
        0.5,
        "",
        "look|looks|looking|looked|stare|stares|staring ~1 at ~1 @OBJ ~1 weird|funny|strange|"
        "creepy|weirdly",
        "what happens|goes+on ~1 at|in ~1 @POSS house|home|flat",
        "not tell ~1 anyone ~1 but",
    ),
    cue(UNSAFE, 0.35, "", "lock|locks|locking|locked ~1 the ~1 door", "hate ~2 at ~1 home"),
    cue(
        UNSAFE,
        0.35,
        "",
        "uncomfortable",
        "creepy|creeps|pervert|perv|paedo|paedophile|nonce",
        "jump|jumps ~1 when|whenever|every+time",
        "keys ~2 door",
        "get ~1 in ~1 trouble",
        "what comes next",
        "when he|she ~1 is|has ~1 drunk|drinking|been+drinking",
    ),
)

REFERS_BACK_CUES: tuple[Cue, ...] = (
    cue(
        REFERS_BACK,
        0.0,
        "c",
        "do|does|doing|did ~2 it|that|this",
        "happen|happens|happening|happened ~1 to",
        "that|this|which is ~1 what ~4 doing|does|did|do|happening",
        "that|this is ~1 literally|exactly|basically|just ~1 like ~1 my|me|us|him|her|[name]",
        "go|going|went ~1 through ~1 it|that|this",
        "same ~1 thing",
        "involved|caught+up ~1 in ~1 it|that",
        "in ~1 it|that ~1 too",
    ),
)

OUTSIDE_CUES: tuple[Cue, ...] = (
    *CRIMINAL_CUES,
    *EXPLOITATION_CUES,
    *ONLINE_CUES,
    *SECRECY_CUES,
    *MISSING_CUES,
    *HOMELESS_CUES,
    *MARRIAGE_CUES,
    *FGM_CUES,
    *WEAPON_CUES,
    *THREAT_CUES,
    *TRAFFICKING_CUES,
    *RADICALISATION_CUES,
    *UNSAFE_CUES,
    *REFERS_BACK_CUES,
)
