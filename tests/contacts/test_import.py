"""CSV import of contact persons in the admin: all rows or none, German report, never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from contacts.models import ContactPerson, Municipality

pytestmark = pytest.mark.django_db

HEADER = (
    "Kommune;Art;Bundesland;AGS;Name;Funktion;Fachbereich;E-Mail;Telefon;Postanschrift;"
    "Veröffentlicht;Einwilligung am"
)
URL = reverse("admin:contacts_contactperson_import")


def rows(count, bad_row=None):
    lines = [HEADER]
    for number in range(count):
        email = "kein-mail" if number == bad_row else f"p{number}@kommune.example.org"
        lines.append(
            f"Importstadt {number % 7} (Test);Stadt;Hessen;;Person {number};"
            f"Integrationsbeauftragte:r;Amt;{email};+49 30 23125 {number % 1000:03d};;ja;15.01.2026"
        )
    return "\r\n".join(lines) + "\r\n"


def upload(client, content, name="kontakte.csv"):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    return client.post(URL, {"file": SimpleUploadedFile(name, data, "text/csv")})


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_editor_imports_200_rows_in_utf8(editor_client):
    response = upload(editor_client, rows(200))
    assert response.status_code == 302
    assert ContactPerson.objects.filter(is_published=True).count() == 200
    assert (
        Municipality.objects.filter(
            name__startswith="Importstadt", is_model_municipality=True
        ).count()
        == 7
    )


def test_one_bad_row_in_200_imports_nothing_and_names_row_and_column(editor_client):
    before = (ContactPerson.objects.count(), Municipality.objects.count())
    response = upload(editor_client, rows(200, bad_row=99))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Es wurde nichts importiert" in html
    assert "Zeile 101, Spalte „E-Mail“: Bitte gültige E-Mail-Adresse eingeben." in html
    assert (ContactPerson.objects.count(), Municipality.objects.count()) == before


def test_windows_1252_with_umlauts_imports_and_updates_existing(editor_client, contact_factory):
    existing = contact_factory(name="Jörg Müller", role="Koordination")
    town = existing.municipality
    text = (
        "Kommune;Art;Bundesland;Name;Funktion;E-Mail;Telefon\r\n"
        f"{town.name};Stadt;HE;Jörg Müller;Koordination;neu@example.org;\r\n"
        f"{town.name};stadt;Hessen;Änne Groß;Sprachmittlung;;+49 69 123\r\n"
    )
    assert upload(editor_client, text.encode("cp1252")).status_code == 302
    existing.refresh_from_db()
    assert existing.email == "neu@example.org" and not existing.phone
    assert town.contact_persons.get(name="Änne Groß").is_published is False


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "bild.csv", "keine CSV-Textdatei"),
        (b"Kommune;Art\r\n\x81\x8d\x8f;\x90\r\n", "kaputt.csv", "UTF-8- oder Windows-1252"),
        (b"%PDF-1.7 \x00\x01", "kontakte.pdf", "Bitte laden Sie eine .csv-Datei hoch."),
        (b"Name;Telefon\r\nKim;123\r\n", "kontakte.csv", "Spalten"),
        (b"", "leer.csv", "Die übertragene Datei ist leer."),
        (
            b"Kommune;Art;Bundesland;Name;Funktion\r\n",
            "kontakte.csv",
            "keine Ansprechpersonen",
        ),
    ],
)
def test_files_that_are_not_a_usable_csv_are_refused_with_a_message(
    editor_client, content, name, message
):
    response = upload(editor_client, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ContactPerson.objects.exists()


def test_row_errors_are_german_and_name_each_column(editor_client):
    text = (
        "Kommune;Art;Bundesland;Name;Funktion;E-Mail;Telefon;Veröffentlicht;Einwilligung am\r\n"
        "Ort;Dorf;Atlantis;Kim;Rolle;x@example.org;abc;vielleicht;gestern\r\n"
        "Ort2;Stadt;HE;Sam;Rolle;;;ja;\r\n"
    )
    html = upload(editor_client, text).content.decode()
    assert "Zeile 2, Spalte „Art“: Unbekannte Art" in html
    assert "Zeile 2, Spalte „Bundesland“" in html
    assert "Zeile 2, Spalte „Telefon“: Bitte geben Sie eine Telefonnummer" in html
    assert "Zeile 2, Spalte „Veröffentlicht“" in html
    assert "Zeile 2, Spalte „Einwilligung am“" in html
    assert (
        "Zeile 3, Spalte „E-Mail“: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an."
        in html
    )
    assert "Zeile 3, Spalte „Einwilligung am“" in html
    assert not Municipality.objects.filter(name__in=["Ort", "Ort2"]).exists()


def test_export_writes_the_import_format(editor_client, contact_factory):
    contact = contact_factory(name="Kim Export")
    response = editor_client.post(
        reverse("admin:contacts_contactperson_changelist"),
        {"action": "export_csv", "_selected_action": [contact.pk]},
    )
    text = response.content.decode("utf-8-sig")
    assert text.startswith(HEADER + ";Geprüft am;Reihenfolge")
    assert ";Kim Export;" in text and ";ja;15.01.2026;" in text
    contact.delete()
    assert upload(editor_client, response.content).status_code == 302
    assert ContactPerson.objects.get(name="Kim Export").is_published


def test_editor_changes_a_contact_in_the_municipality_admin(editor_client, contact_factory):
    contact = contact_factory(name="Kim Alt")
    response = editor_client.get(
        reverse("admin:contacts_municipality_change", args=[contact.municipality_id])
    )
    assert response.status_code == 200 and "Kim Alt" in response.content.decode()
    assert (
        editor_client.get(
            reverse("admin:contacts_contactperson_changelist"), {"q": "Kim"}
        ).status_code
        == 200
    )
    assert editor_client.get(reverse("admin:contacts_helpoffer_add")).status_code == 200


def test_model_validation_messages_are_german(contact_factory):
    from django.core.exceptions import ValidationError

    contact = contact_factory.build(
        municipality=contact_factory().municipality, email="kaputt", phone="0800-HILFE"
    )
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert "Bitte gültige E-Mail-Adresse eingeben." in error.value.message_dict["email"]
    assert error.value.message_dict["phone"][0].startswith("Bitte geben Sie eine Telefonnummer")


def test_columns_left_out_keep_their_values_and_unchanged_rows_stay_untouched(editor_client):
    upload(editor_client, rows(1))
    contact = ContactPerson.objects.get()
    before = contact.updated_at
    upload(
        editor_client,
        "Kommune;Art;Bundesland;Name;Funktion;Telefon\r\n"
        "Importstadt 0 (Test);Stadt;Hessen;Person 0;Integrationsbeauftragte:r;0123 456\r\n",
    )
    contact.refresh_from_db()
    assert contact.phone == "0123 456"
    assert contact.email == "p0@kommune.example.org" and contact.is_published  # kept
    assert contact.consent_date is not None and contact.department == "Amt"
    upload(editor_client, rows(1))  # back to the first version: one change
    contact.refresh_from_db()
    changed = contact.updated_at
    assert changed > before and contact.phone == "+49 30 23125 000"
    upload(editor_client, rows(1))  # the same file again: nothing to do
    page = editor_client.get(reverse("admin:contacts_contactperson_changelist")).content.decode()
    assert "unverändert: 1" in page
    contact.refresh_from_db()
    assert contact.updated_at == changed


def test_a_different_kind_for_a_known_municipality_is_an_error_not_a_duplicate(editor_client):
    upload(editor_client, rows(1))
    content = rows(1).replace("Importstadt 0 (Test);Stadt;", "Importstadt 0 (Test);Gemeinde;")
    response = upload(editor_client, content)
    page = response.content.decode()
    assert "Zeile 2" in page and "Art" in page and "bereits" in page
    assert Municipality.objects.filter(name="Importstadt 0 (Test)").count() == 1


def test_short_rows_and_odd_digits_get_a_message_not_an_error_page(editor_client):
    upload(editor_client, rows(1))
    content = HEADER + "\r\nImportstadt 0 (Test);Stadt;Hessen\r\n"
    page = upload(editor_client, content).content.decode()
    assert "Zeile 2" in page and ContactPerson.objects.count() == 1
    content = "Kommune;Art;Bundesland;Name;Funktion;Reihenfolge\r\nX;Stadt;Hessen;Kim;Amt;²\r\n"
    page = upload(editor_client, content).content.decode()
    assert "Zeile 2" in page and "Reihenfolge" in page
