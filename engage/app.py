"""The Flask application factory: settings, database, extensions, templates, features."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from flask import Flask
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from werkzeug.middleware.proxy_fix import ProxyFix

from engage import database
from engage.config import PROJECT_ROOT, Settings

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_environment()
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
        instance_path=str(PROJECT_ROOT / "instance"),
    )
    _configure(app, settings)
    _init_database(app, settings)
    _init_extensions(app, settings)
    _init_templates(app)
    _register_blueprints(app)
    _register_commands(app)
    if not settings.is_test:
        _warm_up_screening()
    if settings.proxy_hops:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app,
            x_for=settings.proxy_hops,
            x_proto=settings.proxy_hops,
            x_host=settings.proxy_hops,
        )
    return app


def _warm_up_screening() -> None:
    """The learned screen and name check train on first use (a few seconds): do it now, off the
    request path, so the first partner to save a comment does not wait for them."""
    import threading

    from engage.safeguarding.learned_names import learned_names
    from engage.safeguarding.learned_screening import learned_screen

    def warm_up() -> None:
        learned_screen()
        learned_names()

    threading.Thread(target=warm_up, name="engage-screen-warm-up", daemon=True).start()


def _configure(app: Flask, settings: Settings) -> None:
    from engage.logs import configure_logging

    if not settings.is_test:
        configure_logging(logging.INFO)
    app.config.update(
        ENGAGE=settings,
        SECRET_KEY=settings.secret_key,
        DEBUG=False,
        PROPAGATE_EXCEPTIONS=False,
        SESSION_COOKIE_NAME="engage_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.absolute_timeout_hours),
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES,
        WTF_CSRF_ENABLED=settings.csrf_enabled,
        # A form left open for a while must still submit; the session's own timeouts bound it.
        WTF_CSRF_TIME_LIMIT=None,
        RATELIMIT_STORAGE_URI=settings.ratelimit_storage_uri,
        RATELIMIT_HEADERS_ENABLED=True,
        RATELIMIT_ENABLED=True,
    )


def _init_database(app: Flask, settings: Settings) -> None:
    if settings.database_url.startswith("sqlite:///"):
        Path(settings.database_url.removeprefix("sqlite:///")).parent.mkdir(
            parents=True, exist_ok=True
        )
    engine = database.make_engine(settings.database_url)
    app.extensions["engage_engine"] = engine
    app.extensions["engage_bind"] = engine

    @app.after_request
    def _commit(response):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        if response.status_code < 400:
            database.session.commit()
        else:
            database.session.rollback()
        return response

    @app.teardown_appcontext
    def _remove_session(_error: BaseException | None) -> None:
        database.session.remove()


def _init_extensions(app: Flask, settings: Settings) -> None:
    from engage.access import refuse_undeclared_routes
    from engage.auth import services
    from engage.auth.passwords import PasswordService
    from engage.auth.sessions import enforce_timeouts
    from engage.errors import init_errors
    from engage.extensions import csrf, limiter, login_manager
    from engage.security import init_security

    app.extensions["engage_passwords"] = PasswordService(
        settings.argon2_time_cost, settings.argon2_memory_kib
    )
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.session_protection = "basic"
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = ""
    login_manager.user_loader(services.load_user_by_login_id)
    app.before_request(refuse_undeclared_routes)
    app.before_request(enforce_timeouts)
    init_security(app)
    init_errors(app)


def _init_templates(app: Flask) -> None:
    from govuk_frontend_wtf.main import WTFormsHelpers

    from engage import templating

    app.jinja_loader = ChoiceLoader(  # type: ignore[method-assign]
        [
            FileSystemLoader(str(PROJECT_ROOT / "templates")),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    WTFormsHelpers(app)
    templating.init_templating(app)


def _register_blueprints(app: Flask) -> None:
    from engage.admin.routes import bp as admin_bp
    from engage.auth.routes import bp as auth_bp
    from engage.canvasser import routes as canvasser
    from engage.home.routes import bp as home_bp
    from engage.notifications.routes import bp as notifications_bp
    from engage.reports import routes as reports
    from engage.safeguarding import routes as safeguarding
    from engage.scrutineers import routes as scrutineers
    from engage.themes import routes as themes

    app.register_blueprint(auth_bp)
    app.register_blueprint(home_bp)
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(notifications_bp)
    canvasser.init_app(app)
    safeguarding.init_app(app)
    themes.init_app(app)
    scrutineers.init_app(app)
    reports.init_app(app)


def _register_commands(app: Flask) -> None:
    from engage.cli import register_commands

    register_commands(app)
