"""Forms for challenges, answers, verdicts and the discussion. Labels for young people are plain."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxInput,
    GovDateInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Optional

from engage.forms import MaxLength, Required, plain_multiline, plain_text
from engage.scrutineers.discussion import VERDICT_LABELS
from engage.scrutineers.models import (
    ACTION_MAX,
    ANSWER_MAX,
    MESSAGE_MAX,
    QUESTION_MAX,
    REASON_MAX,
    TITLE_MAX,
)
from engage.scrutineers.responses import ACTION_STATUS_LABELS

DATE_FORMATS = ["%d %m %Y", "%d %m %y"]
ACTION_BOXES = 1
MAX_ACTIONS = 20


def _evidence_field(label: str) -> SelectMultipleField:
    # Rendered by hand (quotes need their redaction markers) and checked by the service.
    return SelectMultipleField(label, choices=[], validate_choice=False)


class ChallengeForm(FlaskForm):
    title = StringField(
        "Title",
        description="A few words, like a headline.",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[
            Required("Give your challenge a short title"),
            MaxLength(TITLE_MAX, "The title"),
        ],
    )
    question = TextAreaField(
        "What do you want to know or see changed?",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[MaxLength(QUESTION_MAX, "What you want to know")],
    )
    priority = SelectField(
        "Which priority is it for?", widget=GovSelect(), choices=[], validate_choice=False
    )
    themes = _evidence_field("Themes")
    quotes = _evidence_field("What young people said")
    responses = _evidence_field("Earlier answers")
    actions = _evidence_field("Things a priority group said it would do")


class VerdictForm(FlaskForm):
    outcome = RadioField(
        "Does the answer answer your challenge?",
        widget=GovRadioInput(),
        choices=[(value, label) for value, label in VERDICT_LABELS.items()],
        validators=[Required("Choose whether the answer answers your challenge")],
    )
    reason = TextAreaField(
        "Why do you think that?",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[Required("Say why you think that"), MaxLength(REASON_MAX, "Your reason")],
    )
    follow_up = BooleanField(
        "Start a follow-up challenge now", widget=GovCheckboxInput(), validators=[Optional()]
    )


class MessageForm(FlaskForm):
    body = TextAreaField(
        "Add to the discussion",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[Required("Write your message"), MaxLength(MESSAGE_MAX, "Your message")],
    )


class ActionEntry(Form):
    description = StringField(
        "What will be done",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[MaxLength(ACTION_MAX, "What will be done")],
    )
    agency = SelectField(
        "Which agency will do it", widget=GovSelect(), choices=[], validate_choice=False
    )
    due_on = DateField(
        "Done by", widget=GovDateInput(), format=DATE_FORMATS, validators=[Optional()]
    )


class AnswerForm(FlaskForm):
    body = TextAreaField(
        "Your answer",
        widget=GovCharacterCount(),
        validators=[Required("Write your answer"), MaxLength(ANSWER_MAX, "The answer")],
    )
    actions = FieldList(FormField(ActionEntry), min_entries=ACTION_BOXES, max_entries=MAX_ACTIONS)


class ActionUpdateForm(FlaskForm):
    status = RadioField(
        "Where has it got to?",
        widget=GovRadioInput(),
        choices=list(ACTION_STATUS_LABELS.items()),
        validators=[Required("Choose where the action has got to")],
    )
    note = TextAreaField(
        "What has happened (optional)",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[MaxLength(4000, "The update")],
    )


class ReassignForm(FlaskForm):
    chair = SelectField(
        "Chair who should answer it",
        widget=GovSelect(),
        choices=[],
        validate_choice=False,
        validators=[Required("Choose a chair from the list")],
    )


class ExtendForm(FlaskForm):
    due_on = DateField(
        "New date it is due",
        widget=GovDateInput(),
        format=DATE_FORMATS,
        validators=[Required("Enter the new date it is due, for example 27 3 2027")],
    )
    reason = TextAreaField(
        "Why does it need more time?",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[Required("Say why it needs more time"), MaxLength(500, "The reason")],
    )


class ClosureForm(FlaskForm):
    day = DateField(
        "Date the partnership is closed",
        widget=GovDateInput(),
        format=DATE_FORMATS,
        validators=[Required("Enter the date the partnership is closed, for example 29 12 2026")],
    )
    label = StringField(
        "What is it (optional)",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[MaxLength(TITLE_MAX, "The description")],
    )


class MentorNoteForm(FlaskForm):
    body = TextAreaField(
        "Add a note",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[Required("Write your note"), MaxLength(4000, "The note")],
    )


class TermForm(FlaskForm):
    term_ends_on = DateField(
        "Last day of their term (leave blank if it has no end date yet)",
        widget=GovDateInput(),
        format=DATE_FORMATS,
        validators=[Optional()],
    )


class HandoverForm(FlaskForm):
    successor = SelectField(
        "Young Scrutineer who takes over",
        widget=GovSelect(),
        choices=[],
        validate_choice=False,
        validators=[Required("Choose the Young Scrutineer who takes over")],
    )


YES_NO = [("yes", "Yes"), ("no", "No")]


class ChoicesForm(FlaskForm):
    show_name = RadioField(
        "Show my name to other people?",
        description="If you say no, people see “Young Scrutineer” and your priority instead.",
        widget=GovRadioInput(),
        choices=YES_NO,
        validators=[Required("Choose yes or no")],
    )
    email_notifications = RadioField(
        "Send me e-mails when something happens?",
        description="You will always see messages here when you sign in.",
        widget=GovRadioInput(),
        choices=YES_NO,
        validators=[Required("Choose yes or no")],
    )


class DataRequestForm(FlaskForm):
    details = TextAreaField(
        "Tell us more",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[MaxLength(4000, "This")],
    )


class TemplateForm(FlaskForm):
    priority = SelectField(
        "Priority group",
        widget=GovSelect(),
        choices=[],
        validate_choice=False,
        validators=[Required("Choose the priority group")],
    )
    title = StringField(
        "Name of the template",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Give the template a name"), MaxLength(TITLE_MAX, "The name")],
    )
    body = TextAreaField(
        "Text",
        widget=GovTextArea(),
        validators=[Required("Write the template's text"), MaxLength(ANSWER_MAX, "The text")],
    )
