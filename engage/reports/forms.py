"""Forms for "you said, we did" packs. Report filters are read from the query string (GET), so a
report's address can be bookmarked and shared; see ``periods.period_from``."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovDateInput, GovSelect, GovTextArea, GovTextInput
from wtforms import DateField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Optional, ValidationError

from engage.forms import MaxLength, Required, plain_text
from engage.reports.models import PACK_TEXT_MAX, PACK_TITLE_MAX
from engage.reports.periods import LONGEST_PERIOD_DAYS


class NewPackForm(FlaskForm):
    group = SelectField(
        "Engagement group", widget=GovSelect(), validators=[Required("Choose the engagement group")]
    )
    period_start = DateField(
        "Start of the period",
        widget=GovDateInput(),
        format=["%d %m %Y"],
        validators=[Required("Enter the start of the period, for example 1 4 2026")],
    )
    period_end = DateField(
        "End of the period",
        widget=GovDateInput(),
        format=["%d %m %Y"],
        validators=[Required("Enter the end of the period, for example 31 3 2027")],
    )

    def validate_period_end(self, field: DateField) -> None:
        start = self.period_start.data
        if start and field.data:
            if field.data < start:
                raise ValidationError(
                    "The end of the period must be the same as or after the start"
                )
            if (field.data - start).days + 1 > LONGEST_PERIOD_DAYS:
                raise ValidationError("A pack can cover at most 10 years")


class PackTextForm(FlaskForm):
    version = HiddenField()
    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[plain_text],
        validators=[Required("Enter a title"), MaxLength(PACK_TITLE_MAX, "The title")],
    )
    you_said = TextAreaField(
        "You said",
        widget=GovTextArea(),
        validators=[Required("Write what the group said"), MaxLength(PACK_TEXT_MAX, "You said")],
    )
    we_did_html = TextAreaField(
        "We did", widget=GovTextArea(), validators=[Optional(), MaxLength(PACK_TEXT_MAX, "We did")]
    )
    next_steps = TextAreaField(
        "What happens next",
        widget=GovTextArea(),
        validators=[Optional(), MaxLength(PACK_TEXT_MAX, "What happens next")],
    )

    def version_number(self) -> int | None:
        try:
            return int(self.version.data)
        except (TypeError, ValueError):
            return None


__all__ = ["NewPackForm", "PackTextForm"]
