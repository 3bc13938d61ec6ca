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

The concepts themselves are in concepts_domestic_abuse.py, concepts_online.py,
concepts_exploitation.py and concepts_cross_cutting.py; this module puts them in one tuple.
"""

from __future__ import annotations

from engage.themes.concept import DA, EX, OS, OTHER, C, Concept
from engage.themes.concepts_cross_cutting import CROSS_CUTTING
from engage.themes.concepts_domestic_abuse import DOMESTIC_ABUSE
from engage.themes.concepts_exploitation import EXPLOITATION
from engage.themes.concepts_online import ONLINE_SAFETY

__all__ = [
    "CONCEPTS",
    "DA",
    "DEFAULT_PRIORITIES",
    "EX",
    "OS",
    "OTHER",
    "SLUG_ALIASES",
    "C",
    "Concept",
]

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


# Order matters only for determinism (concepts are numbered by their place here).
CONCEPTS: tuple[Concept, ...] = (*DOMESTIC_ABUSE, *ONLINE_SAFETY, *EXPLOITATION, *CROSS_CUTTING)
