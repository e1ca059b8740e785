"""No overbooking: many people ask for the last places at the same moment (PostgreSQL)."""

import pytest
from django.db import connection

from dialogues import services
from dialogues.models import Registration
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs a database server with concurrent writers (CI: PostgreSQL)",
    ),
]


def test_twelve_people_at_once_for_three_places_never_overbook(make_event):
    event = make_event("Begehrt", registration="platform", capacity=3)

    def job(number):
        return lambda: services.registration_create(
            event_id=event.pk,
            name=f"Person {number}",
            email=f"p{number}@example.org",
            people=1,
            needs="",
        )

    run_together([job(n) for n in range(12)])
    confirmed = Registration.objects.filter(event=event, status="confirmed")
    assert confirmed.count() == 3
    assert Registration.objects.filter(event=event, status="waiting").count() == 9

    # the first on the waiting list (by time of registration) moves up when someone cancels
    first_waiting = (
        Registration.objects.filter(event=event, status="waiting")
        .order_by("created_at", "pk")
        .first()
    )
    services.registration_cancel(registration=confirmed.first())
    first_waiting.refresh_from_db()
    assert first_waiting.status == "confirmed"
    assert Registration.objects.filter(event=event, status="confirmed").count() == 3
