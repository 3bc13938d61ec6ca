"""Imports every models module so Base.metadata is complete (for Alembic and tests)."""

from __future__ import annotations

import importlib

from engage.database import Base

MODEL_MODULES = (
    "engage.models",
    "engage.canvasser.models",
    "engage.safeguarding.models",
    "engage.themes.models",
    "engage.scrutineers.models",
    "engage.reports.models",
)


def load_all_models() -> type[Base]:
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base
