from datetime import timedelta

import pytest
from django.utils import timezone

from dialogues.models import Event, EventFormat, Registration
from tests.contacts.conftest import applicant, coordinator, other_coordinator  # noqa: F401
from weltoffen.models import Field


@pytest.fixture
def make_event(db, town):
    def make(
        title="Bürgerdialog im Rathaus",
        *,
        fields=("zusammenhalt-und-begegnung",),
        days=7,
        municipality=None,
        format_slug="buergerdialog",
        hours=2,
        **extra,
    ):
        starts = extra.pop("starts_at", None) or timezone.now() + timedelta(days=days)
        values = {
            "slug": f"veranstaltung-{Event.objects.count() + 1}",
            "description": "<p>Wir sprechen über das Zusammenleben.</p>",
            "organiser_name": "Integrationsbüro",
            "venue_name": "Rathaus",
            "address": "Marktplatz 1\n12345 Musterstadt",
            "is_published": True,
            **extra,
        }
        event = Event.objects.create(
            title=title,
            format=EventFormat.objects.get(slug=format_slug),
            municipality=municipality or town,
            starts_at=starts,
            ends_at=starts + timedelta(hours=hours),
            **values,
        )
        event.fields.set(Field.objects.filter(slug__in=fields))
        return event

    return make


@pytest.fixture
def platform_event(make_event):
    return make_event(
        "Dialogforum Nachbarschaft",
        registration="platform",
        capacity=3,
        mode="hybrid",
        online_url="https://meeting.example.org/geheim-123",
    )


def registration_data(**extra):
    return {
        "name": "Alex Beispiel",
        "email": "alex@example.org",
        "people": "1",
        "needs": "",
        "consent": "on",
        **extra,
    }


def add_registration(event, email, people=1, status="confirmed"):
    return Registration.objects.create(
        event=event,
        name=email.split("@")[0],
        email=email,
        people=people,
        status=status,
        consented_at=timezone.now(),
    )
