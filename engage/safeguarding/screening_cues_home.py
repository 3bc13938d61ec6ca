"""Cues for harm at home and to oneself: abuse, neglect, self-harm, suicide, overdose, eating.

Written as general vocabularies (see ``screening_concepts`` for the flags and weights).
"""

from __future__ import annotations

from engage.safeguarding.screening_concepts import (
    ABUSE,
    CONTROL,
    DOMESTIC,
    EATING,
    EMOTIONAL,
    NEGLECT,
    OVERDOSE,
    PHYSICAL,
    SELF_HARM,
    SEXUAL,
    SUICIDE,
    Cue,
    cue,
)

PHYSICAL_CUES: tuple[Cue, ...] = (
    # Abuse named without saying what it was: "what my uncle did to me".
    cue(ABUSE, 0.65, "", "what ~3 did|done ~1 to ~1 @OBJ"),
    cue(
        ABUSE,
        0.6,
        "c",
        "what ~1 happened ~2 with|to|at ~1 @POSS ~2 uncle|dad|step+dad|brother|cousin|coach|"
        "teacher|"
        "grandad|mum+boyfriend",
    ),
    cue(ABUSE, 0.3, "c", "to forget", "drinking|drink ~1 every ~1 day|night"),
    # "do" and "did" are kept apart by the stemmer only for this: "what they were doing to me"
    # is a nurse explaining a procedure.
    cue(PHYSICAL, 0.8, "o", "@HIT", "beat|batter|hit|punch|kick|slap|box @OBJ up"),
    # Done to the speaker or someone named before it: "I get hit", "she got beaten up".
    cue(
        PHYSICAL,
        0.8,
        "",
        "get|got|been|was|were|being|getting|gets|be ~2 @HIT|hurt|burnt|burned|pushed|grabbed|"
        "beat|beaten|beaten+up|battered|abused|assaulted|attacked",
    ),
    cue(PHYSICAL, 0.7, "o", "@HURT", "cut|cuts|cutting"),
    cue(
        PHYSICAL,
        0.8,
        "",
        "give|gives|gave|giving ~1 @OBJ ~1 the ~1 belt",
        "give|gives|gave|giving ~1 @OBJ ~1 a ~1 hiding|beating|kicking|slap|smack|black+eye|"
        "battering",
        "put|puts|putting|lay|lays|laid|laying ~1 @POSS|their|his|her ~1 hand|hands ~1 on",
        "@HOUSEHOLD|boyfriend|girlfriend|partner|ex|brother|he|she ~2 is|are|was|gets|get|can+be "
        "~1 violent|abusive|dangerous",
    ),
    cue(PHYSICAL, 0.75, "o", "get|gets|got|getting physical|violent|rough ~1 with"),
    cue(PHYSICAL, 0.7, "t", "abuse|abused|abusing|abusive"),
    cue(PHYSICAL, 0.75, "", "@HIT|@HURT|abuse|abused by"),
    cue(
        PHYSICAL,
        0.8,
        "",
        "hidings|a+hiding|licks|beatings|a+beating|a+battering|thrashing|whooping",
        "pull|pulls|pulled|pulling|drag|dragged|grab|grabbed|twist|twists ~3 hair|ear|ears",
        "make|makes|made ~1 @OBJ ~1 stand|stay|sleep|wait ~2 outside|in+the+cold|in+the+garden",
        "make|makes|made ~1 @OBJ ~6 till|until ~3 sick|cry|crying|bleed|faint|collapse|pass+out",
        "hand|hands round|around ~1 neck|throat",
        "pin|pinned|pins|hold|held|holds ~2 down|against",
        "put ~3 in hospital",
        "twist|twists|twisted|twisting ~2 arm",
        "push|pushes|pushed|shove|shoved|bang|bangs|banged|slam|slams|slammed ~2 head",
        "violent|aggressive|abusive ~2 to|towards|with ~1 @OBJ|my|mum|us|[name]",
        "violent|abusive ?step dad|mum|boyfriend|girlfriend|partner|ex|home|household|family",
        "domestic abuse|violence ~3 home|house|flat|my|our",
    ),
    cue(PHYSICAL, 0.75, "o", "throw|throws|threw|chuck|chucks|chucked|hurl ~3 at|against"),
    cue(PHYSICAL, 0.7, "o", "throw|throws|threw|thrown|throwing|chuck|chucked|fling|flung|flings"),
    cue(
        PHYSICAL,
        0.8,
        "",
        "headlock|chokehold|strangle+hold",
        "could|can not ~1 breathe",
    ),
    cue(PHYSICAL, 0.7, "o", "go|goes|went|came|comes|going for", "bit|bitten"),
    # Violence as a habit, with nobody named after it: "he's always hitting".
    cue(PHYSICAL, 0.75, "", "always|keeps|keep|constantly|still ~1 @HIT"),
    cue(PHYSICAL, 0.6, "", "broke|break|broken|snapped ~2 arm|nose|wrist|leg|rib|ribs|jaw|finger"),
    cue(
        PHYSICAL,
        0.65,
        "s",
        "bruise|bruises|bruised|black+eye|black+eyes",
        "mark|marks|burns|welts|bruise ~2 on",
        "went|turned|gone purple|blue|black",
        "split lip",
        "lost ~1 tooth",
        "need|needed|got stitches",
        "cut|cuts ~1 head|face|lip",
        "spat|spit|spits on",
        "bleeding|bled|concussion|cracked+rib|fingerprints|handprint|hand+print|burn+marks|"
        "belt+marks|welts|swollen",
    ),
    # Violence aimed near a child, as a warning: "punched a hole in the door".
    cue(
        DOMESTIC,
        0.45,
        "c",
        "punch|punched|punches|kick|kicked|kicks|smash|smashed|smashes ~3 wall|walls|door|hole|"
        "window|windows|tv|plates",
        "throw|throws|threw|chuck|chucked ~2 things|stuff|plates|chairs",
    ),
)

