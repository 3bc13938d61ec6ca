"""Who is who around a challenge: how people are named, whose priority it is, and a Young
Scrutineer's term.

Children's Code defaults: a Young Scrutineer is shown to everyone else as "Young Scrutineer
(Staying Safe Online)" unless they have chosen to show their name.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from engage import database
from engage.models import Priority, User
from engage.roles import Role

FORMER = "A former member"


def scrutineer_priorities(user: User) -> list[Priority]:
    """The priorities a Young Scrutineer works on (normally one)."""
    if user.role != Role.YOUNG_SCRUTINEER:
        return []
    named = {priority.id: priority for priority in user.priorities}
    for priority in database.session.scalars(
        select(Priority).where(Priority.young_scrutineer_id == user.id)
    ):
        named.setdefault(priority.id, priority)
    return sorted(named.values(), key=lambda priority: priority.position)


def chaired_priorities(user: User) -> list[Priority]:
    if user.role != Role.CHAIR:
        return []
    return list(
        database.session.scalars(
            select(Priority).where(Priority.chair_id == user.id).order_by(Priority.position)
        )
    )


def term_has_ended(user: User, today: date) -> bool:
    return user.term_ends_on is not None and today > user.term_ends_on


def is_read_only(user: User, today: date) -> bool:
    """A Young Scrutineer whose term has ended can read and download, but change nothing."""
    return user.role == Role.YOUNG_SCRUTINEER and (term_has_ended(user, today) or not user.active)


def public_name(person: User | None, viewer: User | None = None) -> str:
    """How ``person`` is named to ``viewer`` on a challenge."""
    if person is None:
        return FORMER
    if viewer is not None and person.id == viewer.id:
        return "You"
    if person.role == Role.YOUNG_SCRUTINEER:
        priorities = scrutineer_priorities(person)
        where = f" ({priorities[0].title})" if priorities else ""
        label = f"Young Scrutineer{where}"
        return f"{person.display_name}, {label}" if person.show_name else label
    if person.role == Role.CHAIR:
        chaired = chaired_priorities(person)
        if chaired:
            return f"{person.display_name}, chair of {chaired[0].title}"
        return f"{person.display_name}, priority group chair"
    return f"{person.display_name}, {Role(person.role).label}"


def active_people(role: Role) -> list[User]:
    return list(
        database.session.scalars(
            select(User)
            .where(User.role == str(role), User.active.is_(True))
            .order_by(User.display_name)
        )
    )
