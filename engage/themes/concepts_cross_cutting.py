"""The vocabulary's concepts for cross-cutting comments ("other").

See vocabulary.py for the term syntax and how concepts are used.
"""

from __future__ import annotations

from engage.themes.concept import EX, OTHER, C, Concept

CROSS_CUTTING: tuple[Concept, ...] = (
    C(
        "mental-health",
        "mental health",
        {OTHER: 2.5},
        """mental health | camhs | anxiety | anxious | depression | depressed | stress | stressed |
        self harm | self-harm | suicide | suicidal | emotional support | counselling | counsellor |
        counselor | therapy | therapist | wellbeing | well being | lonely | loneliness |
        panic attacks | panic attack | eating disorder | eating disorders | adhd | autism | ocd |
        bottle it up | bottle up | talk about + feelings | mental | psychologist | sad |
        overthinking | =feelings | =emotions | crisis point | in crisis | =crisis | discharged |
        get seen | getting seen | school counsellor | counsellors | mental health support |
        struggling + mentally | low mood | burnout | grief | bereavement""",
        mid="emotional",
    ),
    C(
        "waiting",
        "waiting times",
        {OTHER: 1.5},
        """waiting list | waiting lists | waiting times | waiting time | wait | waited | waiting |
        takes forever | took forever | months | years to | referral | referrals | appointment |
        appointments | gp | doctors | too long | by the time + seen | =seen + worse |
        waited + year | a year + wait | 6 month wait | month wait | massive wait""",
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
        someone we can trust | someone + trust | named worker | key worker | keyworker |
        one worker | same worker | social worker | social workers | youth worker | youth workers |
        mentor | mentors | changing + workers | keep changing | story again | again and again |
        left and nobody | worker + left | consistent | adult who + listens |
        adult who actually listens | someone who listens | someone to go to | who they can go to |
        who + can go to | someone + go to | easier to talk to | build trust | mentors + area""",
        weak="worker | workers | trust | listens | listen",
    ),
    C(
        "helplines",
        "helplines and ways to get support",
        {OTHER: 2.5},
        """helpline | helplines | childline | hotline | phone line | call + support | =phoning |
        =ringing | texting support | text service | text + support | webchat | web chat |
        live chat | chat service | samaritans | shout 85258 | text shout | scripted | impersonal |
        robotic | rather text | easier than =phoning | random on the phone | someone on the phone |
        person on the phone | stranger on the phone | talk on the phone | talking on the phone |
        speak on the phone | speaking on the phone""",
        weak="ring | calling | call",
    ),
    C(
        "education",
        "lessons at school",
        {OTHER: 1.0},
        """pshe | rse | lessons | lesson | assembly | assemblies | workshop | workshops |
        curriculum | teach | taught | teaching | learn | learnt | learned | learning | too late |
        earlier | year 7 | year 11 | primary school | relevant | education | educate |
        school talks""",
        theme_weight=0.8,
    ),
    C(
        "housing",
        "housing",
        {OTHER: 3.0},
        """=housing | repairs | broken lift | broken lifts | lift + broken | lifts + broken |
        =lifts + broken | no lights + estate | overcrowded | overcrowding |
        temporary accommodation | hostel | hostels | homeless | homelessness | evicted | eviction |
        damp | mould | mold | nowhere to study | sharing a room | share a room | one room |
        bedroom | council flat | council house | rent | landlord | temp accommodation |
        temporary housing | moved + miles | horrible flats | flats + mould | no space + homework |
        nowhere to do homework | housing + care leavers""",
    ),
    C(
        "poverty",
        "poverty and the cost of living",
        {OTHER: 3.0},
        """poverty | afford | can't afford | cannot afford | food bank | foodbank |
        free school meals | hungry | hunger | cost of living | bills | skint | broke | low income |
        benefits | bus fare | bus fares | data + afford | no money | 2 jobs | two jobs | pay rent |
        pay the rent | costs money | struggling + money | money + food | struggling + food |
        school trips | uniform + afford | cost + uniform""",
        weak="=poor",
    ),
    C(
        "policing",
        "stop and search and the police",
        {OTHER: 2.0, EX: 0.3},
        """stop and search | stopped and searched | stop and searched | stop + search | searched |
        racial profiling | profiling | distrust + police | don't trust + police |
        do not trust + police | treat us like criminals | like criminals | police + harass |
        police + harassing | police + racist | stop us + police""",
        weak="police | police officers | officers",
    ),
    # Covid was the partnership's cross-cutting lens in its first year: a comment about lockdown is
    # "other" unless it clearly names a priority's harm.
    C(
        "covid",
        "covid and lockdown",
        {OTHER: 1.0},
        """covid | covid-19 | coronavirus | lockdown | lockdowns | pandemic | quarantine |
        isolation | during covid | after covid | since covid | home schooling | remote learning""",
        theme_weight=0.7,
    ),
    C(
        "discrimination",
        "racism and discrimination",
        {OTHER: 1.0},
        """racism | racist | discrimination | discriminated | homophobia | homophobic |
        transphobia | transphobic | sexism | sexist | misogyny | prejudice | islamophobia |
        islamophobic | black boys | black students | black girls | black kids | racially | =racial |
        antisemitism | antisemitic | hair policies | hair policy | look like us |
        staff who look like | treated differently | treat + harsher | harsher + black |
        brushed off as banter | for being different | skin colour | skin color | colour of + skin |
        treated unfairly | for being gay | for being trans | for being black | for being muslim |
        bullied at school | bullying at school | bullied in school | bullying in school | =banter |
        stereotypes | stereotyped | lgbtq+ | gay | trans""",
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
        exclusion | exclusions | pru | alternative provision | autistic | send kids |
        =send + support | teaching assistant | teaching assistants | ta support | easy read |
        labelled naughty | dyslexia | dyslexic | learning needs | sen""",
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
