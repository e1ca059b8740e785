"""Home page map of the model municipalities, and the demo directory of load_demo."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from contacts import germany_map
from contacts.models import Bundesland, ContactPerson, HelpOffer, Municipality

pytestmark = pytest.mark.django_db


def test_home_page_draws_the_states_and_links_each_point_to_the_directory(
    client, model_municipality_factory, django_assert_max_num_queries
):
    town = model_municipality_factory(name="Kartenstadt", latitude="50.11", longitude="8.68")
    model_municipality_factory(name="Ohne Koordinaten")
    with django_assert_max_num_queries(10):
        html = client.get(reverse("home")).content.decode()
    assert html.count('fill-rule="evenodd"') == 16  # the 16 Bundesländer
    for label in Bundesland.labels:
        assert f"<title>{label}</title>" in html
    # points are for mouse and touch; keyboard and screen readers use the list (no double stops)
    assert f'<a href="/kontakte/#kommune-{town.pk}" tabindex="-1"><circle' in html
    # The list is the text alternative and includes the municipality without a point.
    assert f'href="/kontakte/#kommune-{town.pk}">Kartenstadt</a>' in html
    assert "Ohne Koordinaten" in html and "amCharts" in html
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", ""
    )


def test_home_page_map_shows_a_change_of_a_model_municipality_at_once(
    client, model_municipality_factory
):
    town = model_municipality_factory(name="Altstadt", latitude="50.11", longitude="8.68")
    assert ">Altstadt</a>" in client.get(reverse("home")).content.decode()
    # also a change that bypasses save() (a migration's or an admin action's update())
    Municipality.objects.filter(pk=town.pk).update(name="Neustadt", longitude="9.68")
    html = client.get(reverse("home")).content.decode()
    assert ">Neustadt</a>" in html and "Altstadt" not in html
    assert f'cx="{germany_map.project(50.11, 9.68)[0]}"' in html
    model_municipality_factory(name="Zuwachs")
    assert ">Zuwachs</a>" in client.get(reverse("home")).content.decode()


def test_projection_places_points_inside_the_map():
    geodata = germany_map._geodata()
    x, y = germany_map.project(50.11, 8.68)  # Frankfurt am Main, in Hessen's outline
    assert 0 < x < geodata["width"] and 0 < y < geodata["height"]
    assert germany_map.project(55.1, 5.8) == (0, 0)


@override_settings(SECURE_HTTPS=False)
def test_load_demo_fills_the_directory_to_35_model_municipalities():
    call_command("load_demo")
    call_command("load_demo")  # idempotent
    fictional = Municipality.objects.model_municipalities().filter(name__endswith="(Demo)")
    assert fictional.count() == 29  # with the six confirmed real ones: 35, as in the project
    assert Municipality.objects.model_municipalities().count() == 35
    for name, kind, state in [
        ("Musterstadt (Demo)", "stadt", "HE"),
        ("Beispielhausen (Demo)", "gemeinde", "NI"),
        ("Landkreis Probeland (Demo)", "landkreis", "BB"),
        ("Neustadt am Mustersee (Demo)", "stadt", "BY"),
        ("Fiktivburg (Demo)", "kreisfreie-stadt", "NW"),
    ]:
        town = Municipality.objects.get(name=name, kind=kind, state=state)
        assert town.is_model_municipality and town.latitude is not None
    contacts = ContactPerson.objects.filter(municipality__in=fictional)
    assert contacts.filter(is_published=True).count() >= 35
    assert all(c.is_demo and "example.org" in c.email for c in contacts)
    assert HelpOffer.objects.filter(is_demo=True, state="").count() >= 2
    real = Municipality.objects.model_municipalities().exclude(name__endswith="(Demo)")
    placeholders = ContactPerson.objects.filter(municipality__in=real)
    assert placeholders.exists() and all(c.is_demo and "(Demo)" in c.name for c in placeholders)
