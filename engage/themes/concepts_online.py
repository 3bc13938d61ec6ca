"""The vocabulary's concepts for staying safe online.

See vocabulary.py for the term syntax and how concepts are used.
"""

from __future__ import annotations

from engage.themes.concept import EX, OS, OTHER, C, Concept

ONLINE_SAFETY: tuple[Concept, ...] = (
    C(
        "online",
        "online",
        {OS: 2.0},
        """online | internet | the web | website | websites | social media | apps | app | digital |
        cyber | on my phone | on their phone | on your phone | smartphone | =screens | wifi |
        group chat | direct messages | =followers | posts | posting | comments section | algorithm |
        for you page | fyp | scroll | scrolling | viral | trend | trends | hashtag | snapchat |
        instagram | tiktok | youtube | whatsapp | facebook | twitter | discord | telegram | reddit |
        omegle | twitch | onlyfans | bereal | pinterest | tumblr | streak | streaks | snapscore |
        reels | live stream | livestream | streaming | vlog | vloggers | =feed | =feeds | my feed |
        ipad | ipads | tablet | tablets | platform | platforms | tech companies | tech company |
        social media companies | insta stories | =stories + instagram | =snaps | chatbot |
        chatbots | =bots | online safety | comment section | comment sections | =dms |
        =accounts + online | =profile | =profiles""",
        weak="""phone | phones | text | texts | message | messages | messaging | video | videos |
        data | =screen | =account | =accounts | =link | =links | =click | =clicks | =posted |
        =laptop | =devices | =device""",
        theme_weight=0.3,
    ),
    C(
        "image-sharing",
        "image sharing and nudes",
        {OS: 3.0},
        """nudes | nude | nude pictures | naked | naked pictures | sexting | sext | sexts |
        explicit | intimate images | intimate pictures | private pictures | revenge porn | leak |
        leaked | leaking | exposed | exposing | expose | exposing page | exposing pages |
        send + pictures | sending + pictures | share + pictures | sharing + pictures |
        shared + pictures | passed round + pictures | screenshot | screenshots | screenshotted |
        selfie | selfies | body pictures | image based abuse | nude pictures + sent |
        once it's out there | once its out there | out there forever | out there + get it back |
        cant get it back | can't get it back | can not get it back | keep + forever |
        screenshot + snaps | sent round + pictures | passed round + pictures | rate + pictures |
        rate + photos | taken down + image | taken down + pictures | take down + image |
        image taken down | fake nudes | ai + nudes | deepfake nudes | report remove | airdrop |
        airdropped | pictures + didn't ask for | pictures + didnt ask for | unsolicited |
        nudes + illegal | pictures + leak | pictures + leaked | pictures + sent round""",
        weak="pictures | images | image | =nudity",
    ),
    C(
        "sextortion",
        "sextortion and blackmail",
        {OS: 3.0},
        """sextortion | sextorted | sextort | blackmail | blackmailed | blackmailing |
        threaten + share | threatened + share | threatened + leak | pay or | unless + paid |
        unless + pay | threatening to leak | threaten to leak | threatened to leak |
        threatening + post | threaten + post""",
    ),
    C(
        "online-grooming",
        "online grooming and strangers",
        {OS: 2.0, EX: 0.5},
        """online grooming | groomed online | grooming online | catfish | fake profile |
        fake profiles | pretend to be | pretending to be | pretends to be | pretend + teenagers |
        pretend + 15 | older men online | strangers | stranger | friend request | friend requests |
        add you | adding + randoms | randoms | random men | random people | personal questions |
        personal information | personal info | get close to | predator | predators |
        talking to +         online | who they say | meet + online | message kids | messaging kids |
        slide in + dms | slide into + dms | mature for + age | mature for your age | meet up alone |
        meet + alone | met online | meet up + online | adults talking to | could be anyone |
        chat to + strangers | adding + snapchat | accept everyone | older men + message |
        older men + instagram | older men + snapchat | older men + tiktok | message + young girls |
        messaging + young girls | accept + requests | adults + discord | in their 30s |
        in their 40s | in their 20s + pretend | wanted + address | my address |
        asked for + address | ask + address | kept messaging | keeps messaging |
        messaging + sister | messaging + brother | men + roblox | men + games | grown men + games |
        ask + for pictures | asking + pictures | compliments + dms | pretend + online""",
        weak="groom | grooming | groomed | groomer | grown men | older men | meet up",
    ),
    C(
        "cyberbullying",
        "online bullying",
        {OS: 2.5, OTHER: 0.3},
        """online bullying | bullying online | trolls | hate comments | mean comments |
        nasty comments | hate page | hate pages | fake account | fake accounts | burner account |
        burner accounts | pile on | roasted | roasting | excluded from the group chat |
        kicked out of the group chat | harassment online | abuse online | online abuse | pile ons |
        pile-on | piled on | removed from + group chat | kicked out + group chat |
        kicked from + group chat | left out of + group chat | targeted + comment sections |
        comments + looks | bullying + group chat | bullying + phone | bullying + snapchat |
        bullying + tiktok | bullying + instagram | bullying + online | make + another account |
        new account + block | fake accounts + bully | laugh at + online | screenshots + laugh |
        ganged up | gang up | ganging up | gangs up | anonymous + mean | anonymously + post |
        anonymous accounts | anon accounts | bullied on + snapchat | bullied on + tiktok |
        bullied on + instagram | bullied on + whatsapp | deleted + bullied""",
        weak="bully | bullying | bullied | bullies | =roast | =mocked | =mocking",
    ),
    C(
        "misinformation",
        "fake news and misinformation",
        {OS: 2.0},
        """fake news | misinformation | disinformation | conspiracy | conspiracy theories |
        conspiracies | is true | if + true | whether + true | real or fake | fact check |
        fact checking | rumour | rumours | rumors | lies online | propaganda | andrew tate |
        misogynist influencers | deepfake | deepfakes | ai | hoax | believe everything | check it |
        check facts | check + true | believe anything | believe + online | news online |
        online news | =news + real | which news | real news | fake news +         online |
        conspiracy vids | =facts + shared | like its facts | like it's facts | misogyny online |
        manosphere | toxic influencers | without checking | ai videos | ai pictures |
        looks so real | look so real | cant tell + real | can't tell + real | can not tell + real |
        influencers + health | health advice + online | disrespect girls""",
        weak="fake | believe | lies | true | =news | =facts",
    ),
    C(
        "social-media-pressure",
        "pressure from social media",
        {OS: 1.5},
        """pressure | pressured | peer pressure | fomo | miss out | missing out | left out |
        fit in | compare | comparing | comparison | influencer | influencers | body image |
        perfect lives | perfect body | look perfect | filters | popular | popularity | clout |
        validation | keep up with everyone | not good enough | feel rubbish | insecure |
        insecurities | every app | be on every | edited bodies | edited + bodies |
        edited + pictures | photoshopped | facetune | =likes | feel bad about + body |
        feel bad about + yourself | flexing + online | designer + instagram | rich lifestyles""",
    ),
    C(
        "gaming",
        "gaming",
        {OS: 2.5},
        """gaming | games | game | gamers | gamer | online games | video games | console |
        fortnite | roblox | minecraft | call of duty | gta | fifa | among us | valorant | loot box |
        loot boxes | in game | in-game | =skins | game currency | gambling | betting | bets""",
    ),
    C(
        "adults-online",
        "parents and adults keeping up",
        {OS: 2.0},
        """parental controls | parental control | understand the apps | understand + apps |
        understand + online | know + apps | what apps | which apps | =training + online |
        =training + apps | =training + games | =training + snapchat | =training + tiktok |
        keep up with + apps | keep up with + technology | technology | ban + phone | bans + phone |
        banned + phone | take + phone off | takes + phone off | take away + phone |
        took + phone off | confiscate + phone | carers + online | carers + apps |
        grandparents + online | foster carers + online | what we do online |
        what we do on +         phones | sessions for carers | parents + snapchat |
        teachers + discord | no idea what + discord | privacy settings + parents |
        =settings + parents | no restrictions | own phones + primary | phones + primary |
        restrictions + phone | parents + tiktok | parents + no idea | mum + parental |
        dad + parental""",
        weak="""parents don't understand | parents do not understand | adults don't understand |
        adults do not understand | no clue | no idea what | don't get it | do not get it |
        clueless | out of touch | =training + adults | =training + teachers | =training + parents |
        adults need training | teachers need training""",
    ),
    C(
        "screen-time",
        "screen time",
        {OS: 2.0},
        """screen time | screentime | all day online | online all day | on my phone all day |
        on their phones all day | hours a day | all night | addicted | addiction | addictive |
        doom scrolling | doomscrolling | too much time | offline | digital detox |
        tired of being online | hours + phone | off + phones | off + phone | phone addiction |
        glued to + phone | glued to + phones | hooked | keep + hooked | cant stop scrolling |
        can't stop scrolling | can not stop scrolling | scrolling till | scrolling + night |
        scrolling + 3am | scrolling + 2am | all day + phone | all day + phones | all day + ipad |
        all day + ipads | all day + screens | all day + tablet | all night + gaming |
        all night + phone | gaming all night | hours a day + phones | hours + screens | 8 hours |
        9 hours | designed to + hooked | screen addiction | social media addiction | phone + sleep |
        sleeping in class | without + phone | without my phone | without their phone |
        don't have + phone | dont have + phone | phone + anxious | nomophobia | get off your phone |
        off your phone | off their phones | for hours + youtube | for hours + tiktok |
        for hours + games | wake up + phone | first thing + phone | before bed + phone |
        notifications | notification""",
        weak="face to face | up all night | all day | all night",
    ),
    C(
        "privacy",
        "privacy and location sharing",
        {OS: 2.0},
        """snap map | location sharing | share location | sharing location | location on |
        live location | find my friends | where you live | privacy settings | private account |
        public account | data + sold | personal data | privacy online | location + apps |
        location + snapchat | share + location""",
        weak="=location | tracking | track | privacy",
    ),
    C(
        "scams-hacking",
        "scams and hacking",
        {OS: 2.5},
        """scam link | scam links | scam texts | scam messages | scam calls | phishing |
        scammed online | scams online | online scams | scammers | hacked | hacking | hack | hacker |
        hackers | password | passwords | 2 step verification | two step verification | 2 factor |
        two factor | 2fa | verification | fake giveaway | fake giveaways | giveaways | fake sites |
        fake site | fake websites | fake website | fake + sites | fake + shops | dodgy links |
        dodgy link | click + link | clicking + links | lose money + online | lost money + online |
        lose money + fake | skin scams | scams + game | account + stolen | stolen account |
        got hacked | account + hacked | card details + online | parents card details |
        stole + account | stolen + account | fake competitions | fake competition |
        competition + instagram | posted + as me | pretending to be me | pretend to be me |
        account + taken over | lost + account""",
        weak="scam | scams | scammed",
    ),
    C(
        "harmful-content",
        "harmful content and porn",
        {OS: 2.5},
        """porn | pornography | explicit content | inappropriate content | harmful content |
        violent videos | gore | fight videos | self harm content | pro ana | graphic videos |
        disturbing videos | adult content | 18+ content | diet pills | diet + influencers |
        weight loss + influencers | extreme content | extreme stuff | extreme videos |
        algorithm + extreme | feeds u + extreme | feeds you + extreme | suicide content |
        eating disorder content | self harm videos | harmful stuff | take down + harmful |
        andrew tate + feeds | violent content | beheading | war videos | stabbed + video |
        stabbing + video | fights + filmed | filmed + fight | filming + fights | saw a video |
        for you page + video | self harm + videos | videos + self harm | feed + self harm |
        self harm + content | feed + suicide""",
    ),
    C(
        "platform-safety",
        "reporting, blocking and age checks on apps",
        {OS: 2.5},
        """report button | report + app | report + apps | report + instagram | report + tiktok |
        report + snapchat | report + account | report + post | reporting + online |
        reporting + apps | reported + account | reported + post | community guidelines | take down |
        taken down | takedown | takes down | =block | =blocking | =blocked | =blocks | mute |
        muted | age checks | age check | age verification | verify + age | under 13 | under 13s |
        under 13's | lie about + age | lie about + birthday | lied about + age | fake + age |
        minimum age | age limit | age limits | age restriction | age restrictions |
        online safety act | tech companies + accountable | platforms + accountable |
        held accountable + platforms | moderators | moderation | automatic message |
        nothing happens + report | report + nothing happens | yr olds + tiktok |
        year olds + tiktok | yr olds + snapchat | year olds + snapchat | how old you are |
        how old + sign up | sign up + age | check + age | checks + age | no age checks |
        =sign up""",
    ),
)
