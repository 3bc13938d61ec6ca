"""Reference data and accounts, as the coordinator manages them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from engage import audit, database, references
from engage.auth.services import new_session_token
from engage.database import utcnow
from engage.models import Agency, EngagementGroup, Invite, Priority, User
from engage.roles import Role

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class AdminError(ValueError):
    """A plain-language reason a change was refused; nothing was changed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def _name_taken(model: type, name: str, exclude: uuid.UUID | None = None) -> bool:
    statement = select(model.id).where(func.lower(model.name) == name.lower())  # type: ignore[attr-defined]
    if exclude is not None:
        statement = statement.where(model.id != exclude)  # type: ignore[attr-defined]
    return database.session.scalar(statement) is not None


# Agencies ---------------------------------------------------------------------------------


def agencies(include_inactive: bool = True) -> list[Agency]:
    statement = select(Agency).order_by(func.lower(Agency.name))
    if not include_inactive:
        statement = statement.where(Agency.active.is_(True))
    return list(database.session.scalars(statement))


def save_agency(actor: User, agency: Agency | None, name: str, kind: str) -> Agency:
    if _name_taken(Agency, name, agency.id if agency else None):
        raise AdminError("There is already an agency with that name", "name")
    created = agency is None
    agency = agency or Agency()
    agency.name = name
    agency.kind = kind
    database.session.add(agency)
    database.session.flush()
    audit.record(
        "agency_created" if created else "agency_updated",
        actor=actor,
        object_type="agency",
        object_id=agency.id,
    )
    return agency


def set_agency_active(actor: User, agency: Agency, active: bool) -> None:
    agency.active = active
    audit.record(
        "agency_restored" if active else "agency_archived",
        actor=actor,
        object_type="agency",
        object_id=agency.id,
    )


# Engagement groups ------------------------------------------------------------------------


def groups(include_archived: bool = True) -> list[EngagementGroup]:
    statement = select(EngagementGroup).order_by(
        EngagementGroup.archived_at.is_not(None), func.lower(EngagementGroup.name)
    )
    if not include_archived:
        statement = statement.where(EngagementGroup.archived_at.is_(None))
    return list(database.session.scalars(statement))


def save_group(
    actor: User, group: EngagementGroup | None, name: str, description: str
) -> EngagementGroup:
    if _name_taken(EngagementGroup, name, group.id if group else None):
        raise AdminError("There is already an engagement group with that name", "name")
    created = group is None
    group = group or EngagementGroup()
    renamed = not created and group.name != name
    group.name = name
    group.description = description
    database.session.add(group)
    database.session.flush()
    audit.record(
        "group_created" if created else "group_updated",
        actor=actor,
        object_type="engagement_group",
        object_id=group.id,
        details={"renamed": renamed},
    )
    return group


def set_group_archived(actor: User, group: EngagementGroup, archived: bool) -> None:
    group.archived_at = utcnow() if archived else None
    audit.record(
        "group_archived" if archived else "group_restored",
        actor=actor,
        object_type="engagement_group",
        object_id=group.id,
    )


def group_usages(group: EngagementGroup) -> dict[str, int]:
    return references.usages("engagement_group", group)


def delete_group(actor: User, group: EngagementGroup) -> None:
    usages = group_usages(group)
    if usages:
        described = ", ".join(f"{count} {what}" for what, count in usages.items())
        raise AdminError(
            f"This group cannot be deleted because {described} refer to it. Archive it instead"
        )
    audit.record("group_deleted", actor=actor, object_type="engagement_group", object_id=group.id)
    database.session.delete(group)


# Priorities -------------------------------------------------------------------------------


def priorities(include_retired: bool = True) -> list[Priority]:
    statement = select(Priority).order_by(Priority.position, Priority.title)
    if not include_retired:
        statement = statement.where(Priority.active.is_(True))
    return list(database.session.scalars(statement))


def users_with_role(role: Role) -> list[User]:
    return list(
        database.session.scalars(
            select(User)
            .where(User.role == str(role), User.active.is_(True))
            .order_by(User.display_name)
        )
    )


def _user_or_none(user_id: str, role: Role) -> User | None:
    if not user_id:
        return None
    try:
        user = database.session.get(User, uuid.UUID(user_id))
    except ValueError:
        user = None
    if user is None or user.role != str(role) or not user.active:
        raise AdminError(f"Choose a {role.label} from the list")
    return user


