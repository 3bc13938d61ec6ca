"""The vocabulary's concepts for domestic abuse, and the ideas that shape themes in any priority
(spotting the signs, feeling safe to tell, the impact, hearing from survivors).

See vocabulary.py for the term syntax and how concepts are used.
"""

from __future__ import annotations

from engage.themes.concept import DA, C, Concept

DOMESTIC_ABUSE: tuple[Concept, ...] = (
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
        hate being at home | don't want to go home | do not want to go home | living with abuse |
        lived through abuse | victim of domestic | perpetrator | report + parents | report + dad |
        report + mum | tell on + parents | tell on + dad | report + stepfather | black eye |
        black eyes | bruises | bruised | kicks off + home | kicking off + home | kicked off + home |
        kicking off at home | when it kicks off | hear + fighting | hears + fighting |
        hearing + fighting | hear + shouting | hear + screaming | parents + screaming |
        mums and dads | mum and dad + fight | between the adults | adults at home |
        grow up with it | grew up with it | growing up with it | protect + mum | protect their mum |
        protect your mum | whats going on at home | what's going on at home | going on at home |
        hit + wife | hits + wife | hitting + wife | beat + wife | abusive home | abusive homes |
        abusive household | not safe at home | home is not safe | home not safe |
        violence + parents | seen violence | witnessed violence | unsafe at home | safe at home |
        feel safe at home | scared to be at home | smashing things | throwing things |
        smashing + home | scared of + dad | scared of + stepfather | scared of + mum's boyfriend |
        mum's boyfriend | mums boyfriend | mum's new partner | mum's partner | new partner + scary |
        in her house | in his house | in their house | at her house | at his house |
        goes on in + house | going on in + house | what goes on at home | =downstairs + shouting |
        =downstairs + screaming | =downstairs + fighting | takes it out on | take it out on |
        taking it out on | drunk + hits | drunk + home | pushes + mum | pushing + mum |
        pushed + mum | shoves + mum | pushes + around | police + our house | police came + house""",
        mid="""at home | what happens at home | goes on at home | happening at home | home life |
        things at home | abuse | abused | abusive | arguments + parents | arguing + parents |
        argue + parents | arguments + home | fighting + parents | fight + parents |
        threatening + home | =shouting + home | screaming + home | keep it secret |
        keep + secret""",
        weak="""trapped + home | stuck at home | stuck + with | arguments | arguing | argue |
        =shouting | =screaming | threatening | =smashing | =downstairs | =slammed | stepfather |
        kicking off | kicks off""",
        theme_weight=0.4,
    ),
    # Family words alone say little (half of all comments about anything mention a parent), so
    # they are their own weak concept rather than weak terms of domestic abuse.
    # Not knowing that what happens is abuse: young people ask for the kinds that leave no bruise
    # to be named, so these comments share a theme whichever kind they name.
    C(
        "forms-of-abuse",
        "what counts as abuse",
        {DA: 3.0},
        """emotional abuse | psychological abuse | verbal abuse | physical abuse | financial abuse |
        economic abuse | sexual abuse + home | name calling | calling each other names |
        calling + names | shouting + threatening | made to feel worthless | feel worthless |
        worthless + abuse | constant criticism | put downs | put you down | abuse + emotional |
        emotional or financial | not just physical | is not just physical | only physical |
        just arguing | not just arguing | not just hitting | has to be hitting | without hitting |
        not just bruises | just about bruises | still abuse | is abuse too | abuse too |
        counts as abuse | count as abuse | counted as + abuse | is abuse | was abuse |
        what abuse is | what abuse looks like | types of abuse | kinds of abuse | forms of abuse |
        didn't know + abuse | didn't realise + abuse | don't know + abuse | not know + abuse |
        realise + abuse | think it's normal + abuse""",
    ),
    C(
        "family",
        "families",
        {DA: 0.8},
        """family | families | household | parents | parent | mum | dad | stepfather | carers |
        mums | dads | siblings | sibling | little ones | little brother | little sister""",
        weak="=brother | =sister | =cousin | =cousins | =aunt | =uncle",
        theme_weight=0.3,
    ),
    C(
        "overlooked-victims",
        "victims nobody sees",
        {DA: 2.5},
        """male victims | male victim | men + victims | boys + victims | dads + victims |
        lads + victims | victims too | men get abused | boys get abused | lads get abused |
        abused by women | abused by + girlfriend | gf hits | girlfriend hits | hits him |
        same sex couples | same sex relationships | same sex | gay couples | lgbtq+ + abuse |
        lgbtq+ + relationships | what about lads | what about boys | wot about lads |
        look weak + abused | men can be victims | dads can be victims | campaigns + men |
        campaigns + boys""",
        mid="=victims + abuse | victim + abuse | takes it seriously + abused",
    ),
    C(
        "coercive-control",
        "coercive control",
        {DA: 3.0},
        """coercive control | coercive | controlling behaviour | controlling | control + partner |
        control + relationship | gaslight | gaslighting | manipulative | manipulate + partner |
        financial abuse | economic abuse | isolate + friends | isolating | tells her what to wear |
        what to wear | who she can see | who you can see | who they can talk to |
        who you can talk to | who she can talk to | who u can talk | who they can see |
        cant talk to + boyfriend | can't talk to + boyfriend | control + money |
        controlling + money | controls + money | controlling all the money | =threats + partner |
        threatens + partner | scared of + partner | walking on eggshells | cut off from + friends |
        stops her + friends | stop + seeing friends | control + girls | control + wife |
        where she is | where he is | where you are + all the time | not allowed + friends |
        won't let + see | wont let + see | will not let + see | won't let her | wont let her |
        will not let her | hurt himself + leave | kill himself + leave | if she left |
        if you leave him | guilt trip | guilt tripping | guilt trips | threatens + leave |
        prove where | doesn't let her | doesnt let her | does not let her | not allowed to work |
        own bank card | her own money | own money + let | made her delete | makes her delete |
        make her delete | delete + boys | prove + where | photo + where she is | doesn't reply |
        doesnt reply | does not reply | reply straight away | goes mad if | kicks off if |
        checks + messages | check + messages | reads + messages | talks to other boys |
        talk to other boys | talking to other boys | other girls + jealous""",
        weak="control | controlled | manipulate | manipulation | isolated",
    ),
    C(
        "teen-relationships",
        "relationships",
        {DA: 2.5},
        """boyfriend | girlfriend | boyfriends | girlfriends | relationship | relationships |
        teen relationship | =dating | partner | partners | jealous | jealousy | =possessive |
        hit + girl | hitting + girl | hits + girl | hit + girlfriend | hitting + girlfriend |
        toxic relationship | toxic | going out with | my ex | your ex | her ex | his ex |
        abusive relationship | unhealthy relationship | healthy relationship | romantic |
        love bombing | situationship | healthy relationships | unhealthy relationships |
        bad relationship | toxic relationships | relationship education | relationships education |
        relationship lessons | sex education | sex ed | in love | passed off as love | couple |
        couples | =consent | location + partner | location + boyfriend | location + girlfriend |
        location + 24/7 | going through + phone | respect + relationship |
        red flags + relationships""",
        mid="""rse | =sre | =love | =crush | =date | =dates | check + phone | checks + phone |
        checking + phone | through + phone""",
        weak="tracking | track | tracks | =location",
    ),
    C(
        "honour-based-abuse",
        "honour-based abuse and forced marriage",
        {DA: 3.0},
        """honour based abuse | honour based violence | honour abuse | honour violence |
        forced marriage | forced to marry | forced into marriage | married off | arranged marriage |
        fgm | female genital mutilation | cutting + girls | breast ironing | dowry |
        shame + family | bring shame | bringing shame | family honour | izzat | honour based |
        honour killing | taken abroad | sent abroad | taken back home + marry | abroad + marry |
        abroad + summer | abroad + holidays | abroad + hols | married + abroad | engaged + young |
        who + can marry | who they marry | virginity testing | virginity | engaged at |
        engaged + young | engaged + never met | someone they never met | never met + marry |
        back home to + married | back home + marry | get married young | married at 16 |
        married + 16 | married + 15 | send + back home | sent back home | married off |
        promised to""",
        weak="honour | shame | =cultures | =culture | =wedding | =engaged",
        mid="""=marry | marriage | married young | marry young | culture + marry | =abroad + girls |
        =married""",
    ),
    C(
        "refuge",
        "refuges and support for families",
        {DA: 2.5},
        """refuge | refuges | ask for ani | safe space pharmacy | idva | marac |
        domestic abuse service | women's aid | womens aid | safe house | flee | fleeing |
        leave + abuser | leave + abusive | leaving + abusive | left + abusive | escape + abuse |
        escaping + abuse | escape + home | after they leave | leaving home + abuse | move + escape |
        moved + escape | b&b | b and b | somewhere safe + home | safe place + home | dad + gone |
        dad + left | support after + abuse | support + after abuse | left him | mum left + him |
        left + dad | after + escape | after you escape | =escaped | had to move + mum""",
    ),
    # Family courts and child arrangements: young people who lived with domestic abuse speak of
    # CAFCASS, contact with the parent who hurt them and handovers, seldom naming the abuse.
    C(
        "family-courts",
        "family courts and contact",
        {DA: 2.5},
        """cafcass | family court | family courts | =court + kids | =court + children |
        =court + decide | =court + dad | =court + mum | =courts | child arrangements |
        contact centre | contact centres | supervised contact | contact + dad | contact + mum |
        handover | handovers | hand over + kids | custody | visitation | =visits + dad |
        made to see + dad | make me see + dad | forced to see + dad | go to dad's | weekends + dad |
        where + going at weekends | stuck in the middle | split up + parents | separated + parents |
        divorce""",
        weak="=court | contact | =weekends",
    ),
    # "DA" is how workers and many young people write domestic abuse; alone it is also text-speak
    # for "the", so it counts only beside a word about home, children or living with it.
    C(
        "da-shorthand",
        "domestic abuse",
        {DA: 3.0},
        """=da + home | =da + house | =da + kids | =da + children | =da + lived | =da + living |
        =da + witness | =da + survivors | its =da | it's =da | is =da | =dv + home | =dv + kids |
        =dv + lived | =dv + living | =dv + witness""",
        theme_weight=0.5,
    ),
    # Cross-priority ideas that shape themes inside any priority. No priority weight of their own.
    C(
        "spotting-signs",
        "spotting the signs",
        {},
        """=signs | warning signs | red flags | red flag | spot | spotting | recognise | recognize |
        look for | what to look for | tell the difference | difference between | realise | realize |
        what counts as | count as | counts as | is normal | seen as normal | think it's normal |
        normal | normalised | normalized | aware | awareness | know what +         is |
        don't know what + is | not know + is | identify | notice""",
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
        {DA: 0.5},
        """tell | telling | told + anyone | report | reporting | reported | speak up | speak out |
        disclose | disclosure | open up | say anything | scared to tell | afraid to tell | snitch |
        snitching | grass | grassing | confidential | confidentiality | what happens after |
        worse if you tell | get in trouble | who to tell | who to talk to | tell someone |
        tell anyone | telling anyone | tell a teacher | telling a teacher""",
    ),
    # What a child fears will happen to their family if they tell: the heart of why abuse at home
    # stays hidden, so it weighs towards domestic abuse even without the word "abuse".
    C(
        "telling-consequences",
        "fear of what happens after telling",
        {DA: 2.0},
        """taken into care | taken away | take them away | take us away | take me away |
        social services | social worker + take | moved away | split up + siblings |
        mum + get in trouble | mum + in trouble | parents + in trouble | dad + in trouble |
        worse at home | make things worse + home | makes it worse + home | rings the parents |
        ring + parents | grassing + family | grass + family | tell on + family | protect + family |
        phone home | phones home | call home | calls home | rings home | ring home |
        then its worse + tell | dad + arrested | mum + arrested | parents + arrested |
        dont want + arrested | split us up | split up +         siblings | put in care |
        be put in care | family broken up | broken up + family | family + split up | dad + prison |
        mum + prison | losing their kids | lose their kids | police + involved""",
    ),
    C(
        "lived-experience",
        "hearing from people who have been through it",
        {},
        """survivor | survivors | lived through | lived experience | been through |
        been through it | experienced it | who have experienced | who've experienced |
        real stories | real life stories | real people | hear from | hearing from |
        come in and talk | talk to us | speakers | speaker | leaflet | leaflets | first hand""",
    ),
)
