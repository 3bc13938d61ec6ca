"""Sending and reading notifications.

Titles and bodies are written by the app from ids and fixed wording; comment text never goes into
a notification or an e-mail.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Select, func, select, update
from sqlalchemy.exc import IntegrityError

from engage import database
from engage.database import utcnow
from engage.mail import send_mail
from engage.models import Notification, User
from engage.roles import Role


def notify(
    user: User,
    kind: str,
    title: str,
    body: str = "",
    link: str = "",
    dedupe_key: str | None = None,
    email: bool = True,
) -> Notification | None:
    """Adds a notification; returns None if one with the same dedupe key was already sent."""
    if dedupe_key is not None:
        exists = database.session.scalar(
            select(Notification.id).where(
                Notification.user_id == user.id, Notification.dedupe_key == dedupe_key
            )
        )
        if exists is not None:
            return None
    notification = Notification(
        user_id=user.id, kind=kind, title=title, body=body, link=link, dedupe_key=dedupe_key
    )
    try:
        with database.session.begin_nested():
            database.session.add(notification)
    except IntegrityError:
        # Another process sent the same one a moment ago: the unique key keeps it single.
        return None
    # Adults get e-mail by default; a Young Scrutineer chooses (see their settings page).
    if email and user.email_notifications and user.active:
        send_mail(to=user.email, subject=title, body=f"{body}\n\n{absolute(link)}".strip())
    return notification


def absolute(link: str) -> str:
    """Links in e-mails need the site's address; in-app links stay relative."""
    from flask import current_app, has_request_context, request

    if not link.startswith("/"):
        return link
    base = current_app.config["ENGAGE"].public_base_url
    if not base and has_request_context():
        base = request.host_url.rstrip("/")
    return f"{base}{link}"


def notify_role(
    role: Role, kind: str, title: str, body: str = "", link: str = "", dedupe_key: str | None = None
) -> list[Notification]:
    people = database.session.scalars(
        select(User).where(User.role == str(role), User.active.is_(True))
    )
    sent = [notify(person, kind, title, body, link, dedupe_key) for person in people]
    return [item for item in sent if item is not None]


def for_user(user: User) -> Select[tuple[Notification]]:
    return (
        select(Notification)
        .where(Notification.user_id == user.id)
        .order_by(Notification.read_at.is_not(None), Notification.created_at.desc())
    )


def unread_count(user: User) -> int:
    return (
        database.session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        )
        or 0
    )


def mark_read(user: User, ids: Iterable[uuid.UUID] | None = None) -> None:
    statement = update(Notification).where(
        Notification.user_id == user.id, Notification.read_at.is_(None)
    )
    if ids is not None:
        statement = statement.where(Notification.id.in_(list(ids)))
    database.session.execute(statement.values(read_at=utcnow()))