DOMESTIC_CUES: tuple[Cue, ...] = (
    cue(
        DOMESTIC,
        0.7,
        "",
        "smash|smashes|smashed|smashing ~1 up ~2 house|flat|place|home|room|kitchen",
        "call|called|ring|rang 999|police ~2 on",
        "get|got|went|stand|stood ~1 between",
    ),
    cue(
        DOMESTIC,
        0.4,
        "",
        "in front of",
        "@HOUSEHOLD|parents ~2 fight|fighting|argue|arguing|row|rowing",
        "scream|screaming|shouting|smashing|fighting ~3 every|all night|weekend|day",
        "hear|heard ~2 screaming|crying|shouting|hitting",
        "as ~1 a ~1 punishment",
    ),
    cue(
        DOMESTIC,
        0.75,
        "h",
        "@HOUSEHOLD|parents ~3 @HIT|batter|beat|hit|fight|fighting|hurt ~1 each ~1 other",
    ),
    cue(
        DOMESTIC,
        0.5,
        "cs",
        "fight|fighting|fights|arguing|violence|screaming|rows ~3 at ~1 home|house",
        "police ~2 come|came|called|round ~2 house|home|round|again|every",
    ),
)

SEXUAL_CUES: tuple[Cue, ...] = (
    cue(
        SEXUAL,
        0.95,
        "",
        "rape|raped|raping|molest|molested|molesting|grope|groped|fondle|fondled",
        "sexually abuse|abused|assault|assaulted|touch|touched",
        "sexual abuse|assault",
        "touched|groped|abused|assaulted|molested|raped|fondled|interfered ~1 by",
        "force|forced|forces ~2 himself|herself ~1 on",
        "expose|exposed|exposes|exposing|flash|flashed|flashes|flashing himself|themselves",
        "get|got|been|was|were|being|getting ~2 touched|groped|touched+up|felt+up|molested|flashed",
        "force|forced|forces|make|makes|made ~1 @OBJ ~1 watch|look+at ~2 porn|videos|it|him|them",
        "force|forced|forces|made|make|makes|making|pressure|pressured @OBJ|my|his|her ~3 "
        "have+sex|sex|sexual|do+stuff|do+things|do+sexual|touch+him|touch+her|touch+it",
        "try|tried|tries|trying ~2 have sex",
        "forced|pressured|pressurised|made ~1 to ~1 have+sex|do+sexual|do+stuff|sleep+with",
        "put ~3 hand|hands up|down|in|inside ~2 skirt|top|clothes|trousers|pants|knickers|shorts",
        "touch|touched|touches|touching ~3 under ~1 clothes",
        "feel|felt|feels ~1 @OBJ ~1 up",
        "spike|spiked",
        "did|does|doing|done something ~1 down there",
        "give|gave|giving ~1 him ~1 head",
    ),
    cue(SEXUAL, 0.85, "o", "do|does|did|doing stuff|things|something ~1 to"),
    # "fingered" by its exact form: "finger" is also the body part ("cut my finger").
    cue(
        SEXUAL, 0.75, "o", "touch|touching|touches|touched|=fingered|=fingering|grope|flash|flashed"
    ),
    # Abuse made to seem normal or secret: "he says it's normal for dads to touch their daughters".
    cue(
        SEXUAL,
        0.75,
        "c",
        "say|says|said|tell|tells|told ~3 normal|okay|ok|fine|allowed ~5 touch|touching|kiss|sex|"
        "sleep|bed",
        "make|makes|made|tell|tells|told ~1 @OBJ ~1 keep ~2 secret|secrets|quiet",
    ),
    # Consent ignored: "he kissed me and wouldn't stop when I said no".
    cue(
        SEXUAL,
        0.5,
        "c",
        "even ~1 when|though|after|tho ~1 i|she|he ~1 said|says|say ~1 no",
        "would|will|did not stop ~3 said|say|told|asked|begged",
        "when ~1 i|she ~1 said ~1 no",
    ),
    cue(SEXUAL, 0.4, "o", "kiss|kissed|kissing|kisses|sleep+with|slept+with"),
    # Touch the child keeps refusing: "he keeps trying to kiss me".
    cue(SEXUAL, 0.65, "o", "keep|keeps|kept|try|tries|trying|tried ~2 kiss|touch|hug|cuddle|grab"),
    cue(
        SEXUAL,
        0.75,
        "",
        "touch|touched|touching|touches|grab|grabbed|grabs ~2 bum|chest|boobs|breasts|privates|"
        "crotch|thigh|leg|body|willy|dick",
        "get|gets|got|getting ~1 in|into ~1 bed ~1 with",
        "make|makes|made ~1 @OBJ ~1 sleep|lie|lay ~2 in|on ~1 his|her|their ~1 bed",
        "sleep|sleeps|slept|sleeping ~1 in ~1 my|her|his ~1 bed ~1 with",
        "share|shares|sharing ~1 a|his|her ~1 bed",
        "get|gets|got|getting|come|comes|came|creep|creeps|crept|sneak|sneaks|climb|climbs|"
        "climbed ~1 in|into ~1 my|her|his|our|bed ~1 bed",
        "come|comes|came|coming|get|gets|got|creep|creeps|crept|sneak|sneaks|walk|walks ~2 in|into "
        "~2 room|bed|bedroom|bathroom|shower ~2 at+night|in+the+night|every+night|when|while|late",
        "try|tries|tried|trying ~2 get in ~1 bed",
        "watch|watches|watched|watching ~3 shower|showering|change|changing|undress|undressing|"
        "sleep|sleeping|bath|get+changed|getting+changed",
        "sit|sat|sitting ~1 on ~1 his|her lap",
        "no|without clothes",
        "clothes|top|trousers|shirt|pants off",
        "undress|undressed",
    ),
    cue(
        SEXUAL,
        0.5,
        "",
        "come|comes|came|coming|get|gets|got|creep|creeps|crept|sneak|sneaks ~2 in|into ~2 room|"
        "bed|bedroom",
        "come|comes|came|walk|walks|walked ~2 in|into ~4 shower|bath|bathroom|changing",
        "take|takes|taking|took|bring|brings|brought|call|calls ~4 in|into ~2 room|bedroom|bed",
        "porn",
        "privates|private+parts",
        "naked",
        "lap",
    ),
    # Sexual material sent or shown: a sign about whoever it is sent to.
    cue(
        SEXUAL,
        0.75,
        "c",
        "@IMAGES ~2 of ~1 his|her|their ~1 @SEX_BODY",
        "dick ~1 pic|pics|picture|pictures",
        "send|sends|sent|sending|show|shows|showed|showing ~2 porn|dirty|sexual|nudes",
        "send|sends|sent|sending|show|shows|showed|showing ~1 @OBJ ~1 @IMAGES ~1 of ~1 his|her ~1 "
        "@SEX_BODY",
        "videos|pictures|films ~1 of ~1 people ~1 having sex",
        "dirty|sexual|rude messages|texts|pictures|pics|videos|snaps",
        "@IMAGES ~1 of ~1 himself|herself",
    ),
    cue(SEXUAL, 0.4, "", "asleep|everyone+is+asleep|when+i+am+sleeping"),
    # Euphemisms that only mean abuse beside another sign: "he still does it when mum is at work".
    cue(
        SEXUAL,
        0.45,
        "c",
        "does|did stuff|things",
        "still ~1 does|doing|do ~1 it",
        "start|started|starts|began ~1 when ~1 i|she|he ~1 was|were #",
        "when ~1 @HOUSEHOLD|everyone ~2 is|are|was|goes|at ~2 work|out|asleep|away|sleeps|"
        "sleeping|shopping",
    ),
)

