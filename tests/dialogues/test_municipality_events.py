"""Members submit their municipality's events; editors publish them; only the host
municipality's members edit them and see who registered."""

import csv
import io

import pytest
from django.core import mail

from dialogues.models import Event
from tests.contacts.conftest import make_membership
from tests.dialogues.conftest import add_registration
from tests.dialogues.test_registration import admin_data

pytestmark = pytest.mark.django_db


def form_data(**changes):
    data = {
        "title": "Zukunftswerkstatt Innenstadt",
        "format": "",
        "participation": "decide",
        "fields": [],
        "description": "Wir planen gemeinsam.\r\n\r\n- Ideen sammeln\r\n"
        "- <script>alert(1)</script>",
        "starts_at": "2030-05-04T10:00",
        "ends_at": "2030-05-04T16:00",
        "mode": "in_person",
        "venue_name": "Stadtbibliothek",
        "address": "Lesestraße 2\n12345 Musterstadt",
        "online_url": "",
        "organiser_name": "Quartiersmanagement",
        "organiser_email": "",
        "organiser_phone": "",
        "image_alt": "",
        "step_free": "on",
        "languages": "",
        "free_of_charge": "on",
        "registration": "platform",
        "registration_url": "",
        "capacity": "30",
        "max_group_size": "4",
        "status": "planned",
        "status_note": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def filled(db):
    from dialogues.models import EventFormat
    from weltoffen.models import Field

    def fill(**changes):
        defaults = {
            "format": EventFormat.objects.get(slug="zukunftswerkstatt").pk,
            "fields": [Field.objects.get(number=6).pk],
        }
        return form_data(**{**defaults, **changes})

    return fill


@pytest.fixture
def staff_member(user_factory, town):
    user = user_factory(email="kultur@musterstadt.example.org")
    make_membership(user, town)
    return user


def test_member_submits_an_event_that_goes_live_after_an_editor_publishes_it(
    client, staff_member, filled, editor, town
):
    client.force_login(staff_member)
    response = client.post("/dialoge/meine-kommune/neu/", filled())
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.municipality, event.submitted_by, event.is_published) == (
        town,
        staff_member,
        False,
    )
    assert event.slug == "zukunftswerkstatt-innenstadt"
    assert event.description == (
        "<p>Wir planen gemeinsam.</p><ul><li>Ideen sammeln</li>"
        "<li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>"
    )
    assert event.starts_at.hour == 8  # 10:00 in Berlin, summer time
    assert client.get(event.get_absolute_url()).status_code == 404
    assert "wartet auf die Redaktion" in client.get("/dialoge/meine-kommune/").content.decode()

    client.force_login(editor)
    client.post("/admin/dialogues/event/", {"action": "publish", "_selected_action": [event.pk]})
    client.logout()
    assert client.get(event.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"ends_at": "2030-05-04T09:00"}, "ends_at", "Das Ende muss nach dem Beginn liegen."),
        ({"mode": "online"}, "online_url", "Link für die Online-Teilnahme"),
        ({"address": "", "venue_name": ""}, "address", "Adresse einer Veranstaltung vor Ort"),
        ({"registration": "external"}, "registration_url", "Link zur Anmeldung"),
        ({"status": "cancelled"}, "status_note", "warum die Veranstaltung"),
        ({"starts_at": "gestern"}, "starts_at", "gültiges Datum"),
        ({"capacity": "0"}, "capacity", "größer oder gleich 1"),
        ({"fields": []}, "fields", "mindestens ein Handlungsfeld"),
        ({"fields": ["9223372036854775809"]}, "fields", "gültige Auswahl"),  # beyond any id
    ],
)
def test_bad_event_input_gets_german_errors_and_saves_nothing(
    client, staff_member, filled, changes, field, message
):
    client.force_login(staff_member)
    response = client.post("/dialoge/meine-kommune/neu/", filled(**changes))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors.get(field, []))
    assert Event.objects.count() == 0


def test_editor_admin_refuses_end_before_start(client, editor, make_event):
    event = make_event("Prüfen")
    client.force_login(editor)
    data = admin_data(event, ends_at_0="01.01.2020")
    response = client.post(f"/admin/dialogues/event/{event.pk}/change/", data)
    assert "Das Ende muss nach dem Beginn liegen." in response.content.decode()
    event.refresh_from_db()
    assert event.ends_at > event.starts_at


def test_member_edits_own_event_and_participants_hear_of_a_new_time(
    client, staff_member, filled, make_event, django_capture_on_commit_callbacks
):
    event = make_event("Alt", registration="platform", capacity=30)
    add_registration(event, "gast@example.org")
    client.force_login(staff_member)
    with django_capture_on_commit_callbacks(execute=True):  # mails go out after the commit
        response = client.post(
            f"/dialoge/meine-kommune/{event.pk}/bearbeiten/", filled(title="Neu")
        )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Neu" and event.sequence == 1
    assert not event.is_published  # a new title goes back to the editors
    assert mail.outbox[-1].to == ["gast@example.org"] and "Geändert" in mail.outbox[-1].subject


def test_registrations_csv_for_the_host_municipality(
    client, staff_member, make_event, user_factory, town
):
    event = make_event("Mit Liste", registration="platform")
    client.force_login(staff_member)  # a plain member who did not submit it: not for them
    assert client.get(f"/dialoge/meine-kommune/{event.pk}/anmeldungen.csv").status_code == 404
    event.submitted_by = staff_member
    event.save()
    add_registration(event, "gast@example.org", people=2)
    registration = event.registrations.get()
    registration.name = '=HYPERLINK("http://böse")'
    registration.save()
    add_registration(event, "=1+1@example.org")
    client.force_login(staff_member)
    response = client.get(f"/dialoge/meine-kommune/{event.pk}/anmeldungen.csv")
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == [
        "Veranstaltung",
        "Beginn",
        "Name",
        "E-Mail-Adresse",
        "Anzahl der Personen",
    ]
    assert rows[1][3:6] == ["gast@example.org", "2", "bestätigt"]
    assert rows[1][2].startswith("'=")  # no formula for the spreadsheet
    assert rows[2][3] == "'=1+1@example.org"


