"""Building session form posts the way a partner's browser sends them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any


def session_form(
    group_id: Any, comments: list[str] | None = None, **overrides: Any
) -> dict[str, Any]:
    held = overrides.pop("held_on", date.today() - timedelta(days=2))
    data: dict[str, Any] = {
        "group": str(group_id),
        "held_on": [str(held.day), str(held.month), str(held.year)],
        "priority": "",
        "sub_group": "",
        "format": "in_person",
        "under_11": "0",
        "age_11_13": "3",
        "age_14_15": "6",
        "age_16_17": "4",
        "age_18_25": "0",
        "questions": "What makes you feel unsafe online?",
        "consent_method": "verbal",
        "consent_detail": "",
        "submission_key": overrides.pop("submission_key", uuid.uuid4().hex),
        "pasted": "",
        "action": "review",
    }
    for index, text in enumerate(comments or []):
        data[f"comments-{index}-text"] = text
        data[f"comments-{index}-kind"] = "quote"
        data[f"comments-{index}-priority_hint"] = ""
    data.update(overrides)
    return data
