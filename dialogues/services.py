"""Writes of the dialogues app: saving events, registrations with a waiting list, reminders and the
deletion of personal data after the event."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from dialogues import ical, selectors
from dialogues.constants import RESERVED_SLUGS
from dialogues.models import Event, EventStatus, Registration, RegistrationStatus
from weltoffen import ratelimit
from weltoffen.mail import send_templated_email

PURGE_AFTER = timedelta(days=30)
# Changes that participants must hear about (and calendars must pick up).
NOTIFY_FIELDS = {"starts_at", "ends_at", "status", "mode", "venue_name", "address", "online_url"}
CALENDAR_FIELDS = NOTIFY_FIELDS | {"title", "description", "status_note", "organiser_name"}


def unique_slug(title: str) -> str:
    german = title.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    base = slugify(german)[:180] or "veranstaltung"
    slug, number = base, 2
    while Event.objects.filter(slug=slug).exists() or slug in RESERVED_SLUGS:
        slug, number = f"{base}-{number}", number + 1
    return slug


class RegistrationError(Exception):
    """A registration that cannot be made, with a German message for the citizen."""


def normal(value):
    """A value as compared for changes: text with its whitespace (line endings) normalised."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _really_changed(event):
    """Which fields differ from the stored event (not what a form thinks changed: a browser sends
    an unchanged address with other line endings)."""
    stored = Event.objects.filter(pk=event.pk).first()
    if stored is None:
        return set()
    fields = CALENDAR_FIELDS | {"capacity"}
    return {f for f in fields if normal(getattr(stored, f)) != normal(getattr(event, f))}


# What members may change on a published event without a new editorial check.
MEMBER_SAFE_FIELDS = {"status", "status_note", "starts_at", "ends_at", "capacity"}


def member_edit_needs_review(event: Event, form_changed: list[str]) -> bool:
    """A member changed the content (text, links, image …) of a published event."""
    if not event.is_published or event.pk is None:
        return False
    stored = Event.objects.get(pk=event.pk)
    content = [f for f in form_changed if f not in MEMBER_SAFE_FIELDS and f != "fields"]
    changed = [f for f in content if normal(getattr(stored, f)) != normal(getattr(event, f))]
    return bool(changed) or "fields" in form_changed


def event_save(*, event: Event, save_m2m=None) -> Event:
    """Saves an event from the admin or the municipality's form. Calendar-relevant changes raise
    the iCalendar SEQUENCE; changes of time, place or status are mailed to the participants; more
    places let the waiting list move up."""
    is_new = event.pk is None
    changed = set() if is_new else _really_changed(event)
    promoted = []
    with transaction.atomic():
        if changed & CALENDAR_FIELDS:
            event.sequence += 1
        event.save()
        if save_m2m:
            save_m2m()
        if not is_new and "capacity" in changed and event.registration_open:
            promoted = _move_up(Event.objects.select_for_update().get(pk=event.pk))
    if not is_new and changed & NOTIFY_FIELDS:  # after the commit: never mail a rolled-back change
        transaction.on_commit(lambda: _notify_participants(event, changed))
    for moved in promoted:
        mail_registration(moved, "registration_moved_up")
    return event


def event_submit(*, event: Event, save_m2m, municipality, by) -> Event:
    """A member submits an event of their municipality; the editorial team publishes it."""
    event.municipality = municipality
    event.submitted_by = by
    event.is_published = False
    for _attempt in range(3):  # two members may submit the same title at the same moment
        event.slug = unique_slug(event.title)
        try:
            return event_save(event=event, save_m2m=save_m2m)
        except IntegrityError:
            event.pk = None
    raise IntegrityError("no free address for the event")


def _notify_participants(event, changed):
    for registration in event.registrations.exclude(status=RegistrationStatus.CANCELLED):
        registration.event = event
        mail_registration(registration, "event_changed")


# Registrations per hour: per address and event, per address, per client (shared networks such as
# libraries or town halls register several people).
PER_EVENT_AND_ADDRESS, PER_ADDRESS, PER_CLIENT = 3, 10, 30


def _registration_allowed(event, email, client):
    hour = 60 * 60
    checks = [
        ratelimit.allow(
            "event-registration", f"{event.pk}:{email}", limit=PER_EVENT_AND_ADDRESS, window=hour
        ),
        ratelimit.allow("event-registration:address", email, limit=PER_ADDRESS, window=hour),
        ratelimit.allow("event-registration:ip", client, limit=PER_CLIENT, window=hour),
    ]
    return ratelimit.combine(*checks)


