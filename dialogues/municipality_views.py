"""Members of a municipality submit and edit their municipality's events and see who registered.
Everything is limited to the municipalities the user is an active member of (404 otherwise)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, TemplateView, UpdateView

from contacts.models import Role
from contacts.permissions import CurrentMembershipRequiredMixin, municipality_ids
from dialogues import exports, selectors, services
from dialogues.forms import MunicipalityEventForm
from dialogues.models import Event


class MembershipRequiredMixin(CurrentMembershipRequiredMixin):
    def no_membership(self):
        messages.info(self.request, _("Join your municipality's team first to submit its events."))
        return redirect("contacts:join")


class MyEventsView(MembershipRequiredMixin, TemplateView):
    template_name = "dialogues/mine.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            events=selectors.events_of_municipality(self.membership.municipality),
            municipality=self.membership.municipality,
            **kwargs,
        )


class EventCreateView(MembershipRequiredMixin, CreateView):
    form_class = MunicipalityEventForm
    template_name = "dialogues/event_form.html"

    def form_valid(self, form):
        services.event_submit(
            event=form.save(commit=False),
            save_m2m=form.save_m2m,
            municipality=self.membership.municipality,
            by=self.request.user,
        )
        messages.success(
            self.request,
            _(
                "Thank you! The editorial team checks the event and publishes it, usually "
                "within two working days."
            ),
        )
        return redirect("dialogues:mine")


class EventUpdateView(LoginRequiredMixin, UpdateView):
    form_class = MunicipalityEventForm
    template_name = "dialogues/event_form.html"

    def get_queryset(self):
        return Event.objects.filter(municipality_id__in=municipality_ids(self.request.user))

    def form_valid(self, form):
        event = form.save(commit=False)
        needs_review = services.member_edit_needs_review(event, form.changed_data)
        if needs_review:
            event.is_published = False
        services.event_save(event=event, save_m2m=form.save_m2m)
        if needs_review:
            messages.info(
                self.request,
                _(
                    "Saved. Because the content of a published event changed, the editorial team "
                    "checks it again before it is back online."
                ),
            )
        else:
            messages.success(self.request, _("The event has been saved."))
        return redirect("dialogues:mine")


class RegistrationsCsvView(LoginRequiredMixin, View):
    """The participants' details (needs may be health data): coordinators of the municipality
    and the member who submitted the event only."""

    def get(self, request, pk):
        events = Event.objects.filter(
            Q(municipality_id__in=municipality_ids(request.user, role=Role.COORDINATOR))
            | Q(municipality_id__in=municipality_ids(request.user), submitted_by=request.user)
        )
        event = get_object_or_404(events, pk=pk)
        return exports.registrations_csv([event], f"anmeldungen-{event.slug}.csv")
