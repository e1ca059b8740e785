"""Registrations as CSV for the organisers (editors and the host municipality); Excel opens it
directly (UTF-8 with BOM, semicolons)."""

import csv

from django.db.models import Case, When
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues.models import Registration, RegistrationStatus
from weltoffen.csv import defuse

UNCONFIRMED = [RegistrationStatus.PENDING, RegistrationStatus.EXPIRED]

# confirmed first, then the waiting list in its order, unconfirmed, cancelled last
STATUS_ORDER = Case(
    When(status=RegistrationStatus.CONFIRMED, then=0),
    When(status=RegistrationStatus.WAITING, then=1),
    When(status=RegistrationStatus.PENDING, then=2),
    default=3,
)


def registrations_csv(events, filename) -> HttpResponse:
    """The registrations of the events, without the unconfirmed ones: those are not the host's
    business (the address may not even be the registrant's)."""
    registrations = Registration.objects.filter(event__in=events).exclude(status__in=UNCONFIRMED)
    return registrations_csv_of(registrations, filename)


def registrations_csv_of(registrations, filename) -> HttpResponse:
    """The given registrations (e.g. those selected in the admin), each with its status."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("Event"),
            _("Start"),
            _("Name"),
            _("E-mail address"),
            _("Number of people"),
            _("Status"),
            _("Needs"),
            _("Registered at"),
        ]
    )
    registrations = (
        registrations.select_related("event")
        .annotate(rank=STATUS_ORDER)
        .order_by("event__starts_at", "event_id", "rank", "confirmed_at", "created_at", "pk")
    )
    for registration in registrations:
        event = registration.event
        writer.writerow(
            [
                defuse(event.title),
                timezone.localtime(event.starts_at).strftime("%d.%m.%Y %H:%M"),
                defuse(registration.name),
                defuse(registration.email),
                registration.people,
                registration.get_status_display(),
                defuse(registration.needs),
                timezone.localtime(registration.created_at).strftime("%d.%m.%Y %H:%M"),
            ]
        )
    return response
