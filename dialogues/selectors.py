"""Reusable reads about events, also for the home page and the magazine's field pages."""

from datetime import datetime, time

from django.db.models import Exists, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from contacts.models import Municipality
from dialogues.constants import LANGUAGES_FEATURE, MODE_FILTERS
from dialogues.models import (
    FEATURES,
    Event,
    EventStatus,
    Registration,
    RegistrationStatus,
    takes_places,
)

FEATURE_FIELDS = {slug: name for name, (slug, _label) in FEATURES.items()}
# The next 100 events of a selection: weeks ahead for a region, what a calendar app shows.
FEED_LIMIT = 100


def upcoming_events(limit=3):
    """Teasers (home page): the next events that take place."""
    events = Event.objects.upcoming().exclude(status=EventStatus.CANCELLED)
    return list(events.for_cards()[:limit])


def upcoming_for_field(field, limit=3):
    events = Event.objects.upcoming().exclude(status=EventStatus.CANCELLED)
    return list(events.for_cards().filter(fields=field)[:limit])


def municipalities_with_events():
    has_events = Exists(Event.objects.published().filter(municipality=OuterRef("pk")))
    return Municipality.objects.filter(has_events).order_by("name")


def _day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def apply_filters(events, values):
    """Narrows a queryset of events by the valid values of EventFilterForm (all combinable)."""
    if municipality_id := values.get("gemeinde"):
        events = events.filter(municipality_id=municipality_id)
    if name := values.get("ort", "").strip():
        events = events.filter(municipality__name__icontains=name)
    if state := values.get("land"):
        events = events.filter(municipality__state=state)
    if event_format := values.get("format"):
        events = events.filter(format=event_format)
    if field := values.get("feld"):
        events = events.filter(fields=field)
    if mode := values.get("teilnahme"):
        events = events.filter(mode__in=MODE_FILTERS[mode][1])
    for feature in values.get("merkmal", []):
        if feature == LANGUAGES_FEATURE:
            events = events.exclude(languages="")
        else:
            events = events.filter(**{FEATURE_FIELDS[feature]: True})
    if start := values.get("von"):
        events = events.filter(ends_at__gte=_day_start(start))
    if end := values.get("bis"):
        events = events.filter(starts_at__lt=_day_start(end) + timezone.timedelta(days=1))
    return events


def with_seats_taken(events):
    """Adds `seats_taken` (confirmed people and live holds) to each event, as a subquery that
    PostgreSQL runs only for the rows of the page (a join with GROUP BY would add up every
    upcoming event first)."""
    seats = (
        Registration.objects.filter(takes_places(), event=OuterRef("pk"))
        .values("event")
        .annotate(total=Sum("people"))
        .values("total")
    )
    return events.annotate(seats_taken=Coalesce(Subquery(seats), 0)).defer("description")


def other_events_of(event, limit=3):
    return list(
        Event.objects.upcoming()
        .for_cards()
        .filter(municipality_id=event.municipality_id)
        .exclude(pk=event.pk)[:limit]
    )


def events_of_municipality(municipality):
    """All of the municipality's events, newest first, for its members' list."""
    events = Event.objects.filter(municipality=municipality).select_related("format")
    return with_registration_counts(events.order_by("-starts_at"))


def waiting_position(registration) -> int:
    """The registration's place on its event's waiting list (1 = next to move up): in the order
    the addresses were confirmed."""
    ahead = Q(confirmed_at__lt=registration.confirmed_at) | Q(
        confirmed_at=registration.confirmed_at, pk__lte=registration.pk
    )
    return registration.event.registrations.filter(ahead, status=RegistrationStatus.WAITING).count()


def with_registration_counts(events):
    """Adds confirmed and waiting people per event (one query), for the organisers' overview."""
    return events.annotate(
        confirmed_people=Sum(
            "registrations__people",
            filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
            default=0,
        ),
        waiting_people=Sum(
            "registrations__people",
            filter=Q(registrations__status=RegistrationStatus.WAITING),
            default=0,
        ),
    )


def seats_taken(event, *, now=None, excluding=None) -> int:
    """People confirmed or held by an unconfirmed registration whose hold is still running."""
    taken = event.registrations.filter(takes_places(now))
    if excluding is not None:
        taken = taken.exclude(pk=excluding.pk)
    return taken.aggregate(total=Sum("people"))["total"] or 0


def seats_free(event):
    """Free places (None: no limit), less the places unconfirmed registrations hold. People
    waiting never fit into them: they move up as soon as they do (with the next registration,
    confirmation or cancellation, or the periodic job that lets holds expire)."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - seats_taken(event))
