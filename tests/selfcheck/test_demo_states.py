"""The demo shows a reopened round and an overdue measure (issue 15, demo data)."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from contacts.models import Municipality
from selfcheck.models import Measure, RoundEvent

pytestmark = pytest.mark.django_db


@override_settings(SECURE_HTTPS=False)
def test_the_demo_has_a_reopened_round_and_an_overdue_measure(client):
    call_command("load_demo")
    town = Municipality.objects.get(name="Musterstadt (Demo)")
    reopened = RoundEvent.objects.get(round__municipality=town, kind="reopened")
    assert reopened.round.is_completed  # completed again after the reopening
    assert reopened.round.events.count() == 3
    overdue = [m for m in Measure.objects.filter(municipality=town) if m.is_overdue]
    assert len(overdue) == 1
    coordinator = town.memberships.coordinators().get().user
    client.force_login(coordinator)
    result = client.get(f"/selbstcheck/runde/{reopened.round.pk}/ergebnis/").content.decode()
    assert reopened.reason in result
    plan = client.get("/selbstcheck/massnahmen/").content.decode()
    assert "badge-overdue" in plan
    history = client.get(f"/selbstcheck/massnahmen/{overdue[0].pk}/").content.decode()
    assert "Status: offen → in Arbeit" in history
