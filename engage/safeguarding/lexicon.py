"""Word lists for disclosure screening: spelling, people, and the frames that make a comment a view.

Everything here is vocabulary, not phrasing: the screen combines these words with the harm concepts
in ``screening_concepts`` to decide who a harm is about. Lists are written in plain words; the
matcher stems them, so "friend" also covers "friends", "frends" (via ``SPELLINGS``) and "friend's".
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """ "a b c" -> {"a", "b", "c"}: word lists are written as one string to keep them readable."""
    return frozenset(text.split())


def _pairs(text: str) -> dict[str, tuple[str, ...]]:
    """ "a=b c; d=e" -> {"a": ("b", "c"), "d": ("e",)}; an empty right side drops the token."""
    out: dict[str, tuple[str, ...]] = {}
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        left, _, right = item.partition("=")
        for key in left.split(","):
            out[key.strip()] = tuple(right.split())
    return out


# Text-speak, slang, misspellings and contractions -> the words they stand for. Keys are single
# typed tokens, lower case. Fillers ("lol", "tbh", "fr") are dropped: they carry no one and no harm.
SPELLINGS: dict[str, tuple[str, ...]] = _pairs(
    """
    dont,don't=do not; doesnt,doesn't=does not; didnt,didn't=did not; cant,can't,cannot=can not;
    wont,won't=will not; isnt,isn't=is not; wasnt,wasn't=was not; arent,aren't=are not;
    werent,weren't=were not; havent,haven't=have not; hasnt,hasn't=has not; hadnt,hadn't=had not;
    shouldnt,shouldn't=should not; wouldnt,wouldn't=would not; couldnt,couldn't=could not;
    aint,ain't=not; mustnt,mustn't=must not; neednt=need not; dunno=do not know; idk=i do not know;
    im,i'm,ima=i am; ive,i've=i have; i'd=i would; i'll=i will;
    hes=he is; shes=she is; its,it's=it is; thats=that is; theres=there is; whats=what is;
    theyre,they're=they are; youre,you're=you are; theyll=they will; theyve=they have;
    theyd=they would; 'd=would; 'll=will; 've=have; 're=are; 'm=am; 't=not;
    wanna=want to; gonna,finna,gunna=going to; gotta=got to; tryna=trying to; hafta=have to;
    lemme=let me; gimme=give me; kinda=kind of; outta=out of; alot=a lot;
    u=you; ur=your; r=are; n,nd,&=and; wiv,wid,wit=with;
    coz,cos,cuz,bc,bcos,becoz,bcz,cause=because;
    b4=before; gr8=great; l8r=later; w8=wait; 2day=today; 2nite,tonite,2night=tonight;
    tmrw,tmr,tmrow,2moro,tomoz,tomorow=tomorrow; nite=night; wen=when; wat,wot=what; dat=that;
    da=the; dem=them; dis=this; sum1,some1=someone; any1=anyone; no1,noone=no one; every1=everyone;
    ppl,peeps=people; pls,plz,plez=please; thru=through; tho=though; bout=about; abt=about;
    yr=year; yrs=years; y/o=year old;
    sed=said; sez=says; frend,freind,fren,frnd=friend; frends,freinds,frens=friends;
    m8,m8t=mate; m8s=mates; bestie,bff,bezzie,bestfriend=best friend; bro,bruv,broski=brother;
    sis,sista=sister; lil=little; bf=boyfriend; bfs=boyfriend; gf=girlfriend; gfs=girlfriend;
    mom,mam,mummy,mumma,mommy,mother=mum; moms,mams=mum; daddy,father=dad;
    stepdad,stepfather,step-dad=step dad; stepmum,stepmom,stepmother,step-mum=step mum;
    stepbrother=step brother; stepsister=step sister; nanny,nana,gran,granny,grandma=nan;
    grandpa,granddad=grandad; aunty,auntie=aunt; cuzzy,cuzzo=cousin; ma=my;
    abba,abbu,abbo,abu,aabo,aabe,baba,papa=dad; ammu,amma,ammi,ammy,hooyo=mum;
    bhai,bhaiya,bhaijan=brother; apa,afa,apu,baji=sister; khala,khalamma,eedo,habaryar=aunt;
    chacha,chachu,kaka,abti,adeer,mamu=uncle; nani,dadi,ayeeyo=nan; walaal=sibling;
    yute,yout=youth; yutes,youts=youths; mandem=guys; gyaldem=girls;
    lol,lmao,lmfao,tbh,tbf,ngl,fr,frfr,deadass,omg,smh,ikr,istg,bruh,innit=;
    kms=kill myself; kys=kill yourself; unalive=kill; unalived=killed;
    sewerslide,suicde,sucide,suiside,suicid=suicide; slef=self; rn=right now; desh=bangladesh;
    skl,skool,sch=school; hme=home; nuffin,nuttin,nothin=nothing; summat,somethin=something;
    evry=every; evryday=everyday; evry1=everyone; neva=never; luv=love; feds=police;
    maare,marse,maarse=hits; hurted=hurt; beated=beat; cuting,cuttin=cutting; touchd=touched;
    hittin=hitting; beatin=beating; punchin=punching; kickin=kicking; slappin=slapping;
    burnin=burning; groomin=grooming; sellin=selling; dealin=dealing; runnin=running;
    starvin=starving; dyin,dieing=dying; stabbin=stabbing; robbin=robbing; jumpin=jumping;
    followin=following; threatenin=threatening; blackmailin=blackmailing; leakin=leaking;
    drinkin=drinking; fightin=fighting; screamin=screaming; shoutin=shouting; cryin=crying;
    hidin=hiding; carryin=carrying; holdin=holding; movin=moving; shottin=dealing drugs;
    sh=self harm; sh'ing,shing,sh-ing=self harming; sh'd=self harmed;
    od,o.d=overdose; od'd,od'ed,oded,odd'd=overdosed; ods=overdoses;
    a&e=hospital; fgm'd=cut;
    trappin,trapping=dealing drugs;
    nudez,noodz,nudes=nudes; pics,piccies,pix=pictures; vid,vids=video;
    extremely,extremly,extreamly=very; shotting,shottin,shotter,shottas=dealing drugs;
    msgs,msg,mssgs=messages; dms,dm'd,dmd=messaged; dm=message;
    snap,snapchat=snapchat; insta,ig=instagram;
    """
)

# Irregular forms -> base, before stemming ("beaten" and "beat" must meet; "missing" must not
# become "miss" as in "I miss school").
IRREGULAR: dict[str, str] = {
    w: base
    for base, forms in (
        ("beat", "beaten beats beating"),
        ("throw", "threw thrown"),
        ("take", "took taken"),
        ("bite", "bitten"),
        ("hide", "hid hidden"),
        ("come", "came"),
        ("go", "went goes"),
        ("give", "gave given"),
        ("tell", "told"),
        ("say", "said says"),
        ("send", "sent"),
        ("make", "made"),
        ("keep", "kept"),
        ("leave", "left"),
        ("feel", "felt"),
        ("sleep", "slept"),
        ("steal", "stole stolen"),
        ("catch", "caught"),
        ("bring", "brought"),
        ("buy", "bought"),
        ("think", "thought"),
        ("drive", "drove driven"),
        ("write", "wrote written"),
        ("spit", "spat"),
        ("hang", "hung"),
        ("run", "ran"),
        ("do", "does"),
        ("have", "has had"),
        ("get", "got gotten"),
        ("find", "found"),
        ("hold", "held"),
        ("sell", "sold"),
        ("fall", "fell"),
        ("know", "knew known"),
        ("see", "saw seen"),
        ("shoot", "shot"),
        ("hit", "hitted"),
        ("burn", "burnt burned"),
        ("learn", "learnt"),
        ("choke", "choaked choaking choaks"),
        ("strangle", "strangeled strangles"),
        ("kill", "killin"),
        ("touch", "tuched touchin"),
        ("rape", "raped rapes"),
        ("swallow", "swallowed"),
        ("stab", "stabed"),
        ("punch", "punsh punshed"),
        ("slap", "slaped"),
        ("threaten", "threatend thretened threatned"),
        ("lock", "lockd"),
        ("harm", "harmin"),
    )
    for w in forms.split()
}

# Words the stemmer must leave alone because their stem collides with another word's.
PROTECTED: frozenset[str] = word_set(
    "missing olders news us his is was has does this yes bus gas kids girls boys lads guys "
    "students pupils youths hidings beatings medication medications"
)

# --- people ---------------------------------------------------------------------------------------
# Nouns for a person close to the speaker; after "my", "our", "his", "her" they name one person.
KIN = (
    "friend mate best sister brother cousin boyfriend girlfriend partner ex son daughter niece "
    "nephew sibling twin classmate baby kid child bro sis step half neighbour mum dad nan grandad "
    "aunt uncle family parent carer"
)
# Adults who look after the speaker: without a determiner ("mum is always drunk") they are the
# speaker's own.
HOUSEHOLD = "mum dad nan grandad step parent carer"
# Adults of the family: "my mum", "nan", "my dad's girlfriend". What happens to them at home
# (violence) affects the child; what happens to them elsewhere (a hospital ward) is not a child's
# disclosure, so some harms only count when they happen to a child.
ADULTS = (
    "mum dad step+dad step+mum nan grandad parent parents carer foster+carer foster+mum "
    "foster+dad aunt uncle husband wife grandparents mum+and+dad"
)
# Nouns for a child or young person described rather than named ("this girl in my year").
CHILD = "girl boy kid lad child student pupil person youth guy"
# Where a described child belongs: "in my year", "on my team".
GROUP = (
    "year class form school team estate block street road area group club flat building church "
    "mosque college"
)
# Things of the speaker's that are not a person or a body: "my school" says nothing about who is
# harmed.
NOT_PEOPLE = (
    "school area estate opinion view age generation community borough town city country experience "
    "religion culture college uni youth+club group class form year work job"
)
# Things a person owns: after "my nans" or "my mums" they make it an owner typed without an
# apostrophe ("a load of my nans tablets"), not a group of people.
POSSESSIONS = (
    "tablets pills meds medication medicine stuff things money clothes phone phones drink food "
    "weed drugs car house flat room"
)
# Parts of a body: "my arm", "her neck" name the person they belong to.
BODY = (
    "arm wrist leg thigh hip stomach tummy belly face head neck throat back chest body skin hand "
    "knuckle rib nose eye lip mouth side bum ear finger foot feet shoulder hair tooth teeth"
)
# Plural or collective people: their harm is a view about others, not a disclosure.
GENERIC_NOUNS = (
    "people kids children teenagers teens youngsters youths students pupils girls boys men women "
    "victims survivors others everyone everybody anyone anybody society "
    "generation parents lads yungers"
)
# Determiners that make a person noun general ("some kids", "a friend", "your mate").
GENERIC_DETERMINERS = (
    "some many most lots loads all any every other your their a an no few several certain those "
    "these"
)
# People who harm: skipped when looking for whom a harm happens to, because they are its agent.
AGENTS = (
    "man men guy guys bloke blokes olders gang group stranger strangers dealer dealers adult "
    "adults teacher coach they them someone somebody police who which that"
)

# --- frames ---------------------------------------------------------------------------------------
# A speaker's opinion verb takes "I" out of the picture: "I think grooming is a big problem".
OPINION_VERBS = (
    "think reckon believe guess suppose feel+like feel+that know+that know+how know+what "
    "know+about "
    "know+people know+someone know+loads know+lots know+a+lot know+kids know+girls know+boys "
    "heard hear saw+on saw+that seen+on learn learned learnt want+to+know want+to+learn "
    "want+to+be want+more would+like 'd+like wish+there hope agree disagree noticed notice "
    "understand remember+when liked enjoyed"
)
# What a group says it wants or did: "we want", "we talked", "we need". "We" then speaks for the
# group, not for a household ("we got evicted").
GROUP_VOICE_VERBS = (
    "want wanted need needed think thought feel felt believe discuss discussed talk talked "
    "spoke speak learn learned learnt asked ask made like love wish hope agree suggest "
    "worry worried would+like 'd+like should must reckon say said wrote decided voted know"
)
# Words of a view, a wish or a lesson: a clause with these is feedback unless its harm is pinned to
# the speaker or a named child ("my dad hits me, there should be someone to tell" is still flagged).
VIEW_WORDS = (
    "should shouldn't must ought need+to needs+to needed+to we+need we+want we+would we+think "
    "they+should there+should there+need there+needs more+support more+help more+awareness "
    "more+information more+funding more+youth more+services lesson lessons teach taught "
    "teaching learn learning awareness campaign campaigns poster posters workshop "
    "workshops assembly assemblies pshe curriculum =training funding fund service services "
    "leaflet leaflets survey prevent prevention tackle stigma taboo normalised "
    "common rife happens+a+lot in+general "
    "according+to statistics rates rising on+the+rise increase "
    "issue problem epidemic trend support+for help+for "
    "anyone+can can+happen happen+to+anyone"
)
# Words that describe the world rather than give an opinion about it ("it happens everywhere", "I'm
# worried about my sister"): the main screen reads them as a view like the words above, but the
# safety net does not let them hide a harm pinned near the speaker or someone they know.
SOFT_VIEW_WORDS = (
    "everywhere aware signs+of spot illegal a+crime crime concern worry worried+about target "
    "targets targeting recruit recruits victims not+just can+affect affects affect"
)
TALK_WORDS = (
    # "We talked about", not "my brother talks about fighting for a cause".
    "we+talk we+talked we+were+talking they+talked everyone+talked people+talked group+talked "
    "talked+about+how "
    "talk+about+what talk+more+about talked+about+what spoke+about speak+about discuss "
    "discussed discussing discussion session activity the+group group+said group+felt "
    "group+thinks group+wants a+talk had+a+talk talk+on talks+on told+us+about tell+us+about "
    "taught+us+about teach+us+about showed+us gave+us+a+talk did+a+talk we+did+a we+did+an "
    "we+made we+learned we+learnt we+spoke we+talked we+asked youth+council project essay "
    "presentation coursework assignment research youth+forum debate"
)
MEDIA_WORDS = (
    "the+film a+film this+film that+film movie movies series tv+show the+show a+show on+tv "
    "documentary documentaries news read+about+a read+about+an read+about+the read+about+this "
    "read+that read+an+article a+tiktok tiktok+about a+video+about a+youtube a+reel "
    "article book novel in+the+story a+story+about character characters storyline episode drama "
    "soap eastenders hollyoaks netflix song songs lyrics podcast"
)
HYPOTHETICAL_WORDS = (
    "if hypothetically suppose supposing imagine in+case what+if when+someone when+a+child "
    "when+a+young whether"
)
# Modal verbs: hypothetical to the main screen, but disclosures use them too ("everyone would be
# better off without me"), so the safety net does not treat them as a hypothetical.
SOFT_HYPOTHETICAL_WORDS = "would could"
QUESTION_STARTS = "what how who where why when which can could do does is are would should will"
# Words of a health or care service: a comment that uses them is feedback about being a patient
# ("left alone for two hours on the ward"), so neglect-like words in it are not about a child at
# home.
# Verbs that report what someone else said or sent: a view word after one of them in the same
# clause is their words, not the speaker's view ("he keeps messaging me saying we should fight").
REPORT_VERBS = "say tell message text watch video"
CARE_WORDS = (
    "ward wards nurse nurses nursing doctor doctors gp consultant physio physiotherapy appointment "
    "appointments clinic treatment treatments discharge discharged patient patients receptionist "
    "surgery operation cpn crisis+team ambulance paramedic paramedics catheter bandage bandages "
    "district+nurse health+visitor outpatient inpatient staff"
)
# Time and danger words that make a disclosure urgent.
URGENT_TIME = (
    "tonight right+now just+now today this+evening this+afternoon this+morning earlier+today "
    "an+hour+ago minutes+ago at+the+moment atm currently as+we+speak "
    "after+school+today when+i+get+home tomorrow on+friday this+weekend"
)
