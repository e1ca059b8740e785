"""No overbooking: many people ask for the last places at the same moment (PostgreSQL)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from dialogues import selectors, services
from dialogues.models import Registration
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs a database server with concurrent writers (CI: PostgreSQL)",
    ),
]


def registering(event, number, people=1):
    return lambda: services.registration_create(
        event_id=event.pk,
        name=f"Person {number}",
        email=f"p{number}@example.org",
        people=people,
        needs="",
    )


def confirming(registration):
    return lambda: services.registration_confirm(registration=registration)


def places_taken(event):
    event.refresh_from_db()
    return selectors.seats_taken(event)


def test_twelve_people_at_once_for_three_places_never_overbook(make_event):
    event = make_event("Begehrt", registration="platform", capacity=3)
    run_together([registering(event, n) for n in range(12)])
    pending = Registration.objects.filter(event=event, status="pending")
    assert pending.count() == 12 and pending.filter(holds_places=True).count() == 3
    assert places_taken(event) == 3

    # all confirm at the same moment: the three holds get the places, nine wait
    run_together([confirming(r) for r in pending])
    confirmed = Registration.objects.filter(event=event, status="confirmed")
    assert confirmed.count() == 3
    assert Registration.objects.filter(event=event, status="waiting").count() == 9
    assert set(confirmed.values_list("holds_places", flat=True)) == {True}

    # the first on the waiting list (by time of confirmation) moves up when someone cancels
    first_waiting = (
        Registration.objects.filter(event=event, status="waiting")
        .order_by("confirmed_at", "pk")
        .first()
    )
    services.registration_cancel(registration=confirmed.first())
    first_waiting.refresh_from_db()
    assert first_waiting.status == "confirmed"
    assert Registration.objects.filter(event=event, status="confirmed").count() == 3


def expired_holds(event, count):
    for number in range(count):
        registering(event, 100 + number)()
    Registration.objects.filter(event=event).update(
        hold_until=timezone.now() - timedelta(minutes=1)
    )
    return list(Registration.objects.filter(event=event))


def test_expired_holds_free_their_places_for_parallel_registrations(make_event):
    event = make_event("Wieder frei", registration="platform", capacity=3)
    expired_holds(event, 3)
    jobs = [registering(event, n) for n in range(10)]
    jobs.append(lambda: services.registration_holds_expire())
    run_together(jobs)
    new = Registration.objects.filter(email__in=[f"p{n}@example.org" for n in range(10)])
    assert new.filter(status="pending", holds_places=True).count() == 3
    assert places_taken(event) == 3
    assert Registration.objects.filter(event=event, status="expired").count() == 3


def test_late_confirmations_racing_new_registrations_never_overbook(make_event):
    event = make_event("Gedränge", registration="platform", capacity=3)
    late = expired_holds(event, 3)
    jobs = [confirming(r) for r in late] + [registering(event, n) for n in range(6)]
    jobs.append(lambda: services.registration_holds_expire())
    run_together(jobs)
    assert places_taken(event) == 3  # every place used, none twice
    confirmed = Registration.objects.filter(event=event, status="confirmed").count()
    waiting = Registration.objects.filter(event=event, status="waiting").count()
    assert confirmed + waiting <= 3  # only the late ones (unless the job let them lapse first)
