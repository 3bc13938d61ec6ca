"""Typed settings read from the environment.

There is no default secret: outside development and tests the app refuses to start without
SECRET_KEY, so a forgotten variable can never leave production signing cookies with a known key.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_ROOT / "instance"

ENVIRONMENTS = ("development", "test", "production")


class ConfigError(RuntimeError):
    """Raised when the environment cannot make a safe configuration."""


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from error


def _development_secret() -> str:
    """A per-machine secret kept under instance/, so development sign-ins survive a restart."""
    INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


@dataclass(frozen=True)
class Settings:
    environment: str = "development"
    secret_key: str = ""
    database_url: str = f"sqlite:///{INSTANCE_DIR / 'engage.db'}"
    # Where invite links point; falls back to the request's own host when empty.
    public_base_url: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_use_tls: bool = True
    mail_from: str = "engage@localhost"
    ratelimit_storage_uri: str = "memory://"
    login_rate_limit: str = "10 per minute"
    lockout_threshold: int = 5
    lockout_minutes: int = 15
    idle_timeout_minutes: int = 30
    idle_warning_minutes: int = 2
    absolute_timeout_hours: int = 12
    invite_valid_days: int = 7
    proxy_hops: int = 0
    suppression_threshold: int = 5
    challenge_working_days: int = 20
    # Lower argon2 costs are only ever accepted in tests, where thousands of hashes are made.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    two_factor_roles: tuple[str, ...] = ("coordinator", "safeguarding_lead")
    # Tests run analysis inline, so they can assert on its results straight away.
    analysis_in_background: bool = True
    csrf_enabled: bool = True
    secure_cookies: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_development(self) -> bool:
        return self.environment == "development"

    @property
    def is_test(self) -> bool:
        return self.environment == "test"

    @property
    def smtp_configured(self) -> bool:
        return bool(self.smtp_host)

    @classmethod
    def from_environment(cls) -> Settings:
        environment = os.environ.get("ENGAGE_ENV", "production").strip().lower()
        if environment not in ENVIRONMENTS:
            raise ConfigError(f"ENGAGE_ENV must be one of {', '.join(ENVIRONMENTS)}")
        secret_key = os.environ.get("SECRET_KEY", "")
        if not secret_key:
            if environment == "production":
                raise ConfigError("SECRET_KEY must be set in production")
            secret_key = _development_secret()
        if environment == "production" and len(secret_key) < 32:
            raise ConfigError("SECRET_KEY must be at least 32 characters")
        local = environment != "production"
        if _int("SUPPRESSION_THRESHOLD", 5) < 3:
            # Below 3, a hidden non-zero count could only be 1: hiding it would reveal it.
            raise ConfigError("SUPPRESSION_THRESHOLD must be 3 or more")
        return cls(
            environment=environment,
            secret_key=secret_key,
            database_url=os.environ.get("DATABASE_URL") or cls.database_url,
            public_base_url=os.environ.get("PUBLIC_BASE_URL", "").rstrip("/"),
            smtp_host=os.environ.get("SMTP_HOST", ""),
            smtp_port=_int("SMTP_PORT", 587),
            smtp_username=os.environ.get("SMTP_USERNAME", ""),
            smtp_password=os.environ.get("SMTP_PASSWORD", ""),
            smtp_use_tls=_bool(os.environ.get("SMTP_USE_TLS"), True),
            mail_from=os.environ.get("MAIL_FROM", "engage@localhost"),
            ratelimit_storage_uri=os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
            login_rate_limit=os.environ.get("LOGIN_RATE_LIMIT", "10 per minute"),
            lockout_threshold=_int("LOCKOUT_THRESHOLD", 5),
            lockout_minutes=_int("LOCKOUT_MINUTES", 15),
            idle_timeout_minutes=_int("IDLE_TIMEOUT_MINUTES", 30),
            absolute_timeout_hours=_int("ABSOLUTE_TIMEOUT_HOURS", 12),
            invite_valid_days=_int("INVITE_VALID_DAYS", 7),
            proxy_hops=_int("PROXY_HOPS", 0),
            suppression_threshold=_int("SUPPRESSION_THRESHOLD", 5),
            challenge_working_days=_int("CHALLENGE_WORKING_DAYS", 20),
            secure_cookies=_bool(os.environ.get("SECURE_COOKIES"), not local),
        )
