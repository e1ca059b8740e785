"""Joining a municipality, its team page with the coordinators' actions, and invitations."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView

from contacts import selectors, services
from contacts.current import SESSION_KEY
from contacts.forms import InviteForm, JoinForm, MunicipalitySearchForm, ProposeMunicipalityForm
from contacts.models import Membership, Municipality, MunicipalityDomain, Role
from weltoffen.forms import RegistrationForm
from weltoffen.models import User
from weltoffen.ratelimit import allow_mail
from weltoffen.tokens import TokenError


class JoinView(LoginRequiredMixin, TemplateView):
    """Search a municipality by name and ask to join it."""

    template_name = "contacts/join.html"

    def get_context_data(self, **kwargs):
        search = MunicipalitySearchForm(self.request.GET or None)
        results = None
        if search.is_valid() and search.cleaned_data["q"]:
            results = Municipality.objects.search(search.cleaned_data["q"])[:50]
        domain = self.request.user.email.rsplit("@", 1)[-1]
        suggested = [
            d.municipality
            for d in MunicipalityDomain.objects.filter(
                domain=domain, municipality__is_approved=True
            ).select_related("municipality")
        ]
        return super().get_context_data(
            search=search, results=results, suggested=suggested, **kwargs
        )

    def post(self, request):
        form = JoinForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors["municipality"][0])
            return redirect("contacts:join")
        try:
            membership = services.membership_request(
                user=request.user, municipality=form.cleaned_data["municipality"]
            )
        except services.MembershipError as error:
            messages.error(request, str(error))
            return redirect("contacts:join")
        messages.success(request, _success_message(membership))
        return redirect("account")


def _success_message(membership):
    name = membership.municipality.name
    if membership.status == "active":
        return _("Welcome: you are now a member of %(name)s.") % {"name": name}
    if membership.role == Role.COORDINATOR:
        return _(
            "%(name)s has no coordinator yet, so you have asked to coordinate it. A site "
            "admin will confirm this."
        ) % {"name": name}
    return _("Your request has been sent to the coordinators of %(name)s.") % {"name": name}


class ProposeView(LoginRequiredMixin, FormView):
    template_name = "contacts/propose.html"
    form_class = ProposeMunicipalityForm

    def form_valid(self, form):
        services.municipality_propose(user=self.request.user, **form.cleaned_data)
        messages.success(
            self.request,
            _(
                "Thank you. A site admin will check your proposal; you will then coordinate "
                "%(name)s on the platform."
            )
            % {"name": form.cleaned_data["name"]},
        )
        return redirect("account")


class SwitchMunicipalityView(LoginRequiredMixin, View):
    def post(self, request):
        try:
            municipality_id = int(request.POST.get("municipality", ""))
        except ValueError as error:
            raise Http404 from error
        selectors.active_membership(request.user, municipality_id)
        request.session[SESSION_KEY] = municipality_id
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, {request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("account")
        return redirect(next_url)


class TeamView(LoginRequiredMixin, TemplateView):
    """Members see their team; coordinators also decide requests and manage roles."""

    template_name = "contacts/team.html"

    def get_context_data(self, **kwargs):
        mine = selectors.active_membership(self.request.user, self.kwargs["pk"])
        return super().get_context_data(
            mine=mine,
            municipality=mine.municipality,
            team=selectors.team_of(mine.municipality),
            invite_form=InviteForm(),
            **kwargs,
        )


ACTIONS = {
    "annehmen": lambda m, request: services.membership_approve(
        membership=m, by=request.user, request=request
    ),
    "ablehnen": lambda m, request: services.membership_decline(membership=m, by=request.user),
    "entfernen": lambda m, request: services.membership_remove(membership=m),
    "koordination": lambda m, request: services.membership_set_role(
        membership=m, role=Role.COORDINATOR
    ),
    "mitglied": lambda m, request: services.membership_set_role(membership=m, role=Role.MEMBER),
}
DONE = {
    "annehmen": gettext_lazy("The request has been approved."),
    "ablehnen": gettext_lazy("The request has been declined."),
    "entfernen": gettext_lazy("The member has been removed."),
    "koordination": gettext_lazy("The role has been changed."),
    "mitglied": gettext_lazy("The role has been changed."),
}


class MembershipActionView(LoginRequiredMixin, View):
    def get(self, request, pk, membership_pk, action):
        return redirect("contacts:team", pk=pk)  # actions are buttons; a typed address lands here

    def post(self, request, pk, membership_pk, action):
        if action not in ACTIONS:
            raise Http404
        selectors.active_membership(request.user, pk, coordinator=True)
        membership = get_object_or_404(
            Membership.objects.select_related("user", "municipality"),
            pk=membership_pk,
            municipality_id=pk,
        )
        try:
            ACTIONS[action](membership, request)
        except services.MembershipError as error:
            messages.error(request, str(error))
            return redirect("contacts:team", pk=pk)
        messages.success(request, DONE[action])
        if membership.user_id == request.user.pk and action == "entfernen":
            return redirect("account")  # no longer in the team
        return redirect("contacts:team", pk=pk)


class InviteView(LoginRequiredMixin, View):
    def post(self, request, pk):
        mine = selectors.active_membership(request.user, pk, coordinator=True)
        form = InviteForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors["email"][0])
        elif not allow_mail(request, "invite", form.cleaned_data["email"]):
            messages.error(request, _("Too many invitations. Please try again in an hour."))
        else:
            try:
                services.invitation_send(
                    request=request,
                    municipality=mine.municipality,
                    email=form.cleaned_data["email"],
                    by=request.user,
                )
            except services.MembershipError as error:
                messages.error(request, str(error))
                return redirect("contacts:team", pk=pk)
            messages.success(
                request,
                _("The invitation has been sent to %(email)s.")
                % {"email": form.cleaned_data["email"]},
            )
        return redirect("contacts:team", pk=pk)


class InvitationView(View):
    """The link from an invitation e-mail: log in or register, then join at once."""

    template_name = "contacts/invitation.html"

    def dispatch(self, request, token):
        try:
            self.invitation = services.invitation_from_token(token)
        except TokenError as error:
            return render(request, self.template_name, {"error": str(error)}, status=400)
        return super().dispatch(request, token)

    def registration_form(self, data=None):
        form = RegistrationForm(data, initial={"email": self.invitation.email})
        form.fields["email"].disabled = True  # the link was sent to this address
        form.fields["email"].help_text = ""
        return form

    def render_page(self, form=None, status=200):
        # The holder of the link knows the address, so telling whether it has an account is safe.
        has_account = User.objects.filter(email__iexact=self.invitation.email).exists()
        if form is None and not self.request.user.is_authenticated and not has_account:
            form = self.registration_form()
        return render(
            self.request,
            self.template_name,
            {
                "invitation": self.invitation,
                "form": form,
                "has_account": has_account,
            },
            status=status,
        )

    def get(self, request, token):
        return self.render_page()

    def post(self, request, token):
        try:
            if request.user.is_authenticated:
                membership = services.invitation_accept(
                    invitation=self.invitation, user=request.user
                )
            else:
                form = self.registration_form(request.POST)
                if not form.is_valid():
                    return self.render_page(form, status=400)
                user = services.invitation_register(
                    invitation=self.invitation, password=form.cleaned_data["password1"]
                )
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                membership = user.memberships.get(municipality=self.invitation.municipality)
        except TokenError as error:
            return render(request, self.template_name, {"error": str(error)}, status=400)
        request.session[SESSION_KEY] = membership.municipality_id
        messages.success(
            request,
            _("Welcome: you are now a member of %(name)s.")
            % {"name": membership.municipality.name},
        )
        return redirect("contacts:team", pk=membership.municipality_id)
