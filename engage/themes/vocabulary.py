"""What the engine knows out of the box: the partnership's priorities and the concepts young people
talk about under each of them.

A concept is a group of words and phrases that mean the same thing for our purposes ("nudes",
"naked pics", "sexting" -> image sharing). Concepts do two jobs:

* evidence for a priority: each concept carries a weight per default priority slug;
* a shared feature for theme discovery, so two comments that say "pics" and "screenshots" land
  close together even though they share no word.

Term syntax: ``a b`` is a phrase (after slang normalisation and stemming, so "sending nudes"
matches "send nude"); ``a + b`` means both words within a few words of each other, in any order;
``=word`` matches that exact word only (Snowball stems "evenings" to "even"). ``mid`` terms count
0.7 and ``weak`` terms half towards the priority: suggestive, not decisive on their own.

Placement follows UK policy where young people might disagree: forced marriage, honour-based abuse
and FGM sit under domestic abuse (the statutory guidance to the Domestic Abuse Act 2021 treats them
as forms of it); radicalisation and modern slavery sit under all-age exploitation; street violence
and knife crime sit with exploitation because this partnership's exploitation group owns serious
youth violence; mental health, housing, poverty, policing and places to go are cross-cutting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DA = "domestic-abuse"
OS = "online-safety"
EX = "exploitation"
OTHER = "other"

DEFAULT_PRIORITIES: dict[str, str] = {
    DA: (
        "Domestic abuse and the impact on children and young people: violence, coercive control "
        "and abuse at home between parents or carers, abuse in teenage relationships, honour-based "
        "abuse and forced marriage, and children who live with it."
    ),
    OS: (
        "Staying safe online: social media, apps, gaming, sharing images and nudes, online "
        "grooming, cyberbullying, fake news and screen time."
    ),
    EX: (
        "All age exploitation: county lines and child criminal exploitation, gangs, knife crime, "
        "sexual exploitation, money mules, cuckooing, trafficking and modern slavery, for children "
        "and adults."
    ),
    OTHER: (
        "Cross-cutting: mental health, places to go, trusted adults, helplines, housing, poverty, "
        "stop and search, and education that comes too late."
    ),
}

# Other spellings of the default slugs a caller might use, so the lexicon still applies.
SLUG_ALIASES: dict[str, str] = {
    "domestic-abuse": DA,
    "domestic-violence": DA,
    "da": DA,
    "dv": DA,
    "domestic-abuse-and-the-impact-on-children-and-young-people": DA,
    "online-safety": OS,
    "staying-safe-online": OS,
    "online": OS,
    "e-safety": OS,
    "esafety": OS,
    "exploitation": EX,
    "all-age-exploitation": EX,
    "child-exploitation": EX,
    "other": OTHER,
    "cross-cutting": OTHER,
    "crosscutting": OTHER,
    "none": OTHER,
}


@dataclass(frozen=True)
class Concept:
    key: str
    name: str  # how a person would say it in a theme label
    weights: Mapping[str, float]  # evidence per default priority slug
    terms: str
    weak: str = ""
    theme_weight: float = 1.0  # how much the concept separates themes within a priority
    mid: str = ""
    term_list: tuple[str, ...] = field(init=False)
    weak_list: tuple[str, ...] = field(init=False)
    mid_list: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        split = _split_terms
        object.__setattr__(self, "term_list", split(self.terms))
        object.__setattr__(self, "weak_list", split(self.weak))
        object.__setattr__(self, "mid_list", split(self.mid))


def _split_terms(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace("\n", " ").split("|") if t.strip())


def C(
    key: str,
    name: str,
    weights: Mapping[str, float],
    terms: str,
    weak: str = "",
    theme_weight: float = 1.0,
    mid: str = "",
) -> Concept:
    return Concept(key, name, dict(weights), terms, weak, theme_weight, mid)


CONCEPTS: tuple[Concept, ...] = (
    # --- domestic abuse -------------------------------------------------------------------------
    C(
        "domestic-abuse",
        "domestic abuse",
        {DA: 3.0},
        """domestic abuse | domestic violence | abuse at home | violence at home | abusive home |
        abuse in the home | abuse in families | family violence | abusive parent | abusive dad |
        abusive mum | abusive stepfather | abusive father | dad + hit | dad + hits | dad + hitting |
        stepfather + hit | hit + mum | hits + mum | hitting + mum | beat + mum | beats + mum |
        hurt + mum | mum + hurt | parents + fight | parents + fighting | parents + argue |
        parents + arguing | parents + hurting | parents + violent | parents + shouting |
        fighting at home | arguments at home | shouting at home | violent dad | violent father |
        violent parent | violent stepfather | violence between parents | hurting each other |
        abuse + house | abuse + household | violence + house | at home + abuse | home + abuse |
        home + violence | =domestic | child to parent | adolescent to parent |
        violent to + parents | violent + mum | violent to + mum | violent + dad |
        violent + stepfather | violent + brother | violent + sister | hits + sister |
        scared to go home | scared of going home | afraid to go home | hate being home |
        hate being at home | don't want to go home | do not want to go home |
        living with abuse | lived through abuse | victim of domestic | perpetrator |
        report + parents | report + dad | report + mum | tell on + parents | tell on + dad |
        report + stepfather""",
        mid="""at home | what happens at home | goes on at home | happening at home | home life |
        things at home | abuse | abused | abusive | arguments + parents | arguing + parents |
        argue + parents | arguments + home""",
        weak="""trapped + home | stuck at home | stuck + with | arguments | arguing | argue |
        family | families | household | parents | mum | dad | stepfather | carers""",
        theme_weight=0.4,
    ),
    C(
        "coercive-control",
        "coercive control",
        {DA: 3.0},
        """coercive control | coercive | controlling behaviour | controlling | control + partner |
        control + relationship | gaslight | gaslighting | manipulative | manipulate + partner |
        financial abuse | economic abuse | isolate + friends | isolating | tells her what to wear |
        what to wear | who she can see | who you can see""",
        weak="control | controlled | manipulate | manipulation | isolated",
    ),
    C(
        "teen-relationships",
        "relationships",
        {DA: 2.5},
        """boyfriend | girlfriend | boyfriends | girlfriends | relationship | relationships |
        teen relationship | =dating | partner | partners | jealous | jealousy | =possessive |
        hit + girl | hitting + girl | hits + girl | hit + girlfriend | hitting + girlfriend |
        toxic relationship | toxic | check + phone | checks + phone | checking + phone |
        going out with | my ex | your ex | her ex | his ex | abusive relationship |
        unhealthy relationship | healthy relationship | romantic | love bombing | situationship""",
        weak="tracking | track | tracks | =location",
    ),
    C(
        "honour-based-abuse",
        "honour-based abuse and forced marriage",
        {DA: 3.0},
        """honour based abuse | honour based violence | honour abuse | honour violence |
        forced marriage | forced to marry | forced into marriage | married off | arranged marriage |
        fgm | female genital mutilation | cutting + girls | breast ironing | dowry |
        shame + family |
        bring shame""",
        mid="=marry | marriage | married young | marry young",
        weak="honour | shame",
    ),
    C(
        "refuge",
        "refuges and support for families",
        {DA: 2.5},
        """refuge | refuges | ask for ani | safe space pharmacy | idva | marac |
        domestic abuse service | women's aid | womens aid | safe house | flee | fleeing |
        leave + abuser | leave + abusive""",
    ),
    # Cross-priority ideas that shape themes inside any priority. No priority weight of their own.
    C(
        "spotting-signs",
        "spotting the signs",
        {},
        """=signs | warning signs | red flags | red flag | spot | spotting | recognise |
        recognize | look for | what to look for | tell the difference | difference between |
        realise | realize | what counts as | count as | counts as | is normal | seen as normal |
        think it's normal | normal | normalised | normalized | aware | awareness | know what +
        is | don't know what + is | not know + is | identify | notice""",
    ),
    C(
        "impact",
        "the impact on children",
        {DA: 0.5},
        """affect | affects | affected | affecting | impact | impacts | =effect | =effects | harm |
        harms | harmed | trauma | traumatised | traumatic | scarred | scars | carry it | witness |
        witnesses | witnessing | see + get hurt | seeing + hurt | sleep | concentrate | focus |
        school work | schoolwork | grades | messes up | mess up | =head | years later | growing up |
        grow up | damage | damaged""",
    ),
    C(
        "telling",
        "feeling safe to tell",
        {},
        """tell | telling | told + anyone | report | reporting | reported | speak up | speak out |
        disclose | disclosure | open up | say anything | scared to tell | afraid to tell |
        taken into care | taken away | social services | moved away | snitch | snitching |
        grass | grassing | confidential | confidentiality |
        what happens after | worse if you tell | get in trouble | who to tell | who to talk to""",
    ),
    C(
        "lived-experience",
        "hearing from people who have been through it",
        {},
        """survivor | survivors | lived through | lived experience | been through |
        been through it |
        experienced it | who have experienced | who've experienced | real stories |
        real life stories |
        real people | hear from | hearing from | come in and talk | talk to us | speakers |
        speaker |
        leaflet | leaflets | first hand""",
    ),
    # --- online safety --------------------------------------------------------------------------
    C(
        "online",
        "online",
        {OS: 2.0},
        """online | internet | the web | website | websites | social media | apps | app | digital |
        cyber | on my phone | on their phone | on your phone | smartphone | =screens | wifi |
        group chat | direct messages | =followers | posts | posting | comments section |
        algorithm | for you page | fyp | scroll | scrolling | viral | trend | trends | hashtag |
        snapchat | instagram | tiktok | youtube | whatsapp | facebook | twitter | discord |
        telegram | reddit | omegle | twitch | onlyfans | bereal | pinterest | tumblr |
        streak | streaks | snapscore | reels | live stream | livestream | streaming | vlog |
        vloggers""",
        weak="""phone | text | texts | message | messages | messaging | video | videos | data |
        =screen""",
        theme_weight=0.3,
    ),
    C(
        "image-sharing",
        "image sharing and nudes",
        {OS: 3.0},
        """nudes | nude | nude pictures | naked | naked pictures | sexting | sext | sexts |
        explicit |
        intimate images | intimate pictures | private pictures | revenge porn | leak | leaked |
        leaking | exposed | exposing | expose | exposing page | exposing pages | send + pictures |
        sending + pictures | share + pictures | sharing + pictures | shared + pictures |
        passed round + pictures | screenshot | screenshots | screenshotted | selfie | selfies |
        body pictures | image based abuse | nude pictures + sent""",
        weak="pictures | images | image | videos | send | sending | sent | shared",
    ),
    C(
        "sextortion",
        "sextortion and blackmail",
        {OS: 3.0},
        """sextortion | sextorted | sextort | blackmail | blackmailed | blackmailing |
        threaten + share | threatened + share | threatened + leak | pay or | unless + paid |
        unless + pay""",
    ),
    C(
        "online-grooming",
        "online grooming and strangers",
        {OS: 2.0, EX: 0.5},
        """online grooming | groomed online | grooming online | catfish | fake profile |
        fake profiles |
        pretend to be | pretending to be | pretends to be | pretend + teenagers | pretend + 15 |
        older men online | strangers | stranger | friend request | friend requests | add you |
        adding + randoms | randoms | random men | random people | personal questions |
        personal information | personal info | get close to | predator | predators | talking to +
        online | who they say | meet + online | message kids | messaging kids""",
        weak="groom | grooming | groomed | groomer | grown men | older men | meet up",
    ),
    C(
        "cyberbullying",
        "online bullying",
        {OS: 2.5, OTHER: 0.3},
        """online bullying | bullying online | trolls | hate comments | mean comments |
        nasty comments |
        hate page | hate pages | fake account | fake accounts | burner account | burner accounts |
        pile on | roasted | roasting | excluded from the group chat | kicked out of the group chat |
        harassment online | abuse online | online abuse""",
        weak="bully | bullying | bullied | bullies",
    ),
    C(
        "misinformation",
        "fake news and misinformation",
        {OS: 2.0},
        """fake news | misinformation | disinformation | conspiracy | conspiracy theories |
        conspiracies | is true | if + true | whether + true | real or fake | fact check |
        fact checking | rumour | rumours | rumors | lies online | propaganda | andrew tate |
        misogynist influencers | deepfake | deepfakes | ai | hoax | believe everything |
        check it | check facts | check + true""",
        weak="fake | believe | lies | true | scam | scams | scammed",
    ),
    C(
        "social-media-pressure",
        "pressure from social media",
        {OS: 1.5},
        """pressure | pressured | peer pressure | fomo | miss out | missing out | left out |
        fit in |
        compare | comparing | comparison | influencer | influencers | body image | perfect lives |
        perfect body | look perfect | filters | popular | popularity | clout | validation |
        keep up with everyone | not good enough | feel rubbish | insecure | insecurities |
        every app | be on every""",
    ),
    C(
        "gaming",
        "gaming",
        {OS: 2.5},
        """gaming | games | game | gamers | gamer | online games | video games | console |
        fortnite |
        roblox | minecraft | call of duty | gta | fifa | among us | valorant | loot box |
        loot boxes | in game | in-game | skins | game currency | gambling | betting | bets""",
    ),
    C(
        "adults-online",
        "parents and adults keeping up",
        {OS: 2.0},
        """parental controls | parental control | understand the apps | understand + apps |
        understand + online | know + apps | what apps | which apps | =training + online |
        =training + apps | =training + games | =training + snapchat | =training + tiktok |
        keep up with + apps | keep up with + technology | technology""",
        weak="""parents don't understand | parents do not understand | adults don't understand |
        adults do not understand | no clue | no idea what | don't get it | do not get it |
        clueless |
        out of touch | =training + adults | =training + teachers | =training + parents |
        adults need training | teachers need training""",
    ),
    C(
        "screen-time",
        "screen time",
        {OS: 2.0},
        """screen time | screentime | all day online | online all day | on my phone all day |
        on their phones all day | hours a day | all night | addicted | addiction | addictive |
        doom scrolling | doomscrolling | too much time | offline | digital detox |
        tired of being online | hours + phone | up all night | off + phones | off + phone |
        phone addiction | glued to + phone | glued to + phones""",
        weak="face to face",
    ),
    C(
        "privacy",
        "privacy and location sharing",
        {OS: 2.0},
        """snap map | location sharing | share location | sharing location | location on |
        live location |
        find my friends | where you live | privacy settings | private account | public account |
        hacked | hacking | passwords | password | data + sold | personal data | privacy online""",
        weak="=location | tracking | track | privacy",
    ),
    C(
        "harmful-content",
        "harmful content and porn",
        {OS: 2.5},
        """porn | pornography | explicit content | inappropriate content | harmful content |
        violent videos | gore | fight videos | self harm content | pro ana | graphic videos |
        disturbing videos | adult content | 18+ content""",
    ),
    # --- exploitation ---------------------------------------------------------------------------
    C(
        "county-lines",
        "county lines and drug running",
        {EX: 3.0},
        """county lines | county line | county | going country | go country | out of town | ot |
        run drugs | running drugs | drug running | drug runners | runner | runners | run + drugs |
        dealing drugs | deal drugs | selling drugs | sell drugs | drug dealers | dealers | dealer |
        =trap | =traps | =trap house | drug suppliers | hiding drugs | debt bondage |
        owe them | owe + money | work off + debt | other towns | other cities | other city |
        different towns | deliver + drugs | carry + drugs | holding drugs | cannabis + sell |
        cocaine | crack | heroin | drugs + kids | kids + drugs""",
        weak="drugs | drug | cannabis | debt | owe",
    ),
    C(
        "criminal-exploitation",
        "being used by criminals",
        {EX: 2.5},
        """child criminal exploitation | criminal exploitation | exploited | exploitation |
        exploit |
        exploiting | exploiters | recruited | recruit | recruiting | recruitment | groomed into |
        grooming + gang | used by | made to | forced to | work for them | working for | criminals |
        steal for | force + steal | made to steal | shoplift for | paid to + carry |
        carry + package | carry + packages | hold + package | packages | parcels |
        criminal | crime | crimes""",
        weak="groom | grooming | groomed | groomer",
        theme_weight=0.6,
    ),
    C(
        "gangs",
        "gangs",
        {EX: 2.5},
        """gang | gangs | gang members | gang member | gang life | postcode war |
        postcode wars | postcode beef | beef | rivals | drill | drill music | drill videos |
        roadman | roadmen | on road | older boys | younger boys |
        status | rep | protection + gang | crew | violence + gang""",
        weak="protection | older | wasteman | wastemen | estate | estates | mandem | =respect",
    ),
    C(
        "knife-crime",
        "knife crime and violence",
        {EX: 2.5},
        """knife | knives | knife crime | stabbed | stabbing | stabbings | stab | weapon | weapons |
        carry + knife | carrying + knife | carry + knives | gun | guns | shooting | shootings |
        shot dead | serious youth violence | youth violence | robbed | robbing | mugged | =mugging |
        acid attack | machete""",
        weak="violence | violent | fight | attack | attacked",
    ),
    C(
        "unsafe-streets",
        "feeling unsafe on the streets",
        {EX: 2.0},
        """walking home | walk home | walking past | walking back | at night | after dark |
        in the dark | street harassment |
        harassed in the street | harassed + street | harassed | harassment | catcalling |
        shout at girls | shout + at girls | shouting at girls | men + shout | wolf whistle |
        catcalled |
        followed + home | follow + home | unsafe | not safe | don't feel safe |
        do not feel safe | feel unsafe | street lights | streetlights | bus stop | high road |
        in the street | on the street | creeps | flashing | upskirting""",
        weak="street | streets | dark | night | followed",
    ),
    C(
        "money-mules",
        "money mules and fraud",
        {EX: 3.0},
        """money mule | money mules | mule | mules | muling | bank account | bank accounts |
        bank details | bank card | their account | your account + money | money through |
        put money through | launder | laundering | easy money | quick money | fast money |
        flipping money | money flipping | flip money | fraud | card details | cash for |
        offered cash |
        for a cut | cashapp | scam + mule""",
        weak="cash | money | scam | scams",
    ),
    C(
        "sexual-exploitation",
        "sexual exploitation",
        {EX: 3.0},
        """sexual exploitation | sexually exploited | sexually exploit | child sexual exploitation |
        older men | older guys | older man | men with cars | men in cars | picked up by + men |
        picked up + older | spiked | spiking | drink + spiked | gifts + lifts | gifts + older |
        gifts + expect | expect things | in return | something in return | take advantage |
        taken advantage |
        trafficked + girls | prostitution | pimped | pimping | grooming gangs | sugar daddy |
        sugar daddies | girls in care""",
        weak="sexual | exploited | gifts | =presents | parties",
    ),
    C(
        "cuckooing",
        "cuckooing and vulnerable adults",
        {EX: 3.0},
        """cuckooing | cuckoo | cuckooed | take over + flat | take over + home | taken over + home |
        taken over + homes | take over + flats | homes taken over | vulnerable adult |
        vulnerable adults | learning disabilities | learning disability | old people + flat |
        elderly + flat | adults + exploited | adult exploitation | turn 18 | after 18 | over 18 |
        adults too""",
    ),
    C(
        "trafficking",
        "trafficking and modern slavery",
        {EX: 3.0},
        """modern slavery | slavery | trafficked | trafficking | traffickers | forced labour |
        forced labor | car wash | car washes | nail bar | nail bars | debt bondage + work""",
    ),
    C(
        "radicalisation",
        "radicalisation and extremism",
        {EX: 2.0, OS: 1.0},
        """radicalisation | radicalization | radicalised | radicalized | =extremism | =extremist |
        =extremists | far right | terrorism | terrorist | incel | incels | manosphere""",
    ),
    C(
        "missing",
        "going missing",
        {EX: 2.0},
        """go missing | goes missing | went missing | going missing | missing from | run away |
        running away""",
    ),
    # --- cross-cutting (other) ------------------------------------------------------------------
    C(
        "mental-health",
        "mental health",
        {OTHER: 2.5},
        """mental health | camhs | anxiety | anxious | depression | depressed | stress | stressed |
        self harm | self-harm | suicide | suicidal | emotional | counselling |
        counsellor | counselor | therapy | therapist | wellbeing | well being | lonely |
        loneliness |
        panic attacks | panic attack | eating disorder | eating disorders | adhd | autism | ocd |
        bottle it up | bottle up | talk about + feelings | mental | psychologist | sad |
        overthinking | =feelings | =emotions""",
    ),
    C(
        "waiting",
        "waiting times",
        {OTHER: 1.5},
        """waiting list | waiting lists | waiting times | waiting time | wait | waited | waiting |
        takes forever | took forever | months | years to | referral | referrals | appointment |
        appointments | gp | doctors | too long""",
    ),
    C(
        "places-to-go",
        "places to go and things to do",
        {OTHER: 2.5},
        """youth centre | youth centres | youth center | youth club | youth clubs | club | clubs |
        nowhere to go | nothing to do | hang out | hanging out | places to go | place to go |
        activities | activity | sports | sport | football | =boxing | basketball | gym |
        free activities | after school clubs | holiday clubs | bored | boredom | off the street |
        keep + busy | somewhere to go | safe spaces | safe space | youth provision | youth service |
        youth services | closed + youth""",
        weak="=parks | =evenings | weekends | summer holidays | after school",
    ),
    C(
        "trusted-adult",
        "a trusted adult to talk to",
        {OTHER: 2.0},
        """trusted adult | trusted adults | trust + adult | someone to talk to |
        someone we can trust |
        someone + trust | named worker | key worker | keyworker | one worker | same worker |
        social worker | social workers | youth worker | youth workers | mentor | mentors |
        changing + workers | keep changing | story again | again and again | left and nobody |
        worker + left | consistent""",
        weak="worker | workers | trust",
    ),
    C(
        "helplines",
        "helplines and ways to get support",
        {OTHER: 2.5},
        """helpline | helplines | childline | hotline | phone line | call + support | =phoning |
        =ringing | texting support | text service | text + support | webchat |
        web chat | live chat | chat service | samaritans | shout 85258 | text shout | scripted |
        impersonal | robotic |
        rather text | easier than =phoning""",
        weak="ring | calling | call",
    ),
    C(
        "education",
        "lessons at school",
        {OTHER: 1.0},
        """pshe | rse | lessons | lesson | assembly | assemblies | workshop | workshops |
        curriculum |
        teach | taught | teaching | learn | learnt | learned | learning | too late | earlier |
        year 7 | year 11 | primary school | relevant | education | educate | school talks""",
        theme_weight=0.8,
    ),
    C(
        "housing",
        "housing",
        {OTHER: 3.0},
        """=housing | repairs | broken lift | broken lifts | lift + broken | lifts + broken |
        =lifts + broken | no lights + estate | overcrowded | overcrowding |
        temporary accommodation | hostel | hostels |
        homeless | homelessness | evicted | eviction | damp | mould | mold | nowhere to study |
        sharing a room | share a room | one room | bedroom | council flat | council house |
        rent | landlord""",
    ),
    C(
        "poverty",
        "poverty and the cost of living",
        {OTHER: 3.0},
        """poverty | afford | can't afford | cannot afford | food bank | foodbank |
        free school meals | hungry | hunger | cost of living | bills | skint | broke | low income |
        benefits | bus fare | data + afford | no money""",
        weak="=poor",
    ),
    C(
        "policing",
        "stop and search and the police",
        {OTHER: 2.0, EX: 0.3},
        """stop and search | stopped and searched | stop and searched | stop + search |
        searched | racial profiling | profiling | distrust + police | don't trust + police |
        do not trust + police | treat us like criminals | like criminals | police + harass |
        police + harassing | police + racist | stop us + police""",
        weak="police | police officers | officers",
    ),
    C(
        "covid",
        "covid and lockdown",
        {},
        "covid | covid-19 | coronavirus | lockdown | lockdowns | pandemic | quarantine | isolation",
        theme_weight=0.7,
    ),
    C(
        "discrimination",
        "racism and discrimination",
        {OTHER: 1.0},
        """racism | racist | discrimination | discriminated | homophobia | homophobic |
        transphobia |
        transphobic | sexism | sexist | misogyny | prejudice | islamophobia | black boys |
        lgbtq+ | gay | trans""",
    ),
    C(
        "young-carers",
        "young carers and children in care",
        {OTHER: 2.0},
        """young carers | young carer | =caring for | look after + parents | looking after + mum |
        in care | care leavers | care leaver | foster | fostering | foster care | children's home |
        care home | =looked after""",
    ),
    C(
        "send",
        "SEND and exclusions",
        {OTHER: 2.0},
        """kids with send | children with send | young people with send | pupils with send |
        students with send | send forum | send support | send needs | special needs |
        special educational needs | disability | disabilities | disabled | ehcp | excluded |
        exclusion | exclusions | pru | alternative provision | autistic""",
    ),
    C(
        "substances",
        "vaping, alcohol and drugs",
        {OTHER: 1.5},
        "vaping | alcohol | =drinking | drunk | smoking | cigarettes | nitrous | laughing gas",
    ),
    C(
        "school",
        "school",
        {OTHER: 0.5},
        "school | schools | teachers | teacher | class | college | sixth form | uni | university",
        theme_weight=0.4,
    ),
)
