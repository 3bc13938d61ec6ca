"""The coordinator's reference-data forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxesInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField

from engage.forms import (
    ConfirmForm,
    EmailAddress,
    MaxLength,
    Required,
    plain_multiline,
    plain_text,
)

__all__ = ["ConfirmForm"]
from engage.models import AGENCY_KINDS, NAME_MAX
from engage.roles import ROLE_LABELS


class AgencyForm(FlaskForm):
    name = StringField(
        "Agency name",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter the agency's name"), MaxLength(NAME_MAX, "Agency name")],
    )
    kind = SelectField(
        "Type of agency",
        widget=GovSelect(),
        choices=list(AGENCY_KINDS.items()),
        validators=[Required("Choose the type of agency")],
    )
    submit = SubmitField("Save agency", widget=GovSubmitInput())


class GroupForm(FlaskForm):
    name = StringField(
        "Group name",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter the group's name"), MaxLength(NAME_MAX, "Group name")],
    )
    description = TextAreaField(
        "About the group (optional)",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[MaxLength(1000, "About the group")],
    )
    submit = SubmitField("Save group", widget=GovSubmitInput())


class PriorityForm(FlaskForm):
    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter the priority's title"), MaxLength(NAME_MAX, "Title")],
    )
    description = TextAreaField(
        "What it is about, in plain words",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[
            Required("Describe the priority in plain words"),
            MaxLength(1000, "Description"),
        ],
    )
    chair = SelectField("Chair", widget=GovSelect(), choices=[])
    young_scrutineer = SelectField("Young Scrutineer", widget=GovSelect(), choices=[])
    submit = SubmitField("Save priority", widget=GovSubmitInput())


class NewPriorityForm(PriorityForm):
    slug = StringField(
        "Short name for web addresses",
        widget=GovTextInput(),
        filters=[lambda value: value.strip().lower() if isinstance(value, str) else value],
        validators=[
            Required("Enter a short name, like online-safety"),
            MaxLength(60, "Short name"),
        ],
    )


class UserAttachmentFields(FlaskForm):
    role = SelectField(
        "Role",
        widget=GovSelect(),
        choices=[(str(role), label) for role, label in ROLE_LABELS.items()],
        validators=[Required("Choose a role")],
    )
    agency = SelectField("Agency", widget=GovSelect(), choices=[])
    priorities = SelectMultipleField("Priorities", widget=GovCheckboxesInput(), choices=[])
    groups = SelectMultipleField(
        "Engagement groups they attend", widget=GovCheckboxesInput(), choices=[]
    )


class InviteForm(UserAttachmentFields):
    display_name = StringField(
        "Full name",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter the person's name"), MaxLength(NAME_MAX, "Name")],
    )
    email = StringField(
        "Email address",
        widget=GovTextInput(),
        filters=[lambda value: value.strip().lower() if isinstance(value, str) else value],
        validators=[
            Required("Enter an email address"),
            MaxLength(254, "Email address"),
            EmailAddress(),
        ],
    )
    submit = SubmitField("Create invite", widget=GovSubmitInput())


class EditUserForm(UserAttachmentFields):
    display_name = StringField(
        "Full name",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter the person's name"), MaxLength(NAME_MAX, "Name")],
    )
    submit = SubmitField("Save changes", widget=GovSubmitInput())
