"""Vocabulary of the safety net (``screening_net``): strong signs of harm, one group per concept.

Each entry is a harm that, said about the speaker or someone they know, a safeguarding lead would
want to read: not a full reading of the sentence, just words strong enough that "when in doubt,
let the lead look" is the right call. Weak signs ("lifts", "abroad", "hungry", "fight") are left
out: they belong to the main screen, where they count only together. Flags as in
``screening_concepts``: ``o`` only with the person it is done to right after it ("touches her");
``e`` only opening a sentence; ``x`` only in a sentence of a few words. The weight is not used.

Young people's words are here on purpose: London slang ("got dinged", "the olders", "the p"),
text-speak and the words of home languages heard in English speech (Sylheti and Bengali "biye",
Urdu "rishta" and "izzat", Somali "gudniin" and "dhaqan celis"), because a disclosure in the words a
young person actually uses is the one most easily missed.
"""

from __future__ import annotations

from engage.safeguarding.screening_concepts import (
    ABUSE,
    AGAIN,
    CRIMINAL,
    DOMESTIC,
    EATING,
    EMOTIONAL,
    FGM,
    HOMELESS,
    MARRIAGE,
    MISSING,
    NEGLECT,
    ONLINE,
    OVERDOSE,
    PHYSICAL,
    PLEA,
    RADICALISATION,
    SECRECY,
    SELF_HARM,
    SEXUAL,
    SEXUAL_EXPLOITATION,
    SUICIDE,
    THREAT,
    TRAFFICKING,
    UNSAFE,
    WEAPON,
    Cue,
    cue,
)

# Groups an extremist calls the enemy.
_TARGETS = (
    "muslims|jews|immigrants|migrants|refugees|foreigners|asylum+seekers|blacks|whites|gays|"
    "white+people|black+people|gay+people|the+west|westerners|kuffar|infidels|non+believers"
)

VIOLENCE: tuple[Cue, ...] = (
    cue(ABUSE, 1.0, "", "abuse|abused|abusing|abusive|abuser"),
    cue(
        PHYSICAL,
        1.0,
        "o",
        "@HIT|@HURT|batter|leather|leathered|lick|licks|lamp|lamped|bang|banged|strangle|"
        "strangled|choke|choked|bruise|bruised|thump|punched|slapped|kicked|beaten|burnt",
    ),
    cue(
        PHYSICAL,
        1.0,
        "",
        "beaten|battered|strangled|choked|bruises|bruised|black+eye|black+eyes|bust+lip|"
        "busted+lip|burst+lip|fat+lip|split+lip|broken+nose|dead+arm|dead+arms|dead+leg",
        "violent|violence",
        "@HIT|@HURT|beaten|abused|attacked|assaulted|battered ~1 by",
        "give|gives|gave|giving ~1 @OBJ ~1 a ~1 slap|smack|beating|kicking|hiding|clip|whack|dig",
        "hand|hands|fingers ~2 round|around|on ~2 neck|throat",
        "put|puts|putting|smash|smashed|smashes|bang|banged|bangs|slam|slammed|slams|push|pushed|"
        "pushes|shove|shoved|threw|throw ~2 head|face ~2 through|into|against|off",
        "take|takes|took|taking ~1 it ~1 out ~1 on ~1 @OBJ|us",
        "make|makes|made|making|force|forced ~1 @OBJ ~1 fight|fighting|scrap|box",
        "bruise|bruises|black+eye|bloody+nose|nosebleed|nose+bleed|cut|cuts|scar|scars|burn|burns|"
        "marks|fat+lip|bust+lip|swollen|lump ~3 from|off|cos+of|because+of ~2 my|her|his|"
        "@HOUSEHOLD ~1 @KIN|@HOUSEHOLD|boyfriend|girlfriend",
        "come|comes|came|coming ~1 back|home ~3 in ~1 pain|bleeding|limping",
        "start|starts|started|starting ~1 on ~1 @OBJ|us",
        "went|goes|go for @OBJ",
        "came|come|comes at @OBJ",
        "knock|knocked|knocks ~1 @OBJ ~1 out|down|over|unconscious|flying",
        "laid|lay|lays|laying ~1 into ~1 @OBJ",
        "pour|pours|poured|throw|throws|threw|chuck|chucks|chucked ~3 water|bleach|boiling|hot+tea|"
        "drink ~2 on|over|at ~1 @OBJ",
        "cigarette|fag ~1 burn|burns|burnt|burned",
        # What a child is beaten with, however the beating is named ("disciplines them").
        "@OBJ|us|them ~3 with ~1 a|the|his|her ~1 belt|cable|wire|hanger|coat+hanger|wooden+spoon|"
        "hose|cane|chappal|flip+flop|slipper|charger+wire|extension+lead",
        "beat|beats|beating|batter|kick|kicks|kicked ~1 the ~1 crap|shit|hell|life ~2 out ~1 of",
        "have|has|had|go|goes|went ~1 a ~1 go ~1 at ~1 @OBJ|us",
        "fight|fights|fighting|beat|beating|slap|slapping ~4 film|filmed|filming|record|recorded",
        # Punishments that are cruelty: "makes him kneel on rice", "made me stand outside".
        "make|makes|made|making ~1 @OBJ ~1 kneel|squat|stand|sleep|hold ~4 rice|hours|corner|"
        "outside|cold|night|floor|wall",
    ),
)

