"""Forms for recording a session: details, comment boxes, a pasted block and file uploads."""

from __future__ import annotations

from datetime import date

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovDateInput,
    GovFileInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    DateField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import NumberRange, Optional

from engage.canvasser.models import (
    AGE_BANDS,
    COMMENT_MAX,
    CONSENT_METHODS,
    FORMAT_LABELS,
    CommentKind,
)
from engage.canvasser.services import EDIT_REASONS
from engage.forms import MaxLength, Required, plain_multiline, plain_text

BOXES_TO_START = 5
PASTE_MAX = COMMENT_MAX * 300


class CommentBox(Form):
    """One comment. Text is not cleaned here: it goes to the safeguarding engine whole."""

    text = TextAreaField(
        "Comment", widget=GovCharacterCount(), validators=[MaxLength(COMMENT_MAX, "A comment")]
    )
    kind = RadioField(
        "Is this what they said, or a summary?",
        widget=GovRadioInput(),
        choices=[(CommentKind.QUOTE, "Their own words"), (CommentKind.SUMMARY, "A summary")],
        default=CommentKind.QUOTE,
        validators=[Optional()],
    )
    # Checked by the service against live priorities, so a stale list never loses a comment.
    priority_hint = SelectField(
        "Priority it relates to (optional)", widget=GovSelect(), choices=[], validate_choice=False
    )


class SessionDetailsForm(FlaskForm):
    group = SelectField(
        "Engagement group", widget=GovSelect(), validators=[Required("Choose the engagement group")]
    )
    held_on = DateField(
        "Date of the session",
        widget=GovDateInput(),
        format=["%d %m %Y", "%d %m %y"],
        validators=[Required("Enter the date of the session, for example 27 3 2026")],
    )
    priority = SelectField("On behalf of which priority group", widget=GovSelect(), choices=[])
    sub_group = StringField(
        "Sub-group (optional)",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[MaxLength(120, "Sub-group")],
    )
    format = RadioField(
        "How was the session held?",
        widget=GovRadioInput(),
        choices=[(value, label) for value, label in FORMAT_LABELS.items()],
        validators=[Required("Choose how the session was held")],
    )
    questions = TextAreaField(
        "Questions or topics put to the group",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[MaxLength(4000, "Questions or topics")],
    )
    consent_method = RadioField(
        "How did you get consent to record views anonymously?",
        widget=GovRadioInput(),
        choices=list(CONSENT_METHODS.items()),
        validators=[Required("Choose how you got consent to record views")],
    )
    consent_detail = StringField(
        "Anything more about consent (optional)",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[MaxLength(500, "Consent details")],
    )
    submission_key = HiddenField()

    def validate_held_on(self, field: DateField) -> None:
        from wtforms import ValidationError

        if field.data and field.data > date.today():
            raise ValidationError("The date of the session must be today or in the past")
        if field.data and field.data.year < 2000:
            raise ValidationError("Enter a real date, for example 27 3 2026")


def _age_field(label: str) -> IntegerField:
    return IntegerField(
        label,
        widget=GovTextInput(),
        default=0,
        validators=[
            Optional(),
            NumberRange(min=0, max=10_000, message=f"{label}: enter a number from 0 to 10,000"),
        ],
    )


for _column, _label in AGE_BANDS:
    setattr(SessionDetailsForm, _column, _age_field(_label))


class NewSessionForm(SessionDetailsForm):
    comments = FieldList(FormField(CommentBox), min_entries=BOXES_TO_START, max_entries=300)
    pasted = TextAreaField(
        "Or paste comments, one per line",
        widget=GovTextArea(),
        validators=[MaxLength(PASTE_MAX, "Pasted comments")],
    )


class EditDetailsForm(SessionDetailsForm):
    reason = SelectField("Why are you changing it?", widget=GovSelect(), choices=[])


class AddCommentsForm(FlaskForm):
    comments = FieldList(FormField(CommentBox), min_entries=3, max_entries=300)
    pasted = TextAreaField(
        "Or paste comments, one per line",
        widget=GovTextArea(),
        validators=[MaxLength(PASTE_MAX, "Pasted comments")],
    )
    reason = SelectField("Why are you changing it?", widget=GovSelect(), choices=[])


class EditCommentForm(FlaskForm):
    text = TextAreaField(
        "Comment",
        widget=GovCharacterCount(),
        validators=[Required("Enter the comment"), MaxLength(COMMENT_MAX, "The comment")],
    )
    kind = RadioField(
        "Is this what they said, or a summary?",
        widget=GovRadioInput(),
        choices=[(CommentKind.QUOTE, "Their own words"), (CommentKind.SUMMARY, "A summary")],
        validators=[Optional()],
    )
    # Checked by the service against live priorities, so a stale list never loses a comment.
    priority_hint = SelectField(
        "Priority it relates to (optional)", widget=GovSelect(), choices=[], validate_choice=False
    )
    reason = SelectField("Why are you changing it?", widget=GovSelect(), choices=[])


class RemovePhraseForm(FlaskForm):
    phrase = StringField(
        "Words to take out",
        widget=GovTextInput(),
        validators=[Required("Enter the words to take out"), MaxLength(COMMENT_MAX, "Words")],
    )
    reason = SelectField("Why are you changing it?", widget=GovSelect(), choices=[])


class ReasonForm(FlaskForm):
    reason = SelectField("Why?", widget=GovSelect(), choices=[])


class UploadForm(FlaskForm):
    file = FileField("Upload a file", widget=GovFileInput())


def reason_choices(required: bool) -> list[tuple[str, str]]:
    first = [("", "Choose a reason")] if required else [("", "Not needed for a draft")]
    return first + list(EDIT_REASONS.items())
