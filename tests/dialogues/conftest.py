import re

import pytest
from django.core import mail
from django.utils import timezone

from dialogues.models import Registration
from tests.contacts.conftest import applicant, coordinator, other_coordinator  # noqa: F401


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


def add_registration(event, email, people=1, status="confirmed", **extra):
    """A registration as it is stored after the address was confirmed (unless told)."""
    now = timezone.now()
    confirmed = status in ("confirmed", "waiting")
    return Registration.objects.create(
        event=event,
        name=email.split("@")[0],
        email=email,
        people=people,
        status=status,
        consented_at=now,
        **{"confirmed_at": now if confirmed else None, **extra},
    )


CONFIRM_LINK = r"https?://\S+/dialoge/anmeldung/\S+/bestaetigen/"


def confirm_link_in(message):
    """The confirmation link of a confirmation request, as a path for the test client."""
    url = re.search(CONFIRM_LINK, message.body).group(0)
    return re.sub(r"^https?://[^/]+", "", url)


def register(client, event, **data):
    return client.post(f"/dialoge/{event.slug}/anmelden/", registration_data(**data))


def register_and_confirm(client, event, **data):
    """Registers and confirms with the link of the confirmation request, as people do."""
    response = register(client, event, **data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.post(confirm_link_in(mail.outbox[-1]))
