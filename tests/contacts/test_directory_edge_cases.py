"""Odd URLs and the finer points of the downloads."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_unknown_federal_state_is_named_not_silently_ignored(client, model_municipality_factory):
    model_municipality_factory(name="Irgendwo")
    for url in (reverse("contacts:index"), reverse("contacts:help")):
        page = client.get(url, {"land": "XX"}).content.decode()
        assert "„XX“ ist kein Bundesland" in page


def test_control_characters_in_the_search_are_dropped(client, model_municipality_factory):
    model_municipality_factory(name="Xanten (Test)")
    model_municipality_factory(name="Bonn (Test)")
    response = client.get(reverse("contacts:index"), {"q": "\x00xanten"})
    page = response.content.decode()
    assert "\x00" not in page and "Xanten (Test)" in page and "Bonn (Test)" not in page


def test_no_downloads_are_offered_for_an_empty_result(client, model_municipality_factory):
    model_municipality_factory(name="Bonn (Test)")
    page = client.get(reverse("contacts:index"), {"q": "gibt es nicht"}).content.decode()
    assert reverse("contacts:directory-pdf") not in page


def test_csv_and_vcard_downloads_are_named_like_the_pdf(client, contact_factory):
    contact = contact_factory()
    state = contact.municipality.state.lower()
    for name, suffix in (("contacts:directory-csv", ".csv"), ("contacts:directory-vcf", ".vcf")):
        response = client.get(reverse(name), {"land": state})
        disposition = response["Content-Disposition"]
        assert f"ansprechpartner-modellkommunen-{state}-20" in disposition and suffix in disposition


def test_vcard_address_has_street_postcode_and_town(client, contact_factory):
    contact = contact_factory(address="Rathausplatz 1\n12345 Musterstadt")
    card = client.get(reverse("contacts:contact-vcf", args=[contact.pk])).content.decode()
    assert "ADR;TYPE=WORK:;;Rathausplatz 1;Musterstadt;;12345;Deutschland" in card


def test_pdfs_of_ever_new_searches_are_limited_per_client(client, model_municipality_factory):
    model_municipality_factory(name="Bonn (Test)")
    url = reverse("contacts:directory-pdf")
    statuses = [client.get(url, {"q": f"suche {n}"}).status_code for n in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429
    assert client.get(url, {"q": "suche 1"}).status_code == 200  # cached: no new rendering
