import pytest
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


def add_registration(event, email, people=1, status="confirmed"):
    return Registration.objects.create(
        event=event,
        name=email.split("@")[0],
        email=email,
        people=people,
        status=status,
        consented_at=timezone.now(),
    )
