"""Command-line tasks: `flask --app wsgi db upgrade`, `demo load`, `users create-coordinator`."""

from __future__ import annotations

import click
from flask import Flask, current_app
from sqlalchemy import func, select

from engage import database, migrate


def register_commands(app: Flask) -> None:
    app.cli.add_command(db_group)
    app.cli.add_command(demo_group)
    app.cli.add_command(users_group)
    for register in _feature_commands:
        register(app)


_feature_commands: list = []  # type: ignore[type-arg]


def add_feature_commands(register) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
    _feature_commands.append(register)


@click.group("db", help="Database schema.")
def db_group() -> None:
    pass


@db_group.command("upgrade", help="Apply every migration not yet applied.")
def db_upgrade() -> None:
    migrate.upgrade(current_app.config["ENGAGE"].database_url)
    click.echo("Database is up to date.")


@db_group.command("check", help="Fail if the models need a migration that does not exist.")
def db_check() -> None:
    migrate.check(current_app.config["ENGAGE"].database_url)
    click.echo("No changes to the models are missing from the migrations.")


@click.group("demo", help="Demonstration data for a local copy.")
def demo_group() -> None:
    pass


@demo_group.command("load", help="Load demo data if the database has no users yet.")
def demo_load() -> None:
    from engage import demo
    from engage.models import User

    settings = current_app.config["ENGAGE"]
    if settings.environment == "production":
        raise click.ClickException("Demo data is never loaded in production.")
    users = database.session.scalar(select(func.count()).select_from(User))
    if users:
        click.echo("The database already has users, so no demo data was loaded.")
    else:
        demo.load()
        database.session.commit()
        click.echo("Demo data loaded.")
    click.echo(demo.describe_logins())


@demo_group.command("code", help="Print the current security code for a demo account.")
@click.argument("email")
def demo_code(email: str) -> None:
    import pyotp

    from engage.auth.services import find_user_by_email

    if current_app.config["ENGAGE"].environment == "production":
        raise click.ClickException("Not available in production.")
    user = find_user_by_email(email)
    if user is None or not user.totp_secret:
        raise click.ClickException("No account with security codes has that email address.")
    click.echo(pyotp.TOTP(user.totp_secret).now())


@click.group("users", help="Accounts.")
def users_group() -> None:
    pass


@users_group.command("create-coordinator", help="Create the first coordinator account.")
@click.option("--email", prompt=True)
@click.option("--name", prompt="Full name")
@click.password_option()
def create_coordinator(email: str, name: str, password: str) -> None:
    from engage import audit
    from engage.auth.passwords import password_problem
    from engage.auth.services import email_in_use, new_session_token, normalise_email, passwords
    from engage.models import User
    from engage.roles import Role

    problem = password_problem(password, email, name)
    if problem:
        raise click.ClickException(problem)
    if email_in_use(email):
        raise click.ClickException("There is already an account with that email address.")
    user = User(
        email=normalise_email(email),
        display_name=name.strip(),
        role=str(Role.COORDINATOR),
        password_hash=passwords().hash(password),
        session_token=new_session_token(),
    )
    database.session.add(user)
    database.session.flush()
    audit.record("user_created_from_command_line", object_type="user", object_id=user.id)
    database.session.commit()
    click.echo("Coordinator created. They will set up security codes when they first sign in.")
