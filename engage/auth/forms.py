"""Sign-in, two-factor, password and invite forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import PasswordField, StringField, SubmitField, ValidationError

from engage.forms import MaxLength, Required


class SignInForm(FlaskForm):
    email = StringField(
        "Email address",
        widget=GovTextInput(),
        validators=[Required("Enter your email address"), MaxLength(254, "Email address")],
    )
    password = PasswordField(
        "Password",
        widget=GovPasswordInput(),
        validators=[Required("Enter your password"), MaxLength(256, "Password")],
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class TwoFactorForm(FlaskForm):
    code = StringField(
        "Security code",
        widget=GovTextInput(),
        validators=[Required("Enter the 6-digit code from your authenticator app")],
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())


class AcceptInviteForm(FlaskForm):
    password = PasswordField(
        "Create a password",
        widget=GovPasswordInput(),
        validators=[Required("Enter a password"), MaxLength(256, "Password")],
    )
    confirm = PasswordField(
        "Type the password again",
        widget=GovPasswordInput(),
        validators=[Required("Type the password again")],
    )
    submit = SubmitField("Create account", widget=GovSubmitInput())

    def validate_confirm(self, field: PasswordField) -> None:
        if field.data != self.password.data:
            raise ValidationError("The passwords do not match")


class ChangePasswordForm(FlaskForm):
    current = PasswordField(
        "Current password",
        widget=GovPasswordInput(),
        validators=[Required("Enter your current password"), MaxLength(256, "Password")],
    )
    new = PasswordField(
        "New password",
        widget=GovPasswordInput(),
        validators=[Required("Enter a new password"), MaxLength(256, "Password")],
    )
    submit = SubmitField("Change password", widget=GovSubmitInput())