def registration_submit(
    *, event: Event, client: str, name: str, email: str, people: int, needs: str
) -> Registration:
    """A citizen's registration from the event page, limited per address and per client. An
    address registered before gets its registration mailed again (the page says the same)."""
    if not (decision := _registration_allowed(event, email, client)):
        if decision is ratelimit.Decision.UNAVAILABLE:
            raise RegistrationError(str(ratelimit.UNAVAILABLE_MESSAGE))
        raise RegistrationError(
            _("Too many registrations in a short time. Please try again later.")
        )
    registration, created = registration_create(
        event_id=event.pk, name=name, email=email, people=people, needs=needs
    )
    if not created:
        mail_registration(registration, "registration_exists")
    return registration


def registration_create(
    *, event_id: int, name: str, email: str, people: int, needs: str
) -> tuple[Registration | None, bool]:
    """Registers for the event or puts on its waiting list. The event row is locked, so concurrent
    requests for the last places are served one after another and never overbook.
    Returns (registration, created); an address already registered gets (existing, False)."""
    email = email.strip().lower()
    with transaction.atomic():
        event = Event.objects.select_for_update().filter(pk=event_id).first()
        if event is None or not event.registration_open:
            raise RegistrationError(_("Registration for this event is not possible (any more)."))
        existing = event.registrations.exclude(status=RegistrationStatus.CANCELLED)
        existing = existing.filter(email=email).first()
        if existing:
            return existing, False
        if event.capacity is not None and people > event.capacity:
            raise RegistrationError(
                _("This event has %(capacity)d places in all; please register fewer people.")
                % {"capacity": event.capacity}
            )
        # Whoever waits does not fit into the free places (they move up as soon as they do), so
        # a registration that fits takes a free place.
        has_room = event.capacity is None or selectors.seats_taken(event) + people <= event.capacity
        status = RegistrationStatus.CONFIRMED if has_room else RegistrationStatus.WAITING
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    name=name.strip(),
                    email=email,
                    people=people,
                    needs=needs.strip(),
                    status=status,
                    consented_at=timezone.now(),
                )
        except IntegrityError:  # the same address in a parallel request
            existing = event.registrations.exclude(status=RegistrationStatus.CANCELLED)
            existing = existing.filter(email=email).first()
            if existing is None:
                raise RegistrationError(_("Please try again.")) from None
            return existing, False
    mail_registration(registration, "registration_received")  # committed above
    return registration, True


def mail_registration(registration, template):
    """An e-mail about the registration, with the calendar entry and the personal link."""
    event = registration.event
    return send_templated_email(
        to=registration.email,
        template=template,
        context={
            "event": event,
            "registration": registration,
            "event_url": settings.SITE_URL + event.get_absolute_url(),
            "manage_url": settings.SITE_URL + registration.get_absolute_url(),
        },
        attachments=[ical.attachment(event, registration)],
    )


def registration_cancel(*, registration: Registration) -> list[Registration]:
    """Cancels a registration; people on the waiting list move up in order while places allow.
    Returns those who moved up (they get an e-mail)."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return []
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status"])
        promoted = _move_up(event) if event.starts_at > timezone.now() else []
    registration.event = event
    mail_registration(registration, "registration_cancelled")
    for moved in promoted:
        mail_registration(moved, "registration_moved_up")
    return promoted


def _move_up(event):
    free = None if event.capacity is None else event.capacity - selectors.seats_taken(event)
    promoted = []
    for waiting in event.registrations.filter(status=RegistrationStatus.WAITING).order_by(
        "created_at", "pk"
    ):
        if free is not None and waiting.people > free:
            continue  # a group larger than the free places waits; smaller entries behind move up
        waiting.status = RegistrationStatus.CONFIRMED
        waiting.save(update_fields=["status"])
        promoted.append(waiting)
        if free is not None:
            free -= waiting.people
    return promoted


def send_reminders(*, now=None) -> int:
    """E-mails confirmed participants of tomorrow's events (Berlin time) once."""
    now = timezone.localtime(now or timezone.now())
    tomorrow = now.date() + timedelta(days=1)
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminded_at__isnull=True,
        event__status=EventStatus.PLANNED,
        event__is_published=True,
        event__starts_at__date=tomorrow,
    ).select_related("event", "event__municipality")
    sent = 0
    for registration in due:
        marked = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True)
        if not marked.update(reminded_at=now):
            continue  # another run took it
        result = mail_registration(registration, "event_reminder")
        if result.status == TaskResultStatus.FAILED:  # try again with the next run
            Registration.objects.filter(pk=registration.pk).update(reminded_at=None)
            continue
        sent += 1
    return sent


def purge_registrations(*, now=None) -> int:
    """Deletes the personal data of registrations 30 days after their event ended; the number of
    participants stays on the event for statistics."""
    cutoff = (now or timezone.now()) - PURGE_AFTER
    deleted = 0
    events = Event.objects.filter(ends_at__lt=cutoff, registrations__isnull=False).distinct()
    for event in events:
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event.pk)
            count = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
            removed, _detail = event.registrations.all().delete()
            Event.objects.filter(pk=event.pk).update(
                registrations_purged=event.registrations_purged + count
            )
            deleted += removed
    return deleted
