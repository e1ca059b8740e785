from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.models import Municipality
from weltoffen.forms import RegistrationForm


class MunicipalitySearchForm(forms.Form):
    q = forms.CharField(label=_("Name of the municipality"), max_length=100, required=False)


class JoinForm(forms.Form):
    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.approved(),
        error_messages={
            "invalid_choice": _("Please choose a municipality from the list."),
            "required": _("Please choose a municipality from the list."),
        },
    )


class ProposeMunicipalityForm(forms.ModelForm):
    class Meta:
        model = Municipality
        fields = ["name", "kind", "state"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("kind", "state"):
            self.fields[name].choices = [("", _("Please choose")), *self.fields[name].choices[1:]]

    def validate_unique(self):
        try:
            self.instance.validate_constraints()
        except forms.ValidationError:
            existing = Municipality.objects.filter(
                name=self.instance.name, kind=self.instance.kind, state=self.instance.state
            ).first()
            if existing and not existing.is_approved:
                self.add_error(
                    "name",
                    _(
                        "This municipality has already been proposed and is "
                        "being checked by a site admin."
                    ),
                )
            else:
                self.add_error(
                    "name",
                    _("This municipality is already known. Please search for it and ask to join."),
                )


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of your colleague"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class InvitationRegistrationForm(RegistrationForm):
    """Registering from an invitation link: the address is the one the link was sent to."""

    def __init__(self, *args, invitation, **kwargs):
        super().__init__(*args, initial={"email": invitation.email}, **kwargs)
        self.fields["email"].disabled = True
        self.fields["email"].help_text = ""
