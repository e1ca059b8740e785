import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from selfcheck.models import NOTE_MAX_LENGTH, Level, MeasureStatus
from selfcheck.selectors import UNDECIDED
from selfcheck.services import AgreedInput, AnswerInput, Mode

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
    Each question is checked on its own: `answers()` gives the valid ones, so one invalid entry
    does not cost the others. A note counts without an answer too. The button `clear=<id>`
    makes that question unanswered again. Keys for questions outside the set refuse the whole
    form (someone sent a stale or tampered page)."""

    def __init__(self, data=None, *args, questions, **kwargs):
        if data is not None and data.get("clear"):
            data = data.copy()  # the cleared question is shown without its old choice
            data.pop(f"q{data['clear']}", None)
        super().__init__(data, *args, **kwargs)
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
        return cleaned

    def questions_with_fields(self):
        """(question, its level field, its note field) in order, for the step template."""
        return [(q, self[f"q{q.pk}"], self[f"note{q.pk}"]) for q in self.questions]

    def cleared_question(self) -> int | None:
        """The question whose "Remove answer" button was pressed, if it is one of the form's."""
        clear = str(self.data.get("clear", ""))
        return next((q.pk for q in self.questions if str(q.pk) == clear), None)

    def invalid_questions(self) -> list:
        return [q for q in self.questions if {f"q{q.pk}", f"note{q.pk}"} & set(self.errors)]

    def answers(self, *, changed_only=False) -> list[AnswerInput]:
        """What to save of the valid questions. A question without a chosen answer saves its
        note alone; with `changed_only` (the whole page sent at once) only if the note differs
        from the stored one, so an untouched question saves nothing."""
        if self.non_field_errors():
            return []
        invalid = {q.pk for q in self.invalid_questions()}
        clear = self.cleared_question()
        result = []
        for q in self.questions:
            level, note = self.cleaned_data.get(f"q{q.pk}"), self.cleaned_data.get(f"note{q.pk}")
            if q.pk in invalid:
                continue
            if clear == q.pk:
                result.append(AnswerInput(q.pk, None, note, Mode.CLEAR))
            elif level:
                result.append(AnswerInput(q.pk, parse_level(level), note))
            elif not changed_only or f"note{q.pk}" in self.changed_data:
                result.append(AnswerInput(q.pk, None, note, Mode.NOTE))
        return result


AGREED_CHOICES = [("", _("— not agreed yet —")), *LEVEL_CHOICES]


class AgreedAnswersForm(forms.Form):
    """The coordinator's answers for the team, for the questions of one field. Only questions
    whose entry is in the data count (autosave sends one). Each question is checked on its own,
    as on the step page. With `unanimous`, questions the members answered alike and nobody
    settled yet take the members' answer. `initial`: the stored agreed answers, or the members'
    common answer where none is stored (the form offers it)."""

    def __init__(self, data=None, *args, rows, unanimous=False, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.rows, self.unanimous = rows, unanimous
        for row in rows:
            pk = row["question"].pk
            self.fields[f"level-{pk}"] = forms.ChoiceField(
                label=_("Agreed answer"), choices=AGREED_CHOICES, required=False
            )
            self.fields[f"note-{pk}"] = forms.CharField(
                label=_("Note"),
                required=False,
                max_length=NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def clean(self):
        cleaned = super().clean()
        for row in self._sent():
            pk = row["question"].pk
            if cleaned.get(f"note-{pk}") and not self._level(row):
                self.add_error(
                    f"level-{pk}", _("Please choose the agreed answer to save the note.")
                )
        return cleaned

    def _sent(self):
        return [r for r in self.rows if f"level-{r['question'].pk}" in self.data]

    def _level(self, row):
        """The chosen level ("" none); with `unanimous`, an unchosen one of a question the
        members answered alike is their answer."""
        level = self.cleaned_data.get(f"level-{row['question'].pk}", "")
        if level == "" and self.unanimous and row["unanimous"] is not UNDECIDED:
            return DONT_KNOW if row["unanimous"] is None else str(row["unanimous"])
        return level

    def invalid_rows(self):
        return [
            r
            for r in self.rows
            if {f"level-{r['question'].pk}", f"note-{r['question'].pk}"} & set(self.errors)
        ]

    def entries(self) -> list[AgreedInput]:
        """What to save of the valid questions sent: a level, or "" to remove the answer."""
        invalid = {r["question"].pk for r in self.invalid_rows()}
        result = []
        for row in self._sent():
            pk = row["question"].pk
            if pk in invalid:
                continue
            level, note = self._level(row), self.cleaned_data.get(f"note-{pk}", "")
            clear = level == ""
            result.append(AgreedInput(pk, None if clear else parse_level(level), note, clear))
        return result


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
