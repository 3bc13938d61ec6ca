"""Which records still point at a piece of reference data, so it is archived, not deleted.

Feature packages register a counter for the things they own (sessions for a group, and so on).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Counter = Callable[[Any], int]
_counters: dict[str, list[tuple[str, Counter]]] = {}


def register(kind: str, description: str, counter: Counter) -> None:
    entries = _counters.setdefault(kind, [])
    if all(existing != description for existing, _ in entries):
        entries.append((description, counter))


def usages(kind: str, record: Any) -> dict[str, int]:
    """Plain descriptions ('sessions') mapped to how many records refer to `record`."""
    found: dict[str, int] = {}
    for description, counter in _counters.get(kind, []):
        count = counter(record)
        if count:
            found[description] = count
    return found
