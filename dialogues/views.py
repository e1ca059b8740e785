"""Dialogue events for citizens: list with filters, archive, detail, calendar files and
registration."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from dialogues import ical, selectors, services
from dialogues.filters import EventFilterForm
from dialogues.forms import RegistrationForm
from dialogues.models import ENDED, Event, Registration, RegistrationStatus
from weltoffen import ratelimit
from weltoffen.pagination import ForgivingPaginationMixin

PAGE_SIZE = 20
REGISTERED = gettext_lazy("We have sent an e-mail to %(email)s.")


def filter_form(request):
    return EventFilterForm(
        request.GET or None, municipalities=selectors.municipalities_with_events()
    )


def filter_query(form):
    """The valid filters as a query string, for pagination, the feed and sharing."""
    values = form.valid_values() if form.is_bound else {}
    pairs = []
    for name, value in values.items():
        if name == "merkmal":
            pairs += [(name, item) for item in value]
        else:
            pairs.append((name, getattr(value, "slug", None) or getattr(value, "pk", value)))
    return urlencode(pairs)


class EventListView(ForgivingPaginationMixin, ListView):
    """Upcoming events soonest first (or the archive, newest first), filtered through the URL."""

    template_name = "dialogues/index.html"
    paginate_by = PAGE_SIZE
    archive = False
    shared_max_age = 10  # the cards say "fully booked": places change with every registration

    def get_queryset(self):
        self.form = filter_form(self.request)
        events = Event.objects.past() if self.archive else Event.objects.upcoming()
        values = self.form.valid_values() if self.form.is_bound else {}
        return selectors.with_seats_taken(selectors.apply_filters(events.for_cards(), values))

    def get_context_data(self, **kwargs):
        query = filter_query(self.form)
        feed_url = self.request.build_absolute_uri(reverse("dialogues:feed"))
        feed_url += f"?{query}" if query else ""
        return super().get_context_data(
            form=self.form,
            archive=self.archive,
            query=query,
            page_query=f"{query}&" if query else "",
            filtered=bool(query),
            feed_url=feed_url,
            webcal_url="webcal://" + feed_url.split("://", 1)[1],
            feed_limit=selectors.FEED_LIMIT,
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        response.shared_max_age = self.shared_max_age  # weltoffen.middleware.CacheHeadersMiddleware
        return response


class EventDetailView(DetailView):
    template_name = "dialogues/event.html"
    context_object_name = "event"

    def get_queryset(self):
        events = Event.objects.select_related("format", "municipality").prefetch_related("fields")
        return events if self.request.user.is_staff else events.published()

    def get_context_data(self, **kwargs):
        event = self.object
        return super().get_context_data(
            seats_free=selectors.seats_free(event) if event.uses_platform_registration else None,
            form=kwargs.pop("form", None) or RegistrationForm(event=event),
            others=selectors.other_events_of(event),
            map_url="https://www.openstreetmap.org/search?"
            + urlencode({"query": " ".join(event.address.split())}),
            **kwargs,
        )


# Calendar apps fetch a subscription every hour or so: the nginx front may keep a feed this long.
FEED_MAX_AGE = 15 * 60


def calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class EventCalendarView(View):
    """The .ics of one event ("In meinen Kalender")."""

    def get(self, request, slug):
        event = get_object_or_404(Event.objects.published().select_related("format"), slug=slug)
        return calendar_response(ical.calendar_bytes([event]), f"{event.slug}.ics")


class FeedView(View):
    """A subscribable calendar of the upcoming events of any filter combination."""

    def get(self, request):
        form = filter_form(request)
        if form.is_bound and not form.is_valid():
            return HttpResponse(
                _("Unknown filter in the calendar address."), status=400, content_type="text/plain"
            )
        values = form.cleaned_data if form.is_bound else {}
        events = Event.objects.upcoming().select_related("format")
        content = ical.calendar_bytes(
            selectors.apply_filters(events, values)[: selectors.FEED_LIMIT],
            name=_("Dialogue events – Weltoffene Kommune"),
            short=True,
        )
        response = calendar_response(content, "dialoge.ics")
        response.shared_max_age = FEED_MAX_AGE
        return response


class RegisterView(View):
    """Registration on the platform (double opt-in): the e-mail asks to confirm. The answer is
    the same whether the address was registered before (no one learns who is)."""

    def get(self, request, slug):
        event = get_object_or_404(Event.objects.published(), slug=slug)
        return redirect(event.get_absolute_url() + "#anmeldung")

    def post(self, request, slug):
        event = get_object_or_404(Event.objects.published(), slug=slug)
        form = RegistrationForm(request.POST, event=event)
        if form.is_bot():  # the hidden field people never see was filled: store nothing
            form.add_error(None, _("Please leave the last, hidden field empty and send again."))
        elif form.is_valid():
            try:
                services.registration_submit(
                    event=event, client=ratelimit.client_ip(request), **form.registration_data()
                )
            except services.RegistrationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, REGISTERED % {"email": form.cleaned_data["email"]})
                # "#main": the page starts at its heading (a redirect would keep "#anmeldung")
                return redirect(reverse("dialogues:registered", args=[event.slug]) + "#main")
        return self.invalid(request, event, form)

    def invalid(self, request, event, form):
        detail = EventDetailView()
        detail.setup(request, slug=event.slug)
        detail.object = detail.get_object()
        return detail.render_to_response(detail.get_context_data(form=form))


@method_decorator(never_cache, name="dispatch")
class RegisteredView(TemplateView):
    """After registering: what happens next. The same page for every address (it says nothing
    about earlier registrations)."""

    template_name = "dialogues/registered.html"

    def get_context_data(self, **kwargs):
        event = get_object_or_404(Event.objects.published(), slug=self.kwargs["slug"])
        return super().get_context_data(
            event=event, hold_minutes=settings.EVENT_REGISTRATION_HOLD_MINUTES, **kwargs
        )


@method_decorator(never_cache, name="dispatch")  # personal data: never in any cache
class RegistrationView(TemplateView):
    """The personal page behind the link in the e-mail: its state, confirming, cancelling."""

    template_name = "dialogues/registration.html"

    def get_registration(self):
        return get_object_or_404(
            Registration.objects.select_related("event", "event__municipality"),
            token=self.kwargs["token"],
        )

    def get_context_data(self, **kwargs):
        registration = self.get_registration()
        waiting = registration.status == RegistrationStatus.WAITING
        position = selectors.waiting_position(registration) if waiting else None
        return super().get_context_data(
            registration=registration,
            event=registration.event,
            position=position,
            statuses=RegistrationStatus,
            **kwargs,
        )

    def post(self, request, token):
        registration = self.get_registration()
        if registration.event.is_past:
            messages.error(request, _("The event is over; there is nothing to cancel."))
        elif registration.status not in ENDED:
            services.registration_cancel(registration=registration)
            messages.success(
                request, _("Your registration has been cancelled. Thank you for letting us know.")
            )
        return redirect(registration)


class RegistrationConfirmView(RegistrationView):
    """The link in the e-mail: GET shows the page with the button, POST confirms (mail scanners
    that open links confirm nothing)."""

    def post(self, request, token):
        registration = self.get_registration()
        if registration.status == RegistrationStatus.PENDING:
            try:
                registration = services.registration_confirm(registration=registration)
            except services.RegistrationError as error:
                messages.error(request, str(error))
            else:
                # confirmed just now, or lapsed/cancelled meanwhile (the personal page says so)
                if registration.status in (
                    RegistrationStatus.CONFIRMED,
                    RegistrationStatus.WAITING,
                ):
                    messages.success(request, confirmed_message(registration))
        return redirect(registration)


def confirmed_message(registration):
    if registration.status == RegistrationStatus.CONFIRMED:
        return _(
            "Thank you: your registration is confirmed. The e-mail with the calendar entry "
            "is on its way."
        )
    position = selectors.waiting_position(registration)
    if registration.confirmed_late:
        return _(
            "Thank you: your address is confirmed. The places were held for you only until "
            "%(time)s o'clock and the event is fully booked now, so you are on the waiting list "
            "(place %(position)d)."
        ) % {
            "time": formats.time_format(timezone.localtime(registration.hold_until)),
            "position": position,
        }
    return _(
        "Thank you: your address is confirmed. The event is fully booked, so you are on the "
        "waiting list (place %(position)d)."
    ) % {"position": position}
