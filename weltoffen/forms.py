from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from weltoffen.mail import deliver_email, html_from_text
from weltoffen.models import User


class IdsInRangeMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A tampered id beyond the database's integer range is an invalid choice like any unknown
    id (SQLite would otherwise fail on the lookup)."""

    def _check_values(self, value):
        for pk in value or ():
            if str(pk).isascii() and str(pk).isdigit() and int(pk) >= 2**63:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)


class EmailAuthenticationForm(AuthenticationForm):
    """Login with the e-mail address. The error never tells whether the address exists."""

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _(
            "The e-mail address or the password is not correct. Please check both; "
            "the password is case-sensitive."
        ),
        "inactive": _("This account is inactive."),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if user.email_confirmed_at is None:
            raise ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _(
                        "Please confirm your e-mail address first: follow the link in the e-mail "
                        "we sent you."
                    ),
                    reverse("resend-confirmation"),
                    _("Send the link again"),
                ),
                code="unconfirmed",
            )


class PasswordResetRequestForm(PasswordResetForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        """Like our other e-mails: one text template, the HTML part derived, sent as a task."""
        subject = " ".join(render_to_string(subject_template_name, context).split())
        body = render_to_string(email_template_name, context)
        html = html_from_text(body)
        deliver_email.enqueue(to=[to_email], subject=subject, body=body, html=html)


class NameField(forms.CharField):
    """The name colleagues see (team, e-mails, exports), never the e-mail address."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Your name"),
            max_length=150,
            widget=forms.TextInput(attrs={"autocomplete": "name"}),
            help_text=_(
                "First and last name, as your colleagues know you. Your team sees your name, "
                "not your e-mail address."
            ),
            **kwargs,
        )


class RegistrationForm(forms.Form):
    name = NameField()
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_(
            "Preferably your official address: it may let you join your municipality at once."
        ),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not only digits and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Repeat password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords do not match."))
        if password1 and cleaned.get("email"):
            try:
                password_validation.validate_password(password1, User(email=cleaned["email"]))
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class NameForm(forms.Form):
    name = NameField()


class ConfirmWithPasswordForm(SetPasswordForm):
    """Confirming an address that was registered more than once: the person who holds the
    address (and so the link) chooses name and password now."""

    name = NameField()
    field_order = ["name", "new_password1", "new_password2"]


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class PasswordConfirmationMixin:
    """A form that asks for the current password before a sensitive change."""

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("The password is not correct."))
        return password


class EmailChangeForm(PasswordConfirmationMixin, forms.Form):
    new_email = forms.EmailField(
        label=_("New e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def clean_new_email(self):
        email = self.cleaned_data["new_email"].lower()
        if email == self.user.email:
            raise ValidationError(_("This is already your address."))
        return email


class DeleteAccountForm(PasswordConfirmationMixin, forms.Form):
    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be deleted for good."),
    )
