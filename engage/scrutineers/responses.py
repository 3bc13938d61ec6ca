"""A chair's side of a challenge: the answer, the actions it commits to, their progress, and the
reply templates each priority keeps.

Answers offer a little formatting: paragraphs, bulleted and numbered lists, links. Chairs type
plain text with a blank line between paragraphs, lines starting "- " or "1. " for lists, and web
addresses that become links; pasted HTML is accepted too. Whatever arrives passes
``engage.sanitise.sanitise_rich_text`` before it is stored, so a script never survives.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from markupsafe import escape
from sqlalchemy import select

from engage import audit, database
from engage.database import utcnow
from engage.models import Agency, Priority, User
from engage.roles import Role
from engage.sanitise import clean_text, sanitise_rich_text
from engage.scrutineers import calendar, notices, people, permissions
from engage.scrutineers.challenges import flush
from engage.scrutineers.models import (
    ACTION_MAX,
    ANSWER_MAX,
    NOTE_MAX,
    TITLE_MAX,
    ActionStatus,
    ActionUpdate,
    Challenge,
    ChallengeAction,
    ChallengeEvidence,
    ChallengeResponse,
    ReplyTemplate,
)
from engage.scrutineers.states import ChallengeError, Event, move

ACTION_STATUS_LABELS = {
    ActionStatus.PLANNED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.STOPPED: "Stopped",
}

_HTML_BLOCKS = re.compile(r"<\s*(?:p|ul|ol|li|br)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_URL = re.compile(r"(?<![\"'=>/\w])(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)])")
_TAGS = re.compile(r"<[^>]*>")


def _linkify(text: str) -> str:
    return _URL.sub(lambda match: f'<a href="{escape(match.group(1))}">{match.group(1)}</a>', text)


def _block(lines: list[str]) -> str:
    bullets = [_BULLET.match(line) for line in lines]
    if all(bullets):
        return "<ul>" + "".join(f"<li>{m.group(1)}</li>" for m in bullets if m) + "</ul>"
    numbered = [_NUMBERED.match(line) for line in lines]
    if all(numbered):
        return "<ol>" + "".join(f"<li>{m.group(1)}</li>" for m in numbered if m) + "</ol>"
    return "<p>" + "<br>".join(lines) + "</p>"


def answer_html(text: str) -> str:
    """The chair's text as the sanitised HTML that is stored and shown."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    if _HTML_BLOCKS.search(text):
        markup = text
    else:
        blocks = [block for block in re.split(r"\n[^\S\n]*\n", text) if block.strip()]
        markup = "".join(
            _block([line.strip() for line in block.split("\n") if line.strip()]) for block in blocks
        )
    return sanitise_rich_text(_linkify(markup))


def has_words(html: str) -> bool:
    return bool(clean_text(_TAGS.sub(" ", html)))


@dataclass(frozen=True)
class ActionInput:
    description: str = ""
    agency_id: str = ""
    due_on: date | None = None

    @property
    def blank(self) -> bool:
        return not (self.description.strip() or self.agency_id or self.due_on)


def agencies() -> list[Agency]:
    return list(
        database.session.scalars(
            select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)
        )
    )


def _agency(agency_id: str, field: str) -> Agency:
    try:
        found = database.session.get(Agency, uuid.UUID(agency_id)) if agency_id else None
    except ValueError:
        found = None
    if found is None or not found.active:
        raise ChallengeError("Choose the agency that will do it", field)
    return found


def _check_action(item: ActionInput, index: int, today: date) -> None:
    prefix = f"actions-{index}-"
    if not item.description.strip():
        raise ChallengeError(f"Action {index + 1}: say what will be done", prefix + "description")
    if len(item.description) > ACTION_MAX:
        raise ChallengeError(
            f"Action {index + 1}: what will be done must be {ACTION_MAX} characters or fewer",
            prefix + "description",
        )
    if item.due_on is None:
        raise ChallengeError(
            f"Action {index + 1}: enter the date it will be done by", prefix + "due_on"
        )
    if item.due_on < today:
        raise ChallengeError(
            f"Action {index + 1}: the date must be today or in the future", prefix + "due_on"
        )


def answer(
    chair: User, challenge: Challenge, text: str, actions: list[ActionInput], today: date
) -> ChallengeResponse:
    if not permissions.is_answering_chair(chair, challenge):
        raise ChallengeError("Only the chair this challenge was sent to can answer it")
    if len(text or "") > ANSWER_MAX:
        raise ChallengeError(f"The answer must be {ANSWER_MAX:,} characters or fewer", "body")
    html = answer_html(text)
    if not has_words(html):
        raise ChallengeError("Write your answer", "body")
    wanted = [item for item in actions if not item.blank]
    for index, item in enumerate(actions):
        if not item.blank:
            _check_action(item, index, today)
    owners = {
        index: _agency(item.agency_id, f"actions-{index}-agency")
        for index, item in enumerate(actions)
        if not item.blank
    }
    move(challenge, Event.ANSWER)
    challenge.answered_at = utcnow()
    challenge.answered_on = today
    response = ChallengeResponse(challenge=challenge, author_id=chair.id, body_html=html)
    database.session.add(response)
    for index, item in enumerate(actions):
        if item.blank:
            continue
        database.session.add(
            ChallengeAction(
                challenge=challenge,
                response=response,
                priority_id=challenge.priority_id,
                description=clean_text(item.description),
                agency=owners[index],
                due_on=item.due_on,
                status=ActionStatus.PLANNED,
            )
        )
    flush()
    audit.record(
        "challenge_answered",
        actor=chair,
        object_type="challenge",
        object_id=challenge.id,
        details={
            "response_id": response.id,
            "actions": len(wanted),
            "on_time": calendar.answered_on_time(challenge),
        },
    )
    notices.answered(challenge)
    return response


