"""Background work of the dialogues app (Django's tasks; the worker runs them in production).
Arguments are ids and plain values; each task may run twice without mailing anybody twice: what
was sent is marked in the same transaction, under a row lock, and a failed send marks nothing."""

import logging

from django.db import transaction
from django.tasks import task
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from dialogues import services
from dialogues.models import Event, EventStatus, Registration, RegistrationStatus

logger = logging.getLogger(__name__)


class MailsNotSent(Exception):
    """Some e-mails of a task failed; running the task again sends only those."""


@task
def notify_event_change(
    *, event_id: int, sequence: int, changed_fields: list[str], changed_at: str
) -> int:
    """Mails the participants registered before the change (changed_at) that the time, place or
    status of the event changed. Returns how many e-mails went out."""
    event = Event.objects.filter(pk=event_id).select_related("municipality").first()
    if event is None:
        return 0
    due = (
        event.registrations.participants()  # confirmed addresses only: not the unconfirmed
        .filter(created_at__lte=parse_datetime(changed_at), notified_sequence__lt=sequence)
        .values_list("pk", flat=True)
    )
    sent, failed = 0, 0
    for registration_id in list(due):
        try:
            sent += _notify_one(registration_id, event, sequence)
        except Exception:
            logger.exception("change mail for registration %s not sent", registration_id)
            failed += 1
    if failed:
        raise MailsNotSent(f"{failed} of {failed + sent} change mails of event {event_id}")
    return sent


def _notify_one(registration_id, event, sequence) -> bool:
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update()
            .participants()
            .filter(pk=registration_id, notified_sequence__lt=sequence)
            .first()
        )
        if registration is None:
            return False  # told already (a second run of the task), or cancelled meanwhile
        registration.event = event
        services.mail_registration(registration, "event_changed", now=True)
        registration.notified_sequence = sequence
        registration.save(update_fields=["notified_sequence"])
    return True


@task
def send_event_reminder(*, registration_id: int) -> bool:
    """The reminder of one registration, if it is still due: marked as sent in the transaction
    that sends it, so a second run (or a second worker) finds it marked; a refused e-mail leaves
    it unmarked for the next run of send_event_reminders."""
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",))
            .select_related("event", "event__municipality")
            .filter(
                pk=registration_id,
                reminded_at__isnull=True,
                status=RegistrationStatus.CONFIRMED,
                event__status=EventStatus.PLANNED,
                event__is_published=True,
                event__starts_at__gt=timezone.now(),
            )
            .first()
        )
        if registration is None:
            return False
        services.mail_registration(registration, "event_reminder", now=True)
        registration.reminded_at = timezone.now()
        registration.save(update_fields=["reminded_at"])
    return True
