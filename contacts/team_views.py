"""Joining a municipality, its team page with the coordinators' actions, and invitations."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from contacts import selectors, services
from contacts.current import SESSION_KEY
from contacts.forms import (
    InvitationRegistrationForm,
    InviteForm,
    JoinForm,
    MunicipalitySearchForm,
    ProposeMunicipalityForm,
)
from contacts.models import Invitation, Membership, MembershipStatus, Role
from contacts.permissions import MunicipalityMemberRequiredMixin, membership_or_404
from weltoffen.ratelimit import allow_mail, refusal
from weltoffen.tokens import TokenError


class JoinView(LoginRequiredMixin, TemplateView):
    """Search a municipality by name and ask to join it."""

    template_name = "contacts/join.html"

    def get_context_data(self, **kwargs):
        search = MunicipalitySearchForm(self.request.GET or None)
        results = None
        if search.is_valid() and search.cleaned_data["q"]:
            results = selectors.municipality_search(search.cleaned_data["q"])
        return super().get_context_data(
            search=search,
            results=results,
            suggested=selectors.suggested_municipalities(self.request.user),
            **kwargs,
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
    if membership.status == MembershipStatus.ACTIVE:
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
        membership = membership_or_404(request.user, request.POST.get("municipality"))
        request.session[SESSION_KEY] = membership.municipality_id
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, {request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("account")
        return redirect(next_url)


class TeamView(MunicipalityMemberRequiredMixin, TemplateView):
    """Members see their team; coordinators also decide requests and manage roles."""

    template_name = "contacts/team.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            mine=self.membership,
            municipality=self.municipality,
            team=selectors.team_of(self.municipality),
            roles=Role,
            statuses=MembershipStatus,
            invite_form=InviteForm(),
            invitations=selectors.pending_invitations(self.municipality)
            if self.membership.is_coordinator
            else [],
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
        membership_or_404(request.user, pk, role=Role.COORDINATOR)
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


TOO_MANY_INVITATIONS = gettext_lazy("Too many invitations. Please try again in an hour.")


class InviteView(MunicipalityMemberRequiredMixin, View):
    municipality_role = Role.COORDINATOR

    def post(self, request, pk):
        form = InviteForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors["email"][0])
        elif not (decision := allow_mail(request, "invite", form.cleaned_data["email"])):
            messages.error(request, refusal(decision, TOO_MANY_INVITATIONS))
        else:
            try:
                services.invitation_send(
                    request=request,
                    municipality=self.municipality,
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


class InvitationActionView(MunicipalityMemberRequiredMixin, View):
    """A coordinator sends a pending invitation again or withdraws it."""

    municipality_role = Role.COORDINATOR

    def get(self, request, pk, invitation_pk, action):
        return redirect("contacts:team", pk=pk)  # actions are buttons

    def post(self, request, pk, invitation_pk, action):
        invitation = get_object_or_404(
            Invitation.objects.select_related("municipality"), pk=invitation_pk, municipality_id=pk
        )
        try:
            if action == "zurueckziehen":
                services.invitation_withdraw(invitation=invitation)
                done = _("The invitation to %(email)s has been withdrawn.")
            elif action != "erneut-senden":
                raise Http404
            elif not (decision := allow_mail(request, "invite", invitation.email)):
                raise services.MembershipError(refusal(decision, TOO_MANY_INVITATIONS))
            else:
                services.invitation_resend(request=request, invitation=invitation, by=request.user)
                done = _("The invitation has been sent to %(email)s.")
        except services.MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done % {"email": invitation.email})
        return redirect("contacts:team", pk=pk)


@method_decorator(never_cache, name="dispatch")  # a personal link: never in a shared cache
class InvitationView(View):
    """The link from an invitation e-mail: log in or register, then join at once."""

    template_name = "contacts/invitation.html"

    def dispatch(self, request, token):
        try:
            self.invitation = services.invitation_from_token(token)
            return super().dispatch(request, token)
        except TokenError as error:
            return render(request, self.template_name, {"error": str(error)}, status=400)

    def get(self, request, token):
        return self.render_page(None)

    def post(self, request, token):
        form = None
        if not request.user.is_authenticated:
            form = InvitationRegistrationForm(request.POST, invitation=self.invitation)
            if not form.is_valid():
                return self.render_page(form, status=400)
        membership = services.invitation_join(
            invitation=self.invitation,
            user=None if form is not None else request.user,
            password=form.cleaned_data["password1"] if form is not None else "",
            name=form.cleaned_data["name"] if form is not None else "",
        )
        if form is not None:  # registered just now
            login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
        request.session[SESSION_KEY] = membership.municipality_id
        name = membership.municipality.name
        messages.success(request, _("Welcome: you are now a member of %(name)s.") % {"name": name})
        return redirect("contacts:team", pk=membership.municipality_id)

    def render_page(self, form, status=200):
        # The holder of the link knows the address, so telling whether it has an account is safe.
        has_account = selectors.has_account(self.invitation.email)
        if form is None and not self.request.user.is_authenticated and not has_account:
            form = InvitationRegistrationForm(invitation=self.invitation)
        context = {"invitation": self.invitation, "form": form, "has_account": has_account}
        return render(self.request, self.template_name, context, status=status)
