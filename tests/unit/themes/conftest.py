"""Comments for the theme engine's tests.

`youth_comments.jsonl` beside this file was written for these tests (not taken from the shared
development set): young people's comments with the priority and theme a coordinator would give.
`youth_priorities_more.jsonl` is three further batches written the same way, each scored before
the vocabulary was widened to cover its kinds of comment; it guards those kinds from now on.
The shared sets live beside the repository and are never copied in; tests that need them skip.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def youth_comments() -> list[dict]:
    return _jsonl(HERE / "youth_comments.jsonl")


@pytest.fixture(scope="session")
def youth_priorities_more() -> list[dict]:
    return _jsonl(HERE / "youth_priorities_more.jsonl")


@pytest.fixture(scope="session")
def priorities_dev() -> list[dict]:
    path = SHARED / "eval" / "priorities_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the shared evaluation data is not beside the repo")
    return _jsonl(path)


@pytest.fixture(scope="session")
def nhs_rows() -> list[dict]:
    path = SHARED / "data" / "nhs_feedback_phase1.csv"
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the shared data is not beside the repo")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
