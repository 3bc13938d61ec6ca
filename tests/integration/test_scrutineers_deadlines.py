"""Deadlines in working days, reminders to the chair, escalation when an answer is late, and the
hourly tick that does it all without sending anything twice."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from engage import create_app, database
from engage.auth.services import new_session_token
from engage.migrate import upgrade
from engage.models import AuditEvent, Notification, Priority, User
from engage.roles import Role
from engage.scrutineers import challenges, deadlines, escalation
from engage.scrutineers.models import Challenge, ClosureDay, DeadlineEvent
from tests.conftest import BACKENDS, base_settings, fresh_database_url
from tests.integration import test_scrutineers_fixtures as support
from tests.integration.test_scrutineers_fixtures import answer_form, fetch, run

# The shared fixtures, made visible to pytest in this module.
cast = support.cast

MONDAY = date(2026, 11, 2)


def send_on(app, scrutineer_id, day: date, title: str = "Pictures shared") -> Challenge:
    def work() -> Challenge:
        author = fetch(User, scrutineer_id)
        challenge = challenges.new_draft(
            author, challenges.Draft(title, "What will you do about it?"), day
        )
        challenges.submit(author, challenge, day)
        return challenge

    return run(app, work)


def tick(app, day: date) -> escalation.TickResult:
    return run(app, escalation.tick, day)


def notes_for(db, user) -> list[str]:
    db.expire_all()
    return [
        note.title
        for note in db.scalars(
            select(Notification)
            .where(Notification.user_id == user.id)
            .order_by(Notification.created_at)
        )
    ]


def test_a_bank_holiday_inside_the_period_moves_the_due_date(app, cast, db):
    friday_before_christmas = date(2026, 12, 18)
    challenge = send_on(app, cast.scrutineer.id, friday_before_christmas)
    # 20 weekdays would end on 15 January; Christmas Day, the Boxing Day holiday (Monday 28th)
    # and New Year's Day are not working days, so it moves three working days later.
    assert challenge.due_on == date(2027, 1, 20)
    assert challenge.due_on == deadlines.due_on(friday_before_christmas, 20)


def test_a_closure_day_moves_the_due_dates_of_waiting_challenges(
    app, cast, db, sign_in, make_user, new_client
):
    challenge = send_on(app, cast.scrutineer.id, MONDAY)
    before = challenge.due_on
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    page = coordinator.get("/challenges/closure-days")
    assert "There are no closure days" in page.page.main_text
    closed = MONDAY + timedelta(days=2)
    response = coordinator.post(
        "/challenges/closure-days",
        data={"day": [str(closed.day), str(closed.month), str(closed.year)], "label": "Away day"},
    )
    assert response.status_code == 302
    assert "1 due date moved" in coordinator.get(response.location).page.main_text
    db.expire_all()
    moved = db.get(Challenge, challenge.id)
    assert moved.due_on == deadlines.add_working_days(before, 1)
    assert db.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "challenge_due_date_moved",
            AuditEvent.object_id == str(challenge.id),
        )
    )
    duplicate = coordinator.post(
        "/challenges/closure-days",
        data={"day": [str(closed.day), str(closed.month), str(closed.year)], "label": ""},
    )
    assert "That day is already a closure day" in duplicate.page.main_text
    closure = db.scalar(select(ClosureDay))
    coordinator.post(f"/challenges/closure-days/{closure.id}/delete")
    db.expire_all()
    assert db.get(Challenge, challenge.id).due_on == before


def test_reminders_then_overdue_then_long_overdue_each_sent_once(app, cast, db, make_user):
    mentor = make_user(Role.INDEPENDENT_SCRUTINEER)
    coordinator = make_user(Role.COORDINATOR)
    executive = make_user(Role.EXECUTIVE)
    challenge = send_on(app, cast.scrutineer.id, MONDAY)
    due = challenge.due_on
    five_before = deadlines.add_working_days(due, -5)

    assert tick(app, five_before - timedelta(days=1)).reminders == 0
    assert tick(app, five_before).reminders == 1
    assert tick(app, five_before).reminders == 0, "the same day twice sends nothing new"
    assert tick(app, deadlines.add_working_days(due, -1)).reminders == 1
    assert tick(app, due - timedelta(days=1)).overdue == 0
    on_due_date = tick(app, due)
    assert on_due_date.reminders == 1 and on_due_date.overdue == 1, "overdue on the due date"
    chair_notes = notes_for(db, cast.chair)
    assert [title for title in chair_notes if title.startswith("Reminder")] == [
        f"Reminder: challenge {challenge.number} is due in 5 working days",
        f"Reminder: challenge {challenge.number} is due on the next working day",
        f"Reminder: challenge {challenge.number} is due today",
    ]
    assert notes_for(db, mentor) == [
        f"Challenge {challenge.number} sent to Staying Safe Online",
        f"Overdue: challenge {challenge.number} to Staying Safe Online",
    ]

    late = tick(app, due + timedelta(days=1))
    assert late.overdue == 0 and late.long_overdue == 0, "escalated once only"
    for person in (mentor, coordinator):
        assert f"Overdue: challenge {challenge.number} to Staying Safe Online" in notes_for(
            db, person
        )
    assert any("is late" in title for title in notes_for(db, cast.scrutineer))
    assert notes_for(db, executive) == []

    long_due = deadlines.due_on(MONDAY, 40)
    assert tick(app, long_due - timedelta(days=1)).long_overdue == 0
    assert tick(app, long_due).long_overdue == 1, "long overdue at twice the period"
    assert tick(app, long_due + timedelta(days=3)).long_overdue == 0
    assert notes_for(db, executive) == [
        f"Long overdue: challenge {challenge.number} to Staying Safe Online"
    ]
    stages = sorted(db.scalars(select(DeadlineEvent.stage)))
    assert stages == ["due_today", "long_overdue", "overdue", "reminder_1", "reminder_5"]
    audited = db.scalars(select(AuditEvent.action).where(AuditEvent.object_id == str(challenge.id)))
    assert {"challenge_overdue", "challenge_long_overdue"} <= set(audited)


def test_an_answered_challenge_is_never_escalated(app, cast, db, sign_in, make_user):
    coordinator = make_user(Role.COORDINATOR)
    challenge = send_on(app, cast.scrutineer.id, MONDAY)
    client = sign_in(cast.chair)
    client.post(f"/challenges/{challenge.id}/answer", data=answer_form())
    result = tick(app, challenge.due_on + timedelta(days=60))
    assert result.overdue == 0 and result.long_overdue == 0 and result.reminders == 0
    assert notes_for(db, coordinator) == []


def test_the_tick_command_is_idempotent(app, cast, db, make_user):
    make_user(Role.INDEPENDENT_SCRUTINEER)
    challenge = send_on(app, cast.scrutineer.id, MONDAY)
    runner = app.test_cli_runner()
    day = (challenge.due_on + timedelta(days=1)).isoformat()
    first = runner.invoke(args=["scrutiny", "tick", "--today", day])
    assert first.exit_code == 0, first.output
    assert "1 overdue" in first.output
    second = runner.invoke(args=["scrutiny", "tick", "--today", day])
    assert "0 reminders, 0 overdue" in second.output
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(DeadlineEvent)) == 1
    wrong = runner.invoke(args=["scrutiny", "tick", "--today", "1 December"])
    assert wrong.exit_code != 0 and "2026-12-01" in wrong.output


def test_more_time_moves_the_deadline_and_is_recorded(
    app, cast, db, sign_in, make_user, new_client
):
    challenge = send_on(app, cast.scrutineer.id, MONDAY)
    coordinator = sign_in(make_user(Role.COORDINATOR), on=new_client())
    saturday = challenge.due_on + timedelta(days=(5 - challenge.due_on.weekday()) % 7 or 7)
    weekend = coordinator.post(
        f"/challenges/{challenge.id}/extend",
        data={
            "due_on": [str(saturday.day), str(saturday.month), str(saturday.year)],
            "reason": "x",
        },
    )
    assert "Choose a working day" in weekend.page.main_text
    earlier = challenge.due_on - timedelta(days=1)
    refused = coordinator.post(
        f"/challenges/{challenge.id}/extend",
        data={"due_on": [str(earlier.day), str(earlier.month), str(earlier.year)], "reason": "x"},
    )
    assert "The new date must be after" in refused.page.main_text
    new_due = deadlines.add_working_days(challenge.due_on, 10)
    response = coordinator.post(
        f"/challenges/{challenge.id}/extend",
        data={
            "due_on": [str(new_due.day), str(new_due.month), str(new_due.year)],
            "reason": "The group meets only once a month",
        },
    )
    assert response.status_code == 302
    db.expire_all()
    extended = db.get(Challenge, challenge.id)
    assert extended.extended_due_on == new_due and extended.due_on == challenge.due_on
    assert extended.extension_reason == "The group meets only once a month"
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "challenge_deadline_extended"))
    assert event.details["to"] == new_due.isoformat() and "month" not in str(event.details)
    assert tick(app, challenge.due_on + timedelta(days=1)).overdue == 0
    assert tick(app, new_due + timedelta(days=1)).overdue == 1
    page = sign_in(cast.chair, on=new_client()).get(f"/challenges/{challenge.id}")
    assert "The coordinator gave more time" in page.page.main_text


def test_a_finished_term_hands_open_challenges_to_the_successor(app, cast, db, make_user, sign_in):
    challenge = send_on(app, cast.scrutineer.id, MONDAY)
    successor = make_user(Role.YOUNG_SCRUTINEER, display_name="Riya")
    cast.scrutineer.term_ends_on = MONDAY + timedelta(days=3)
    cast.priority.young_scrutineer = successor
    db.flush()
    assert tick(app, MONDAY + timedelta(days=3)).handovers == 0, "the last day is still theirs"
    assert tick(app, MONDAY + timedelta(days=4)).handovers == 1
    db.expire_all()
    assert db.get(Challenge, challenge.id).scrutineer_id == successor.id
    assert any("has been passed to you" in title for title in notes_for(db, successor))
    page = sign_in(successor).get("/challenges")
    assert challenge.title in page.page.main_text


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_ticks_at_the_same_moment_send_each_reminder_once(backend, tmp_path):
    url = fresh_database_url(backend, tmp_path, "ticks")
    upgrade(url)
    app = create_app(base_settings(url))
    with app.app_context():
        priority = database.session.scalar(select(Priority).where(Priority.slug == "online-safety"))
        people = {}
        for role in (
            Role.CHAIR,
            Role.YOUNG_SCRUTINEER,
            Role.INDEPENDENT_SCRUTINEER,
            Role.COORDINATOR,
        ):
            people[role] = User(
                email=f"{role}@example.org",
                display_name=str(role),
                role=str(role),
                password_hash="x",
                session_token=new_session_token(),
            )
            database.session.add(people[role])
        priority.chair = people[Role.CHAIR]
        people[Role.YOUNG_SCRUTINEER].priorities = [priority]
        database.session.flush()
        sent = []
        for number in range(3):
            draft = challenges.new_draft(
                people[Role.YOUNG_SCRUTINEER],
                challenges.Draft(f"Challenge {number}", "Why?"),
                MONDAY,
            )
            challenges.submit(people[Role.YOUNG_SCRUTINEER], draft, MONDAY)
            sent.append(draft)
        database.session.commit()
        due = sent[0].due_on
        database.session.remove()

    start = threading.Barrier(2)
    results: list[object] = []

    def one_tick() -> None:
        with app.app_context():
            start.wait()
            try:
                result = escalation.tick(due + timedelta(days=1))
                database.session.commit()
                results.append(result)
            except Exception as error:
                database.session.rollback()
                results.append(error)

    threads = [threading.Thread(target=one_tick) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(isinstance(result, escalation.TickResult) for result in results), results
    assert sorted(result.overdue for result in results) == [0, 3]
    with app.app_context():
        events = database.session.scalar(select(func.count()).select_from(DeadlineEvent))
        per_person = database.session.execute(
            select(Notification.user_id, func.count())
            .where(Notification.kind == "challenge", Notification.title.like("Overdue%"))
            .group_by(Notification.user_id)
        ).all()
        database.session.remove()
    assert events == 3
    assert sorted(count for _, count in per_person) == [3, 3], "IS and coordinator, once each"
    app.extensions["engage_engine"].dispose()