def update_action(user: User, action: ChallengeAction, status: str, note: str, today: date) -> None:
    if not permissions.can_manage_actions(user, action.challenge):
        raise ChallengeError("Only the priority group's chair or the coordinator can update this")
    if status not in ACTION_STATUS_LABELS:
        raise ChallengeError("Choose where the action has got to", "status")
    if len(note) > NOTE_MAX:
        raise ChallengeError(f"The update must be {NOTE_MAX:,} characters or fewer", "note")
    if status == action.status and not note.strip():
        raise ChallengeError("Say what has happened, or choose a new status", "note")
    before = action.status
    action.status = status
    action.completed_on = today if status == ActionStatus.DONE else None
    database.session.add(ActionUpdate(action=action, author_id=user.id, status=status, note=note))
    flush()
    audit.record(
        "challenge_action_updated",
        actor=user,
        object_type="challenge_action",
        object_id=action.id,
        details={"challenge_id": action.challenge_id, "from": before, "to": status},
    )


def actions_for_priority(priority_id: uuid.UUID) -> list[ChallengeAction]:
    """What a priority group committed to, soonest due first: the "we did" for a priority."""
    return list(
        database.session.scalars(
            select(ChallengeAction)
            .where(ChallengeAction.priority_id == priority_id)
            .order_by(ChallengeAction.due_on, ChallengeAction.created_at)
        )
    )


def actions_for_theme(theme_id: uuid.UUID) -> list[ChallengeAction]:
    """Actions from answers to challenges that cited the theme: the "we did" for a theme."""
    cited = select(ChallengeEvidence.challenge_id).where(ChallengeEvidence.theme_id == theme_id)
    return list(
        database.session.scalars(
            select(ChallengeAction)
            .where(ChallengeAction.challenge_id.in_(cited))
            .order_by(ChallengeAction.due_on, ChallengeAction.created_at)
        )
    )


# Reply templates --------------------------------------------------------------------------


def template_priorities(user: User) -> list[Priority]:
    if user.role == Role.COORDINATOR:
        return list(
            database.session.scalars(
                select(Priority).where(Priority.active.is_(True)).order_by(Priority.position)
            )
        )
    return people.chaired_priorities(user)


def templates_for(priority_ids: list[uuid.UUID]) -> list[ReplyTemplate]:
    if not priority_ids:
        return []
    return list(
        database.session.scalars(
            select(ReplyTemplate)
            .where(ReplyTemplate.priority_id.in_(priority_ids))
            .order_by(ReplyTemplate.title)
        )
    )


def find_template(user: User, template_id: str) -> ReplyTemplate | None:
    allowed = [priority.id for priority in template_priorities(user)]
    try:
        key = uuid.UUID(template_id)
    except ValueError:
        return None
    found = database.session.get(ReplyTemplate, key)
    return found if found is not None and found.priority_id in allowed else None


def save_template(
    user: User, template: ReplyTemplate | None, priority_id: str, title: str, body: str
) -> ReplyTemplate:
    allowed = {str(priority.id): priority for priority in template_priorities(user)}
    priority = allowed.get(priority_id)
    if priority is None:
        raise ChallengeError("Choose the priority group", "priority")
    if not title.strip():
        raise ChallengeError("Give the template a name", "title")
    if len(title) > TITLE_MAX:
        raise ChallengeError(f"The name must be {TITLE_MAX} characters or fewer", "title")
    if not body.strip():
        raise ChallengeError("Write the template's text", "body")
    if len(body) > ANSWER_MAX:
        raise ChallengeError(f"The text must be {ANSWER_MAX:,} characters or fewer", "body")
    clash = select(ReplyTemplate.id).where(
        ReplyTemplate.priority_id == priority.id, ReplyTemplate.title == title
    )
    if template is not None:
        clash = clash.where(ReplyTemplate.id != template.id)
    if database.session.scalar(clash) is not None:
        raise ChallengeError("This priority already has a template with that name", "title")
    created = template is None
    template = template or ReplyTemplate(created_by_id=user.id)
    template.priority = priority
    template.title = title
    template.body = body
    database.session.add(template)
    database.session.flush()
    audit.record(
        "reply_template_created" if created else "reply_template_updated",
        actor=user,
        object_type="reply_template",
        object_id=template.id,
        details={"priority_id": priority.id},
    )
    return template


def delete_template(user: User, template: ReplyTemplate) -> None:
    audit.record(
        "reply_template_deleted",
        actor=user,
        object_type="reply_template",
        object_id=template.id,
        details={"priority_id": template.priority_id},
    )
    database.session.delete(template)
    database.session.flush()