def save_priority(
    actor: User,
    priority: Priority | None,
    title: str,
    description: str,
    chair_id: str,
    young_scrutineer_id: str,
    slug: str | None = None,
) -> Priority:
    if priority is None:
        if not slug or not SLUG_PATTERN.match(slug):
            raise AdminError(
                "The short name can only use lower-case letters, numbers and hyphens", "slug"
            )
        if database.session.scalar(select(Priority.id).where(Priority.slug == slug)):
            raise AdminError("There is already a priority with that short name", "slug")
    clash = select(Priority.id).where(func.lower(Priority.title) == title.lower())
    if priority is not None:
        clash = clash.where(Priority.id != priority.id)
    if database.session.scalar(clash) is not None:
        raise AdminError("There is already a priority with that title", "title")
    chair = _user_or_none(chair_id, Role.CHAIR)
    scrutineer = _user_or_none(young_scrutineer_id, Role.YOUNG_SCRUTINEER)
    created = priority is None
    if priority is None:
        position = database.session.scalar(select(func.max(Priority.position))) or 0
        priority = Priority(slug=slug, position=position + 1)
    priority.title = title
    priority.description = description
    priority.chair = chair
    priority.young_scrutineer = scrutineer
    database.session.add(priority)
    database.session.flush()
    for person in (chair, scrutineer):
        if person is not None and priority not in person.priorities:
            person.priorities.append(priority)
    audit.record(
        "priority_created" if created else "priority_updated",
        actor=actor,
        object_type="priority",
        object_id=priority.id,
        details={
            "chair_id": chair.id if chair else None,
            "young_scrutineer_id": scrutineer.id if scrutineer else None,
        },
    )
    return priority


def set_priority_active(actor: User, priority: Priority, active: bool) -> None:
    priority.active = active
    audit.record(
        "priority_restored" if active else "priority_retired",
        actor=actor,
        object_type="priority",
        object_id=priority.id,
    )


# Users ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserFilter:
    role: str = ""
    status: str = "active"


def users_statement(filters: UserFilter) -> Select[tuple[User]]:
    statement = select(User).order_by(func.lower(User.display_name))
    if filters.role:
        statement = statement.where(User.role == filters.role)
    if filters.status == "active":
        statement = statement.where(User.active.is_(True))
    elif filters.status == "deactivated":
        statement = statement.where(User.active.is_(False))
    return statement


def _by_ids(model: type, ids: Sequence[str]) -> list:  # type: ignore[type-arg]
    keys = []
    for value in ids:
        try:
            keys.append(uuid.UUID(value))
        except ValueError as error:
            raise AdminError("Choose from the list") from error
    if not keys:
        return []
    found = list(database.session.scalars(select(model).where(model.id.in_(keys))))  # type: ignore[attr-defined]
    if len(found) != len(set(keys)):
        raise AdminError("Choose from the list")
    return found


@dataclass(frozen=True)
class Attachments:
    role: Role
    agency: Agency | None
    priorities: list[Priority]
    groups: list[EngagementGroup]


def check_attachments(
    role: str, agency_id: str, priority_ids: Sequence[str], group_ids: Sequence[str]
) -> Attachments:
    try:
        role_enum = Role(role)
    except ValueError as error:
        raise AdminError("Choose a role from the list", "role") from error
    agency = None
    if agency_id:
        agency = _by_ids(Agency, [agency_id])[0]
    chosen_priorities = _by_ids(Priority, priority_ids)
    chosen_groups = _by_ids(EngagementGroup, group_ids)
    if role_enum is Role.PARTNER and agency is None:
        raise AdminError("Choose the partner's agency", "agency")
    if role_enum is Role.YOUNG_SCRUTINEER and len(chosen_priorities) != 1:
        raise AdminError("A Young Scrutineer has exactly one priority: choose one", "priorities")
    if role_enum is Role.CHAIR and not chosen_priorities:
        raise AdminError("Choose the priority this person chairs", "priorities")
    return Attachments(role_enum, agency, chosen_priorities, chosen_groups)


def update_user(actor: User, user: User, display_name: str, attachments: Attachments) -> None:
    if user.id == actor.id and attachments.role is not Role(user.role):
        raise AdminError("You cannot change your own role. Ask another coordinator", "role")
    old_role = user.role
    user.display_name = display_name
    user.agency = attachments.agency
    user.priorities = attachments.priorities
    user.groups = attachments.groups
    if old_role != str(attachments.role):
        user.role = str(attachments.role)
        # A new role must not inherit a session signed in under the old one.
        user.session_token = new_session_token()
        audit.record(
            "role_changed",
            actor=actor,
            object_type="user",
            object_id=user.id,
            details={"from": old_role, "to": str(attachments.role)},
        )
    audit.record("user_updated", actor=actor, object_type="user", object_id=user.id)


def deactivate_user(actor: User, user: User) -> None:
    if user.id == actor.id:
        raise AdminError("You cannot deactivate your own account")
    user.active = False
    user.session_token = new_session_token()
    audit.record("user_deactivated", actor=actor, object_type="user", object_id=user.id)


def reactivate_user(actor: User, user: User) -> None:
    user.active = True
    user.failed_login_count = 0
    user.locked_until = None
    audit.record("user_reactivated", actor=actor, object_type="user", object_id=user.id)


def unlock_user(actor: User, user: User) -> None:
    user.failed_login_count = 0
    user.locked_until = None
    audit.record("user_unlocked", actor=actor, object_type="user", object_id=user.id)


def reset_two_factor(actor: User, user: User) -> None:
    user.totp_secret = None
    user.totp_last_step = None
    user.session_token = new_session_token()
    audit.record("two_factor_reset", actor=actor, object_type="user", object_id=user.id)


def invites_statement(status: str = "open") -> Select[tuple[Invite]]:
    statement = select(Invite).order_by(Invite.created_at.desc())
    now = utcnow()
    if status == "open":
        statement = statement.where(
            Invite.used_at.is_(None), Invite.revoked_at.is_(None), Invite.expires_at > now
        )
    return statement
