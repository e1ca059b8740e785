from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from dialogues.constants import RESERVED_SLUGS
from dialogues.models import FEATURES, MAX_PEOPLE, Event, EventStatus, Mode, RegistrationKind
from weltoffen.forms import IdsInRangeMultipleChoiceField
from weltoffen.images import clean_image_upload
from weltoffen.sanitize import html_to_text, text_to_html


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and your personal cancellation link there."),
    )
    people = forms.IntegerField(
        label=_("Number of people"),
        initial=1,
        min_value=1,
        max_value=MAX_PEOPLE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    needs = forms.CharField(
        label=_("What do you need to take part? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example an interpreter, step-free seating or dietary needs."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my details are stored to organise this event and deleted 30 days "
            "after it (see privacy notice)."
        ),
        error_messages={"required": _("Please agree to the storage of your details.")},
    )
    # A honeypot: hidden from people, filled in by simple bots.
    kontrollfeld = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        limit = event.max_group_size if event is not None else MAX_PEOPLE
        people = self.fields["people"]
        people.max_value = limit
        people.validators = [MinValueValidator(1), MaxValueValidator(limit)]
        people.widget.attrs.update(min=1, max=limit)
        people.help_text = _("Including yourself; at most %(limit)d per registration.") % {
            "limit": limit
        }
        people.error_messages["max_value"] = _(
            "At most %(limit)d people can register together for this event."
        ) % {"limit": limit}

    def is_bot(self):
        return bool(self.data.get("kontrollfeld"))

    def registration_data(self):
        """What services.registration_submit stores (consent is a condition, not data)."""
        return {key: self.cleaned_data[key] for key in ("name", "email", "people", "needs")}


class EventForm(forms.ModelForm):
    """Creating and editing an event (admin and municipality form): the rules that keep an event
    usable for citizens."""

    class Meta:
        model = Event
        fields = [
            "title",
            "slug",
            "format",
            "participation",
            "municipality",
            "fields",
            "description",
            "starts_at",
            "ends_at",
            "mode",
            "venue_name",
            "address",
            "online_url",
            "organiser_name",
            "organiser_email",
            "organiser_phone",
            "image",
            "image_alt",
            "step_free",
            "sign_language",
            "hearing_loop",
            "easy_language",
            "childcare",
            "free_of_charge",
            "languages",
            "registration",
            "registration_url",
            "capacity",
            "max_group_size",
            "status",
            "status_note",
            "is_published",
        ]
        widgets = {"fields": forms.CheckboxSelectMultiple}
        field_classes = {"fields": IdsInRangeMultipleChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "fields" in self.fields:
            self.fields["fields"].required = True
            self.fields["fields"].error_messages["required"] = _(
                "Please choose at least one field of action."
            )

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("This address is reserved. Please choose another one."))
        return slug

    def clean_image(self):
        return clean_image_upload(self.cleaned_data.get("image"))

    def clean(self):
        cleaned = super().clean()
        starts, ends, mode = cleaned.get("starts_at"), cleaned.get("ends_at"), cleaned.get("mode")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must be after the start."))
        if mode in (Mode.IN_PERSON, Mode.HYBRID):
            if not cleaned.get("venue_name", "").strip():
                self.add_error("venue_name", _("Please name the venue of an event on site."))
            if not cleaned.get("address", "").strip():
                self.add_error("address", _("Please give the address of an event on site."))
        if mode in (Mode.ONLINE, Mode.HYBRID) and not cleaned.get("online_url"):
            self.add_error("online_url", _("Please give the link for taking part online."))
        kind = cleaned.get("registration")
        if kind == RegistrationKind.EXTERNAL and not cleaned.get("registration_url"):
            self.add_error("registration_url", _("Please give the link to the registration."))
        if cleaned.get("image") and not cleaned.get("image_alt", "").strip():
            self.add_error(
                "image_alt", _("Please describe the image for people who cannot see it.")
            )
        if (
            cleaned.get("status") in (EventStatus.CANCELLED, EventStatus.POSTPONED)
            and not cleaned.get("status_note", "").strip()
        ):
            self.add_error(
                "status_note", _("Please tell citizens why the event was moved or cancelled.")
            )
        return cleaned


LOCAL_DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class MunicipalityEventForm(EventForm):
    """The form members of a municipality use: the municipality, address and publication are set
    by the platform; an editor publishes the event. The description is plain text here (no
    editor script on the public site): empty lines make paragraphs, "- " lines a list."""

    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What happens, who is invited, how the event runs. Separate paragraphs with an empty "
            "line; lines that start with “- ” become a bulleted list."
        ),
    )

    class Meta(EventForm.Meta):
        fields = [
            f for f in EventForm.Meta.fields if f not in ("slug", "municipality", "is_published")
        ]
        widgets = {
            "fields": forms.CheckboxSelectMultiple,
            "starts_at": LOCAL_DATETIME,
            "ends_at": LOCAL_DATETIME,
            "address": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["description"] = html_to_text(self.instance.description)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(
                _("About the event"),
                "title",
                "format",
                "participation",
                "fields",
                "description",
                "image",
                "image_alt",
            ),
            Fieldset(
                _("Time and place"),
                "starts_at",
                "ends_at",
                "mode",
                "venue_name",
                "address",
                "online_url",
            ),
            Fieldset(_("Organiser"), "organiser_name", "organiser_email", "organiser_phone"),
            Fieldset(_("Accessibility and inclusion"), *FEATURES, "languages"),
            Fieldset(
                _("Registration"),
                "registration",
                "registration_url",
                "capacity",
                "max_group_size",
            ),
            Fieldset(_("Status"), "status", "status_note"),
        )

    def clean_description(self):
        return text_to_html(self.cleaned_data.get("description", ""))
