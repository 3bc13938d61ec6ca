"""Which comments the theme engine and the boards may use.

Only comments from submitted sessions that are not withheld: a disclosure never reaches the engine,
a board or a report.
"""

from __future__ import annotations

from sqlalchemy import Select, select

from engage.canvasser.models import Comment, EngagementSession, SessionStatus


def eligible_comments() -> Select[tuple[Comment]]:
    return (
        select(Comment)
        .join(EngagementSession, Comment.session_id == EngagementSession.id)
        .where(EngagementSession.status == SessionStatus.SUBMITTED, Comment.withheld.is_(False))
    )


def eligible_condition():  # type: ignore[no-untyped-def]  # noqa: ANN201 - a SQL expression
    return (EngagementSession.status == SessionStatus.SUBMITTED) & Comment.withheld.is_(False)
