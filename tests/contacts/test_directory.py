"""The public directory /kontakte/: grouping, filters, escaping, published only, bounded queries."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from contacts import pdf
from contacts.models import ContactPerson, Municipality

pytestmark = pytest.mark.django_db


def test_directory_groups_model_municipalities_by_state_with_published_contacts(
    client, contact_factory, model_municipality_factory
):
    hessen = model_municipality_factory(
        name="Musterstadt (Test)", state="HE", website="https://m.example.org/"
    )
    contact_factory(municipality=hessen, name="Kim Beispiel", phone="+49 (0)69 1234-56")
    contact_factory(municipality=hessen, name="Geheim Unveröffentlicht", is_published=False)
    model_municipality_factory(name="Probeburg (Test)", state="NI")
    model_municipality_factory(name="Keine Modellkommune", is_model_municipality=False)

    html = client.get(reverse("contacts:index")).content.decode()

    assert '<h2 id="land-HE">Hessen</h2>' in html and "Niedersachsen" in html
    assert html.index("Hessen") < html.index("Niedersachsen")
    assert "Kim Beispiel" in html and "Probeburg (Test)" in html
    assert "Geheim Unveröffentlicht" not in html
    assert "Keine Modellkommune" not in html
    assert 'href="tel:+49691234 56"'.replace(" ", "") in html
    assert 'href="mailto:' in html and "Stand: " in html
    assert reverse("contacts:directory-pdf") in html


def test_filter_by_state_and_search_by_person_are_in_the_url(
    client, contact_factory, model_municipality_factory
):
    contact_factory(municipality=model_municipality_factory(name="Hessenstadt", state="HE"))
    bavarian = model_municipality_factory(name="Bayernstadt", state="BY")
    contact_factory(municipality=bavarian, name="Robin Gesucht")

    html = client.get(reverse("contacts:index"), {"land": "HE"}).content.decode()
    assert "Hessenstadt" in html and "Bayernstadt" not in html
    assert "ansprechpartner.pdf?land=HE" in html  # the downloads keep the filter

    html = client.get(reverse("contacts:index"), {"q": "gesucht"}).content.decode()
    assert "Bayernstadt" in html and "Hessenstadt" not in html


@pytest.mark.parametrize("params", [{"land": "XX"}, {"land": "<b>"}, {"q": "x" * 5000}])
def test_bad_filter_values_never_fail(client, params):
    assert client.get(reverse("contacts:index"), params).status_code == 200


def test_markup_in_a_contact_appears_as_text(client, contact_factory):
    contact_factory(name="<script>alert(1)</script>", role="<b>fett</b>")
    html = client.get(reverse("contacts:index")).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;fett&lt;/b&gt;" in html


def test_unpublished_contacts_and_unapproved_municipalities_stay_hidden_everywhere(
    client, contact_factory, model_municipality_factory
):
    hidden = contact_factory(name="Verborgen Person", is_published=False, consent_date=None)
    proposal = model_municipality_factory(name="Vorschlag", is_approved=False)
    contact_factory(municipality=proposal, name="Vorschlag Person")
    for name in ("directory-csv", "directory-vcf"):
        body = client.get(reverse(f"contacts:{name}")).content.decode("utf-8-sig")
        assert "Verborgen" not in body and "Vorschlag" not in body
    assert client.get(reverse("contacts:contact-vcf", args=[hidden.pk])).status_code == 404
    detail = client.get(hidden.municipality.get_absolute_url()).content.decode()
    assert "Verborgen" not in detail


def _fill(count, contact_factory, model_municipality_factory):
    states = ["HE", "BY", "NW", "SN"]
    have = Municipality.objects.model_municipalities().count()
    for number in range(count - have):
        town = model_municipality_factory(state=states[number % 4])
        contact_factory(municipality=town)
        contact_factory(municipality=town, is_published=False)


@pytest.mark.parametrize("size", [35, 500])
def test_directory_and_pdf_run_a_bounded_number_of_queries(
    size,
    client,
    contact_factory,
    model_municipality_factory,
    django_assert_max_num_queries,
    monkeypatch,
):
    _fill(size, contact_factory, model_municipality_factory)
    # The PDF's queries come before WeasyPrint; render the HTML only, to keep the test fast.
    monkeypatch.setattr(pdf, "render_pdf", lambda t, c: render_to_string(t, c).encode())
    assert ContactPerson.objects.count() >= (size - 6) * 2
    with django_assert_max_num_queries(8):
        assert client.get(reverse("contacts:index")).status_code == 200
    with django_assert_max_num_queries(24):  # built and stored (the immediate backend builds)
        assert client.get(reverse("contacts:directory-pdf")).status_code == 200
    with django_assert_max_num_queries(3):  # from storage
        assert client.get(reverse("contacts:directory-pdf")).status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get(reverse("contacts:directory-csv")).status_code == 200


def test_cached_page_shows_an_edit_at_once(client, contact_factory, django_assert_max_num_queries):
    contact = contact_factory(name="Kim Cache", role="Alte Funktion")
    assert "Alte Funktion" in client.get(reverse("contacts:index")).content.decode()
    with django_assert_max_num_queries(5):  # the listing comes from the fragment cache
        client.get(reverse("contacts:index"))
    contact.role = "Neue Funktion"
    contact.save()
    html = client.get(reverse("contacts:index")).content.decode()
    assert "Neue Funktion" in html and "Alte Funktion" not in html
    contact.delete()
    assert "Kim Cache" not in client.get(reverse("contacts:index")).content.decode()
