"""Demo challenges on the demo priority that has a chair and a Young Scrutineer.

Built through the real services, backdated with their ``today`` parameter, so the demo shows every
stage (a draft, one waiting, one overdue, one answered, one judged) with the audit
trail and notifications a real one would have. Cites the demo themes when the theme demo loader has
made some; works without them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from engage import database
from engage.models import Agency, Priority, User
from engage.scrutineers import (
    calendar,
    challenges,
    deadlines,
    discussion,
    escalation,
    evidence,
    responses,
)
from engage.scrutineers.challenges import Draft
from engage.scrutineers.models import Challenge, ClosureDay, MentorNote, ReplyTemplate

SLUG = "online-safety"


def _user(email: str) -> User | None:
    return database.session.scalar(select(User).where(User.email == email))


def _agency(name: str) -> Agency | None:
    return database.session.scalar(select(Agency).where(Agency.name == name))


def _ago(today: date, working_days: int) -> date:
    return deadlines.add_working_days(today, -working_days)


def _closures(today: date, coordinator: User | None) -> None:
    for year in (today.year, today.year + 1):
        for day in range(27, 32):
            closed = date(year, 12, day)
            if deadlines.is_working_day(closed):
                database.session.add(
                    ClosureDay(
                        day=closed,
                        label="Office closed between Christmas and New Year",
                        added_by_id=coordinator.id if coordinator else None,
                    )
                )
    database.session.flush()


def _sent(scrutineer: User, draft: Draft, on: date) -> Challenge:
    challenge = challenges.new_draft(scrutineer, draft, on)
    challenges.submit(scrutineer, challenge, on)
    return challenge


def load() -> None:
    priority = database.session.scalar(select(Priority).where(Priority.slug == SLUG))
    scrutineer = _user("scrutineer@example.org")
    chair = _user("chair@example.org")
    if priority is None or scrutineer is None or chair is None:
        return
    today = calendar.london_today()
    _closures(today, _user("coordinator@example.org"))
    themes = [str(theme.id) for theme in evidence.active_themes(SLUG)]
    first_theme = themes[:1]
    police = _agency("Metropolitan Police")
    school = _agency("Secondary school")

    judged = challenges.new_draft(
        scrutineer,
        Draft(
            "Images shared without asking",
            "Lots of girls said pictures of them get shared without asking. What will schools "
            "and the police do so that girls know where to go and get them taken down?",
            evidence.Chosen(themes=first_theme),
        ),
        _ago(today, 45),
    )
    challenges.submit(scrutineer, judged, _ago(today, 45))
    responses.answer(
        chair,
        judged,
        "Thank you for raising this.\n\n"
        "- Every secondary school will teach Report Remove in PSHE this year.\n"
        "- The police will run a drop-in with the Youth Council.\n\n"
        "More at https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/",
        [
            responses.ActionInput(
                "Teach Report Remove in every secondary school",
                str(school.id) if school else "",
                deadlines.add_working_days(today, 40),
            ),
            responses.ActionInput(
                "Police drop-in session at the Youth Council",
                str(police.id) if police else "",
                deadlines.add_working_days(today, 10),
            ),
        ]
        if school and police
        else [],
        _ago(today, 30),
    )
    for action in judged.actions[:1]:
        responses.update_action(
            chair, action, "in_progress", "Six of the eleven schools have started.", today
        )
    discussion.add_message(
        scrutineer,
        judged,
        "Will the drop-in be open to young people who are not on the Youth Council?",
        _ago(today, 28),
    )
    discussion.judge(
        scrutineer,
        judged,
        "partly",
        "The schools part is good. But nothing says how a girl gets a picture taken down quickly.",
        _ago(today, 25),
    )

    answered = _sent(
        scrutineer,
        Draft(
            "Nobody explains the block button",
            "Young people said they were never shown how to block or report on the apps they "
            "use. Who will show them?",
            evidence.Chosen(themes=themes[1:2]),
        ),
        _ago(today, 22),
    )
    responses.answer(
        chair,
        answered,
        "Youth workers will run short sessions on blocking and reporting in every youth club "
        "over the summer.",
        [],
        _ago(today, 12),
    )

    _sent(
        scrutineer,
        Draft(
            "Gaming chats with strangers",
            "Boys said adults they do not know message them in game chats. What is the plan?",
            evidence.Chosen(themes=first_theme),
        ),
        _ago(today, 25),
    )
    _sent(
        scrutineer,
        Draft(
            "Talking to parents about phones",
            "Lots of young people said their parents do not understand the apps. Can there be "
            "sessions for parents?",
        ),
        _ago(today, 4),
    )
    challenges.new_draft(
        scrutineer,
        Draft("Online safety lessons come too late", "Year 7 is too late for some of us."),
        today,
    )
    database.session.add(
        ReplyTemplate(
            priority=priority,
            title="Thank you and what happens next",
            body="Thank you for your challenge.\n\nWhat we will do:\n\n- \n\n"
            "We will report back by the date on each action.",
            created_by_id=chair.id,
        )
    )
    mentor = _user("mentor@example.org")
    if mentor is not None:
        database.session.add(
            MentorNote(
                scrutineer_id=scrutineer.id,
                author_id=mentor.id,
                body="Sam is confident in meetings. Next: practise summarising evidence.",
            )
        )
    escalation.tick(today)
    database.session.flush()
