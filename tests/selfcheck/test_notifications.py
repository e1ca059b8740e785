"""E-mails for what a member must act on: fields assigned to them (only newly assigned ones), a
new round (to the team but its starter), a completed round (with the link to the result). Each
once, to members of that municipality only, naming people by name, never by address."""

import pytest
from django.conf import settings

from selfcheck import services
from weltoffen.models import Field

from .conftest import join

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(town, other_town, coordinator, colleague, user_factory):
    coordinator.name = "Clara Koordinatorin"
    coordinator.save()
    third = join(user_factory(email="dritte@musterstadt.example.org", name="Dora Dritte"), town)
    stranger = join(user_factory(email="fremd@beispielhausen.example.org"), other_town)
    return coordinator, colleague, third, stranger


def recipients(mails):
    return sorted(address for mail in mails for address in mail.to)


def no_addresses_in_text(mail):
    return "@" not in mail.subject and "@" not in mail.body


def test_a_new_round_is_announced_to_the_team_but_not_its_starter(
    town, team, version, mailoutbox, django_capture_on_commit_callbacks
):
    coordinator, colleague, third, _stranger = team
    with django_capture_on_commit_callbacks(execute=True):
        round_ = services.round_start(municipality=town, user=coordinator, title="Check & 2026")
    assert recipients(mailoutbox) == sorted([colleague.email, third.email])
    for mail in mailoutbox:
        assert "Clara Koordinatorin" in mail.body and "Check & 2026" in mail.subject
        assert settings.SITE_URL + round_.get_absolute_url() in mail.body
        assert no_addresses_in_text(mail) and "&amp;" not in mail.subject + mail.body


def test_a_second_round_refused_sends_nothing(
    town, team, round_, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.SelfCheckError):
        services.round_start(municipality=town, user=team[1], title="Noch eine")
    assert mailoutbox == []


def test_a_completed_round_is_announced_with_the_link_to_its_result(
    client, team, round_, mailoutbox, django_capture_on_commit_callbacks
):
    coordinator, colleague, third, _stranger = team
    mailoutbox.clear()
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/selbstcheck/runde/{round_.pk}/abschliessen/", {"confirm": "1"})
    assert response.status_code == 302
    assert recipients(mailoutbox) == sorted([colleague.email, third.email])
    result = f"{settings.SITE_URL}/selbstcheck/runde/{round_.pk}/ergebnis/"
    assert all(result in mail.body and no_addresses_in_text(mail) for mail in mailoutbox)
    assert all("Clara Koordinatorin" in mail.body for mail in mailoutbox)


def test_members_hear_of_fields_newly_assigned_to_them_once(
    client, team, round_, mailoutbox, django_capture_on_commit_callbacks
):
    coordinator, colleague, third, stranger = team
    first, second, third_field = Field.objects.order_by("number")[:3]
    mailoutbox.clear()
    client.force_login(coordinator)
    url = f"/selbstcheck/runde/{round_.pk}/zustaendigkeiten/"

    def save(picks):
        data = {f"field-{field.pk}": [str(u.pk) for u in users] for field, users in picks.items()}
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, data).status_code == 302

    save({first: [colleague, stranger], second: [colleague]})  # the stranger is ignored
    (mail,) = mailoutbox
    assert mail.to == [colleague.email] and no_addresses_in_text(mail)
    assert f"1. {first.name}" in mail.body and f"2. {second.name}" in mail.body
    assert "Clara Koordinatorin" in mail.body
    assert f"/selbstcheck/runde/{round_.pk}/feld/{first.slug}/" in mail.body

    mailoutbox.clear()
    save({first: [colleague], second: [colleague]})  # saved again unchanged: nothing
    assert mailoutbox == []

    save({first: [colleague], second: [colleague], third_field: [colleague, third]})
    assert recipients(mailoutbox) == sorted([colleague.email, third.email])
    for mail in mailoutbox:
        assert f"3. {third_field.name}" in mail.body and first.name not in mail.body
