"""Paths to the shared evaluation data, which lives beside the repository and is never copied in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def pii_dev() -> list[dict]:
    path = SHARED / "eval" / "pii_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the shared evaluation data is not beside the repo")
    return _jsonl(path)


@pytest.fixture(scope="session")
def disclosure_dev() -> list[dict]:
    path = SHARED / "eval" / "disclosure_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is absent: the shared evaluation data is not beside the repo")
    return _jsonl(path)
