"""The filter form of the event list and the calendar feeds: every value lives in the URL."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.models import Bundesland, Municipality
from dialogues.constants import LANGUAGES_FEATURE, MODE_FILTERS
from dialogues.models import FEATURES, EventFormat
from weltoffen.models import Field

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_MUNICIPALITY_OPTIONS = 150


class EventFilterForm(forms.Form):
    """The filters of the event list and the calendar feed; every value lives in the URL."""

    # Any approved municipality is a valid filter (a subscribed calendar of a municipality without
    # events stays valid); the list page offers those with events, rendered by a plain loop:
    # hundreds of options through Django's per-option widget templates would cost tens of ms.
    gemeinde = forms.IntegerField(label=_("Municipality"), required=False, min_value=1)
    # With more municipalities than a list can sensibly offer: a search by name instead.
    ort = forms.CharField(
        label=_("Municipality (name or part of it)"), required=False, max_length=100
    )
    land = forms.ChoiceField(
        label=_("Federal state"),
        required=False,
        choices=[("", _("All federal states")), *Bundesland.choices],
    )
    format = forms.ModelChoiceField(
        label=_("Format"),
        queryset=EventFormat.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All formats"),
    )
    feld = forms.ModelChoiceField(
        label=_("Field of action"),
        queryset=Field.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All fields"),
    )
    teilnahme = forms.ChoiceField(
        label=_("Taking part"),
        required=False,
        choices=[("", _("on site or online"))] + [(k, v[0]) for k, v in MODE_FILTERS.items()],
    )
    merkmal = forms.MultipleChoiceField(
        label=_("Accessibility and inclusion"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(slug, label) for slug, label in FEATURES.values()]
        + [(LANGUAGES_FEATURE, _("also in other languages"))],
        error_messages={"invalid_choice": _("Unknown feature “%(value)s”.")},
    )
    von = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    bis = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        names = list(municipalities.values_list("pk", "name")[: MAX_MUNICIPALITY_OPTIONS + 1])
        self.municipality_select = len(names) <= MAX_MUNICIPALITY_OPTIONS
        self.municipality_choices = [("", _("All municipalities")), *names]
        self.fields["feld"].label_from_instance = lambda f: f"{f.number}. {f.short_label}"
        for name in ("land", "format", "feld", "teilnahme"):
            self.fields[name].widget.attrs["class"] = "form-select"
        self.fields["merkmal"].widget.attrs["class"] = "form-check-input"

    def clean_gemeinde(self):
        pk = self.cleaned_data.get("gemeinde")
        if pk and not Municipality.objects.approved().filter(pk=pk).exists():
            raise forms.ValidationError(_("Unknown municipality."))
        return pk

    def _clean_date(self, name):
        day = self.cleaned_data.get(name)
        if day and not (MIN_YEAR <= day.year <= MAX_YEAR):
            raise forms.ValidationError(
                _("Please enter a date between %(min)s and %(max)s.")
                % {"min": MIN_YEAR, "max": MAX_YEAR}
            )
        return day

    def clean_von(self):
        return self._clean_date("von")

    def clean_bis(self):
        return self._clean_date("bis")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("von") and cleaned.get("bis") and cleaned["von"] > cleaned["bis"]:
            self.add_error("bis", _("The end of the period must not be before its start."))
            cleaned.pop("von")  # a reversed period is ignored as a whole
        return cleaned

    def valid_values(self):
        """The filters that are valid (invalid ones are shown as errors and ignored)."""
        self.is_valid()
        for name in self.errors:
            if name in self.fields and name != "merkmal":
                attrs = self.fields[name].widget.attrs
                attrs.update(
                    {"aria-invalid": "true", "class": f"{attrs.get('class', '')} is-invalid"}
                )
        values = {k: v for k, v in self.cleaned_data.items() if v and k not in self.errors}
        if "merkmal" in self.errors:  # keep the known features of a partly wrong list
            known = {slug for slug, _label in self.fields["merkmal"].choices}
            values["merkmal"] = [v for v in self.data.getlist("merkmal") if v in known]
        return {k: v for k, v in values.items() if v}