SEXUAL_HARM: tuple[Cue, ...] = (
    cue(
        SEXUAL,
        1.0,
        "",
        "rape|raped|raping|rapist|molest|molested|molesting|grope|groped|groping|paedo|paedophile|"
        "nonce|pervert|perv|sexual|sexually|sex|porn|porno|nude|nudes|naked|=privates|private+parts|"
        "private+bits|down+there",
        # Sexual acts and parts in the words young people use.
        "blowjob|blowjobs|bj|handjob|wank|wanking|wanked|fingered|fingering|oral|dick|cock|penis|"
        "vagina|pussy|tits|boobs|willy|suck+his|suck+him|give+him+head",
        "touch|touches|touched|touching ~2 @SEX_BODY|under|inside|between|where",
        "boyfriend|uncle|step+dad|dad|man|cousin|brother|grandad|lodger|he ~3 sleep|sleeps|slept|"
        "sleeping|get|gets|got|come|comes|came ~1 in|into ~1 my|her|his ~1 bed",
        "shower|bath|change|changing|undress|wash ~2 with ~1 the ~1 door ~1 open",
        "undress|change|get+changed|strip|naked ~2 in+front+of ~1 him|them|her|his",
        "sneaky link",
    ),
    cue(
        SEXUAL,
        1.0,
        "o",
        "touch|touches|touched|touching|fondle|fondled|kiss|kisses|kissed|kissing|cuddle|"
        "cuddles|cuddled|bathe|bathes|bathed|undress|undresses|undressed|feel+up|felt+up",
    ),
    # An adult too close to a child: bed, bath, lap and secrets.
    cue(
        SEXUAL,
        1.0,
        "",
        "sit|sits|sat|sitting ~2 on ~2 knee|knees|lap",
        "bath|baths|bathe|bathes|bathing|shower|showers|showering ~3 with ~1 him|her|them|[name]|"
        "@HOUSEHOLD|uncle|boyfriend|brother|cousin",
        "in|into|share|shares|sharing ~2 bed ~1 with",
        # Alone with an adult behind a closed door; pressure into "stuff".
        "ask|asks|asked|asking|want|wants|wanted|get|gets|got|take|takes|took|invite|invites|"
        "invited ~1 @OBJ ~6 alone",
        "shut|shuts|lock|locks|locked|close|closes|closed ~1 the ~1 door ~3 alone|behind|with+me|"
        "on+me",
        "pressure|pressures|pressured|pressuring|push|pushes|pushed ~1 @OBJ ~1 into",
        "stuff|things ~2 i|she|he ~1 do+not|did+not ~1 want ~3 do",
        "underwear|pants|knickers|bra|boxers ~4 photo|photos|pics|film|filmed|watch|watches",
        "make|makes|made ~1 @OBJ ~4 underwear|knickers|bra|naked|undress",
        "hurts|hurt|sore|pain|painful ~2 to ~1 sit|wee|pee",
        "what ~1 my|her|his ~1 uncle|dad|step+dad|brother|cousin|coach|teacher|grandad|"
        "neighbour ~1 did|does|done|has+done",
        "tried|tries|trying|try ~1 it ~1 on",
        "come|comes|came|coming ~1 onto ~1 @OBJ",
        "hands ~2 all ~1 over ~1 @OBJ",
        "wandering hands|inappropriate|inappropriately",
        "say|says|saying|said|call|calls|called|tell|tells|told ~3 sexy|hot|fit|peng",
        "cuddle|cuddles ~3 bed|lap|room|alone",
        "give|gives|gave|giving ~1 him|her ~1 cuddles|kisses|massages",
        "keep|keeps|kept ~1 inviting|asking|getting|calling ~1 @OBJ ~1 in|round|over|inside|up",
        "drug|drugged|drugging|spike|spiked|spiking ~1 @OBJ|my|her|his|drink|drinks",
        "woke|wake|woken|waking ~1 up ~4 no+clothes|naked|clothes+off|not+remember|in+his|"
        "in+a+strange",
        "have|had|has|having sex ~1 with ~1 @OBJ",
        "woke|wake|waking|woken ~1 up ~10 can+not+remember|undone|no+clothes|naked|clothes+off",
        "ask|asks|asked|makes|made|keeps ~1 @OBJ ~2 stay ~1 behind|late|back ~6 alone|massage|"
        "massages|touch|touches|hug|hugs",
        "massage|massages|massaged ~1 @OBJ|my|her ~1 legs|thighs|feet|bum",
        "lie|lies|lay|lying|laying|sleep|sleeps|sleeping|slept ~2 next+to|beside|on+top+of ~1 @OBJ",
        "under ~1 the|my|her ~1 covers|duvet|blanket|sheets",
        "wear|wears|wearing ~3 his|her ~3 to+bed|in+bed",
        "special|secret ~1 game|games|cuddle|cuddles|time|friend",
        "watch|watches|watched|watching ~2 @OBJ ~2 change|changing|shower|showering|undress|bath|"
        "sleep|sleeping",
        "make|makes|made ~1 @OBJ ~2 feel ~1 weird|uncomfortable|dirty|gross|funny|sick",
        "feel|feels|felt ~1 weird|uncomfortable|dirty|gross ~2 when|around|with ~1 him|her|he|she",
        "what|things|stuff ~3 =do|=does|=did ~1 to ~1 @OBJ",
        "come|comes|came|walk|walks|walked|barge|barges|barged ~2 in|into ~5 shower|bath|"
        "bathroom|changing|getting+changed|toilet",
    ),
)

