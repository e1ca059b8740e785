"""Writes of the dialogues app: saving events, registrations with a waiting list, reminders and the
deletion of personal data after the event."""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues import ical, selectors, tasks
from dialogues.constants import RESERVED_SLUGS
from dialogues.models import Event, EventStatus, Registration, RegistrationStatus
from weltoffen import ratelimit
from weltoffen.mail import send_templated_email, send_templated_email_now
from weltoffen.text import german_slug

PURGE_AFTER = timedelta(days=30)
# Changes that participants must hear about (and calendars must pick up).
NOTIFY_FIELDS = {"starts_at", "ends_at", "status", "mode", "venue_name", "address", "online_url"}
CALENDAR_FIELDS = NOTIFY_FIELDS | {"title", "description", "status_note", "organiser_name"}


def unique_slug(title: str) -> str:
    base = german_slug(title, 180) or "veranstaltung"
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
        transaction.on_commit(partial(_notify_participants, event, changed))
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
    """One task renders and sends the change mails in the worker (not one e-mail per participant
    inside the editor's request); those who register after the change are not told of it."""
    tasks.notify_event_change.enqueue(
        event_id=event.pk,
        sequence=event.sequence,
        changed_fields=sorted(changed),
        changed_at=timezone.now().isoformat(),
    )


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
    """A citizen's registration from the event page, limited per address and per client. It waits
    for the confirmation link in its e-mail. An address registered before gets its confirmation
    link or its registration mailed again (the page says the same as for a new one)."""
    if not (decision := _registration_allowed(event, email, client)):
        too_many = _("Too many registrations in a short time. Please try again later.")
        raise RegistrationError(ratelimit.refusal(decision, too_many))
    registration, created = registration_create(
        event_id=event.pk, name=name, email=email, people=people, needs=needs
    )
    if not created and registration.status == RegistrationStatus.PENDING:
        mail_confirmation_request(registration)
    elif not created:
        mail_registration(registration, "registration_exists")
    return registration


def _hold():
    return timedelta(minutes=settings.EVENT_REGISTRATION_HOLD_MINUTES)


def _check_group(event, people):
    if people > event.max_group_size:
        raise RegistrationError(
            _("At most %(limit)d people can register together for this event.")
            % {"limit": event.max_group_size}
        )
    if event.capacity is not None and people > event.capacity:
        raise RegistrationError(
            _("This event has %(capacity)d places in all; please register fewer people.")
            % {"capacity": event.capacity}
        )


def _fits(event, people, *, excluding=None):
    """Whoever waits does not fit into the free places (the waiting list moves up first, under
    the same lock), so a registration that fits takes a free place."""
    if event.capacity is None:
        return True
    return selectors.seats_taken(event, excluding=excluding) + people <= event.capacity


def _existing(event, email):
    return event.registrations.active().filter(email=email).first()


def registration_create(
    *, event_id: int, name: str, email: str, people: int, needs: str
) -> tuple[Registration | None, bool]:
    """Creates an unconfirmed registration that holds its places, if they are free, until
    `hold_until`; the e-mail asks to confirm it. The event row is locked, so concurrent requests
    for the last places are served one after another and never overbook.
    Returns (registration, created); an address already registered gets (existing, False)."""
    email = email.strip().lower()
    now = timezone.now()
    with transaction.atomic():
        event = Event.objects.select_for_update().filter(pk=event_id).first()
        if event is None or not event.registration_open:
            raise RegistrationError(_("Registration for this event is not possible (any more)."))
        if existing := _existing(event, email):
            return existing, False
        _check_group(event, people)
        promoted = _move_up(event)  # places of expired holds go to those waiting first
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    name=" ".join(name.split()),  # one line: no paragraphs in the e-mail
                    email=email,
                    people=people,
                    needs=needs.strip(),
                    status=RegistrationStatus.PENDING,
                    holds_places=_fits(event, people),
                    hold_until=now + _hold(),
                    consented_at=now,
                )
        except IntegrityError:  # the same address in a parallel request
            registration = None
            existing = _existing(event, email)
    _mail_moved_up(promoted)  # committed above, whatever became of this registration
    if registration is None:
        if existing is None:
            raise RegistrationError(_("Please try again."))
        return existing, False
    mail_confirmation_request(registration)
    return registration, True


