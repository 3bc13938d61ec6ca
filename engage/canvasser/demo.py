"""Demo sessions for a local copy: what young people might say at each group over a year.

Written for the demo (not taken from any evaluation set). Comments go through the same
record_session path as a partner's, so redaction and screening apply to them too.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from sqlalchemy import select

from engage import database
from engage.canvasser import services
from engage.canvasser.services import CommentInput, SessionDetails
from engage.models import EngagementGroup, Priority, User

# (group, days ago, priority slug or "", comments)
DEMO_SESSIONS: list[tuple[str, int, str, list[str]]] = [
    (
        "Youth Council",
        330,
        "online-safety",
        [
            "people screenshot your snaps and send them round the whole year group",
            "boys pressure girls to send pics and then share them",
            "nobody tells you what the law says about sharing pictures",
            "my mate Tyrone got added to a group chat where they were sharing nudes",
            "fake accounts get made just to bully people",
            "you can't get away from bullying online, it follows you home",
        ],
    ),
    (
        "Young Carers Forum",
        300,
        "domestic-abuse",
        [
            "if your parents argue all the time you don't know if it's abuse or normal",
            "kids who live with shouting and violence can't focus at school",
            "we don't tell teachers because we're scared social services will split us up",
            "being a carer and living with abuse at home means you never switch off",
            "there should be someone at school you can talk to about home",
        ],
    ),
    (
        "Children Living in Care Council",
        270,
        "exploitation",
        [
            "older boys give you money and trainers and then you owe them",
            "kids in care get targeted to run drugs out of town",
            "county lines gangs groom younger kids on snapchat",
            "people think it's only boys but girls get exploited too",
            "when you go missing from placement nobody asks why",
            "changing social workers all the time means telling your story again",
        ],
    ),
    (
        "CAMHS Young People's Participation Group",
        240,
        "",
        [
            "waiting months for CAMHS made everything worse",
            "I'd rather text a helpline than call one",
            "boys feel like they can't talk about their feelings",
            "anxiety got so much worse after lockdown",
            "more drop in sessions without needing a referral",
        ],
    ),
    (
        "Young Health Watch",
        200,
        "online-safety",
        [
            "influencers make you feel rubbish about your body",
            "gaming chats let random adults message kids",
            "parents don't understand the apps we use",
            "adults pretend to be teenagers to get close to young people online",
            "there's pressure to reply straight away or you lose your streaks",
            "loot boxes are basically gambling for kids",
        ],
    ),
    (
        "Youth Service Providers Forum",
        170,
        "exploitation",
        [
            "students get offered cash to let people use their bank account",
            "money mule adverts are all over instagram",
            "young people carry knives because they don't feel safe",
            "walking home past the estate at night is scary",
            "the youth club closing means nowhere to go but the street",
        ],
    ),
    (
        "Young People with SEND Forum",
        140,
        "domestic-abuse",
        [
            "we need lessons on what a healthy relationship looks like",
            "jealous boyfriends checking your phone is treated as normal",
            "controlling behaviour in relationships isn't talked about at school",
            "easy read information about abuse would help",
            "call me on 07700 900777 if you want more from our group",
        ],
    ),
    (
        "Barts Health Youth Forum / Youth Empowerment Squad",
        110,
        "",
        [
            "the hospital should have youth workers in A&E",
            "young people don't trust the police after stop and search",
            "no privacy at home because the flat is overcrowded",
            "lots of families can't afford food or phone data",
            "we want one worker who actually knows us",
        ],
    ),
    (
        "Youth Council",
        80,
        "online-safety",
        [
            "girls get asked for nudes all the time and get blamed when they leak",
            "screenshots of private pics get passed round school",
            "we want to know how to report someone who is grooming people online",
            "strangers add you and start asking personal questions",
            "online bullying on group chats is the worst",
            "people make fake pages to embarrass someone",
            "sextortion scams are targeting boys",
        ],
    ),
    (
        "Children Living in Care Council",
        50,
        "exploitation",
        [
            "dealers take over vulnerable people's flats",
            "gang members groom younger kids with food and lifts",
            "kids get recruited into county lines through social media",
            "being in debt to dealers means you can't get out",
            "I'm being made to deliver drugs and they said they'd hurt me if I stop",
        ],
    ),
    (
        "Young Carers Forum",
        25,
        "domestic-abuse",
        [
            "children who see their mum get hurt carry it for years",
            "we need to know what happens after you report abuse at home",
            "hearing from survivors would mean more than a leaflet",
            "young carers in abusive homes are invisible to schools",
            "it's hard to spot the signs of abuse in your own family",
        ],
    ),
    (
        "CAMHS Young People's Participation Group",
        10,
        "",
        [
            "school counsellors have waiting lists too",
            "we want safe places to hang out in the evening",
            "safety lessons at school come too late",
            "PSHE should be earlier and more real",
            "the CAMHS waiting list is way too long",
        ],
    ),
]

AGES = {"age_11_13": 3, "age_14_15": 5, "age_16_17": 4, "age_18_25": 1}


def load_demo_sessions() -> None:
    partners = {
        user.email: user
        for user in database.session.scalars(select(User).where(User.role == "partner"))
    }
    partner = partners.get("partner@example.org")
    police = partners.get("police.partner@example.org")
    if partner is None or police is None:
        return
    groups = {group.name: group for group in database.session.scalars(select(EngagementGroup))}
    priorities = {p.slug: p for p in database.session.scalars(select(Priority))}
    for index, (group_name, days_ago, slug, comments) in enumerate(DEMO_SESSIONS):
        recorder = police if group_name == "Children Living in Care Council" else partner
        details = SessionDetails(
            group_id=str(groups[group_name].id),
            held_on=date.today() - timedelta(days=days_ago),
            priority_id=str(priorities[slug].id) if slug in priorities else "",
            format="in_person" if index % 3 else "hybrid",
            ages=AGES,
            questions="What makes you feel safe or unsafe? What should the partnership do?",
            consent_method="verbal",
        )
        key = hashlib.sha256(f"demo-{index}".encode()).hexdigest()[:32]
        session, _ = services.record_session(
            recorder, details, [CommentInput(text=text) for text in comments], key
        )
        services.submit_session(session, recorder)
    database.session.flush()