SELF: tuple[Cue, ...] = (
    cue(
        SELF_HARM,
        1.0,
        "",
        "self harm|harmer|harming|harmed|injury|injure|injuring",
        "cut|cutting|carve|carving|burn|burning|scratch|scratching|hurt|hurting|harm|harming|"
        "punch|punching|bite|biting|bang|banging|starve|starving ~1 myself|herself|himself|"
        "themselves|ourselves",
        "been|started|start|keep|keeps|still|stop|stopped|was|am|is|were ~1 cutting",
        "cutting ~1 again|deeper|more",
        "scars|razor|razors|sharpener|sharpeners|barcode|styro|relapse|relapsed",
        "blade|blades ~3 arm|arms|wrist|wrists|leg|legs|skin|thigh|myself|herself|himself",
        "punish|punishing|punished ~1 myself|herself|himself",
        "pick|picking|picks ~3 skin ~3 bleed|bleeds|bleeding",
        "scissors|compass|pencil+sharpener ~4 arm|arms|wrist|wrists|leg|legs|skin|myself",
    ),
    cue(
        SUICIDE,
        1.0,
        "",
        "suicide|suicidal",
        "kill|killing|end|ending myself|herself|himself|themselves|yourself",
        "want|wanna|wanted|wish|wishing|rather|ready|hope ~3 die|dead|gone|be+dead|not+exist|"
        "disappear|not+wake",
        "end|ending ~1 it ~1 all|tonight|now|today",
        "want|wanna|going+to|gonna|think|thinking|plan|planning|ready ~3 end|ending ~1 it|things|"
        "everything|my+life",
        "end|ending ~1 my ~1 life",
        "better|happier|easier ~4 without ~1 me|her|him",
        "better off ~2 without|dead|gone",
        "never ~1 wake ~1 up",
        "not ~1 want ~3 alive|live|living|exist|wake|be+around|be+here|carry+on|go+on",
        "no ~1 point ~2 living|life|anything|being|anymore|going+on|trying",
        "walk|walking|walked|jump|jumping|jumped|step|stepping|throw ~2 into|in+front+of|off|under "
        "~2 sea|river|canal|traffic|train|trains|bus|road|bridge|roof|building|balcony|platform|"
        "tracks|thames|lorry|car",
        "nearly|almost ~1 jumped|did+it|ended|jumped",
        "goodbye ~1 note|letter|message|messages|texts",
        "can not ~1 go+on|take+it|do+this|do+it ~1 anymore|any+more|no+more",
        "disappear|vanish ~1 forever",
        "nobody|no+one ~2 would ~1 miss|notice|care",
        "rope|noose|ledge",
        "tired ~1 of ~1 living|life|being+alive|existing",
        "give|giving|gave|given ~1 up ~1 on ~1 life|everything|myself",
        "pick|picked|picking|choose|chose|chosen ~1 a ~1 day|date",
        "the ~1 night|day ~3 had ~1 enough",
        "had ~1 enough ~1 of ~1 everything|life|living|it+all|being+alive",
        "how ~1 much|many ~1 longer ~4 keep+going|go+on|carry+on|do+this|cope|take+it|last",
        "everything ~1 is ~1 too ~1 much",
        "can not ~1 keep ~1 going",
        "carry+on|keep+going|go+on|cope|last|hold+on ~1 much|any|for+much ~1 longer",
        "not|never ~1 worth ~1 living|it+anymore|being+alive",
        "no ~1 reason ~1 to ~1 live|living|be+here|stay|carry+on",
        "not ~1 be ~1 here|around ~2 much+longer|for+long|tomorrow",
        "hate ~1 being ~1 alive",
        "say|saying|said ~1 goodbye ~2 to ~1 everyone|everybody|my",
        "wish ~3 never ~1 born",
        "wish ~2 dead|was+dead|were+dead",
        "tie|tied|tying|wrap|wrapped ~3 round|around ~1 my|her|his ~1 neck",
        "letter|letters|note|notes|goodbye ~6 when ~1 i|she|he ~2 gone|dead|not+here",
        "for ~1 when ~1 i ~2 gone|dead|not+here|not+around",
        "make|making ~1 everything|it|the+pain|all+of+it ~1 stop|end|go+away",
        "i ~2 deserve|deserves ~2 to ~1 die|be+dead|be+hurt|suffer",
        "plan|planning|planned ~3 how ~3 do+it|end+it|kill|die",
        "thought|thinking|think|planned|planning ~2 how ~3 do+it|end+it",
    ),
    # Said of oneself, often after "I feel like": the "I" of an opinion is still the speaker.
    cue(
        SUICIDE,
        1.0,
        "s",
        "a ~1 burden ~2 to|on ~2 everyone|everybody|my|family|people|them",
        "feel|feels|am|is|was ~2 a ~1 burden",
        "everyone|everybody|they|family|people ~2 would ~1 be ~1 better ~1 off",
    ),
    cue(
        OVERDOSE,
        1.0,
        "",
        "overdose|overdosed|overdosing|overdoses",
        "take|took|taken|taking|swallow|swallowed|neck|necked|down|downed|pop|popped ~4 @MANY|"
        "load|loads ~4 @PILL",
        "@PILL ~3 to ~1 sleep+forever|die|not+wake|end+it",
        "stomach pump|pumped",
        "@MANY ~1 of ~3 @PILL",
        # Reading up on a dose: "about" here is not a topic of talk.
        "?about how ~1 much|many ~3 @PILL",
        "stash|stashing|stockpile|stockpiling|collection|hoard|saving|saved ~3 @PILL",
        "@PILL ~3 in+case|just+in+case",
        "take|took|taking|taken|nick|nicked|steal|stole ~2 my|her|his ~1 mum|dad|nan|grandad|"
        "brother|sister ~1 @PILL",
    ),
    cue(
        EATING,
        1.0,
        "",
        "starve|starving|starved ~1 myself|herself|himself|themselves",
        "deserve|deserves ~2 starve|starving|to+not+eat|not+to+eat",
        "not ~1 =eating|=eaten",
        "not eat ~2 anything|for|all+day|properly|in+front",
        "stopped|stop|hardly|barely|refuse|refuses|refusing|never ~1 eat|eating|eats",
        "only ~2 water|drink+water|have+water|eat+an+apple|eats+an+apple",
        "skinny|bony|skeleton|skin+and+bone|skin+and+bones|underweight",
        "see ~3 bones|ribs|collarbone|collarbones|spine|hip+bones",
        "purge|purging|purged|laxative|laxatives|diet+pills",
        "empty|emptied|emptying ~1 my|her|his ~1 stomach",
        "get|got|getting ~1 rid ~1 of ~2 food|meal|it|dinner ~2 after",
        "throw|throwing|threw|sick|vomit ~1 up ~3 after|everything|meal|meals|food|eating|dinner|"
        "tea|lunch",
        "make|making|made|makes ~1 myself|herself|himself ~1 sick|throw+up|vomit|puke",
        "calories|calorie",
        "lost|losing|lose ~2 stone|kilos|kilo|kg",
        "anorexic|anorexia|bulimia|bulimic|pro+ana|thinspo|bonespo|meanspo",
        "skip|skipping|skipped ~1 meals|every+meal|lunch+and+dinner",
        "hide|hides|hiding|hid ~1 food",
        "weigh|weighing ~1 myself ~3 times|every|day",
        "count|counting|counts ~1 calories|every+calorie",
        "fast|fasting ~3 days|weeks|lose|thin",
        "only ~1 eat|eats|eating|ate|have|has ~2 once|one+meal|twice ~3 day|days|week",
        "one|an|a|1 ~2 bar|apple|biscuit|yoghurt|cracker|crackers|banana ~1 a|per|each ~1 day",
        "live|living|lived|survive|surviving ~1 off|on ~3 a+day|water|coffee|diet+coke",
        "only ~1 eat|eats|ate|eating|have|has|had|drink|drinks ~2 a|an|one|water|coffee|apple|"
        "diet+coke|cup ~3 all+day|a+day|each+day|every+day|per+day",
        "not eat ~2 in+front|around ~2 anyone|people|others|anybody",
        "chew|chewing|chews ~1 gum ~4 hungry|eat|eating|instead",
        "faint|faints|fainted|fainting|passed+out|passes+out|dizzy ~6 only|not+eat|not+eaten|"
        "no+food|not+eating",
        "fat|ugly|disgusting ~5 eat|eating|food|starve|meal|meals",
    ),
)

