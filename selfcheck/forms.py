import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from selfcheck.models import NOTE_MAX_LENGTH, Level, MeasureStatus
from selfcheck.services import AnswerInput

DONT_KNOW = "x"
LEVEL_CHOICES = [(str(value), label) for value, label in Level.choices] + [
    (DONT_KNOW, _("Don't know / not applicable"))
]
QUESTION_KEY = re.compile(r"^q(\d+)$")


def parse_level(value: str) -> int | None:
    return None if value == DONT_KNOW else int(value)


class LevelRadioSelect(forms.RadioSelect):
    """A question's levels as radio rows; the step page puts them into the question's fieldset,
    whose legend is the question (selfcheck/step.html)."""

    template_name = "selfcheck/widgets/levels.html"
    option_template_name = "selfcheck/widgets/level_option.html"


class AnswersForm(forms.Form):
    """The answers of one member to a set of questions (one field, or one question for autosave).
    Questions left empty are not saved. Keys for questions outside the set are refused."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.ChoiceField(
                label=question.text,
                choices=LEVEL_CHOICES,
                required=False,
                widget=LevelRadioSelect(attrs={"class": "form-check-input"}),
            )
            self.fields[f"note{question.pk}"] = forms.CharField(
                label=_("Note (evidence, whom to ask)"),
                required=False,
                max_length=NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 2, "class": "form-control form-control-sm"}),
            )

    def clean(self):
        cleaned = super().clean()
        known = {f"q{q.pk}" for q in self.questions}
        foreign = [key for key in self.data if QUESTION_KEY.match(key) and key not in known]
        if foreign:
            raise forms.ValidationError(
                _(
                    "The form contains answers to questions that do not belong here. Please reload "
                    "the page."
                ),
                code="foreign",
            )
        for question in self.questions:
            if cleaned.get(f"note{question.pk}") and not cleaned.get(f"q{question.pk}"):
                self.add_error(
                    f"q{question.pk}",
                    _("Please choose an answer to save the note (or “Don't know”)."),
                )
        return cleaned

    def questions_with_fields(self):
        """(question, its level field, its note field) in order, for the step template."""
        return [(q, self[f"q{q.pk}"], self[f"note{q.pk}"]) for q in self.questions]

    def answers(self) -> list[AnswerInput]:
        return [
            AnswerInput(
                q.pk, parse_level(self.cleaned_data[f"q{q.pk}"]), self.cleaned_data[f"note{q.pk}"]
            )
            for q in self.questions
            if self.cleaned_data.get(f"q{q.pk}")
        ]


class AgreedAnswerForm(forms.Form):
    question = forms.IntegerField(widget=forms.HiddenInput)
    level = forms.ChoiceField(
        label=_("Agreed answer"), choices=[("", "—"), *LEVEL_CHOICES], required=False
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=NOTE_MAX_LENGTH)

    def agreed(self):
        """The arguments of services.agreed_answer_set: no level chosen removes the answer."""
        level = self.cleaned_data["level"]
        clear = level == ""
        note = self.cleaned_data["note"]
        return {"clear": clear, "level": None if clear else parse_level(level), "note": note}


class RoundStartForm(forms.Form):
    title = forms.CharField(label=_("Name of the round"), max_length=120)
    prefill = forms.BooleanField(required=False)

    def __init__(self, *args, previous=None, **kwargs):
        """`previous`: the last completed round; without one there is nothing to take over."""
        super().__init__(*args, **kwargs)
        if previous is None:
            del self.fields["prefill"]
        else:
            self.fields["prefill"].label = _("Start with the answers agreed in “%(title)s”") % {
                "title": previous.title
            }
            self.fields["prefill"].help_text = _(
                "Every member starts from the team's agreed answers and changes what has changed "
                "since. Questions without an agreed answer stay open."
            )


class RoundReopenForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for reopening"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Please give the reason for reopening the round.")},
    )


class MeasureForm(forms.Form):
    field = forms.ModelChoiceField(label=_("Field of action"), queryset=None)
    title = forms.CharField(label=_("Measure"), max_length=200)
    responsible_unit = forms.CharField(label=_("Responsible unit"), max_length=120, required=False)
    due_date = forms.DateField(  # ISO in the value: a date input ignores "23.11.2026"
        label=_("Due date"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=MeasureStatus.choices, initial=MeasureStatus.OPEN
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, fields, measure=None, **kwargs):
        """`measure`: the measure being edited; its due date may stay even once it has passed."""
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = fields
        self.measure = measure

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        unchanged = self.measure is not None and due == self.measure.due_date
        if due and due < timezone.localdate() and not unchanged:
            raise forms.ValidationError(
                _("The due date lies in the past. Please choose today or a later date."),
                code="past",
            )
        return due


class SuggestionMeasureForm(forms.Form):
    """A suggestion of the result page taken over as a measure, in one step."""

    field = forms.ModelChoiceField(queryset=None)
    title = forms.CharField(max_length=200)

    def __init__(self, *args, fields, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = fields


class MeasureFilterForm(forms.Form):
    """The action plan's filters, in the URL: ?status=open&feld=<slug of the field>."""

    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("all")), *MeasureStatus.choices], required=False
    )
    feld = forms.ModelChoiceField(
        label=_("Field of action"),
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=_("all"),
    )

    def __init__(self, *args, fields, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feld"].queryset = fields

    def filter(self, measures):
        if not self.is_valid():
            return measures
        if self.cleaned_data["status"]:
            measures = measures.filter(status=self.cleaned_data["status"])
        if self.cleaned_data["feld"]:
            measures = measures.filter(field=self.cleaned_data["feld"])
        return measures
