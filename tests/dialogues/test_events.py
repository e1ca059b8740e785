"""Citizens find events: list, filters in the URL, archive, detail page, home and field pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from dialogues.models import Event

pytestmark = pytest.mark.django_db


def titles(response):
    return [event.title for event in response.context["page_obj"].object_list]


def test_list_shows_upcoming_published_events_soonest_first(client, make_event):
    make_event("Später", days=20)
    make_event("Bald", days=2)
    make_event("Entwurf", days=3, is_published=False)
    make_event("Vorbei", days=-5)
    response = client.get("/dialoge/")
    assert titles(response) == ["Bald", "Später"]
    assert titles(client.get("/dialoge/archiv/")) == ["Vorbei"]


def test_an_event_that_is_running_is_still_listed(client, make_event):
    make_event("Läuft gerade", starts_at=timezone.now() - timedelta(hours=1), hours=3)
    assert titles(client.get("/dialoge/")) == ["Läuft gerade"]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("teilnahme=online", {"Online", "Hybrid"}),
        ("teilnahme=vor-ort", {"Vor Ort", "Hybrid"}),
        ("feld=engagement-und-beteiligung", {"Online"}),
        ("format=workshop", {"Hybrid"}),
        ("land=NI", {"Vor Ort"}),
        ("merkmal=dgs", {"Vor Ort"}),
        ("merkmal=stufenlos&merkmal=dgs", {"Vor Ort"}),
        ("merkmal=sprachen", {"Hybrid"}),
        ("teilnahme=online&feld=engagement-und-beteiligung", {"Online"}),
    ],
)
def test_filters_narrow_the_list_and_combine(client, make_event, other_town, query, expected):
    other_town.state = "NI"
    other_town.save()
    make_event("Vor Ort", municipality=other_town, step_free=True, sign_language=True)
    make_event(
        "Online",
        mode="online",
        online_url="https://meeting.example.org/a",
        venue_name="",
        address="",
        fields=("engagement-und-beteiligung",),
    )
    make_event(
        "Hybrid",
        mode="hybrid",
        online_url="https://meeting.example.org/b",
        format_slug="workshop",
        languages="Englisch",
    )
    assert set(titles(client.get(f"/dialoge/?{query}"))) == expected


def test_filter_by_municipality_and_date_range(client, make_event, other_town):
    make_event("In 3 Tagen", days=3)
    make_event("In 30 Tagen", days=30)
    make_event("Anderswo", days=3, municipality=other_town)
    day = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = client.get(f"/dialoge/?von={day}&bis={day}&gemeinde={other_town.pk}")
    assert titles(response) == ["Anderswo"]


@pytest.mark.parametrize(
    "query,message",
    [
        ("von=2026-13-45", "gültiges Datum"),
        ("von=2027-02-01&bis=2027-01-01", "nicht vor"),
        ("gemeinde=999999", "Unbekannte Kommune"),
        ("gemeinde=abc", "ganze Zahl"),
        ("format=gibt-es-nicht", "gültige Auswahl"),
        ("merkmal=fliegen", "Unbekanntes Merkmal „fliegen“"),
        ("bis=9999-12-31", "zwischen 2000 und 2100"),
        ("von=0001-01-01", "zwischen 2000 und 2100"),
    ],
)
def test_bad_filter_values_get_a_german_message_not_an_error(client, make_event, query, message):
    make_event("Bürgerdialog")
    response = client.get(f"/dialoge/?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert titles(response) == ["Bürgerdialog"]  # the bad filter is ignored


def test_the_filter_form_shows_the_chosen_filters_and_marks_the_wrong_ones(client, make_event):
    make_event("Bürgerdialog", step_free=True)
    html = client.get("/dialoge/?land=HE&teilnahme=zz&merkmal=stufenlos").content.decode()
    assert '<option value="HE" selected>Hessen</option>' in html
    assert '<option value="" selected>Alle Bundesländer</option>' not in html
    assert 'value="stufenlos" class="form-check-input" id="id_merkmal_0" checked>' in html
    # the wrong value: marked, and the select is described by its message in the summary
    assert (
        '<select name="teilnahme" class="form-select is-invalid" aria-invalid="true" '
        'aria-describedby="id_teilnahme_error" id="id_teilnahme">' in html
    )
    assert '<li id="id_teilnahme_error"><a href="#id_teilnahme">Teilnahme</a>' in html
    assert '<option value="" selected>Alle Formate</option>' in html


def test_known_features_of_a_partly_wrong_list_still_apply(client, make_event):
    make_event("Stufenlos", step_free=True)
    make_event("Mit Treppe")
    assert titles(client.get("/dialoge/?merkmal=stufenlos&merkmal=fliegen")) == ["Stufenlos"]


def test_extreme_dates_never_break_archive_or_feed(client, make_event):
    make_event("Bald")
    assert client.get("/dialoge/archiv/?bis=9999-12-31").status_code == 200
    assert client.get("/dialoge/kalender.ics?bis=9999-12-31").status_code == 400


def test_feed_of_a_municipality_without_events_is_empty_not_an_error(
    client, make_event, other_town
):
    make_event("Woanders")
    response = client.get(f"/dialoge/kalender.ics?gemeinde={other_town.pk}")
    assert response.status_code == 200 and b"VEVENT" not in response.content


def test_cancelled_events_are_not_teased_on_the_home_page(client, make_event):
    make_event("Fällt aus", status="cancelled", status_note="Krank")
    make_event("Findet statt", days=9)
    page = client.get("/").content.decode()
    assert "Findet statt" in page and "Fällt aus" not in page


def test_filters_stay_in_pagination_and_feed_links(client, make_event):
    for number in range(25):
        make_event(
            f"Online {number}",
            mode="online",
            online_url="https://meeting.example.org/x",
            days=number + 1,
        )
    page = client.get("/dialoge/?teilnahme=online").content.decode()
    assert "?teilnahme=online&amp;page=2" in page
    assert "webcal://testserver/dialoge/kalender.ics?teilnahme=online" in page
    assert "https://testserver/dialoge/kalender.ics?teilnahme=online" in page
    assert len(titles(client.get("/dialoge/?teilnahme=online&page=2"))) == 5
    assert "?page=2" in client.get("/dialoge/").content.decode()  # no stray "?&page=2"


def test_detail_shows_everything_a_citizen_needs(client, make_event):
    event = make_event(
        "Runder Tisch Vielfalt",
        step_free=True,
        hearing_loop=True,
        languages="Arabisch",
        organiser_email="dialog@musterstadt.example.org",
        organiser_phone="0123 4567",
    )
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Runder Tisch Vielfalt" in page
    assert "Marktplatz 1<br>12345 Musterstadt" in page
    assert "https://www.openstreetmap.org/search?query=Marktplatz+1+12345+Musterstadt" in page
    assert "Stufenloser Zugang" in page and "Höranlage" in page and "Arabisch" in page
    assert 'href="tel:01234567"' in page
    assert f"/dialoge/{event.slug}/kalender.ics" in page
    assert "iframe" not in page  # no embedded third-party map


def test_join_link_only_for_registered_participants(client, make_event, platform_event):
    open_event = make_event(
        "Offen online",
        mode="online",
        venue_name="",
        address="",
        online_url="https://meeting.example.org/offen",
    )
    assert (
        "https://meeting.example.org/offen"
        in client.get(open_event.get_absolute_url()).content.decode()
    )
    page = client.get(platform_event.get_absolute_url()).content.decode()
    assert "geheim-123" not in page
    assert (
        "geheim-123"
        not in client.get(f"/dialoge/{platform_event.slug}/kalender.ics").content.decode()
    )
    assert "geheim-123" not in client.get("/dialoge/kalender.ics").content.decode()


def test_cancelled_events_stay_visible_and_marked(client, make_event):
    event = make_event(
        "Abgesagter Workshop", status="cancelled", status_note="Die Referentin ist erkrankt."
    )
    assert "Abgesagter Workshop" in titles(client.get("/dialoge/"))
    page = client.get(event.get_absolute_url()).content.decode()
    assert "abgesagt" in page and "Die Referentin ist erkrankt." in page


def test_unpublished_event_is_hidden_from_the_public(client, make_event, editor):
    event = make_event("Noch geheim", is_published=False)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert client.get(f"/dialoge/{event.slug}/kalender.ics").status_code == 404
    client.force_login(editor)
    assert "Vorschau" in client.get(event.get_absolute_url()).content.decode()


def test_other_events_of_the_same_municipality(client, make_event, other_town):
    event = make_event("Hauptveranstaltung")
    make_event("Noch eine hier", days=9)
    make_event("Woanders", municipality=other_town)
    response = client.get(event.get_absolute_url())
    assert [e.title for e in response.context["others"]] == ["Noch eine hier"]


def test_home_and_field_page_show_the_next_events(client, make_event):
    make_event("Zusammenhalt-Abend", fields=("zusammenhalt-und-begegnung",))
    make_event("Steuerungs-Runde", fields=("management-und-steuerung",))
    assert "Zusammenhalt-Abend" in client.get("/").content.decode()
    field_page = client.get("/magazin/feld/zusammenhalt-und-begegnung/").content.decode()
    assert "Zusammenhalt-Abend" in field_page and "Steuerungs-Runde" not in field_page


def test_unknown_event_is_404(client):
    assert client.get("/dialoge/gibt-es-nicht/").status_code == 404
    assert client.get("/dialoge/gibt-es-nicht/kalender.ics").status_code == 404


@pytest.mark.parametrize("count", [10, 1000])
def test_queries_are_bounded_whatever_the_number_of_events(
    client, make_event, platform_event, django_assert_max_num_queries, count
):
    source = Event.objects.get(pk=platform_event.pk)
    fields = list(source.fields.all())
    events = []
    for number in range(count):
        source.pk, source.slug = None, f"viele-{number}"
        source.starts_at += timedelta(minutes=1)
        source.ends_at += timedelta(minutes=1)
        events.append(
            Event(**{f.attname: getattr(source, f.attname) for f in Event._meta.concrete_fields})
        )
    created = Event.objects.bulk_create(events)
    Event.fields.through.objects.bulk_create(
        Event.fields.through(event_id=e.pk, field_id=fields[0].pk) for e in created
    )
    with django_assert_max_num_queries(8):
        assert client.get("/dialoge/?teilnahme=online").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(platform_event.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(6):
        assert (
            client.get("/dialoge/kalender.ics?feld=zusammenhalt-und-begegnung").status_code == 200
        )


def test_many_municipalities_get_a_name_search_instead_of_a_long_list(
    client, make_event, municipality_factory
):
    from dialogues import filters as forms

    towns = municipality_factory.create_batch(forms.MAX_MUNICIPALITY_OPTIONS)
    towns.append(municipality_factory(name="Einzigartighausen"))
    for town in towns:
        make_event(f"Dialog in {town.name}", municipality=town)
    page = client.get("/dialoge/").content.decode()
    assert 'name="ort"' in page and 'name="gemeinde"' not in page
    assert titles(client.get("/dialoge/", {"ort": "einzigartig"})) == [
        "Dialog in Einzigartighausen"
    ]
