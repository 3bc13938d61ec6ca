"""Wires the Young Scrutineers' feature into the app: pages, home-page steps, demo data and the
`scrutiny tick` command."""

from __future__ import annotations

from flask import Flask

from engage import demo as demo_data
from engage.home import services as home
from engage.scrutineers import cli, demo
from engage.scrutineers import home as steps
from engage.scrutineers.blueprint import bp

# The view modules add their routes to ``bp`` when imported.
from engage.scrutineers import (  # noqa: F401  # isort: skip
    views_challenges,
    views_chair,
    views_mydata,
    views_oversight,
    views_young,
)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    home.register(steps.next_steps)
    demo_data.register(demo.load)
    cli.register(app)