NEGLECT_CUES: tuple[Cue, ...] = (
    cue(
        NEGLECT,
        0.75,
        "s",
        "no|not|nothing|never ~3 food|eat ~3 house|home|flat|fridge|cupboard|cupboards",
        "nothing ~2 fridge|cupboard|cupboards",
        "nothing at home",
        "no food",
        "nothing to eat",
        "not ~2 proper meal|meals",
        # "So hungry after school" is everyday; "always hungry" is not.
        "always|constantly|often hungry",
        "go|goes|went|going ~2 bed hungry",
        "go|goes|went|going hungry",
        "forget|forgets|forgot ~1 to feed",
        "nobody|no+one ~2 feed|feeds|cook|cooks",
        "not ~1 fed",
        "not|never ~1 feed|feeding ~1 @OBJ|us|me|properly",
        "not ~1 let ~1 @OBJ ~2 wash|shower|bath|use+the+shower|use+the+bathroom",
        "never ~2 fed|feed",
        "lock|locks|locked|locking ~2 fridge|cupboard|cupboards|food|kitchen",
        "left|leave|leaves ~3 alone|home+alone|on+my+own|on+our+own|by+myself|by+ourselves|"
        "on+her+own|on+his+own ~4 @NUMWORD|for|all|every|whole|when|while|to ~2 day|days|week|"
        "weeks|night|nights|weekend|weekends|time|holiday|holidays|half+term|out|goes|go|look",
        "left|leave|leaves ~6 all+day|all+night|for+days|overnight|all+weekend",
        "home+alone|on+his+own|on+her+own|by+himself|by+herself|on+my+own|by+myself ~3 every|all|"
        "till|until|at+night|for+days|overnight",
        "always|often|keeps|keep ~2 left ~2 alone|home+alone|on+his+own|on+her+own|on+my+own|"
        "by+himself|by+herself",
        "nobody|no+one ~3 look|looks|looking|looked ~1 after",
        "not ~1 look|looks|looked ~1 after",
        "same clothes|uniform ~2 every",
        "no ~1 clean ~1 clothes|uniform",
        "head lice|nits",
        "no ~1 bed|mattress",
        "mattress on ~1 the ~1 floor",
        "electric|electricity|gas|water ~2 cut+off|been+cut+off",
        "nobody|no+one ~1 wash|washes|washed|change|changes|changed",
        "needles ~2 round|around|everywhere|on+the+floor|in+the+flat|in+the+house",
        "strangers ~3 flat|house|home",
        "spend|spends|spent ~2 all|everything ~1 on ~1 drink|drugs|alcohol|gambling",
        "stealing ~1 food",
    ),
    cue(
        NEGLECT,
        0.4,
        "s",
        "no ~2 hot+water|electric|electricity|heating|gas|power",
        "nappy rash",
        "hungry",
    ),
    cue(
        NEGLECT,
        0.65,
        "h",
        "@HOUSEHOLD|parents|boyfriend|girlfriend|partner ~4 @INTOX",
        "@HOUSEHOLD|parents ~3 drink|drinks|drinking ~2 every|all",
        "@HOUSEHOLD|parents ~3 forget|forgets|forgot ~1 to",
    ),
    cue(
        NEGLECT,
        0.8,
        "uh",
        "@HOUSEHOLD|parents ~3 gone|away|left|not+been+home|not+come+home|not+been+back ~4 "
        "@NUMWORD @TIME_SPAN",
        "@HOUSEHOLD|parents ~3 not ~2 come|came|been|coming ~1 home|back",
        "not ~1 seen ~1 my ~1 @HOUSEHOLD ~3 @NUMWORD @TIME_SPAN",
        "@HOUSEHOLD|parents ~2 left us|me",
    ),
    cue(
        NEGLECT,
        0.45,
        "h",
        "@HOUSEHOLD|parents ~1 left|walked+out|abandoned|disappeared",
        "@HOUSEHOLD|parents ~3 always|never ~1 out|home|around|there|in",
    ),
    cue(
        NEGLECT,
        0.45,
        "cs",
        "with|had|have|got ~1 no ~1 breakfast|dinner|food|coat|lunch|shoes|clean+clothes",
        "shoes ~2 holes|too+small",
        "@HOUSEHOLD ~1 know|knows|knew ~3 nothing|does+nothing|did+nothing|not+care|not+do",
    ),
    cue(NEGLECT, 0.3, "c", "smell|smelling|smelly|dirty|stink|stinking"),
    cue(
        NEGLECT,
        0.4,
        "c",
        "look|looks|looking ~1 after ~1 my|our ~2 brother|brothers|sister|sisters|siblings|baby",
        "kept|keep|keeps ~1 @OBJ ~1 off ~1 school",
    ),
    cue(
        NEGLECT,
        0.65,
        "s",
        "not ~1 get|given|have|had|got ~1 dinner|tea|breakfast|meals|fed",
        "get|given|have|had|got ~1 no ~1 dinner|tea|breakfast|food|meals",
    ),
)

