"""Members of a municipality submit and edit their municipality's events and see who registered.
Everything is limited to the municipalities the user is an active member of (404 otherwise)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import IntegrityError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, TemplateView, UpdateView

from contacts.current import current_membership_for
from contacts.models import MembershipStatus, Role
from dialogues import exports, selectors, services
from dialogues.forms import MunicipalityEventForm
from dialogues.models import Event


def events_of_my_municipalities(user):
    return Event.objects.filter(
        municipality__memberships__user=user,
        municipality__memberships__status=MembershipStatus.ACTIVE,
    )


class MembershipRequiredMixin(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.membership = current_membership_for(request)
        if self.membership is None:
            messages.info(request, _("Join your municipality's team first to submit its events."))
            return redirect("contacts:join")
        return super().dispatch(request, *args, **kwargs)


class MyEventsView(MembershipRequiredMixin, TemplateView):
    template_name = "dialogues/mine.html"

    def get_context_data(self, **kwargs):
        events = (
            Event.objects.filter(municipality=self.membership.municipality)
            .select_related("format")
            .order_by("-starts_at")
        )
        return super().get_context_data(
            events=selectors.with_registration_counts(events),
            municipality=self.membership.municipality,
            **kwargs,
        )


class EventCreateView(MembershipRequiredMixin, CreateView):
    form_class = MunicipalityEventForm
    template_name = "dialogues/event_form.html"

    def form_valid(self, form):
        event = form.save(commit=False)
        event.municipality = self.membership.municipality
        event.submitted_by = self.request.user
        event.is_published = False
        for _attempt in range(3):  # two members may submit the same title at the same moment
            event.slug = services.unique_slug(event.title)
            try:
                services.event_save(event=event, save_m2m=form.save_m2m)
                break
            except IntegrityError:
                event.pk = None
        else:
            raise IntegrityError("no free address for the event")
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
        return events_of_my_municipalities(self.request.user)

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
        member = {
            "municipality__memberships__user": request.user,
            "municipality__memberships__status": MembershipStatus.ACTIVE,
        }
        # one filter() call: the role condition is about the same membership row as the user's
        events = Event.objects.filter(
            Q(**member, municipality__memberships__role=Role.COORDINATOR)
            | Q(**member, submitted_by=request.user)
        )
        event = get_object_or_404(events.distinct(), pk=pk)
        return exports.registrations_csv([event], f"anmeldungen-{event.slug}.csv")
