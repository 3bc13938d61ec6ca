"""Builders for report tests: submitted sessions with analysed comments, made directly in the
database so report tests do not depend on the theme engine."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from engage.canvasser.models import Comment, EngagementSession
from engage.database import utcnow
from engage.models import Agency
from engage.themes.models import CommentAnalysis, Theme


def make_theme(db, label: str, slug: str = "online-safety", keywords=None) -> Theme:
    theme = Theme(priority_slug=slug, label=label, machine_label=label, keywords=keywords or [])
    db.add(theme)
    db.flush()
    return theme


def make_session(
    db,
    group,
    comments,
    held_on: date | None = None,
    ages=None,
    withheld=(),
    status="submitted",
    priority=None,
):
    """comments: list of (text, theme or None, sentiment)."""
    agency = Agency(name=f"Report Agency {uuid.uuid4().hex[:8]}", kind="youth")
    db.add(agency)
    db.flush()
    ages = ages or {"age_11_13": 3, "age_14_15": 6, "age_16_17": 4}
    session = EngagementSession(
        group_id=group.id,
        agency_id=agency.id,
        held_on=held_on or date.today() - timedelta(days=5),
        status=status,
        submitted_at=utcnow() if status == "submitted" else None,
        submission_key=uuid.uuid4().hex,
        priority_id=priority.id if priority is not None else None,
        **ages,
    )
    db.add(session)
    db.flush()
    for position, (text, theme, sentiment) in enumerate(comments):
        comment = Comment(
            session_id=session.id, position=position, text=text, withheld=position in withheld
        )
        db.add(comment)
        db.flush()
        if theme is not None and position not in withheld:
            db.add(
                CommentAnalysis(
                    comment_id=comment.id,
                    priority_slug=theme.priority_slug,
                    machine_priority_slug=theme.priority_slug,
                    theme_id=theme.id,
                    machine_theme_id=theme.id,
                    sentiment=sentiment,
                )
            )
    db.flush()
    return session