EMOTIONAL_CUES: tuple[Cue, ...] = (
    cue(
        EMOTIONAL,
        0.7,
        "",
        "worthless",
        "waste of space",
        "call|calls|called|say|says|said|tell|tells|told|treat|treats|treated ~4 a ~1 burden|"
        "mistake|waste",
        "call|calls|called|calling ~1 @OBJ ~1 fat|stupid|ugly|useless|names|mistake|worthless|"
        "thick|slag|slut|disgrace|waste|retard",
        "put|send|sending|sent ~1 @OBJ ~1 in|into care",
        "wish|wishes|wished ~2 never ~1 had ~1 @OBJ",
        "tell|tells|told|telling ~1 @OBJ ~2 kill+myself|kill+yourself|go+die|die",
        "swear|swears|swearing ~1 at ~1 @OBJ ~3 every|all|always",
        "not ~1 talk|speak ~1 to ~1 @OBJ ~2 for ~1 days|weeks",
        "make|makes|made|keep|keeps|kept|force|forces|forced ~1 @OBJ ~1 stay ~2 in ~2 room|bedroom|"
        "house|flat",
        "keep|keeps|kept ~1 @OBJ ~1 in ~2 room|bedroom|house|flat|shed|cupboard",
        "only ~1 let|lets ~1 @OBJ ~1 out",
        "make|makes|made ~1 @OBJ ~1 sleep ~2 outside|garden|shed|car|balcony|floor|hallway",
        "wish|wishes|wished ~1 @OBJ|i|you ~2 never+born|dead|gone|was+dead|was+never+born",
        "lock|locks|locked|locking ~3 in|out|up|inside",
        "@NEVER allowed ~3 out|outside|leave|eat|phone|friends|see|school|go+out|talk",
        "not let ~1 @OBJ ~3 out|leave|eat|see|go|have",
        "wee|pee|toilet ~2 bucket",
    ),
    cue(
        NEGLECT,
        0.5,
        "",
        "sleep|sleeping|slept|make ~3 on the floor",
        "on ~1 our|my ~1 own|by+ourselves|by+myself ~3 for|since|all ~2 @TIME_SPAN|week|weeks",
        "stand|standing|stood ~3 corner",
        "without food",
    ),
    cue(EMOTIONAL, 0.5, "o", "hate|hates|despise"),
    cue(
        EMOTIONAL,
        0.35,
        "",
        "shout|shouts|shouting|scream|screams|screaming|yell|yells ~1 at",
        "raise|raises|raising|raised ~1 voice",
        "angry|mad|kick+off ~4 drunk|drinking",
    ),
)

