"""The directory as PDF (read back with pypdf), CSV and vCard; caching with ETag and 304."""

import io

import pypdf
import pytest
from django.urls import reverse

from contacts import pdf
from contacts.models import Municipality

pytestmark = pytest.mark.django_db


def read_pdf(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    reader = pypdf.PdfReader(io.BytesIO(body))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


@pytest.fixture
def directory(contact_factory, model_municipality_factory):
    hessen = model_municipality_factory(name="Musterstadt (Test)", state="HE")
    bayern = model_municipality_factory(name="Neustadt (Test)", state="BY")
    return {
        "kim": contact_factory(municipality=hessen, name="Kim Beispiel", role="Koordination"),
        "sam": contact_factory(municipality=bayern, name="Sam Muster", department="Sozialamt"),
        "hidden": contact_factory(municipality=hessen, name="Jo Verborgen", is_published=False),
        "script": contact_factory(municipality=bayern, name="<script>alert(1)</script> Name"),
    }


def test_pdf_lists_every_published_municipality_and_contact_with_stand_and_page_numbers(
    client, directory
):
    response = client.get(reverse("contacts:directory-pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="ansprechpartner-modellkommunen-20'
    )
    reader, text = read_pdf(response)
    for municipality in Municipality.objects.model_municipalities():
        assert municipality.name in text
    for key in ("kim", "sam"):
        assert directory[key].name in text and directory[key].email in text
    assert "Sozialamt" in text and "Jo Verborgen" not in text
    assert "<script>alert(1)</" in " ".join(text.split())  # markup is text, not code
    assert "Stand: " in text and f"Seite 1 von {len(reader.pages)}" in text
    assert "Ansprechpersonen der Modellkommunen" in reader.metadata.title
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]


def test_pdf_of_one_state(client, directory):
    response = client.get(reverse("contacts:directory-pdf"), {"land": "HE"})
    _reader, text = read_pdf(response)
    assert "Kim Beispiel" in text and "Sam Muster" not in text and "Hessen" in text
    assert "-he-20" in response["Content-Disposition"]


def test_repeated_download_is_304_and_a_change_shows_in_the_next(client, directory, monkeypatch):
    renders = []
    original = pdf.render_pdf
    monkeypatch.setattr(pdf, "render_pdf", lambda *a: renders.append(1) or original(*a))
    url = reverse("contacts:directory-pdf")
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    assert client.get(url).status_code == 200 and len(renders) == 1  # cached, not generated again

    directory["kim"].role = "Neue Funktion"
    directory["kim"].save()
    second = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert second.status_code == 200 and second["ETag"] != first["ETag"]
    assert "Neue Funktion" in read_pdf(second)[1] and len(renders) == 2


def test_deleting_a_contact_changes_the_etag(client, directory):
    url = reverse("contacts:directory-pdf")
    etag = client.get(url)["ETag"]
    directory["sam"].delete()
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 200 and "Sam Muster" not in read_pdf(response)[1]


def test_csv_opens_in_excel(client, directory):
    directory["kim"].department = "=HYPERLINK(1)"
    directory["kim"].save()
    body = client.get(reverse("contacts:directory-csv")).content
    assert body.startswith("\ufeff".encode())
    text = body.decode("utf-8-sig")
    header, *rows = text.splitlines()
    assert header.startswith("Kommune;Art;Bundesland;AGS;Name;Funktion")
    assert any(r.startswith("Musterstadt (Test);Stadt;Hessen;;Kim Beispiel;") for r in rows)
    assert "'=HYPERLINK(1)" in text  # no formula
    assert "+49 30 23125 000" in text and "Jo Verborgen" not in text


def test_vcards_of_directory_and_single_contact(client, directory):
    body = client.get(reverse("contacts:directory-vcf"), {"land": "HE"}).content.decode()
    assert body.count("BEGIN:VCARD") == 1 and "FN:Kim Beispiel" in body
    single = client.get(reverse("contacts:contact-vcf", args=[directory["sam"].pk]))
    assert single["Content-Type"].startswith("text/vcard")
    text = single.content.decode()
    assert "FN:Sam Muster\r\n" in text and "TEL;TYPE=WORK,VOICE:+49 30 23125 000" in text
    assert "ORG:Neustadt (Test);Sozialamt" in text
    assert client.get(reverse("contacts:contact-vcf", args=[99999])).status_code == 404


def test_help_page_shows_110_first_and_nationwide_offers_with_any_state(client, help_offer_factory):
    help_offer_factory(organisation="Bundesweite Hilfe", state="")
    help_offer_factory(organisation="Hessische Hilfe", state="HE")
    help_offer_factory(organisation="Bayerische Hilfe", state="BY")
    help_offer_factory(organisation="Unveröffentlicht", is_published=False)
    html = client.get(reverse("contacts:help"), {"land": "HE"}).content.decode()
    assert html.index("110") < html.index("Bundesweite Hilfe") < html.index("Hessische Hilfe")
    assert "Bayerische Hilfe" not in html and "Unveröffentlicht" not in html


def test_emergency_card_is_one_page_with_110_and_the_states_offers(client, help_offer_factory):
    help_offer_factory(organisation="Bundesweite Hilfe", state="")
    help_offer_factory(organisation="Hessische Hilfe", state="HE")
    help_offer_factory(organisation="Bayerische Hilfe", state="BY")
    response = client.get(reverse("contacts:emergency-card", args=["he"]))
    reader, text = read_pdf(response)
    assert len(reader.pages) == 1 and "110" in text
    assert "Bundesweite Hilfe" in text and "Hessische Hilfe" in text
    assert "Bayerische Hilfe" not in text and reader.trailer["/Root"]["/Lang"] == "de"
    for bad in ("xx", "HE", "he1"):
        assert client.get(f"/kontakte/hilfe/notfallkarte-{bad}.pdf").status_code == 404
