"""The safeguarding lead's outcome form."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput
from wtforms import RadioField, TextAreaField

from engage.forms import MaxLength, Required, plain_multiline
from engage.safeguarding.models import OUTCOMES, Decision


class OutcomeForm(FlaskForm):
    outcome = RadioField(
        "What was done?",
        widget=GovRadioInput(),
        choices=list(OUTCOMES.items()),
        validators=[Required("Choose what was done")],
    )
    note = TextAreaField(
        "Note (seen only by safeguarding leads)",
        widget=GovCharacterCount(),
        filters=[plain_multiline],
        validators=[MaxLength(4000, "The note")],
    )
    decision = RadioField(
        "What happens to the comment?",
        widget=GovRadioInput(),
        choices=[
            (Decision.KEEP_WITHHELD, "Keep it withheld: it is a disclosure"),
            (
                Decision.RELEASE,
                "Release it into analysis: it is a general view, not about a particular child",
            ),
        ],
        validators=[Required("Choose whether the comment stays withheld")],
    )