CONTROL_CUES: tuple[Cue, ...] = (
    cue(
        CONTROL,
        0.6,
        "",
        "check|checks|checking|go+through|goes+through ~1 @POSS phone",
        "track|tracks|tracking ~2 location",
        "location ~1 24/7|all+the+time",
        "belong to",
        "go|goes|went mad|crazy|mental|psycho ~1 if|when",
        "take|takes|took ~1 @POSS money",
        "watch|watches|watching everything",
        "control|controls|controlling ~1 what|who|where|everything",
        "not let ~1 @OBJ ~3 see|talk|wear|go+out",
    ),
    cue(CONTROL, 0.3, "", "jealous", "because he love|loves"),
)

SELF_HARM_CUES: tuple[Cue, ...] = (
    cue(
        SELF_HARM,
        0.95,
        "",
        "cut|cutting|carve|carving|burn|burning|burnt|scratch|scratching|hurt|hurting|harm|"
        "harming|hit|hitting|punch|punching|bite|biting|starve|starving|bang|banging|slash|"
        "slashing|stab|stabbing|injure|injuring|mutilate myself|herself|himself|themselves|"
        "themself|ourselves",
        "cut|cuts|cutting|carve|carving|carved|slash|slit ~2 wrist|wrists|arm|arms|leg|legs|"
        "thigh|thighs|hip|hips|stomach|skin",
        "cuts|scars|scar|marks|burns|scratches ~3 on|over|up|down|across|all ~2 arm|arms|wrist|"
        "wrists|leg|legs|thigh|thighs|hip|hips|stomach|body",
        "fresh|new|deep cuts",
    ),
    cue(SELF_HARM, 0.9, "t", "self harm|harmer|harming|harmed|injury|injure|injuring"),
    cue(
        SELF_HARM,
        0.85,
        "s",
        "been|keep|keeps|started|start|stop|stopped|still|was|am|is|are|were self harm",
        "been|keep|keeps|started|start|still ~1 cutting|burning|scratching",
        "used to ~1 cut|self+harm|burn+myself|hurt+myself|starve+myself",
        "scars|scar|marks ~3 from ~3 cutting|cut|self+harm|self+harming|burning",
        "started ~1 again|back ~3 cutting|cut|self+harm|hurting+myself",
        "cutting again",
        "relapsed|relapsing",
        "# days|weeks|months|years clean",
        "clean for # days|weeks|months|years",
        "razor|blade|sharpener|lighter|compass ~3 on|into|to|against ~2 arm|arms|skin|leg|legs|"
        "wrist|wrists|thigh|thighs|hip|hips|myself",
        "till|until ~2 bleed|bleeds|bled|bleeding",
        "pull|pulls|pulled|pulling ~2 hair out",
    ),
    cue(
        SELF_HARM,
        0.6,
        "s",
        "punch|punching|punched|hit|hitting|bang|banging|smash|smashing ~2 head|wall|walls",
        "scratch|scratches|scratching ~3 till|until|face|arms|skin",
    ),
    cue(SELF_HARM, 0.3, "", "on purpose"),
    cue(
        SELF_HARM,
        0.5,
        "s",
        "long sleeves",
        "so no+one|nobody ~1 see|sees|notice|notices|ask|asks|know|knows",
        "hide|hiding|cover|covering|covered ~3 cuts|scars|marks|bruises|arms|wrists",
        "use|used|using ~1 a|the razor|blade|sharpener|compass",
    ),
)