HOME: tuple[Cue, ...] = (
    cue(
        NEGLECT,
        1.0,
        "",
        "no|not|without|nothing ~4 gas|electric|electricity|heating|hot+water|power|food ~4 for|"
        "since ~1 @NUMWORD|days|weeks|ages|months",
        "nobody|no+one ~2 feed|feeds|cook|cooks|look+after|looks+after",
        "@HOUSEHOLD|she|he|they ~3 forgot|forget|forgets ~1 to ~1 pick|collect|feed|get ~3 up|from|"
        "us|me|my",
        "@HOUSEHOLD ~3 drinking|drunk|using|high|wasted|off+her+face|off+his+face ~1 again",
        "one ~1 meal ~1 a|per|each ~1 day",
        "ration|rationed|rations|rationing ~2 food|meals|dinner",
        "food|eat|eating|dinner|meals ~3 as ~1 a ~1 punishment",
        "go|went|going|gone ~1 @NUMWORD ~1 days ~2 with ~1 nothing|no+food",
        "skip|skipping|miss|missing|off|stay+off|stay+home+from ~1 school ~3 to|and ~1 look+after|"
        "care+for|mind|look",
        "never|not|no|hardly ~2 any|enough ~1 food|dinner|tea|meals|breakfast",
        "nick|nicking|nicked|steal|stealing|stole|shoplift|shoplifting ~3 food|to+eat|"
        "from+the+shop",
        "same ~1 nappy|nappies|clothes|uniform ~3 all|every|for ~1 day|days|week|weeks",
        "not ~2 bought|buy|buys|got|get|cooked|cook|made ~1 food|shopping|dinner|tea|meals ~2 "
        "in|for ~1 weeks|days|ages",
        "sleep|sleeping|slept ~2 in ~1 our|my|her|his ~1 coats|coat|jackets|jacket",
        "not ~2 got|have|had ~1 beds|a+bed|mattress|mattresses",
        "sleep|sleeping|slept|sleeps ~3 on ~1 the ~1 floor",
        "not ~2 been ~1 sober",
        "have|has ~1 to ~1 get ~2 my|our ~1 brother|sister|brothers|sisters ~3 ready|dressed|fed",
        "no|without ~1 heating|hot+water|electricity|electric",
        "no|without ~1 heating|hot+water|electricity|electric|gas ~4 ill|cold|freezing|mice|rats|"
        "mould|damp|baby|brother|sister|weeks|days",
        "mice|rats|cockroaches|mould ~6 ill|sick|baby|brother|sister|bed",
        "bring|brings|brought|bringing ~1 different|random|strange|loads+of ~1 men|man|guys|"
        "people ~1 back|home|round",
        "nobody|no+one ~1 to ~1 take|look+after|feed|care+for|pick+up|get ~2 us|me|school|him|her",
        "@HOUSEHOLD ~4 in+bed|not+got+up|not+get+up|not+left+bed ~3 days|weeks|months",
        "run|ran|running ~1 out ~1 of ~1 food|gas|electric|nappies",
    ),
    cue(
        DOMESTIC,
        1.0,
        "",
        "smash|smashing|smashed|smashes ~1 everything|things|stuff|the+place|the+house|plates|"
        "windows|the+tv",
        "going|goes|went ~1 mad|mental|crazy|psycho|nuts ~3 smashing|shouting|screaming|hitting|"
        "throwing",
    ),
    cue(
        EMOTIONAL,
        1.0,
        "",
        "make|makes|made ~1 @OBJ ~4 floor|outside|garden|shed|like+a+dog|like+an+animal",
        "like ~1 a|an ~1 dog|animal|slave|prisoner",
        "treat|treats|treated ~1 @OBJ ~1 like ~1 dirt|rubbish|nothing|a+dog|an+animal|a+slave",
        "only ~2 allowed ~3 leave|out|eat|toilet|downstairs|room",
        "lock|locks|locked ~1 @OBJ ~1 in|out",
        "shut|shuts|shutting ~1 @OBJ ~1 in|out|inside|outside",
        "really|so|very|super|proper ~1 controlling|possessive",
        "has|have|had ~1 to ~1 send ~3 location|photos|pics|pictures|proof|where",
        "nobody|no+one ~1 want|wants|wanted|love|loves|loved ~1 me|her|him",
        "wish|wishes|wished ~4 abortion|aborted",
        "wish|wishes|wished ~3 got+rid+of ~1 me|her|him",
        "make|makes|made|forces|forced ~1 @OBJ ~1 delete|block|unfollow|stop ~4 friends|boys|girls|"
        "number|numbers|snapchat|instagram|account|everyone",
        "tell|tells|told|say|says|said ~4 i|she|he ~1 am|is|was ~1 the ~1 reason",
        "not|never allowed ~3 speak|talk ~2 anyone|to+anyone|friends|boys|girls|outside",
        "phone ~1 is|gets|get|being ~1 checked|searched|taken ~2 every|all",
    ),
    cue(
        UNSAFE,
        1.0,
        "",
        "jump|jumps|flinch|flinches|freeze|freezes|shake|shaking ~1 whenever|every+time|when ~4 "
        "keys|door|come+home|comes+home|gets+home|back",
    ),
)

