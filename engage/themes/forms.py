"""Forms on the theme board. Each carries the theme's version so a stale tab is refused."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovSelect, GovTextInput
from wtforms import HiddenField, IntegerField, SelectField, SelectMultipleField, StringField
from wtforms.validators import Optional

from engage.forms import MaxLength, Required, plain_text


class VersionedForm(FlaskForm):
    version = IntegerField(validators=[Optional()])


class RenameForm(VersionedForm):
    label = StringField(
        "New name",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter a name for the theme"), MaxLength(120, "The name")],
    )


class MergeForm(VersionedForm):
    target = SelectField("Merge into", widget=GovSelect(), choices=[])
    target_version = HiddenField()


class SplitForm(VersionedForm):
    label = StringField(
        "Name of the new theme",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter a name for the new theme"), MaxLength(120, "The name")],
    )
    comments = SelectMultipleField(
        "Comments to move into the new theme", widget=GovCheckboxesInput(), choices=[]
    )


class PinForm(VersionedForm):
    priority = SelectField("This theme belongs to", widget=GovSelect(), choices=[])


class CommentPriorityForm(FlaskForm):
    priority = SelectField("Priority", widget=GovSelect(), choices=[])


class CommentThemeForm(FlaskForm):
    theme = SelectField("Theme", widget=GovSelect(), choices=[], validate_choice=False)
