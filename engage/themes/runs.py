"""Running the theme engine over every eligible comment and storing what it found.

People's decisions win: a priority or theme a person set is kept, fed to the engine as a labelled
example, and never overwritten by the machine; a pinned theme keeps its priority; renamed themes
keep their names because the stability matcher carries ids from one run to the next.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from engage import audit, database
from engage.canvasser.models import Comment, EngagementSession
from engage.database import utcnow
from engage.models import Priority
from engage.themes.models import (
    OTHER,
    AnalysisRun,
    AssignmentChange,
    CommentAnalysis,
    RunStatus,
    Source,
    Theme,
    ThemeStatus,
)
from engage.themes.queries import eligible_comments

Progress = Callable[[str], None]
OTHER_DESCRIPTION = (
    "Cross-cutting: mental health, places to go, trusted adults, helplines, housing, poverty, "
    "stop and search, education that comes too late."
)


def partnership_priorities() -> dict[str, str]:
    priorities = {
        priority.slug: priority.description or priority.title
        for priority in database.session.scalars(
            select(Priority).where(Priority.active.is_(True)).order_by(Priority.position)
        )
    }
    priorities[OTHER] = OTHER_DESCRIPTION
    return priorities


@dataclass(frozen=True)
class Eligible:
    comment_id: uuid.UUID
    text: str


def _eligible() -> list[Eligible]:
    statement = (
        eligible_comments()
        .with_only_columns(Comment.id, Comment.text)
        .order_by(EngagementSession.held_on, EngagementSession.id, Comment.position, Comment.id)
    )
    return [Eligible(row[0], row[1]) for row in database.session.execute(statement)]


def run_analysis(run: AnalysisRun, progress: Progress | None = None) -> AnalysisRun:
    from engage.themes import ThemeSignature, analyse, match_themes

    say = progress or (lambda _stage: None)
    started = time.perf_counter()
    run.status = RunStatus.RUNNING
    run.started_at = run.started_at or utcnow()

    say("Reading comments")
    comments = _eligible()
    existing = {
        analysis.comment_id: analysis
        for analysis in database.session.scalars(select(CommentAnalysis))
    }
    priorities = partnership_priorities()
    labelled = [
        (item.text, existing[item.comment_id].priority_slug)
        for item in comments
        if item.comment_id in existing
        and existing[item.comment_id].priority_source == Source.PERSON
        and existing[item.comment_id].priority_slug in priorities
    ]

    say(f"Analysing {len(comments)} comments")
    result = analyse([item.text for item in comments], priorities=priorities, labelled=labelled)

    say("Matching themes to the last run")
    previous = list(database.session.scalars(select(Theme).where(Theme.active.is_(True))))
    signatures = [
        ThemeSignature.from_dict({**theme.signature, "id": str(theme.id)})
        for theme in previous
        if theme.signature
    ]
    matched = match_themes(signatures, result.themes)
    by_id = {str(theme.id): theme for theme in previous}
    theme_rows: list[Theme] = []
    kept: set[str] = set()
    for index, found in enumerate(result.themes):
        representatives = [str(comments[i].comment_id) for i in found.representatives]
        old_id = matched.get(index)
        theme = by_id.get(str(old_id)) if old_id else None
        if theme is None:
            theme = Theme(
                priority_slug=found.priority,
                label=found.label,
                machine_label=found.label,
                status=ThemeStatus.MACHINE,
                first_run_id=run.id,
            )
            database.session.add(theme)
        else:
            kept.add(str(theme.id))
            if not theme.priority_pinned:
                theme.priority_slug = found.priority
            theme.machine_label = found.label
        theme.keywords = list(found.keywords)[:12]
        theme.representative_ids = representatives
        theme.last_run_id = run.id
        theme_rows.append(theme)
    database.session.flush()
    for theme, found in zip(theme_rows, result.themes, strict=True):
        # Stored without the id, which the row already carries; no comment text, only hashes.
        signature = found.signature(str(theme.id), theme.label).to_dict()
        signature.pop("id", None)
        theme.signature = signature

    person_held = {
        analysis.theme_id
        for analysis in existing.values()
        if analysis.theme_source == Source.PERSON and analysis.theme_id is not None
    }
    for theme in previous:
        # A theme the machine no longer finds goes, unless people have put comments in it.
        if str(theme.id) not in kept and theme.id not in person_held:
            theme.active = False

    say("Saving each comment's priority and theme")
    theme_of: dict[int, Theme] = {}
    for theme, found in zip(theme_rows, result.themes, strict=True):
        for member in found.members:
            theme_of[member] = theme
    active_ids = {theme.id for theme in theme_rows} | {
        theme.id for theme in previous if theme.active
    }
    pinned = {
        theme.id: theme.priority_slug for theme in theme_rows + previous if theme.priority_pinned
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    extras = _per_comment_extras(result, len(comments))
    for index, item in enumerate(comments):
        machine_slug = result.comment_priorities[index]
        machine_theme = theme_of.get(index)
        previous_row = existing.get(item.comment_id)
        confidence, reasons, sentiment = extras[index]
        row: dict[str, Any] = {
            "comment_id": item.comment_id,
            "machine_priority_slug": machine_slug,
            "machine_theme_id": machine_theme.id if machine_theme else None,
            "confidence": confidence,
            "reasons": reasons,
            "sentiment": sentiment,
            "run_id": run.id,
            "updated_at": utcnow(),
        }
        person_priority = previous_row is not None and previous_row.priority_source == Source.PERSON
        person_theme = (
            previous_row is not None
            and previous_row.theme_source == Source.PERSON
            and (previous_row.theme_id is None or previous_row.theme_id in active_ids)
        )
        if person_theme:
            theme_id = previous_row.theme_id  # type: ignore[union-attr]
        else:
            theme_id = machine_theme.id if machine_theme else None
        if person_priority:
            slug = previous_row.priority_slug  # type: ignore[union-attr]
        elif theme_id in pinned:
            slug = pinned[theme_id]
        else:
            slug = machine_slug
        if not person_theme and machine_theme is not None and machine_theme.priority_slug != slug:
            # The person moved this comment to another priority: the machine's theme no longer fits.
            theme_id = None
        if previous_row is None:
            row.update(
                priority_slug=slug,
                priority_source=Source.MACHINE,
                theme_id=theme_id,
                theme_source=Source.MACHINE,
            )
            inserts.append(row)
        else:
            row.update(priority_slug=slug, theme_id=theme_id)
            updates.append(row)
            if (
                previous_row.machine_priority_slug
                and previous_row.machine_priority_slug != machine_slug
            ):
                changes.append(
                    _machine_change(
                        item.comment_id,
                        "priority",
                        previous_row.machine_priority_slug,
                        machine_slug,
                        run.id,
                    )
                )
            old_machine_theme = str(previous_row.machine_theme_id or "")
            new_machine_theme = str(machine_theme.id) if machine_theme else ""
            if old_machine_theme != new_machine_theme:
                changes.append(
                    _machine_change(
                        item.comment_id, "theme", old_machine_theme, new_machine_theme, run.id
                    )
                )
    if inserts:
        database.session.execute(insert(CommentAnalysis), inserts)
    if updates:
        database.session.execute(update(CommentAnalysis), updates)
    if changes:
        database.session.execute(insert(AssignmentChange), changes)

    run.status = RunStatus.DONE
    run.finished_at = utcnow()
    run.comment_count = len(comments)
    run.theme_count = len(theme_rows)
    run.labelled_count = len(labelled)
    by_priority: dict[str, int] = {}
    for slug in result.comment_priorities:
        by_priority[slug] = by_priority.get(slug, 0) + 1
    run.figures = {
        "seconds": round(time.perf_counter() - started, 2),
        "comments_by_priority": by_priority,
        "themes_kept": len(kept),
        "themes_new": len(theme_rows) - len(kept),
    }
    audit.record(
        "themes_analysed",
        object_type="analysis_run",
        object_id=run.id,
        details={"comments": run.comment_count, "themes": run.theme_count},
    )
    database.session.flush()
    say("Done")
    return run


def _machine_change(
    comment_id: uuid.UUID, field: str, old: str, new: str, run_id: uuid.UUID
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "comment_id": comment_id,
        "field": field,
        "old_value": old,
        "new_value": new,
        "source": Source.MACHINE,
        "run_id": run_id,
        "changed_at": utcnow(),
    }


def _per_comment_extras(result: Any, count: int) -> list[tuple[float, list[str], float]]:
    """Confidence, driving words and sentiment for each comment, as the engine reports them."""
    confidences = list(getattr(result, "comment_confidence", [0.0] * count))
    reasons = list(getattr(result, "comment_reasons", [[] for _ in range(count)]))
    sentiments = list(getattr(result, "sentiment", [0.0] * count))
    return [
        (float(confidences[i]), [str(word) for word in reasons[i]][:8], float(sentiments[i]))
        for i in range(count)
    ]
