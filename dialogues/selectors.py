"""Reusable reads about events, also for the home page and the magazine's field pages."""

from datetime import datetime, time

from django.db.models import Exists, OuterRef, Q, Sum
from django.utils import timezone

from contacts.models import Municipality
from dialogues.forms import LANGUAGES_FEATURE, MODE_FILTERS
from dialogues.models import FEATURES, Event, RegistrationStatus

FEATURE_FIELDS = {slug: name for name, (slug, _label) in FEATURES.items()}
FEED_LIMIT = 500


def upcoming_events(limit=3):
    return list(Event.objects.upcoming().for_cards()[:limit])


def upcoming_for_field(field, limit=3):
    return list(Event.objects.upcoming().for_cards().filter(fields=field)[:limit])


def municipalities_with_events():
    has_events = Exists(Event.objects.published().filter(municipality=OuterRef("pk")))
    return Municipality.objects.filter(has_events).order_by("name")


def _day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def apply_filters(events, values):
    """Narrows a queryset of events by the valid values of EventFilterForm (all combinable)."""
    if municipality := values.get("gemeinde"):
        events = events.filter(municipality=municipality)
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
    """Adds `seats_taken` (confirmed people) to each event in one query."""
    confirmed = Q(registrations__status=RegistrationStatus.CONFIRMED)
    return events.annotate(seats_taken=Sum("registrations__people", filter=confirmed, default=0))


def other_events_of(event, limit=3):
    return list(
        Event.objects.upcoming()
        .for_cards()
        .filter(municipality_id=event.municipality_id)
        .exclude(pk=event.pk)[:limit]
    )


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
