"""Demo data for a local copy: one account per role, agencies, and (from feature packages)
sessions, themes and challenges. Never loaded in production."""

from __future__ import annotations

from collections.abc import Callable

import pyotp
from sqlalchemy import select

from engage import database
from engage.auth.services import new_session_token, passwords
from engage.models import Agency, EngagementGroup, Priority, User
from engage.roles import Role

DEMO_PASSWORD = "engage-demo-2026"  # noqa: S105 - demo accounts only, never in production

AGENCIES: list[tuple[str, str]] = [
    ("Metropolitan Police", "police"),
    ("Children's Social Care", "council"),
    ("Youth Service", "youth"),
    ("Acute Hospital Trust", "health"),
    ("Mental Health Trust", "health"),
    ("GP Care Group", "health"),
    ("Secondary school", "school"),
    ("Voluntary sector forum", "voluntary"),
]

# (email, name, role, agency, priority slugs, group names)
ACCOUNTS: list[tuple[str, str, Role, str | None, list[str], list[str]]] = [
    (
        "partner@example.org",
        "Priya Partner",
        Role.PARTNER,
        "Youth Service",
        [],
        ["Young Carers Forum", "Youth Council"],
    ),
    (
        "police.partner@example.org",
        "Paul Police",
        Role.PARTNER,
        "Metropolitan Police",
        [],
        ["Children Living in Care Council"],
    ),
    ("coordinator@example.org", "Cara Coordinator", Role.COORDINATOR, None, [], []),
    (
        "chair@example.org",
        "Chidi Chair",
        Role.CHAIR,
        "Children's Social Care",
        ["online-safety"],
        [],
    ),
    ("scrutineer@example.org", "Sam", Role.YOUNG_SCRUTINEER, None, ["online-safety"], []),
    ("mentor@example.org", "Imogen Independent", Role.INDEPENDENT_SCRUTINEER, None, [], []),
    ("executive@example.org", "Eve Executive", Role.EXECUTIVE, "Children's Social Care", [], []),
    ("lead@example.org", "Lola Lead", Role.SAFEGUARDING_LEAD, "Children's Social Care", [], []),
]

# Feature packages add demo content (sessions, themes, challenges) here.
_loaders: list[Callable[[], None]] = []


def register(loader: Callable[[], None]) -> None:
    if loader not in _loaders:
        _loaders.append(loader)


def load() -> None:
    from flask import current_app

    # Demo people have example.org addresses: nothing is e-mailed while their story is set up.
    current_app.config["ENGAGE_MAIL_SUPPRESSED"] = True
    try:
        _load()
    finally:
        current_app.config["ENGAGE_MAIL_SUPPRESSED"] = False


def _load() -> None:
    agencies = {name: Agency(name=name, kind=kind) for name, kind in AGENCIES}
    database.session.add_all(agencies.values())
    priorities = {p.slug: p for p in database.session.scalars(select(Priority))}
    groups = {g.name: g for g in database.session.scalars(select(EngagementGroup))}
    password_hash = passwords().hash(DEMO_PASSWORD)
    for email, name, role, agency, slugs, group_names in ACCOUNTS:
        user = User(
            email=email,
            display_name=name,
            role=str(role),
            agency=agencies[agency] if agency else None,
            password_hash=password_hash,
            session_token=new_session_token(),
            totp_secret=pyotp.random_base32() if role in _two_factor_roles() else None,
        )
        user.priorities = [priorities[slug] for slug in slugs if slug in priorities]
        user.groups = [groups[group] for group in group_names if group in groups]
        database.session.add(user)
        database.session.flush()
        if role is Role.CHAIR:
            for slug in slugs:
                priorities[slug].chair = user
        if role is Role.YOUNG_SCRUTINEER:
            for slug in slugs:
                priorities[slug].young_scrutineer = user
    database.session.flush()
    for loader in _loaders:
        loader()


def _two_factor_roles() -> tuple[str, ...]:
    from flask import current_app

    return current_app.config["ENGAGE"].two_factor_roles


def describe_logins() -> str:
    lines = ["", "Demo accounts (password for all: " + DEMO_PASSWORD + "):"]
    for email, _name, role, *_ in ACCOUNTS:
        user = database.session.scalar(select(User).where(User.email == email))
        if user is None:
            continue
        line = f"  {role.label:<26} {email}"
        if user.totp_secret:
            line += f"  (security code: make code EMAIL={email})"
        lines.append(line)
    return "\n".join(lines)
