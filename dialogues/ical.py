"""iCalendar (RFC 5545) for events: one event, a feed for any filter, and the e-mail attachment."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from icalendar import Calendar
from icalendar import Event as VEvent

from dialogues.models import EventStatus

PRODID = "-//Weltoffene Kommune//Dialoge//DE"
STATUS = {
    EventStatus.PLANNED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}


def _calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
        calendar.add(
            "refresh-interval", timezone.timedelta(hours=6), parameters={"VALUE": "DURATION"}
        )
    return calendar


def _plain(html):
    text = strip_tags(html.replace("</p>", "</p>\n").replace("<li>", "<li>• "))
    return "\n".join(line.strip() for line in normalize_newlines(text).splitlines() if line.strip())


def _vevent(event, registration=None):
    local = timezone.get_default_timezone()
    item = VEvent()
    item.add("uid", f"event-{event.pk}@{urlsplit(settings.SITE_URL).hostname}")
    item.add("sequence", event.sequence)
    item.add("dtstamp", event.updated_at)
    item.add("last-modified", event.updated_at)
    item.add("dtstart", timezone.localtime(event.starts_at, local))
    item.add("dtend", timezone.localtime(event.ends_at, local))
    title = (
        event.title
        if event.status == EventStatus.PLANNED
        else f"{event.get_status_display().upper()}: {event.title}"
    )
    item.add("summary", title)
    url = settings.SITE_URL + event.get_absolute_url()
    lines = [event.status_note, _plain(event.description), url]
    registered = registration is not None and registration.status == "confirmed"
    show_link = event.is_online and (event.join_link_is_public or registered)
    if show_link and event.online_url:
        lines.insert(1, f"Online teilnehmen: {event.online_url}")
    item.add("description", "\n\n".join(line for line in lines if line))
    item.add("url", url)
    item.add("status", STATUS[event.status])
    location = (
        ", ".join(part for part in [event.venue_name, " ".join(event.address.split())] if part)
        if event.has_venue
        else ""
    )
    if location:
        item.add("location", location)
    elif show_link and event.online_url:
        item.add("location", event.online_url)
    item.add("categories", [event.format.name])
    return item


def calendar_bytes(events, *, name=None, registration=None) -> bytes:
    calendar = _calendar(name)
    for event in events:
        calendar.add_component(_vevent(event, registration))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def attachment(event, registration):
    """(file name, content, type) for an e-mail: with the join link for registered participants."""
    content = calendar_bytes([event], registration=registration).decode()
    return (f"{event.slug}.ics", content, "text/calendar; charset=utf-8")
