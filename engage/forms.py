"""Form pieces shared by every feature: plain-text cleaning and GOV.UK-worded validators."""

from __future__ import annotations

from typing import Any, ClassVar

from flask_wtf import FlaskForm
from wtforms import Field, ValidationError

from engage.sanitise import clean_multiline, clean_text


def plain_text(value: Any) -> Any:
    """Every single-line free-text field passes the one cleaning function."""
    return clean_text(value) if isinstance(value, str) else value


def plain_multiline(value: Any) -> Any:
    return clean_multiline(value) if isinstance(value, str) else value


class Required:
    """Like DataRequired, with a message that says what to do."""

    field_flags: ClassVar[dict[str, bool]] = {"required": True}

    def __init__(self, message: str) -> None:
        self.message = message

    def __call__(self, form: FlaskForm, field: Field) -> None:
        data = field.data
        if data is None or (isinstance(data, str) and not data.strip()) or data == []:
            field.errors[:] = []
            raise ValidationError(self.message)


class MaxLength:
    def __init__(self, maximum: int, label: str) -> None:
        self.maximum = maximum
        self.message = f"{label} must be {maximum:,} characters or fewer"

    def __call__(self, form: FlaskForm, field: Field) -> None:
        if isinstance(field.data, str) and len(field.data) > self.maximum:
            raise ValidationError(self.message)


class EmailAddress:
    """A deliberately loose check: one @, no spaces, a dot in the domain."""

    message = "Enter an email address in the right format, like name@example.org"

    def __call__(self, form: FlaskForm, field: Field) -> None:
        value = (field.data or "").strip()
        local, at, domain = value.rpartition("@")
        if not at or not local or "." not in domain.strip(".") or any(c.isspace() for c in value):
            raise ValidationError(self.message)


def add_error(field: Field, message: str) -> None:
    """Show a service-level problem (wrong password, used invite) against the field it concerns."""
    field.errors = [*field.errors, message]


class ConfirmForm(FlaskForm):
    """A bare POST form (CSRF only) for confirmation buttons."""
