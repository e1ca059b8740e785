"""A visitor filters the directory by Bundesland and downloads the PDF and a vCard; an editor
changes a contact in the admin and the next PDF download shows the change. Zero axe violations."""

import io

import pypdf
from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.contacts.factories import (
    ContactPersonFactory,
    HelpOfferFactory,
    ModelMunicipalityFactory,
)

pytestmark = BROWSER_TEST


def pdf_text(path):
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def download(page, link):
    with page.expect_download() as info:
        link.click()
    return info.value


def test_visitor_downloads_and_editor_change_shows_in_next_pdf(new_page, editor, password):
    hessen = ModelMunicipalityFactory(
        name="Musterstadt (Test)", state="HE", latitude="50.5", longitude="9.0"
    )
    bayern = ModelMunicipalityFactory(name="Neustadt (Test)", state="BY")
    kim = ContactPersonFactory(municipality=hessen, name="Kim Beispiel", role="Koordination")
    ContactPersonFactory(municipality=bayern, name="Sam Muster")
    HelpOfferFactory(organisation="Beratungsnetz (Test)")

    visitor = new_page()
    visitor.goto("/")
    expect(visitor.get_by_role("link", name="Musterstadt (Test)").first).to_be_visible()
    assert_accessible(visitor)
    visitor.goto("/kontakte/")
    assert_accessible(visitor)
    visitor.get_by_label("Bundesland").select_option(label="Hessen")
    visitor.get_by_role("button", name="Anzeigen").click()
    assert "land=HE" in visitor.url
    expect(visitor.get_by_text("Kim Beispiel", exact=True)).to_be_visible()
    expect(visitor.get_by_text("Sam Muster", exact=True)).to_have_count(0)
    assert_accessible(visitor)

    pdf = download(visitor, visitor.get_by_role("link", name="PDF (barrierefrei, zum Drucken)"))
    assert pdf.suggested_filename.startswith("ansprechpartner-modellkommunen-he-")
    text = pdf_text(pdf.path())
    assert "Kim Beispiel" in text and "Koordination" in text and "Sam Muster" not in text
    card = download(visitor, visitor.get_by_role("link", name="vCard von Kim Beispiel"))
    assert "FN:Kim Beispiel" in card.path().read_text()

    desk = new_page()
    desk.goto(f"/konto/anmelden/?next=/admin/contacts/contactperson/{kim.pk}/change/")
    desk.get_by_label("E-Mail-Adresse").fill(editor.email)
    desk.get_by_label("Passwort").fill(password)
    desk.get_by_role("button", name="Anmelden").click()
    desk.get_by_label("Funktion").fill("Integrationsbeauftragte:r (neu)")
    desk.get_by_role("button", name="Speichern", exact=True).click()
    expect(desk.locator(".messagelist")).to_contain_text("erfolgreich geändert")

    visitor.reload()
    pdf = download(visitor, visitor.get_by_role("link", name="PDF (barrierefrei, zum Drucken)"))
    assert "Integrationsbeauftragte:r (neu)" in pdf_text(pdf.path())

    visitor.goto("/kontakte/hilfe/")
    expect(visitor.locator("main")).to_contain_text("110")
    expect(visitor.get_by_text("Beratungsnetz (Test)")).to_be_visible()
    assert_accessible(visitor)
    visitor.problems.check()
    desk.problems.check()
