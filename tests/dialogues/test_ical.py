"""Calendar files and subscriptions: valid RFC 5545, stable UIDs, SEQUENCE, cancellations, time
zones across the change to summer time."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from dialogues import services
from dialogues.selectors import FEED_LIMIT

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_single_event_file_is_valid_and_complete(client, make_event):
    event = make_event("Runder Tisch", address="Marktplatz 1\n12345 Musterstadt")
    calendar = parse(client.get(f"/dialoge/{event.slug}/kalender.ics"))
    (vevent,) = calendar.walk("VEVENT")
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    assert str(vevent["SUMMARY"]) == "Runder Tisch"
    assert str(vevent["LOCATION"]) == "Rathaus, Marktplatz 1, 12345 Musterstadt"
    assert str(vevent["URL"]).endswith(event.get_absolute_url())
    assert vevent.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert calendar.walk("VTIMEZONE")  # the zone is described for calendar programs


def test_times_are_right_on_both_sides_of_the_summer_time_change(client, make_event):
    winter = make_event("Winter", starts_at=datetime(2027, 3, 27, 18, 0, tzinfo=BERLIN))
    summer = make_event("Sommer", starts_at=datetime(2027, 3, 28, 18, 0, tzinfo=BERLIN))
    for event, utc_hour in [(winter, 17), (summer, 16)]:
        (vevent,) = parse(client.get(f"/dialoge/{event.slug}/kalender.ics")).walk("VEVENT")
        start = vevent.decoded("DTSTART")
        assert (start.hour, str(start.tzinfo)) == (18, "Europe/Berlin")
        assert start.astimezone(ZoneInfo("UTC")).hour == utc_hour
        assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_uid_is_stable_and_sequence_rises_with_changes(client, make_event):
    event = make_event("Forum")
    url = f"/dialoge/{event.slug}/kalender.ics"
    (before,) = parse(client.get(url)).walk("VEVENT")
    event.title = "Forum (neuer Titel)"
    services.event_save(event=event)
    event.status, event.status_note = "cancelled", "Krankheit"
    services.event_save(event=event)
    (after,) = parse(client.get(url)).walk("VEVENT")
    assert str(after["UID"]) == str(before["UID"])
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 2)
    assert str(after["STATUS"]) == "CANCELLED"
    assert "Krankheit" in str(after["DESCRIPTION"])


def test_feed_follows_the_filters_and_names_the_calendar(client, make_event):
    make_event(
        "Online-Forum",
        mode="online",
        online_url="https://meeting.example.org/o",
        venue_name="",
        address="",
    )
    make_event("Vor Ort")
    make_event("Vorbei", days=-3, mode="online", online_url="https://meeting.example.org/p")
    make_event(
        "Entwurf", is_published=False, mode="online", online_url="https://meeting.example.org/q"
    )
    calendar = parse(client.get("/dialoge/kalender.ics?teilnahme=online"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Online-Forum"]
    assert "Dialogveranstaltungen" in str(calendar["X-WR-CALNAME"])
    everything = parse(client.get("/dialoge/kalender.ics"))
    assert {str(e["SUMMARY"]) for e in everything.walk("VEVENT")} == {"Online-Forum", "Vor Ort"}


def test_feed_with_unknown_filter_is_a_400_not_a_500(client):
    response = client.get("/dialoge/kalender.ics?format=gibt-es-nicht&von=kaputt")
    assert response.status_code == 400
    assert "Unbekannter Filter" in response.content.decode()


def test_cached_feed_shows_a_change_at_once(client, make_event, editor):
    event = make_event("Erster Titel")
    assert b"Erster Titel" in client.get("/dialoge/kalender.ics").content
    event.title = "Zweiter Titel"
    services.event_save(event=event)
    assert b"Zweiter Titel" in client.get("/dialoge/kalender.ics").content
    draft = make_event("Entwurf wird veröffentlicht", is_published=False)
    assert b"Entwurf" not in client.get("/dialoge/kalender.ics").content
    client.force_login(editor)
    client.post("/admin/dialogues/event/", {"action": "publish", "_selected_action": [draft.pk]})
    assert "Entwurf wird ver" in client.get("/dialoge/kalender.ics").content.decode()


def test_description_keeps_lists_and_decodes_entities(client, make_event):
    event = make_event(
        "Liste", description="<p>Ablauf &amp; Ziele:</p><ul><li>Begrüßung</li><li>Gruppen</li></ul>"
    )
    (vevent,) = parse(client.get(f"/dialoge/{event.slug}/kalender.ics")).walk("VEVENT")
    assert "Ablauf & Ziele:\n• Begrüßung\n• Gruppen" in str(vevent["DESCRIPTION"])


def test_feed_keeps_descriptions_short_and_the_event_file_complete(client, make_event):
    long_text = "<p>" + "Wir sprechen über das Zusammenleben in der Stadt. " * 30 + "Ende.</p>"
    event = make_event("Lang", description=long_text)
    (in_feed,) = parse(client.get("/dialoge/kalender.ics")).walk("VEVENT")
    (alone,) = parse(client.get(f"/dialoge/{event.slug}/kalender.ics")).walk("VEVENT")
    assert "Ende." not in str(in_feed["DESCRIPTION"]) and str(in_feed["URL"]).endswith(
        event.get_absolute_url()
    )
    assert "Ende." in str(alone["DESCRIPTION"])


def test_feed_holds_the_next_hundred_events_and_the_page_says_so(client, make_event):
    for day in range(FEED_LIMIT + 5):
        make_event(f"Dialog Nummer {day + 1}", days=day + 1)
    calendar = Calendar.from_ical(client.get("/dialoge/kalender.ics").content)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert len(summaries) == FEED_LIMIT == 100
    assert "Dialog Nummer 1" in summaries and "Dialog Nummer 100" in summaries
    assert "Dialog Nummer 101" not in summaries  # the later ones come as time passes
    page = client.get("/dialoge/").content.decode()
    assert "immer die nächsten 100 Veranstaltungen" in page
