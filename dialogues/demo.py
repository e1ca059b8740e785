"""Demo events for load_demo: visibly fictional, dated relative to today, so that upcoming events
stay upcoming whenever the demo is loaded again."""

from datetime import datetime, time, timedelta
from pathlib import Path

import yaml
from django.utils import timezone

from contacts.models import Municipality
from dialogues.models import Event, EventFormat, Registration, RegistrationStatus
from weltoffen.models import Field

DATA = Path(__file__).resolve().parent / "data" / "demo_events.yaml"
# name -> (kind, state); contacts' demo creates the same municipalities
MUNICIPALITIES = {
    "Musterstadt (Demo)": ("stadt", "HE"),
    "Beispielhausen (Demo)": ("gemeinde", "NI"),
    "Landkreis Probeland (Demo)": ("landkreis", "BB"),
    "Neustadt am Mustersee (Demo)": ("stadt", "BY"),
    "Fiktivburg (Demo)": ("kreisfreie-stadt", "NW"),
}
PLAIN = [
    "title",
    "participation",
    "mode",
    "venue_name",
    "address",
    "online_url",
    "organiser_name",
    "organiser_email",
    "organiser_phone",
    "step_free",
    "sign_language",
    "hearing_loop",
    "easy_language",
    "childcare",
    "free_of_charge",
    "languages",
    "registration",
    "registration_url",
    "capacity",
    "status",
    "status_note",
    "description",
]


def _municipality(name):
    kind, state = MUNICIPALITIES[name]
    municipality, _created = Municipality.objects.get_or_create(
        name=name, kind=kind, state=state, defaults={"is_model_municipality": True}
    )
    return municipality


def _start(item):
    day = timezone.localdate() + timedelta(days=item["days_from_today"])
    hour, minute = map(int, item["start_time"].split(":"))
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def load(lines):
    if not DATA.exists():
        return
    formats = {f.name: f for f in EventFormat.objects.all()}
    fields = {f.number: f for f in Field.objects.all()}
    count = 0
    for item in yaml.safe_load(DATA.read_text(encoding="utf-8"))["events"]:
        starts = _start(item)
        defaults = {name: item[name] for name in PLAIN}
        defaults.update(
            format=formats[item["format"]],
            municipality=_municipality(item["municipality"]),
            starts_at=starts,
            ends_at=starts + timedelta(minutes=item["duration_minutes"]),
            is_published=True,
        )
        event, _created = Event.objects.update_or_create(slug=item["slug"], defaults=defaults)
        event.fields.set([fields[n] for n in item["fields"]])
        _registrations(event, item.get("demo_registrations") or 0)
        count += 1
    lines.append(f"Dialoge: {count} Demo-Veranstaltungen")


def _registrations(event, number):
    if event.registrations.exists() or not number:
        return
    Registration.objects.bulk_create(
        Registration(
            event=event,
            name=f"Demo-Teilnehmer:in {i}",
            email=f"teilnahme{i}.{event.pk}@example.org",
            people=1,
            status=RegistrationStatus.CONFIRMED,  # demo participants have confirmed
            consented_at=timezone.now(),
            confirmed_at=timezone.now(),
        )
        for i in range(1, number + 1)
    )
