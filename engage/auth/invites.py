"""Single-use, expiring invitations: the only way a new account is made."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import current_app, url_for
from sqlalchemy import select

from engage import audit, database
from engage.auth.passwords import password_problem
from engage.auth.services import new_session_token, normalise_email, passwords, settings
from engage.database import utcnow
from engage.mail import send_mail
from engage.models import Agency, EngagementGroup, Invite, Priority, User
from engage.roles import Role


class InviteError(ValueError):
    """A plain-language reason an invite cannot be made or used."""


@dataclass(frozen=True)
class IssuedInvite:
    invite: Invite
    link: str
    emailed: bool


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite_link(token: str) -> str:
    base = settings().public_base_url
    path = url_for("auth.accept_invite", token=token)
    return f"{base}{path}" if base else url_for("auth.accept_invite", token=token, _external=True)


def create_invite(
    invited_by: User,
    email: str,
    display_name: str,
    role: Role,
    agency: Agency | None,
    priorities: Sequence[Priority] = (),
    groups: Sequence[EngagementGroup] = (),
) -> IssuedInvite:
    email = normalise_email(email)
    if database.session.scalar(select(User.id).where(User.email == email)) is not None:
        raise InviteError("There is already an account with that email address")
    for earlier in database.session.scalars(
        select(Invite).where(Invite.email == email, Invite.used_at.is_(None))
    ):
        if earlier.status == "open":
            earlier.revoked_at = utcnow()
    token = secrets.token_urlsafe(32)
    invite = Invite(
        email=email,
        display_name=display_name,
        role=str(role),
        agency=agency,
        priority_ids=[str(priority.id) for priority in priorities],
        group_ids=[str(group.id) for group in groups],
        token_hash=_hash(token),
        expires_at=utcnow() + timedelta(days=settings().invite_valid_days),
        invited_by=invited_by,
    )
    database.session.add(invite)
    database.session.flush()
    link = invite_link(token)
    emailed = send_mail(
        to=email,
        subject="You have been invited to engage",
        body=(
            f"Hello {display_name},\n\nYou have been invited to engage, the youth voice platform "
            f"of the Safeguarding Children Partnership, as {role.label}.\n\n"
            f"Set your password here (the link works once and expires in "
            f"{settings().invite_valid_days} days):\n{link}\n"
        ),
        secret_link=True,
    )
    audit.record(
        "invite_created",
        actor=invited_by,
        object_type="invite",
        object_id=invite.id,
        details={"role": str(role), "emailed": emailed},
    )
    return IssuedInvite(invite=invite, link=link, emailed=emailed)


def find_invite(token: str) -> Invite | None:
    if not token or len(token) > 200:
        return None
    return database.session.scalar(select(Invite).where(Invite.token_hash == _hash(token)))


def check_usable(invite: Invite | None) -> None:
    if invite is None:
        raise InviteError("This invite link is not valid. Check you copied all of it")
    status = invite.status
    if status == "used":
        raise InviteError("This invite link has already been used. Sign in instead")
    if status == "withdrawn":
        raise InviteError("This invite link was withdrawn. Ask the coordinator for a new one")
    if status == "expired":
        raise InviteError("This invite link has expired. Ask the coordinator for a new one")


def accept_invite(invite: Invite, password: str) -> User:
    check_usable(invite)
    problem = password_problem(password, invite.email, invite.display_name)
    if problem:
        raise InviteError(problem)
    if database.session.scalar(select(User.id).where(User.email == invite.email)) is not None:
        raise InviteError("There is already an account with that email address. Sign in instead")
    user = User(
        email=invite.email,
        display_name=invite.display_name,
        role=invite.role,
        agency_id=invite.agency_id,
        password_hash=passwords().hash(password),
        session_token=new_session_token(),
        password_changed_at=utcnow(),
    )
    user.priorities = _fetch(Priority, invite.priority_ids)
    user.groups = _fetch(EngagementGroup, invite.group_ids)
    database.session.add(user)
    invite.used_at = utcnow()
    database.session.flush()
    invite.user_id = user.id
    audit.record("invite_accepted", actor=user, object_type="invite", object_id=invite.id)
    current_app.logger.info("invite %s accepted by user %s", invite.id, user.id)
    return user


def _fetch(model: Any, ids: Sequence[str]) -> list[Any]:
    keys = [uuid.UUID(value) for value in ids]
    if not keys:
        return []
    return list(database.session.scalars(select(model).where(model.id.in_(keys))))


def withdraw_invite(actor: User, invite: Invite) -> None:
    if invite.status != "open":
        raise InviteError("Only an open invite can be withdrawn")
    invite.revoked_at = utcnow()
    audit.record("invite_withdrawn", actor=actor, object_type="invite", object_id=invite.id)