SUICIDE_CUES: tuple[Cue, ...] = (
    cue(
        SUICIDE,
        1.0,
        "",
        "kill|killing|end|ending myself|herself|himself|themselves|themself|yourself",
        "end|ending|take|taking|took ~1 my|her|his|their|own ~1 life|lives",
        "hang|hanging|drown|drowning|poison|poisoning|gas ~1 myself|herself|himself",
    ),
    cue(SUICIDE, 0.95, "t", "suicidal|suicide"),
    cue(
        SUICIDE,
        0.95,
        "s",
        "want|wanted|wanting|going+to|plan|planning|planned|think|thinking|thought|thoughts|try|"
        "tried|trying|attempt|attempted|consider|considering|wish ~2 die|dying|death|end+it|"
        "end+things|end+everything|not+be+here|suicide",
        "end it all",
        "want|wish|hope|rather ~3 die|dead",
        "want|wish|hope ~2 disappear|vanish|be+gone|not+exist|stop+existing",
        "wish ~3 @GONE|disappear",
        "not|never want ~1 to be+here|be+alive|live|exist|wake+up|be+around|carry+on|go+on",
        "not|never wake up",
        "sleep forever",
        "no point ~2 living|life|being+alive|going+on|being+here|anymore|in+anything",
        "not see ~2 point|reason ~2 living|life|anything|anymore|being|going+on",
        "not see ~1 a ~1 future",
        "better off ~1 @GONE",
        "happier|better ~1 if i|she|he ~2 @GONE",
        "not|nobody|no+one ~3 miss|care|notice ~3 if ~2 gone|died|dead|disappeared|not+here|die",
        "not|nobody|no+one ~2 miss me|her|him",
        "disappear forever",
        "tired of living|life|being+alive|existing",
        "give|given|giving up on life",
    ),
    cue(
        SUICIDE,
        0.75,
        "s",
        "end it",
        "can not do this|it|life ~1 anymore|no+more|any+more",
        "want it ~2 to stop|end",
        "can not go on|cope|take+it ~1 anymore",
    ),
    cue(
        SUICIDE,
        1.0,
        "su",
        "goodbye note|notes|letter|letters|message|messages|texts",
        "note|notes|letter|letters|message|messages ~3 goodbye",
        "wrote|written|write|writing|saying|said|sent|told|tell|texted|messaged ~3 goodbye",
        "give|giving|gave|given ~2 stuff|things|belongings|possessions|everything ~1 away",
        "how many @PILL",
        "how many ~3 it take|takes|to+die",
        "jump|jumping|jumped off|from ~3 bridge|building|roof|balcony|block|car+park|cliff|tower",
        "jump|jumping|step|stepping|walk|walking|throw ~2 in front of ~1 train|bus|car|lorry|tube",
        "stood|standing|stand ~1 on ~3 bridge|roof|edge|balcony|ledge",
        "@PILL ~1 ready",
        "saved|saving|stockpiled|stockpiling|hoarding|hoarded|collecting ~2 @PILL",
        "know ~1 how ~2 going+to ~1 do it",
        "ways|way|methods ~1 to ~1 die|kill+myself|end+it|end+my+life|commit",
    ),
    cue(
        SUICIDE,
        0.5,
        "s",
        "wrote|written|write|writing ~1 a note",
        "not need|needing ~2 it|them ~2 anymore|longer",
        "how to ~1 do+it|end+it|kill",
        "plan|planning|planned ~2 how",
        "pick a day|date",
        "rope|noose",
        "search|searched|googled|google|googling|looked+up|look+up|research ~1 how",
    ),
)

