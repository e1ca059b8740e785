"""Registrations are double opt-in: invented addresses hold places for a while only, the link in
the e-mail confirms, and the pages say what happens next (issue 14, items 2 and 3)."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from dialogues.models import Registration
from tests.dialogues.conftest import (
    add_registration,
    confirm_link_in,
    register,
    register_and_confirm,
)

pytestmark = pytest.mark.django_db


def run_out(*registrations):
    """Time passes: the holds of these (or all) unconfirmed registrations have run out."""
    pending = Registration.objects.filter(status="pending")
    if registrations:
        pending = pending.filter(pk__in=[r.pk for r in registrations])
    pending.update(hold_until=timezone.now() - timedelta(minutes=1))


def test_invented_addresses_no_longer_book_out_an_event(client, make_event):
    event = make_event("Beliebt", registration="platform", capacity=8)
    for number in range(2):  # four people each: all eight places
        register(client, event, email=f"erfunden{number}@nirgendwo.example", people="4")
    assert Registration.objects.filter(status="pending").count() == 2
    assert "Ausgebucht." in client.get(event.get_absolute_url()).content.decode()
    register_and_confirm(client, event, email="echt@example.org", people="2")
    real = Registration.objects.get(email="echt@example.org")
    assert real.status == "waiting"

    run_out()
    # the holds stop counting at once, before the job runs
    assert "8 Plätze frei." in client.get(event.get_absolute_url()).content.decode()
    mail.outbox.clear()
    call_command("expire_registration_holds")
    real.refresh_from_db()
    assert real.status == "confirmed"
    assert [m.to for m in mail.outbox] == [["echt@example.org"]]
    assert "frei geworden" in mail.outbox[0].subject
    assert set(Registration.objects.values_list("status", flat=True)) == {"expired", "confirmed"}
    call_command("expire_registration_holds")  # idempotent: nothing more happens
    assert len(mail.outbox) == 1
    assert "6 Plätze frei." in client.get(event.get_absolute_url()).content.decode()


def test_a_lapsed_address_may_register_again_and_lapsed_data_goes_after_a_week(
    client, platform_event
):
    register(client, platform_event)
    run_out()
    call_command("expire_registration_holds")
    lapsed = Registration.objects.get()
    page = client.get(lapsed.get_absolute_url()).content.decode()
    assert "nicht rechtzeitig bestätigt" in page and "Erneut anmelden" in page
    register_and_confirm(client, platform_event)
    assert Registration.objects.get(status="confirmed").email == "alex@example.org"
    Registration.objects.filter(pk=lapsed.pk).update(hold_until=timezone.now() - timedelta(days=8))
    call_command("expire_registration_holds")
    assert not Registration.objects.filter(pk=lapsed.pk).exists()


def test_the_link_shows_a_button_and_only_the_button_confirms(client, platform_event):
    register(client, platform_event, people="2")
    request = mail.outbox[-1]
    assert request.subject.startswith("Bitte bestätigen Sie Ihre Anmeldung: ")
    registration = Registration.objects.get()
    deadline = timezone.localtime(registration.hold_until).strftime("%H:%M")
    assert f"bis {deadline} Uhr" in request.body
    path = confirm_link_in(request)
    page = client.get(path).content.decode()  # what a mail scanner does
    assert "Meine Anmeldung bestätigen" in page and f"bis {deadline} Uhr" in page
    registration.refresh_from_db()
    assert registration.status == "pending"

    response = client.post(path)
    assert response.status_code == 302 and response.url == registration.get_absolute_url()
    registration.refresh_from_db()
    assert registration.status == "confirmed" and registration.confirmed_at
    assert "Anmeldung bestätigt" in mail.outbox[-1].subject
    page = client.get(response.url).content.decode()
    assert "Ihre Anmeldung ist bestätigt" in page  # the message after confirming
    assert "Meine Anmeldung bestätigen" not in page
    sent = len(mail.outbox)
    client.post(path)  # twice: nothing changes, no second mail
    assert len(mail.outbox) == sent
    assert client.get("/dialoge/anmeldung/gefaelscht/bestaetigen/").status_code == 404
    assert client.post("/dialoge/anmeldung/gefaelscht/bestaetigen/").status_code == 404


def test_confirming_after_the_hold_gets_free_places_or_the_waiting_list(client, make_event):
    event = make_event("Knapp", registration="platform", capacity=2)
    register(client, event, email="spaet@example.org")
    run_out()
    client.post(confirm_link_in(mail.outbox[-1]))  # the places are still free: confirmed
    assert Registration.objects.get(email="spaet@example.org").status == "confirmed"

    register(client, event, email="zu-spaet@example.org")  # holds the last place ...
    too_late_path = confirm_link_in(mail.outbox[-1])
    run_out()  # ... for a while only: someone else takes it
    register_and_confirm(client, event, email="schnell@example.org")
    assert Registration.objects.get(email="schnell@example.org").status == "confirmed"
    response = client.post(too_late_path, follow=True)
    too_late = Registration.objects.get(email="zu-spaet@example.org")
    assert too_late.status == "waiting"
    page = response.content.decode()
    deadline = timezone.localtime(too_late.hold_until).strftime("%H:%M")
    assert f"nur bis {deadline} Uhr für Sie freigehalten" in page  # it says why
    assert "Auf der Warteliste (Platz 1)" in page
    assert "Warteliste" in mail.outbox[-1].subject


def test_the_waiting_list_moves_up_before_a_late_confirmation_takes_the_place(client, make_event):
    event = make_event("Fair", registration="platform", capacity=2)
    register(client, event, email="haelt@example.org", people="2")
    holder_path = confirm_link_in(mail.outbox[-1])
    register_and_confirm(client, event, email="wartet@example.org")
    assert Registration.objects.get(email="wartet@example.org").status == "waiting"
    run_out()
    client.post(holder_path)  # confirms late: the one waiting comes first
    assert Registration.objects.get(email="wartet@example.org").status == "confirmed"
    assert Registration.objects.get(email="haelt@example.org").status == "waiting"


def test_largest_group_is_set_per_event(client, make_event):
    event = make_event("Kleine Runde", registration="platform", capacity=20, max_group_size=2)
    page = client.get(event.get_absolute_url()).content.decode()
    (people_input,) = re.findall(r"<input[^>]+name=\"people\"[^>]*>", page)
    assert 'type="number"' in people_input and 'max="2"' in people_input
    assert 'min="1"' in people_input
    response = register(client, event, people="3")
    assert "höchstens 2 Personen gemeinsam" in response.content.decode()
    assert not Registration.objects.exists() and not mail.outbox
    register(client, event, people="2")
    assert Registration.objects.get().people == 2


def test_the_default_largest_group_is_smaller_than_ten(client, platform_event):
    assert platform_event.max_group_size == 4
    response = register(client, platform_event, people="10")
    assert "höchstens 4 Personen gemeinsam" in response.content.decode()


def test_the_confirmation_request_carries_the_name_as_text_and_nothing_else_typed(
    client, platform_event
):
    name = "Gewinn auf https://boese.example"
    needs = "Bitte www.werbung.example besuchen"
    register(client, platform_event, name=name, needs=needs)
    message = mail.outbox[-1]
    html = message.alternatives[0].content
    assert f"Guten Tag {name}," in message.body
    assert f"Guten Tag {name}," in html  # as text ...
    assert "boese.example</a>" not in html and 'href="https://boese' not in html  # ... no link
    assert "werbung" not in message.body + html  # the needs text is not in it
    assert not message.attachments  # no calendar entry (it would carry the event's details)
    links = re.findall(r'<a href="([^"]+)"', html)
    assert any("/bestaetigen/" in link for link in links)  # the platform's own links work
    assert all(link.startswith("http://127.0.0.1:8000/") for link in links), links


def test_after_registering_a_page_of_its_own_says_what_happens_next(client, make_event):
    event = make_event("Mit Seite", registration="platform", capacity=1)
    response = register(client, event)
    assert response.url == f"/dialoge/{event.slug}/angemeldet/#main"  # no jump to the form
    page = client.get(response.url).content.decode()
    assert page.count("<h1>") == 1 and "Fast geschafft" in page
    assert "Wir haben eine E-Mail an alex@example.org geschickt." in page
    assert "innerhalb von 60 Minuten" in page and "Warteliste" in page
    assert 'name="consent"' not in page  # no form again
    # the event is full now, and a second address is told exactly the same
    other = register(client, event, email="zweite@example.org")
    assert other.url == response.url
    assert client.get(other.url).content.decode() == page.replace(
        "alex@example.org", "zweite@example.org"
    )
    assert client.get(response.url)["Cache-Control"] == (
        "max-age=0, no-cache, no-store, must-revalidate, private"
    )


def test_errors_still_show_in_place_on_the_event_page(client, platform_event):
    response = register(client, platform_event, people="7")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="form-errors"' in page and "<h1>Dialogforum Nachbarschaft</h1>" in page
    assert "höchstens 4 Personen gemeinsam" in page and 'name="consent"' in page


def test_the_personal_link_says_the_state(client, make_event):
    event = make_event("Zustände", registration="platform", capacity=1)
    register(client, event, email="a@example.org")
    pending = Registration.objects.get(email="a@example.org")
    page = client.get(pending.get_absolute_url()).content.decode()
    deadline = timezone.localtime(pending.hold_until).strftime("%H:%M")
    assert "noch nicht bestätigt" in page and f"bis {deadline} Uhr" in page
    assert "Meine Anmeldung bestätigen" in page and "Meine Anmeldung stornieren" in page
    client.post(pending.get_confirm_url())
    page = client.get(pending.get_absolute_url()).content.decode()
    assert "<strong>Bestätigt</strong>" in page and "Meine Anmeldung bestätigen" not in page
    register_and_confirm(client, event, email="b@example.org")
    register_and_confirm(client, event, email="c@example.org")
    waiting = Registration.objects.get(email="c@example.org")
    assert "Auf der Warteliste (Platz 2)" in client.get(waiting.get_absolute_url()).content.decode()
    client.post(waiting.get_absolute_url())  # cancels
    page = client.get(waiting.get_absolute_url()).content.decode()
    assert "<strong>Storniert</strong>" in page


def test_cancelling_an_unconfirmed_registration_frees_its_places_at_once(client, make_event):
    event = make_event("Versehen", registration="platform", capacity=1)
    register(client, event)
    assert Registration.objects.get().status == "pending"
    client.post(Registration.objects.get().get_absolute_url())
    assert Registration.objects.get().status == "cancelled"
    assert "1 Platz frei." in client.get(event.get_absolute_url()).content.decode()


def test_unconfirmed_registrations_are_nobody_s_participants(client, make_event, coordinator, town):
    tomorrow = timezone.localtime() + timedelta(days=1)
    event = make_event("Morgen", registration="platform", starts_at=tomorrow, capacity=5)
    add_registration(event, "bestaetigt@example.org")
    register(client, event, email="unbestaetigt@example.org")
    client.force_login(coordinator)
    listing = client.get("/dialoge/meine-kommune/").content.decode()
    assert "1 bestätigt, 0 auf der Warteliste" in listing
    csv = client.get(f"/dialoge/meine-kommune/{event.pk}/anmeldungen.csv")
    assert "bestaetigt@example.org" in csv.content.decode("utf-8-sig")
    assert "unbestaetigt" not in csv.content.decode("utf-8-sig")
    mail.outbox.clear()
    call_command("send_event_reminders")
    assert [m.to for m in mail.outbox] == [["bestaetigt@example.org"]]


def test_a_link_followed_while_the_hold_lapses_answers_without_an_error(
    client, platform_event, monkeypatch
):
    """The page read the registration as unconfirmed, the periodic job let it lapse before the
    confirmation got its lock: the person sees what happened, not the error page."""
    from dialogues.views import RegistrationConfirmView

    register(client, platform_event)
    path = confirm_link_in(mail.outbox[-1])
    stale = Registration.objects.get()  # read before the job ran
    Registration.objects.filter(pk=stale.pk).update(
        status="expired", hold_until=timezone.now() - timedelta(minutes=1)
    )
    monkeypatch.setattr(RegistrationConfirmView, "get_registration", lambda view: stale)
    response = client.post(path, follow=True)
    assert response.status_code == 200
    assert "nicht rechtzeitig bestätigt" in response.content.decode()