def registration_confirm(*, registration: Registration) -> Registration:
    """The address owner confirms with the link in the e-mail. Within the hold the held places
    become theirs; later they get places only if some are free, otherwise the waiting list
    (behind everyone who confirmed before). Confirming twice changes nothing."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.PENDING:
            return registration
        if not event.registration_open:
            raise RegistrationError(_("Registration for this event is not possible (any more)."))
        promoted = _move_up(event)  # after an expired hold, those waiting come first
        fits = _fits(event, registration.people, excluding=registration)
        registration.status = RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITING
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
    registration.event = event
    _mail_moved_up(promoted)
    mail_registration(registration, "registration_received")
    return registration


def registration_holds_expire(*, now=None) -> int:
    """The periodic job: unconfirmed registrations whose time ran out lapse (the address may
    register again) and the waiting list moves up into the places they held. Lapsed
    registrations are deleted a week later. Safe to run at any time and any number of times.
    Returns the number of registrations that lapsed."""
    now = now or timezone.now()
    due = Registration.objects.filter(status=RegistrationStatus.PENDING, hold_until__lte=now)
    lapsed = 0
    for event_id in set(due.values_list("event_id", flat=True)):
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event_id)
            lapsed += due.filter(event=event).update(status=RegistrationStatus.EXPIRED)
            promoted = _move_up(event) if event.starts_at > now else []
        _mail_moved_up(promoted)
    Registration.objects.filter(
        status=RegistrationStatus.EXPIRED, hold_until__lte=now - LAPSED_KEPT
    ).delete()
    return lapsed


# How long the personal link of a lapsed registration still says what happened.
LAPSED_KEPT = timedelta(days=7)


def mail_confirmation_request(registration):
    """The only e-mail a stranger can trigger: the registered name (as plain text, never a link)
    and the event's own details, no calendar entry, no join link, nothing else they typed."""
    event = registration.event
    return send_templated_email(
        to=registration.email,
        template="registration_confirm",
        context={
            "event": event,
            "registration": registration,
            "event_url": settings.SITE_URL + event.get_absolute_url(),
            "confirm_url": settings.SITE_URL + registration.get_confirm_url(),
            "name": registration.name,
        },
        plain=["name"],
    )


def _mail_moved_up(promoted):
    for moved in promoted:
        mail_registration(moved, "registration_moved_up")


def mail_registration(registration, template, *, now=False):
    """An e-mail about the registration, with the calendar entry and the personal link; queued,
    or with now=True sent at once (by a task that marks what it sent)."""
    event = registration.event
    send = send_templated_email_now if now else send_templated_email
    return send(
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
    _mail_moved_up(promoted)
    return promoted


def _move_up(event):
    free = None if event.capacity is None else event.capacity - selectors.seats_taken(event)
    promoted = []
    for waiting in event.registrations.filter(status=RegistrationStatus.WAITING).order_by(
        "confirmed_at", "pk"
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
    """Queues a reminder for each confirmed participant of tomorrow's events (Berlin time) who has
    none yet; the task sends it and marks it as sent, once however often this runs."""
    now = timezone.localtime(now or timezone.now())
    tomorrow = now.date() + timedelta(days=1)
    due = list(
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminded_at__isnull=True,
            event__status=EventStatus.PLANNED,
            event__is_published=True,
            event__starts_at__date=tomorrow,
        ).values_list("pk", flat=True)
    )
    for registration_id in due:
        tasks.send_event_reminder.enqueue(registration_id=registration_id)
    return len(due)


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
