"""The user's own account: registration, confirmation, e-mail change, data export, deletion."""

import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import PasswordResetView
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from weltoffen import registry, services
from weltoffen.forms import (
    ConfirmWithPasswordForm,
    DeleteAccountForm,
    EmailChangeForm,
    EmailForm,
    NameForm,
    RegistrationForm,
)
from weltoffen.models import User
from weltoffen.ratelimit import UNAVAILABLE_MESSAGE, Decision, allow_mail
from weltoffen.tokens import TokenError

TOO_MANY = gettext_lazy("Too many attempts from your connection. Please try again in an hour.")


def mail_refused(form, decision: Decision) -> bool:
    """While the rate limits cannot count (the cache is away), no e-mail is sent and the form
    says so: the same for every address, so it tells nobody who has an account."""
    if decision is Decision.UNAVAILABLE:
        form.add_error(None, UNAVAILABLE_MESSAGE)
        return True
    return False


class RegisterView(FormView):
    template_name = "weltoffen/account/register.html"
    form_class = RegistrationForm
    success_url = reverse_lazy("register-done")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("account")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        decision = allow_mail(self.request, "register", email)
        if mail_refused(form, decision):
            return self.form_invalid(form)
        if decision:
            services.user_register(
                request=self.request,
                email=email,
                password=form.cleaned_data["password1"],
                name=form.cleaned_data["name"],
            )
        return super().form_valid(form)


class RegisterDoneView(TemplateView):
    template_name = "weltoffen/account/register_done.html"


@method_decorator(never_cache, name="dispatch")  # a personal link: never in a shared cache
class ConfirmEmailView(View):
    """GET shows a button, POST confirms: mail scanners that open links confirm nothing."""

    template_name = "weltoffen/account/confirm.html"

    def get(self, request, token):
        try:
            user, email = services.confirmation_user(token)
        except TokenError as error:
            return render(request, self.template_name, {"error": str(error)}, status=400)
        form = None
        if services.confirmation_needs_password(user, email):
            form = ConfirmWithPasswordForm(user)
        return render(request, self.template_name, {"form": form})

    def post(self, request, token):
        try:
            user, email = services.confirmation_user(token)
            form = None
            if services.confirmation_needs_password(user, email):
                form = ConfirmWithPasswordForm(user, request.POST)
                if not form.is_valid():
                    return render(request, self.template_name, {"form": form}, status=400)
                user.name = form.cleaned_data["name"].strip()
                user.save(update_fields=["name"])
            password = form.cleaned_data["new_password1"] if form else None
            user = services.user_confirm_email(token=token, password=password)
        except TokenError as error:
            return render(request, self.template_name, {"error": str(error)}, status=400)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Thank you: your e-mail address is confirmed."))
        return redirect("account")


class ResendConfirmationView(FormView):
    template_name = "weltoffen/account/resend.html"
    form_class = EmailForm
    success_url = reverse_lazy("register-done")

    def form_valid(self, form):
        email = form.cleaned_data["email"].lower()
        decision = allow_mail(self.request, "confirm", email)  # for every address alike
        if mail_refused(form, decision):
            return self.form_invalid(form)
        user = User.objects.filter(email__iexact=email, email_confirmed_at=None).first()
        if user and decision:
            services.send_confirmation(request=self.request, user=user)
        return super().form_valid(form)


class AccountView(LoginRequiredMixin, TemplateView):
    template_name = "weltoffen/account/account.html"

    def get_context_data(self, **kwargs):
        sections = [
            (template, build(self.request)) for template, build in registry.account_sections
        ]
        return super().get_context_data(sections=sections, **kwargs)


class NameChangeView(LoginRequiredMixin, FormView):
    template_name = "weltoffen/account/name_change.html"
    form_class = NameForm
    success_url = reverse_lazy("account")

    def get_initial(self):
        return {"name": self.request.user.name}

    def form_valid(self, form):
        self.request.user.name = form.cleaned_data["name"].strip()
        self.request.user.save(update_fields=["name"])
        messages.success(self.request, _("Your name has been saved."))
        return super().form_valid(form)


class EmailChangeView(LoginRequiredMixin, FormView):
    template_name = "weltoffen/account/email_change.html"
    form_class = EmailChangeForm
    success_url = reverse_lazy("account")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        new_email = form.cleaned_data["new_email"]
        decision = allow_mail(self.request, "email-change", new_email)
        if not decision:
            if not mail_refused(form, decision):
                form.add_error(None, TOO_MANY)
            return self.form_invalid(form)
        services.user_request_email_change(
            request=self.request, user=self.request.user, new_email=new_email
        )
        messages.success(
            self.request,
            _("We have sent a link to %(email)s. Your address changes once you follow it.")
            % {"email": new_email},
        )
        return super().form_valid(form)


class DataExportView(LoginRequiredMixin, View):
    def get(self, request):
        data = services.user_personal_data(request.user)
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2, default=str),
            content_type="application/json; charset=utf-8",
        )
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="meine-daten-{stamp}.json"'
        return response


class DeleteAccountView(LoginRequiredMixin, FormView):
    template_name = "weltoffen/account/delete.html"
    form_class = DeleteAccountForm
    success_url = reverse_lazy("home")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        blockers = services.deletion_blockers(self.request.user)
        return super().get_context_data(blockers=blockers, **kwargs)

    def form_valid(self, form):
        if services.deletion_blockers(self.request.user):
            return self.form_invalid(form)
        user = self.request.user
        logout(self.request)
        services.user_delete(user=user)
        messages.success(self.request, _("Your account and your personal data have been deleted."))
        return super().form_valid(form)


class RateLimitedPasswordResetView(PasswordResetView):
    """Django's password reset, but a flood of requests sends no flood of e-mails. The answer is
    the same either way (no account enumeration)."""

    def form_valid(self, form):
        decision = allow_mail(self.request, "password-reset", form.cleaned_data["email"])
        if decision:
            return super().form_valid(form)
        if mail_refused(form, decision):
            return self.form_invalid(form)
        return redirect(self.get_success_url())


class LoginView(auth_views.LoginView):
    """Without an explicit `next`, a user lands where the apps send them (the self-check for
    members of a municipality: see registry.login_destinations), else on LOGIN_REDIRECT_URL."""

    def get_default_redirect_url(self):
        user = self.request.user
        for destination in registry.login_destinations:
            url = destination(user)
            if url:
                return url
        return super().get_default_redirect_url()


class LogoutView(auth_views.LogoutView):
    """POST logs out with a message; GET (a typed address) asks with a button instead of 405."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "registration/logout_confirm.html")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You have been logged out."))
        return response