OVERDOSE_CUES: tuple[Cue, ...] = (
    cue(OVERDOSE, 0.95, "t", "overdose|overdosed|overdosing|overdoses"),
    cue(
        OVERDOSE,
        0.9,
        "s",
        "take|took|taken|had ~1 an|a overdose",
        "take|took|taking|taken|swallow|swallowed|neck|necked|down|downed|pop|popped|ate ~3 "
        "@MANY ~4 @PILL",
        "have|taken|took|swallowed ~2 #8-999 ~1 @PILL",
        "stomach pump|pumped",
        "@PILL ~3 on purpose",
        "on purpose ~4 @PILL",
        "too many @PILL",
    ),
    cue(OVERDOSE, 0.6, "s", "@MANY of ~2 @PILL"),
)

EATING_CUES: tuple[Cue, ...] = (
    cue(
        EATING,
        0.8,
        "s",
        "not eat|eaten|ate ~4 in|for ~2 @TIME_SPAN",
        "not ~1 eat|eaten ~2 @NUMWORD @TIME_SPAN",
        "make|making|made ~1 myself|herself|himself ~1 sick|throw+up|puke|vomit",
        "throw|throwing|threw ~1 up ~3 after|everything|every|meal|meals|eat|food",
        "purge|purging|purged",
        "#100-1500 calories",
        "calories a day",
        "weigh|weighs nothing",
        "anorexia|anorexic|bulimia|bulimic|pro+ana",
    ),
    cue(
        EATING,
        0.5,
        "s",
        "only eat|eats|eating|ate ~4 a+day|once|every|one|an+apple|nothing",
        "only eat|eats|eating|ate",
        "period|periods ~1 stopped",
        "lost ~2 weight",
        "barely|hardly|never|not ~1 eat|eats|eating ~1 anything",
        "eat|eating ~1 once ~2 every",
        "so|really|too thin",
        "hide|hides|hiding ~1 food",
        "skip|skipping|skipped ~1 meals|every+meal",
        "not eaten properly",
        "eating disorder",
    ),
    cue(
        EATING,
        0.35,
        "s",
        "faint|fainting|fainted|pass+out|passed+out|passing+out|dizzy",
        "lose|losing|gain|gaining weight",
        "hair ~2 falling out",
    ),
)

HOME_CUES: tuple[Cue, ...] = (
    *PHYSICAL_CUES,
    *DOMESTIC_CUES,
    *SEXUAL_CUES,
    *NEGLECT_CUES,
    *EMOTIONAL_CUES,
    *CONTROL_CUES,
    *SELF_HARM_CUES,
    *SUICIDE_CUES,
    *OVERDOSE_CUES,
    *EATING_CUES,
)
