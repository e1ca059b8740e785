"""iCalendar (RFC 5545) for events: one event, a feed for any filter, and the e-mail attachment."""

from html import unescape
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, normalize_newlines
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from dialogues.models import EventStatus, RegistrationStatus

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
    for tag, text in [
        ("</p>", "</p>\n"),
        ("<li>", "\n<li>• "),
        ("<br>", "\n"),
        ("</h2>", "</h2>\n"),
    ]:
        html = html.replace(tag, text)
    text = unescape(strip_tags(html))
    return "\n".join(line.strip() for line in normalize_newlines(text).splitlines() if line.strip())


def _summary(event, waiting):
    if event.status != EventStatus.PLANNED:
        return f"{event.get_status_display().upper()}: {event.title}"
    return _("Waiting list: %(title)s") % {"title": event.title} if waiting else event.title


FEED_DESCRIPTION_CHARS = 400  # a subscription shows the gist; the link has everything


def _vevent(event, registration=None, short=False):
    local = timezone.get_default_timezone()
    status = registration.status if registration is not None else None
    item = VEvent()
    item.add("uid", f"event-{event.pk}@{urlsplit(settings.SITE_URL).hostname}")
    item.add("sequence", event.sequence)
    item.add("dtstamp", event.updated_at)
    item.add("last-modified", event.updated_at)
    item.add("dtstart", timezone.localtime(event.starts_at, local))
    item.add("dtend", timezone.localtime(event.ends_at, local))
    item.add("summary", _summary(event, status == RegistrationStatus.WAITING))
    url = settings.SITE_URL + event.get_absolute_url()
    # The join link: public unless registration runs here; then for confirmed participants only.
    join = (
        event.online_url
        if event.is_online and (event.join_link_is_public or status == RegistrationStatus.CONFIRMED)
        else ""
    )
    lines = [
        event.status_note,
        join and _("Join online:") + " " + join,
        Truncator(_plain(event.description)).chars(FEED_DESCRIPTION_CHARS)
        if short
        else _plain(event.description),
        url,
    ]
    item.add("description", "\n\n".join(line for line in lines if line))
    item.add("url", url)
    waiting = status == RegistrationStatus.WAITING
    item.add("status", "TENTATIVE" if waiting else STATUS[event.status])
    venue = (
        ", ".join(p for p in [event.venue_name, event.address_one_line] if p)
        if event.has_venue
        else ""
    )
    if venue or join:
        item.add("location", venue or join)
    item.add("categories", [event.format.name])
    return item


def calendar_bytes(events, *, name=None, registration=None, short=False) -> bytes:
    calendar = _calendar(name)
    for event in events:
        calendar.add_component(_vevent(event, registration, short))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def attachment(event, registration):
    """(file name, content, type) for an e-mail: with the join link for registered participants;
    for a cancelled registration a cancellation that removes the entry from the calendar."""
    if registration.status == RegistrationStatus.CANCELLED:
        calendar = _calendar()
        calendar.add("method", "CANCEL")
        item = _vevent(event)
        item["STATUS"] = "CANCELLED"
        item["SEQUENCE"] = event.sequence + 1
        calendar.add_component(item)
        calendar.add_missing_timezones()
        content = calendar.to_ical().decode()
        return (f"{event.slug}.ics", content, "text/calendar; method=CANCEL; charset=utf-8")
    content = calendar_bytes([event], registration=registration).decode()
    return (f"{event.slug}.ics", content, "text/calendar; charset=utf-8")
