"""Demo directory for load_demo: fills the directory to 35 model municipalities with visibly
fictional ones ("(Demo)", example.org addresses, phone numbers from the range 030 23125 xxx that
the Bundesnetzagentur keeps for fiction), fictional contact persons (also as placeholders for the
confirmed real ones) and fictional help offers, all marked as demo."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

from contacts.models import ContactPerson, HelpOffer, Municipality

DATA = yaml.safe_load(
    (Path(__file__).resolve().parent / "data" / "demo_directory.yaml").read_text()
)
MUNICIPALITIES, HELP_OFFERS = DATA["municipalities"], DATA["help_offers"]
FIRST, LAST = DATA["first_names"], DATA["last_names"]

TOTAL = 35  # the model project had 35 Modellkommunen


def load(lines):
    real = list(Municipality.objects.model_municipalities().exclude(name__endswith="(Demo)"))
    fictional = MUNICIPALITIES[: max(5, TOTAL - len(real))]  # the first five serve the dialogues
    for number, place in enumerate(fictional):
        name = place["name"]
        town, _ = Municipality.objects.get_or_create(
            name=name, kind=place["kind"], state=place["state"]
        )
        slug = f"kommune{number + 1}"
        town.website = town.website or f"https://{slug}.example.org/"
        town.latitude, town.longitude = Decimal(place["latitude"]), Decimal(place["longitude"])
        town.is_model_municipality = town.is_approved = True
        town.address = town.address or f"Rathausplatz 1\n{10000 + number * 137:05d} {name}"
        town.save()
        _contacts(town, number, slug)
    for position, help_offer in enumerate(HELP_OFFERS):
        HelpOffer.objects.update_or_create(
            organisation=help_offer["organisation"],
            state=help_offer["state"],
            defaults={
                "offer": help_offer["offer"],
                "audience": help_offer["audience"],
                "phone": f"+49 30 23125 9{position:02d}",
                "website": "https://hilfe.example.org/",
                "email": f"hilfe{position}@example.org",
                "hours": "Mo–Fr 9–17 Uhr (fiktiv)",
                "position": position,
                "is_demo": True,
            },
        )
    for number, town in enumerate(real, start=len(MUNICIPALITIES)):
        _contacts(town, number, f"kommune{number + 1}")  # placeholders, marked as demo
    lines.append(
        f"  Kontakte: {len(fictional)} fiktive und {len(real)} echte Modellkommunen mit "
        "fiktiven Ansprechpersonen"
    )


def _contacts(town, number, slug):
    count = 1 + number % 2
    for index in range(count):
        role, department = DATA["roles"][index]["role"], DATA["roles"][index]["department"]
        person = f"{FIRST[(number + index) % len(FIRST)]} {LAST[(number * 3 + index) % len(LAST)]}"
        # The 8th municipality also has a contact without consent: editors see it, visitors not.
        published = not (number == 7 and index == 1)
        ContactPerson.objects.update_or_create(
            municipality=town,
            name=f"{person} (Demo)",
            role=role,
            defaults={
                "department": department,
                "email": f"{'integration' if index == 0 else 'koordination'}@{slug}.example.org",
                "phone": f"+49 30 23125 {number * 2 + index:03d}",
                "is_published": published,
                "consent_date": date(2026, 1, 15) if published else None,
                "verified_on": date(2026, 10, 1),
                "position": index,
                "is_demo": True,
            },
        )