def test_other_municipalities_and_outsiders_get_nothing(
    client, make_event, other_coordinator, user_factory, applicant
):
    event = make_event("Nur für Musterstadt", registration="platform")
    add_registration(event, "gast@example.org")
    edit = f"/dialoge/meine-kommune/{event.pk}/bearbeiten/"
    download = f"/dialoge/meine-kommune/{event.pk}/anmeldungen.csv"
    urls = [edit, download]
    for user in [other_coordinator, applicant, user_factory(email="niemand@example.org")]:
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code == 404, (user, url)
        assert client.post(edit, {}).status_code == 404, user
        assert client.post(download, {}).status_code == 405, user  # a download only answers GET
        assert "Nur für Musterstadt" not in client.get("/dialoge/meine-kommune/").content.decode()
    client.logout()
    for url in urls:
        assert client.get(url)["Location"].startswith("/konto/anmelden/")
    event.refresh_from_db()
    assert event.title == "Nur für Musterstadt"


def test_editor_exports_registrations_from_the_admin(client, editor, make_event):
    event = make_event("Admin-Liste", registration="platform")
    add_registration(event, "gast@example.org")
    client.force_login(editor)
    page = client.get(f"/admin/dialogues/event/{event.pk}/change/").content.decode()
    assert f"/admin/dialogues/registration/?event__id__exact={event.pk}" in page
    response = client.post(
        "/admin/dialogues/event/",
        {"action": "export_registrations", "_selected_action": [event.pk]},
    )
    assert "gast@example.org" in response.content.decode("utf-8-sig")


def test_editing_shows_the_description_as_text_and_an_unchanged_address_mails_nobody(
    client, staff_member, filled, make_event
):
    event = make_event(
        "Bestand",
        registration="platform",
        address="Marktplatz 1\n12345 Musterstadt",
        description="<p>Erster Absatz</p><ul><li>Punkt</li></ul>",
        starts_at=__import__("datetime").datetime(
            2030, 5, 4, 8, 0, tzinfo=__import__("datetime").UTC
        ),
    )
    event.ends_at = event.starts_at.replace(hour=14)
    event.save()
    add_registration(event, "gast@example.org")
    client.force_login(staff_member)
    page = client.get(f"/dialoge/meine-kommune/{event.pk}/bearbeiten/").content.decode()
    assert "Erster Absatz\n\n- Punkt</textarea>" in page and "&lt;p&gt;" not in page
    data = filled(
        title="Bestand",
        address="Marktplatz 1\r\n12345 Musterstadt",
        venue_name="Rathaus",
        organiser_name="Integrationsbüro",
        organiser_phone="0123 99",
        description="Erster Absatz\r\n\r\n- Punkt",
    )
    client.post(f"/dialoge/meine-kommune/{event.pk}/bearbeiten/", data)
    event.refresh_from_db()
    assert event.organiser_phone == "0123 99"
    assert not mail.outbox  # only the phone number changed: no "Geändert" mail


def test_changing_the_content_of_a_published_event_sends_it_back_to_the_editors(
    client, staff_member, filled, make_event
):
    event = make_event("Veröffentlicht")
    client.force_login(staff_member)
    data = filled(
        title="Veröffentlicht",
        venue_name="Rathaus",
        address="Marktplatz 1\r\n12345 Musterstadt",
        organiser_name="Integrationsbüro",
        description="Wir sprechen über das Zusammenleben.",
        fields=[event.fields.first().pk],
        starts_at="2030-05-04T10:00",
        ends_at="2030-05-04T12:00",
        online_url="",
    )
    data.update(format=event.format_id, participation=event.participation, registration="none")
    data.update(capacity="", step_free="", status="postponed", status_note="Neuer Termin folgt.")
    data = {key: value for key, value in data.items() if value != ""}
    client.post(f"/dialoge/meine-kommune/{event.pk}/bearbeiten/", data)
    event.refresh_from_db()
    assert event.is_published  # time and status: stays online
    data["online_url"], data["mode"] = "https://phishing.example.com/", "hybrid"
    client.post(f"/dialoge/meine-kommune/{event.pk}/bearbeiten/", data)
    event.refresh_from_db()
    assert not event.is_published and event.online_url == "https://phishing.example.com/"


def test_editors_cancel_rather_than_delete(client, editor, make_event):
    event = make_event("Mit Gästen", registration="platform")
    add_registration(event, "gast@example.org")
    client.force_login(editor)
    assert client.get(f"/admin/dialogues/event/{event.pk}/delete/").status_code == 403
    registration = event.registrations.get()
    assert client.get(f"/admin/dialogues/registration/{registration.pk}/delete/").status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()


def test_the_municipality_sets_the_largest_group_per_registration(client, staff_member, filled):
    client.force_login(staff_member)
    page = client.get("/dialoge/meine-kommune/neu/").content.decode()
    assert "Größte Gruppe pro Anmeldung" in page
    refused = client.post("/dialoge/meine-kommune/neu/", filled(max_group_size="11"))
    assert "kleiner oder gleich 10" in refused.content.decode()
    client.post("/dialoge/meine-kommune/neu/", filled(max_group_size="2"))
    assert Event.objects.get().max_group_size == 2