OUTSIDE: tuple[Cue, ...] = (
    cue(
        CRIMINAL,
        1.0,
        "",
        "county lines",
        "dealer|dealers|olders|trap+house|trap+phone|trapping|shotting|shotta|bando|cunch|"
        "cuckoo|cuckooed|cuckooing|going+country|going+ot|go+ot|went+ot",
        "in|join|joined|joining|part+of|involved|recruited ~3 gang|gangs",
        "gang ~1 member|members|stuff|life",
        "hold|holding|held|stash|stashing|hide|hiding|bag|bagging ~3 stuff|ting|bits|package|"
        "packages|parcel|parcels|drugs|weed|pack|p ~2 for",
        # Everyday verbs ("carrying bags for my nan") only with the words for drugs.
        "keep|keeping|carry|carrying|drop|dropping|deliver|delivering|move|moving|drive|driving|"
        "take|taking ~3 ting|bits|package|packages|parcel|parcels|drugs|weed ~2 for",
        "paid|pays|pay|paying ~2 to ~1 drive|deliver|carry|hold|take|drop|run|move|stash",
        "work|working|run|running|sell|selling|shot|deal|dealing ~1 for ~2 him|them|olders|man|guy|"
        "guys",
        "sell|selling|sold|deal|dealing|run|running|shift|shifting ~2 @DRUG",
        "free ~1 weed|zoots|zoot|bits|drugs|vapes|trainers|money|cash|food",
        # "I owe them so much" is thanks: a debt is owed money, or owed to dealers.
        "owe|owes|owed|owing ~2 £|#|money|the+man|olders|dealer|dealers|p|ps|bare",
        "owe|owes|owed|owing ~1 them|him ~2 £|#|money|p|ps|bare|for+the|a+debt",
        "debt ~3 dealer|dealers|them|him|olders|man|guy|gang",
        "bring|bringing|brought ~1 back ~1 the ~1 p|ps|money|cash",
        "taxed|got+taxed|burner|burners",
        "lost|lose|robbed|jacked ~3 package|packages|stash|the+work|the+ting|their+stuff|his+stuff",
        "work ~1 it ~1 off",
        # A home taken over to deal from ("cuckooing").
        "deal|deals|dealing|sell|sells|selling ~1 from ~1 our|the|my|his|her ~1 flat|house|home|"
        "kitchen",
        "two|2|second|burner|extra|different ~1 phones|phone|sim|sims",
        "deliveries|drops|runs ~1 for ~2 him|them|olders|man|guy|some|these",
        "does|do|doing|did ~1 deliveries",
        "come|comes|came|coming ~1 back|home ~3 with ~1 loads+of|lots+of|bare|so+much|wads+of|"
        "wad+of ~1 cash|money|p",
        "for ~1 days|weeks ~1 at ~1 a ~1 time",
        "has|have|got ~1 to ~1 go ~1 out ~2 whenever|when|every+time ~2 calls|rings|texts|messages|"
        "call|ring",
    ),
    cue(
        SEXUAL_EXPLOITATION,
        1.0,
        "",
        "groom|groomed|grooming|groomer|exploit|exploited|exploiting|sugar+daddy",
        "older|grown ~1 man|men|guy|guys|woman|women|bloke|blokes|lads",
        "say|says|said|claim|claims ~2 he|she ~1 is|was ~1 #10-17",
        "pretend|pretends|pretending|pretended ~3 # ~1 year|years|yr|younger",
        "voice ~4 man|older|adult|grown",
        "what ~1 i|you|she|he ~1 am|are|is|was ~1 wearing",
        "send|sends|sent|sending ~1 @OBJ ~1 kisses|hearts|love",
        "add|adds|added|adding ~1 girls|kids|boys|me|her|him ~2 on ~1 snapchat|instagram|tiktok",
        "catfish|catfished|catfishing",
        "send|sends|sent|give|gives|gave|buy|buys|bought ~1 @OBJ ~1 vbucks|robux|gift+cards|skins|"
        "credit|top+up",
        # Gifts a child should not be given, and favours wanted back.
        "give|gives|giving|gave|buy|buys|bought|offer|offers|offered ~1 @OBJ ~2 vodka|alcohol|"
        "weed|drugs|pills|zoots|vapes|cigarettes|fags|spirits|rum|henny",
        "want|wants|wanted|expect|expects|expected|expecting ~2 something|stuff|things|favours|"
        "favors ~1 back|in+return",
        "keep|keeps|kept ~1 driving|drive ~1 @OBJ ~1 round|around|about",
        "driven|driving ~2 round|around|about ~2 by",
        "say|says|said|tell|tells|told|call|calls ~3 @OBJ|i|she|he ~2 his|her ~1 favourite|special",
        # A child's age beside an adult's, where a relationship or a baby is mentioned.
        "#10-15 ~10 boyfriend|girlfriend|baby|pregnant|dad|father|partner|dating|seeing ~6 #18-69",
        "#10-15 ~10 #18-69 ~4 boyfriend|girlfriend|baby|pregnant|dad|father|partner|dating",
        "pregnant|baby ~6 only ~1 #10-15",
        "pregnant|baby ~6 dad|father ~2 is|was ~2 my|her|his ~1 mum|step|uncle|friend|teacher|"
        "coach|boss",
    ),
    cue(
        ONLINE,
        1.0,
        "",
        "meet|meeting|met ~4 secret|secretly|in+secret|alone|hotel",
        "ticket|tickets|uber|taxi|train ~4 to ~2 see|meet|come|visit",
        "get|take|catch ~1 a|the ~1 train|coach|uber|taxi ~3 to ~1 his|her|their|see|meet",
        "send|sent|sends|buy|bought|booked|book|pay|paid ~1 @OBJ ~2 ticket|tickets|uber|taxi|train",
        "send|sending ~1 more",
        "blackmail|blackmailed|blackmailing|sextort|sextorted|sextortion",
        "send|sent|sends|share|shared|post|posted|leak|leaked|show|showed|spread|expose|exposed ~2 "
        "@IMAGES|them|it|those|everything ~2 to|on|round|with ~3 mum|dad|family|everyone|school|"
        "friends|parents|followers|snapchat|instagram|internet|online|year",
        "@IMAGES ~2 of ~1 me|her|him ~3 leak|leaked|post|posted|send|share|shared|going+round|"
        "everywhere",
        "the ones ~2 got|has|have",
        "has|have|got|kept|keeps|keep ~1 @IMAGES ~1 of ~1 me|her|him|[name]",
        "shown|showed|shared|sent|posted ~2 the ~1 whole|everyone|all",
        "show|shows|showed|showing|share|shares|shared|sharing ~1 @IMAGES|them|it ~2 to|with|round "
        "~1 his|her|their|all ~1 mates|friends|boys|girls",
        "show|shows|showed|showing ~1 his|her|their ~1 mates|friends|boys",
        "share|shares|shared|sharing|post|posts|posted|spread|spreading ~1 @IMAGES ~2 of ~1 girls|"
        "me|her|us",
        "never ~1 met ~3 send|sends|sending|sent|wants|asks|keeps|messages|gives|buys",
        "want|wants|wanted|asks|asking|asked ~1 ?for @IMAGES ~1 back|in+return",
        "leave|dump|dumped|finish|end ~2 @OBJ ~2 if ~4 not ~1 send|do|have+sex|sleep",
        "@ADULT_ROLE ~3 keep|keeps|kept|always ~1 ringing|calling|texting|messaging|snapping|"
        "following|waiting ~1 @OBJ|my|our",
    ),
    cue(
        SECRECY,
        1.0,
        "",
        "our ~1 secret|little+secret",
        "not to tell|say",
        "keep|kept|keeping|keeps ~2 quiet|shut|mouth+shut ~1 about",
        "money|pay|paid|pays|gives|give ~4 to ~1 keep ~1 quiet|secret|shut",
        "not ~1 to ~1 tell ~2 anyone|anybody|mum|dad|parents|family|teacher|police|no+one",
        "keep ~3 secret",
    ),
    cue(
        MISSING,
        1.0,
        "",
        "missing",
        "not ~1 been ~1 seen ~1 since|for|in",
        "staying|stayed|sleeping|living ~1 with|at ~3 man|guy|men|guys|bloke ~2 she|he|i ~1 met",
        "got|get|gets|getting ~1 in|into ~1 a ~1 car ~2 with ~2 guys|men|man|strangers|older",
        "been|is|has+been ~1 gone|away ~2 since|for ~2 monday|tuesday|wednesday|thursday|friday|"
        "saturday|sunday|yesterday|days|nights|ages|week|weeks|last+night|@NUMWORD",
        "run|running|ran|runs ~1 away",
        "go|goes|went|gone ~1 missing",
        "disappear|disappears|disappeared|disappearing ~3 for|all|days|nights|weekend|again|"
        "overnight",
        "keep|keeps|kept ~1 disappearing|running+off|running+away",
        "not|never ~2 come|came|been|coming ~1 home|back ~2 since|for|yet|last|in",
        "not|never ~1 know ~1 where ~2 she|he|i ~1 is|am|goes|go",
        "stay|staying|stayed|sleep|sleeping|slept ~2 different|random|whoever|strangers|"
        "people+i+do+not+know",
    ),
    cue(
        HOMELESS,
        1.0,
        "",
        "kick|kicked|kicks|chuck|chucked|throw|threw|thrown ~2 out",
        "sleep|sleeping|slept ~3 rough|street|streets|stairwell|stairs|park|bus|buses|car|tent|"
        "station|doorway|bench|garage|shed",
        "sofa surf|surfing|surfed",
        "homeless|hostel|evicted",
        "nowhere|no+where ~2 to ~1 go|stay|sleep|live",
        "can not ~1 go ~1 home|back+home|yard|back",
    ),
    cue(
        MARRIAGE,
        1.0,
        "",
        # A wedding is a concern when it is forced, arranged for a child, or the speaker's own
        # abroad; a cousin's wedding in Bangladesh is a family event.
        "@MARRY_ACT ~6 forced|force|found|chose|picked|arranged|meant|have+to|#10-17|gcses|"
        "year+10|year+11|not+want|do+not+want|scared|no+say|my+turn",
        "forced|force|found|chose|picked|arranged|meant|have+to|make|makes|making|want|wants|"
        "expect|expects ~3 @MARRY_ACT",
        "i|me ~3 married|marry|marrying ~8 @ABROAD|there|cousin|older|man|him|summer|holiday",
        # The words for a wedding or a proposal are in @MARRY_ACT: a family's "shaadi" is not a
        # concern alone. Honour, and being sent back to be "corrected", are.
        "izzat|dhaqan+celis|dhaqancelis",
        "found|picked|chose|choosing|chosen|arranged|arranging ~1 a|my|her ~1 boy|man|husband|girl|"
        "wife|match ~2 for",
        "married ~2 off",
        "promised ~1 to ~1 a|my|her ~1 cousin|man|boy|family",
        "engaged ~2 to ~1 someone|a+man|my+cousin|a+cousin|an+older",
        "arrange|arranged|arranging|planned|planning|sorted ~2 my|her|his ~1 engagement|marriage|"
        "wedding|rishta|match",
        "honour|dishonour|shame ~3 family",
        "passport ~3 took|taken|take|keep|kept|hidden|hid|hide",
        "take|took|taken|taking|send|sent|sending|go|going|went ~4 @ABROAD ~6 not|never ~2 back|"
        "coming+back|came+back|return",
    ),
    cue(
        FGM,
        1.0,
        "",
        "fgm|circumcise|circumcised|circumcision|gudniin|halalays|infibulation|cutter",
        "sunna ~1 cut|circumcision|type",
        "cut ~4 girls|girl|woman|women|ceremony|like|when+i+was+a+baby|when+she+was|summer|"
        "holiday|holidays|back+home|@ABROAD|down+there",
        "girls|girl|sister|sisters|daughter|daughters|cousin|cousins ~4 get|gets|getting|got|be|"
        "been|being ~1 done|cut",
        "ceremony|ceremonies",
        "become|becoming ~1 a ~1 woman",
        "old ~1 enough ~3 cut|done",
        "holiday|holidays|summer|@ABROAD ~8 in ~1 pain|agony|bleeding",
        "be|get|being|getting|got ~1 purified|purify|cleansed|cleanse",
        "made|make|be|get|being|getting ~1 clean|pure|purified|cleansed ~4 girls|woman|holiday|"
        "summer|@ABROAD",
        "like ~1 the|all ~1 other ~1 girls|women ~3 family|before|when",
        "can+not|hurts+to ~1 walk|wee|pee ~4 since ~3 holiday|holidays|summer|@ABROAD|back",
        "fix|fixed|clean|cleaned|purify|purified ~1 her|me ~4 @ABROAD|summer|holiday|holidays|"
        "there",
    ),
    cue(
        WEAPON,
        1.0,
        "",
        "knife|knives|shank|shanked|machete|machetes|zombie+knife|nank|skeng|gun|guns|pistol|"
        "firearm|stab|stabbed|stabbing|ching|chinged|juk|jook|juked|shooting|shootings|rambo|"
        "acid",
        "get|got|been|getting|gets ~1 dipped|poked|wet|splashed|bored|cheffed|shot|dinged",
        "shoot|shot ~1 @OBJ|at",
        "carry|carries|carrying|carried|got|have|has|bring|brings|brought ~2 a ~1 blade|strap|ting",
    ),
    cue(
        TRAFFICKING,
        1.0,
        "",
        "make|makes|made ~1 @OBJ ~1 work|clean|cook ~6 keep|keeps|kept|take|takes|took ~2 money|"
        "wages|pay",
        "made|forced|make|makes|forcing ~2 to ~1 work|clean|cook ~4 every|no+money|not+paid|"
        "restaurant|shop|house|night|nights",
        "not|never ~1 get|getting|got ~1 paid ~4 school|work|restaurant|shop",
        "not ~2 allowed ~1 to ~1 leave ~3 house|shop|flat|work|restaurant",
        "can not ~1 leave ~3 shop|flat|work|restaurant|salon",
    ),
    cue(
        THREAT,
        1.0,
        "",
        "threaten|threatened|threatening|threatens|threat|threats",
        "@FUTURE|will|'ll ~3 get|ding|merk|stab|kill|jump|hurt|batter|beat|rush|shoot|splash|wet|"
        "bang|box|duppy ~1 @OBJ",
        "are|is|were|was|be|come|coming|came after @OBJ|us",
        "wait|waiting|waited ~2 for ~1 me|her|him|us ~4 school|gates|outside|stop|every|after|"
        "house|flat|door",
        "wait|waiting|waited ~2 outside ~3 my|our|the|her|his ~1 school|house|flat|door|gates",
        "get|gets ~1 @OBJ ~3 after ~1 school|outside",
        "beef ~1 with",
        "keep|keeps|kept ~1 turning+up|showing+up|coming+round|following ~3 house|school|door|flat|"
        "home|work",
        "follow|follows|followed|following ~1 @OBJ ~1 home",
        "watch|watching|watches ~2 my|our|her|his ~1 house|flat|door|window",
        "price ~2 on ~1 my|his|her ~1 head",
        "put ~1 a ~1 hit ~1 on",
        "opps",
    ),
    cue(
        RADICALISATION,
        1.0,
        "",
        "extremist|extremists|extremism|radical|radicalised|radicalise|radicalisation|jihad|jihadi|"
        "isis|nazi|nazis|fascist|terrorist|terrorism|martyr|martyrdom|propaganda|brainwash|"
        "brainwashed|race+war|white+power|the+cause|fight+back",
        "extreme ~1 views|right|left|group|groups|stuff|videos|content",
        "join|joining|joined ~2 his|their|the|a ~1 group|cause|movement|army|fight|side",
        f"{_TARGETS} ~4 taking+over|take+over|replace|replacing|invade|invading|enemy|evil|vermin|"
        "animals|scum|parasites|destroy|get+rid",
        f"kill|killing|attack|attacking|get+rid+of|fight|fighting ~2 {_TARGETS}",
        "go|going|went|goes ~3 abroad|syria ~2 fight",
        "want|wants|wanting|plan|planning|plans ~3 go|move|travel ~2 syria|iraq|afghanistan",
        f"hate ~2 {_TARGETS}",
        "make|making|build|building ~2 weapons|bomb|bombs|explosives",
        "men|people ~2 in ~1 masks",
        "swastika|swastikas|hitler|caliphate|khilafah|manifesto|race+traitor|white+race",
        "school ~1 shooter|shooters|shooting|shootings",
        "praise|praises|praising|worship|worships|idolise|idolises ~3 shooter|shooters|terrorist|"
        "terrorists|killers|bombers",
        "women|girls ~3 should ~2 controlled|obey|owned|beaten|hit|property|know+their+place",
        "incel|incels|red+pill|redpill|manosphere|andrew+tate",
        "women|girls|they|gays|muslims|jews|immigrants ~4 deserve|deserves ~3 attacked|raped|"
        "beaten|hit|killed|die",
    ),
    cue(
        UNSAFE,
        1.0,
        "",
        "scared|afraid|frightened|terrified|petrified|dread|dreading|hate ~3 go|going|be|being ~2 "
        "home|house|back",
        "not|unsafe ~2 safe ~2 home|house|with|there|around ~1 him|her|them|@HOUSEHOLD",
        "unsafe ~2 home|house",
        "get|getting ~1 in ~1 trouble ~3 tell|told|say|said",
        "go|going|get|gets|got ~1 home|back ~3 scared|afraid|frightened|terrified|dread|shaking",
        "walk|walking ~1 on ~1 eggshells",
        "told|tell|telling ~2 about ~1 my|her|his ~1 @HOUSEHOLD|uncle|brother|cousin|coach|teacher "
        "~6 lying|liar|making+it+up|not+believe|nothing+happened",
        "drowning|suffocating|sinking ~4 no+one|nobody ~1 notice|notices|cares|sees",
        "hide|hiding|hid ~3 when|whenever|until ~3 he|she|dad|mum|step|gets|comes",
        "lock|locks ~1 my ~1 door ~3 night|because|cos|when",
    ),
    # What goes on "at home" is at the speaker's home, whoever else the sentence names ("I wish
    # someone would notice what's happening at home").
    cue(
        UNSAFE,
        1.0,
        "s",
        "what ~2 happens|goes+on ~2 at|in ~1 home|house|night|my+house|our+house",
        "scared|afraid|frightened|terrified|petrified|dread|dreading|hate ~3 go|going|be|being ~2 "
        "home",
    ),
    # A cry for help, or a terse "it's him again", said without naming the harm.
    cue(PLEA, 1.0, "e", "?please|pls|plz|someone|somebody|just =help me|us"),
    cue(PLEA, 1.0, "", "=help me|us ~1 please|pls|plz"),
    cue(
        AGAIN,
        1.0,
        "x",
        "@HOUSEHOLD|he|she|him ~2 again",
        "it ~1 is|was|has|'s ~1 happening|happened|started|begun ~1 again",
    ),
)

NET_CUES: tuple[Cue, ...] = (*VIOLENCE, *SEXUAL_HARM, *SELF, *HOME, *OUTSIDE)
