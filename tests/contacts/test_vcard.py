"""vCards as an address book reads them: parsed back with vobject."""

import pytest
import vobject
from django.urls import reverse

pytestmark = pytest.mark.django_db


def read_card(client, contact):
    response = client.get(reverse("contacts:contact-vcf", args=[contact.pk]))
    return vobject.readOne(response.content.decode("utf-8"))


def test_titles_go_to_the_name_prefix_and_the_address_into_its_parts(client, contact_factory):
    contact = contact_factory(
        name="Prof. Dr. Anna Beispiel-Muster, M.A. (sie/ihr)",
        address="Rathaus\nMarktplatz 1\n12345 Musterstadt",
    )
    card = read_card(client, contact)
    name = card.n.value
    assert (name.prefix, name.given, name.family, name.suffix) == (
        "Prof. Dr.",
        "Anna",
        "Beispiel-Muster",
        "M.A.",
    )
    assert card.fn.value == "Prof. Dr. Anna Beispiel-Muster, M.A. (sie/ihr)"
    address = card.adr.value
    assert (address.street, address.code, address.city, address.country) == (
        "Rathaus, Marktplatz 1",
        "12345",
        "Musterstadt",
        "Deutschland",
    )


def test_separators_and_line_breaks_in_values_survive(client, contact_factory):
    contact = contact_factory(
        name="Kim Beispiel",
        role="Integration; Teilhabe, Vielfalt",
        department="Amt für Soziales,\nJugend; Familie " + "und noch viel mehr " * 5,
    )
    card = read_card(client, contact)
    assert card.title.value == "Integration; Teilhabe, Vielfalt"
    assert card.org.value[1] == contact.department
    assert (card.n.value.given, card.n.value.family, card.n.value.prefix) == ("Kim", "Beispiel", "")
    assert card.tel.value == "+49 30 23125 000"
    assert card.tel.params["TYPE"] == ["WORK", "VOICE"]


def test_directory_vcards_are_one_card_per_person(client, contact_factory):
    first = contact_factory(name="Dr. Sam Muster")
    contact_factory(municipality=first.municipality, name="Jo Beispiel")
    response = client.get(reverse("contacts:directory-vcf"))
    cards = list(vobject.readComponents(response.content.decode("utf-8")))
    assert sorted(card.n.value.family for card in cards) == ["Beispiel", "Muster"]
