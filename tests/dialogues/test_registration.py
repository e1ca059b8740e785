"""Citizens register, get the calendar entry by e-mail, cancel; the waiting list moves up."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from dialogues.models import Event, Registration
from tests.contacts.conftest import link_in_last_mail
from tests.dialogues.conftest import (
    add_registration,
    confirm_link_in,
    register,
    register_and_confirm,
    registration_data,
)

pytestmark = pytest.mark.django_db


def ics_of(message):
    ((name, content, mimetype),) = message.attachments
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def test_confirmed_registration_mails_calendar_entry_with_join_link(client, platform_event):
    response = register(client, platform_event, people="2")
    assert response.status_code == 302
    request = mail.outbox[-1]
    assert "geheim-123" not in request.body and not request.attachments  # not before confirming
    page = client.get(response.url).content.decode()
    assert "alex@example.org" in page and "E-Mail" in page
    client.post(confirm_link_in(request))
    registration = Registration.objects.get()
    assert (registration.status, registration.people, registration.email) == (
        "confirmed",
        2,
        "alex@example.org",
    )
    message = mail.outbox[-1]
    assert message.to == ["alex@example.org"]
    assert "Anmeldung bestätigt" in message.subject
    assert "geheim-123" in message.body  # registered participants get the join link
    (vevent,) = ics_of(message).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == platform_event.title
    assert "geheim-123" in str(vevent["DESCRIPTION"])


def test_full_event_puts_people_on_the_waiting_list_and_they_move_up_in_order(
    client, platform_event
):
    add_registration(platform_event, "a@example.org", people=2)
    add_registration(platform_event, "b@example.org")
    register_and_confirm(client, platform_event, email="erste@example.org")
    assert "Warteliste" in mail.outbox[-1].subject
    assert "geheim-123" not in mail.outbox[-1].body  # no join link while waiting
    register_and_confirm(client, platform_event, email="zweite@example.org")
    first = Registration.objects.get(email="erste@example.org")
    assert first.status == "waiting"

    client.post(link_path(Registration.objects.get(email="b@example.org")))
    first.refresh_from_db()
    assert first.status == "confirmed"
    assert Registration.objects.get(email="zweite@example.org").status == "waiting"
    assert mail.outbox[-1].to == ["erste@example.org"]
    assert "frei geworden" in mail.outbox[-1].subject


def link_path(registration):
    return registration.get_absolute_url()


def test_cancel_through_the_link_in_the_mail(client, platform_event):
    register_and_confirm(client, platform_event)
    path = link_in_last_mail(r"https?://\S+/dialoge/anmeldung/\S+/")
    assert "Meine Anmeldung stornieren" in client.get(path).content.decode()
    client.post(path)
    assert Registration.objects.get().status == "cancelled"
    assert "storniert" in client.get(path).content.decode()
    # registering again after cancelling works
    register_and_confirm(client, platform_event)
    assert Registration.objects.filter(status="confirmed").count() == 1


def test_same_address_twice_changes_nothing_and_reveals_nothing(client, platform_event):
    first = register(client, platform_event)
    first_page = client.get(first.url).content.decode()
    second = register(client, platform_event, name="Jemand anderes")
    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    assert client.get(second.url).content.decode() == first_page  # the same page for both
    assert Registration.objects.count() == 1
    assert Registration.objects.get().name == "Alex Beispiel"
    # unconfirmed: the address gets its confirmation link again, with the first name
    assert "Bitte bestätigen" in mail.outbox[-1].subject
    assert "Alex Beispiel" in mail.outbox[-1].body and "Jemand" not in mail.outbox[-1].body
    client.post(confirm_link_in(mail.outbox[-1]))
    third = register(client, platform_event, name="Noch jemand")
    assert third.url == first.url
    assert "bereits angemeldet" in mail.outbox[-1].subject


@pytest.mark.parametrize(
    "data,message",
    [
        ({"email": "keine-adresse"}, "gültige E-Mail-Adresse"),
        ({"people": "0"}, "größer oder gleich 1"),
        ({"people": "5"}, "höchstens 4 Personen gemeinsam"),
        ({"people": "1000"}, "höchstens 4 Personen gemeinsam"),
        ({"people": "zwei"}, "ganze Zahl"),
        ({"consent": ""}, "Bitte stimmen Sie der Speicherung"),
        ({"name": ""}, "Dieses Feld ist zwingend erforderlich"),
        ({"needs": "x" * 1001}, "höchstens 1000 Zeichen"),
    ],
)
def test_bad_registration_input_gets_a_german_message_and_saves_nothing(
    client, platform_event, data, message
):
    response = register(client, platform_event, **data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Registration.objects.count() == 0 and not mail.outbox


@pytest.mark.parametrize(
    "change",
    [{"status": "cancelled", "status_note": "Krank"}, {"days": -3}, {"registration": "none"}],
)
def test_no_registration_for_past_cancelled_or_unregistrable_events(client, make_event, change):
    days = change.pop("days", 5)
    event = make_event(
        "Zu", registration=change.pop("registration", "platform"), capacity=5, days=days, **change
    )
    response = register(client, event)
    assert "nicht (mehr) möglich" in response.content.decode()
    assert Registration.objects.count() == 0


def test_tampered_event_address_is_404(client, platform_event):
    assert client.post("/dialoge/gibt-es-nicht/anmelden/", registration_data()).status_code == 404
    assert client.get("/dialoge/anmeldung/gefaelscht/").status_code == 404
    assert client.post("/dialoge/anmeldung/gefaelscht/").status_code == 404


def test_honeypot_stops_simple_bots(client, platform_event):
    response = register(client, platform_event, kontrollfeld="http://spam.example.com")
    assert response.status_code == 200  # a neutral message, no pretended success
    assert Registration.objects.count() == 0 and not mail.outbox


def test_registrations_are_rate_limited_per_client(client, make_event):
    events = [make_event(f"V{n}", registration="platform") for n in range(31)]
    for number, event in enumerate(events[:30]):
        register(client, event, email=f"person{number}@example.org")
    assert Registration.objects.count() == 30  # e.g. a library registering its visitors
    assert (
        "Zu viele Anmeldungen"
        in register(client, events[0], email="neu@example.org").content.decode()
    )


def test_public_never_sees_other_participants(client, platform_event):
    add_registration(platform_event, "geheime.person@example.org")
    Registration.objects.update(name="Geheime Person")
    for url in [
        platform_event.get_absolute_url(),
        "/dialoge/",
        f"/dialoge/{platform_event.slug}/kalender.ics",
    ]:
        content = client.get(url).content.decode()
        assert "Geheime Person" not in content and "geheime.person" not in content


def test_reminder_the_day_before_goes_out_once(make_event):
    tomorrow = timezone.localtime() + timedelta(days=1)
    soon = make_event("Morgen", registration="platform", starts_at=tomorrow)
    later = make_event("Später", registration="platform", days=5)
    add_registration(soon, "morgen@example.org")
    add_registration(soon, "storniert@example.org", status="cancelled")
    add_registration(later, "spaeter@example.org")
    call_command("send_event_reminders")
    assert [m.to for m in mail.outbox] == [["morgen@example.org"]]
    assert "Morgen: Morgen" in mail.outbox[0].subject
    call_command("send_event_reminders")
    assert len(mail.outbox) == 1


def test_personal_data_is_deleted_30_days_after_the_event(make_event):
    old = make_event("Vor 31 Tagen", registration="platform", days=-31)
    recent = make_event("Vor 29 Tagen", registration="platform", days=-29)
    add_registration(old, "alt@example.org", people=3)
    add_registration(old, "alt-warte@example.org", status="waiting")
    add_registration(recent, "neu@example.org")
    call_command("purge_event_registrations")
    assert list(Registration.objects.values_list("email", flat=True)) == ["neu@example.org"]
    assert Event.objects.get(pk=old.pk).registrations_purged == 1


def test_cancelling_an_event_tells_the_participants(
    client, platform_event, editor, django_capture_on_commit_callbacks
):
    add_registration(platform_event, "teilnahme@example.org")
    client.force_login(editor)
    data = admin_data(
        platform_event, status="cancelled", status_note="Der Saal ist nicht verfügbar."
    )
    with django_capture_on_commit_callbacks(execute=True):  # mails go out after the commit
        response = client.post(f"/admin/dialogues/event/{platform_event.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert mail.outbox[-1].to == ["teilnahme@example.org"]
    assert "Abgesagt" in mail.outbox[-1].subject
    (vevent,) = ics_of(mail.outbox[-1]).walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED" and vevent["SEQUENCE"] == 1


def admin_data(event, **changes):
    local = timezone.localtime
    data = {
        "title": event.title,
        "slug": event.slug,
        "format": event.format_id,
        "participation": event.participation,
        "municipality": event.municipality_id,
        "fields": [f.pk for f in event.fields.all()],
        "description": event.description,
        "starts_at_0": local(event.starts_at).strftime("%d.%m.%Y"),
        "starts_at_1": local(event.starts_at).strftime("%H:%M:%S"),
        "ends_at_0": local(event.ends_at).strftime("%d.%m.%Y"),
        "ends_at_1": local(event.ends_at).strftime("%H:%M:%S"),
        "mode": event.mode,
        "venue_name": event.venue_name,
        "address": event.address,
        "online_url": event.online_url,
        "organiser_name": event.organiser_name,
        "organiser_email": "",
        "organiser_phone": "",
        "image_alt": "",
        "languages": "",
        "free_of_charge": "on",
        "registration": event.registration,
        "registration_url": "",
        "capacity": event.capacity or "",
        "max_group_size": event.max_group_size,
        "status": event.status,
        "status_note": "",
        "is_published": "on",
    }
    data.update(changes)
    return data


def test_more_places_let_the_waiting_list_move_up(platform_event):
    from dialogues import services

    add_registration(platform_event, "a@example.org", people=3)
    waiting = add_registration(platform_event, "w@example.org", status="waiting")
    platform_event.capacity = 5
    services.event_save(event=platform_event)
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert mail.outbox[-1].to == ["w@example.org"]


def test_data_export_of_an_account_lists_its_event_registrations(client, platform_event, member):
    add_registration(platform_event, member.email, people=2)
    add_registration(platform_event, "jemand.anders@example.org")
    client.force_login(member)
    data = client.get("/konto/meine-daten/").json()
    (entry,) = data["dialoge"]["anmeldungen"]
    assert (entry["veranstaltung"], entry["personen"]) == (platform_event.title, 2)
    assert "jemand.anders" not in str(data)


def test_plain_text_mail_keeps_the_address_readable(client, platform_event):
    register_and_confirm(client, platform_event)
    assert "Rathaus, Marktplatz 1, 12345 Musterstadt" in mail.outbox[-1].body


def test_a_large_group_waits_without_blocking_smaller_registrations(client, platform_event):
    """Three places: a group of three waits behind two confirmed people; a single person still
    gets the free place, and the group moves up once three places are free."""
    first = add_registration(platform_event, "a@example.org")
    add_registration(platform_event, "b@example.org")  # pretend: confirmed earlier
    Registration.objects.filter(email="b@example.org").update(people=1)
    register_and_confirm(client, platform_event, email="gruppe@example.org", people="3")
    assert Registration.objects.get(email="gruppe@example.org").status == "waiting"
    page = client.get(platform_event.get_absolute_url()).content.decode()
    assert "1 Platz frei." in page
    register_and_confirm(client, platform_event, email="einzeln@example.org")
    assert Registration.objects.get(email="einzeln@example.org").status == "confirmed"
    from dialogues import services

    for registration in Registration.objects.filter(status="confirmed"):
        services.registration_cancel(registration=registration)
    assert Registration.objects.get(email="gruppe@example.org").status == "confirmed"
    assert first.pk


def test_more_people_than_places_in_all_are_refused(client, platform_event):
    response = register(client, platform_event, people="4")  # three places in all
    assert "insgesamt 3 Plätze" in response.content.decode()
    assert not Registration.objects.exists()


def test_waiting_list_calendar_entry_is_tentative(client, platform_event):
    add_registration(platform_event, "a@example.org", people=3)
    register_and_confirm(client, platform_event)
    (vevent,) = ics_of(mail.outbox[-1]).walk("VEVENT")
    assert str(vevent["STATUS"]) == "TENTATIVE" and str(vevent["SUMMARY"]).startswith("Warteliste")


def test_cancelling_confirms_by_mail_and_removes_the_calendar_entry(client, platform_event):
    register_and_confirm(client, platform_event)
    ((name, content, mimetype),) = mail.outbox[-1].attachments
    (added,) = Calendar.from_ical(content).walk("VEVENT")
    client.post(Registration.objects.get().get_absolute_url())
    assert "Anmeldung storniert" in mail.outbox[-1].subject
    calendar = ics_of(mail.outbox[-1])
    (removed,) = calendar.walk("VEVENT")
    assert str(calendar["METHOD"]) == "CANCEL" and str(removed["STATUS"]) == "CANCELLED"
    assert str(removed["UID"]) == str(added["UID"]) and removed["SEQUENCE"] > added["SEQUENCE"]
    page = client.get(Registration.objects.get().get_absolute_url()).content.decode()
    assert "Storniert" in page and "Meine Anmeldung stornieren" not in page


def test_page_of_a_cancelled_event_offers_no_cancelling(client, platform_event):
    register_and_confirm(client, platform_event)
    registration = Registration.objects.get()
    Event.objects.filter(pk=platform_event.pk).update(status="cancelled", status_note="Krank")
    page = client.get(registration.get_absolute_url()).content.decode()
    assert "Diese Veranstaltung wurde abgesagt." in page
    assert "Meine Anmeldung stornieren" not in page and "Erneut anmelden" not in page


def test_failed_registration_leads_to_the_errors(client, platform_event):
    response = register(client, platform_event, email="kaputt")
    page = response.content.decode()
    assert 'id="form-errors"' in page and "Bitte korrigieren Sie Folgendes" in page
    assert "<title>Fehler:" in page
    assert f'action="/dialoge/{platform_event.slug}/anmelden/#anmeldung"' in page
    assert 'autocomplete="email"' in page and 'autocomplete="name"' in page


def test_a_reminder_the_mail_server_refused_is_tried_again(make_event, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    tomorrow = timezone.localtime() + timedelta(days=1)
    event = make_event("Morgen", registration="platform", starts_at=tomorrow)
    registration = add_registration(event, "morgen@example.org")

    def refuse(self, messages):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    call_command("send_event_reminders")
    registration.refresh_from_db()
    assert registration.reminded_at is None
    monkeypatch.undo()
    call_command("send_event_reminders")
    registration.refresh_from_db()
    assert registration.reminded_at is not None and len(mail.outbox) == 1


def test_the_personal_page_shows_the_place_on_the_waiting_list(client, platform_event):
    add_registration(platform_event, "a@example.org", people=3)
    register_and_confirm(client, platform_event, email="erste@example.org")
    register_and_confirm(client, platform_event, email="zweite@example.org")
    second = Registration.objects.get(email="zweite@example.org")
    html = client.get(link_path(second)).content.decode()
    assert "Auf der Warteliste (Platz 2)" in html


def test_a_title_with_an_ampersand_arrives_as_written_in_subject_and_text(client, platform_event):
    Event.objects.filter(pk=platform_event.pk).update(title="Kunst & Kultur im Quartier")
    register_and_confirm(client, Event.objects.get(pk=platform_event.pk))
    request, message = mail.outbox[-2:]
    assert request.subject.startswith("Bitte bestätigen Sie Ihre Anmeldung: Kunst & Kultur")
    assert message.subject.startswith("Anmeldung bestätigt: Kunst & Kultur im Quartier")
    for sent in (request, message):
        assert "&amp;" not in sent.subject + sent.body


def test_a_postponed_event_says_so_and_names_the_original_date(client, make_event):
    event = make_event("Verschoben", status="postponed", status_note="Neuer Termin folgt.")
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Ursprünglich geplant" in page and "Neuer Termin folgt." in page
    make_event("Wie geplant")
    cards = client.get("/dialoge/").content.decode()
    assert "Verschoben</span>" in cards and "Geplant</span>" not in cards  # badges only for changes
