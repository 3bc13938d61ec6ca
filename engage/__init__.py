"""engage: young people's voice in a Safeguarding Children Partnership.

`create_app()` builds the web app (engage.app). The text engines (engage.safeguarding,
engage.themes) import nothing from Flask, and importing them does not load the web app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

    from engage.config import Settings


def create_app(settings: Settings | None = None) -> Flask:
    from engage.app import create_app as build

    return build(settings)
