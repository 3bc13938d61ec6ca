"""What each role should do next, shown on their home page.

Feature packages register providers so the home page grows with the product without this module
knowing every feature.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from engage.models import User


@dataclass(frozen=True)
class NextStep:
    title: str
    href: str
    description: str = ""
    count: int | None = None
    count_label: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


StepProvider = Callable[[User], list[NextStep]]
_providers: list[StepProvider] = []


def register(provider: StepProvider) -> StepProvider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def next_steps(user: User) -> list[NextStep]:
    steps: list[NextStep] = []
    for provider in _providers:
        steps.extend(provider(user))
    return steps
