"""What each role should do next about challenges, for the home page."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import Select, func, select

from engage import database
from engage.home.services import NextStep
from engage.models import User
from engage.roles import Role
from engage.scrutineers import calendar, listing, people, permissions
from engage.scrutineers.models import (
    Challenge,
    ChallengeStatus,
    DataRequest,
    DataRequestKind,
    DeadlineEvent,
    DeadlineStage,
)


def _count(statement: Select[tuple[int]]) -> int:
    return database.session.scalar(statement) or 0


def _open_escalations(stages: list[str]) -> int:
    return _count(
        select(func.count(func.distinct(DeadlineEvent.challenge_id)))
        .join(Challenge, Challenge.id == DeadlineEvent.challenge_id)
        .where(DeadlineEvent.stage.in_(stages), Challenge.status == ChallengeStatus.SUBMITTED)
    )


def _scrutineer(user: User) -> list[NextStep]:
    today = calendar.london_today()
    work = listing.my_work(user)
    steps = [
        NextStep(
            "Your challenges",
            url_for("scrutiny.index"),
            "See what young people said about your priority, and how your challenges are going.",
            count=len(work.to_judge) or None,
            count_label="to judge",
        )
    ]
    if permissions.can_raise(user, today):
        steps.append(
            NextStep(
                "Raise a challenge", url_for("scrutiny.new"), "Ask a priority group a question."
            )
        )
    steps.append(
        NextStep("My data", url_for("scrutiny.my_data"), "See, fix or download what we keep.")
    )
    return steps


def _chair(user: User) -> list[NextStep]:
    waiting, overdue = listing.waiting_for_chair(user, calendar.london_today())
    description = "Challenges from the Young Scrutineer, soonest due first."
    if overdue:
        description = f"{overdue} overdue. " + description
    return [
        NextStep(
            "Challenges to answer",
            url_for("scrutiny.all_challenges", status="submitted"),
            description,
            count=waiting or None,
            count_label="waiting",
        ),
        NextStep("Actions", url_for("scrutiny.actions"), "Record progress on what you promised."),
        NextStep("Reply templates", url_for("scrutiny.templates"), "Starting points for answers."),
    ]


def _oversight(user: User) -> list[NextStep]:
    stages = [DeadlineStage.OVERDUE.value, DeadlineStage.LONG_OVERDUE.value]
    escalated = _open_escalations(stages)
    steps = [
        NextStep(
            "Challenges",
            url_for("scrutiny.all_challenges"),
            "Every challenge the Young Scrutineers have sent.",
        ),
        NextStep(
            "Escalations",
            url_for("scrutiny.escalations"),
            "Challenges not answered in time.",
            count=escalated or None,
            count_label="waiting",
        ),
        NextStep(
            "Responsiveness",
            url_for("scrutiny.responsiveness"),
            "How quickly each priority group answers.",
        ),
        NextStep(
            "Young Scrutineers",
            url_for("scrutiny.scrutineers"),
            "Terms, handovers and mentor notes."
            if user.role == Role.COORDINATOR
            else "Your mentor notes.",
        ),
    ]
    if user.role == Role.COORDINATOR:
        open_requests = _count(
            select(func.count()).select_from(DataRequest).where(DataRequest.handled_at.is_(None))
        )
        steps.append(
            NextStep(
                "Requests from Young Scrutineers",
                url_for("scrutiny.data_requests"),
                "Questions about their data, and worries they reported.",
                count=open_requests or None,
                count_label="open",
            )
        )
        steps.append(
            NextStep(
                "Closure days",
                url_for("scrutiny.closure_days"),
                "Days that do not count towards a challenge's deadline.",
            )
        )
    return steps


def _executive(user: User) -> list[NextStep]:
    escalated = _open_escalations([DeadlineStage.LONG_OVERDUE.value])
    return [
        NextStep(
            "Escalations",
            url_for("scrutiny.escalations"),
            "Challenges still not answered after twice the time allowed.",
            count=escalated or None,
            count_label="waiting",
        ),
        NextStep(
            "Responsiveness",
            url_for("scrutiny.responsiveness"),
            "How quickly each priority group answers the Young Scrutineers.",
        ),
    ]


def _safeguarding_lead(user: User) -> list[NextStep]:
    worries = _count(
        select(func.count())
        .select_from(DataRequest)
        .where(DataRequest.kind == DataRequestKind.WORRY, DataRequest.handled_at.is_(None))
    )
    if not worries:
        return []
    return [
        NextStep(
            "Worries from Young Scrutineers",
            url_for("scrutiny.data_requests"),
            "A Young Scrutineer has told us something is worrying them.",
            count=worries,
            count_label="open",
        )
    ]


def next_steps(user: User) -> list[NextStep]:
    if user.role == Role.YOUNG_SCRUTINEER:
        return _scrutineer(user) if people.scrutineer_priorities(user) else []
    if user.role == Role.CHAIR:
        return _chair(user)
    if user.role in (Role.INDEPENDENT_SCRUTINEER, Role.COORDINATOR):
        return _oversight(user)
    if user.role == Role.EXECUTIVE:
        return _executive(user)
    if user.role == Role.SAFEGUARDING_LEAD:
        return _safeguarding_lead(user)
    return []
