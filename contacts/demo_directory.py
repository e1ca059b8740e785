"""Demo directory for load_demo: fills the directory to 35 model municipalities with visibly
fictional ones ("(Demo)", example.org addresses, phone numbers from the range 030 23125 xxx that
the Bundesnetzagentur keeps for fiction), fictional contact persons (also as placeholders for the
confirmed real ones) and fictional help offers, all marked as demo."""

from datetime import date
from decimal import Decimal

from contacts.models import ContactPerson, HelpOffer, Municipality

# name, kind, Bundesland, latitude, longitude (a point inside the Bundesland, for the map).
# The first five are shared with the dialogues demo, which looks them up by name, kind and state.
MUNICIPALITIES = [
    ("Musterstadt (Demo)", "stadt", "HE", "50.55", "9.05"),
    ("Beispielhausen (Demo)", "gemeinde", "NI", "52.60", "9.40"),
    ("Landkreis Probeland (Demo)", "landkreis", "BB", "52.20", "13.60"),
    ("Neustadt am Mustersee (Demo)", "stadt", "BY", "47.90", "11.40"),
    ("Fiktivburg (Demo)", "kreisfreie-stadt", "NW", "51.50", "7.30"),
    ("Musterhausen an der Probe (Demo)", "stadt", "BW", "48.60", "9.10"),
    ("Landkreis Beispieltal (Demo)", "landkreis", "BW", "47.90", "8.30"),
    ("Probstadt (Demo)", "stadt", "BW", "49.20", "9.60"),
    ("Beispielberg (Demo)", "gemeinde", "BY", "49.50", "11.00"),
    ("Landkreis Musterau (Demo)", "landkreis", "BY", "48.40", "12.60"),
    ("Fiktivfurt (Demo)", "kreisfreie-stadt", "BY", "50.00", "10.20"),
    ("Musterkiez (Demo)", "stadtstaat", "BE", "52.52", "13.40"),
    ("Musterhafen (Demo)", "stadtstaat", "HB", "53.08", "8.80"),
    ("Beispielhafen (Demo)", "stadtstaat", "HH", "53.55", "10.00"),
    ("Landkreis Fiktivau (Demo)", "landkreis", "HE", "50.10", "8.90"),
    ("Probehausen (Demo)", "gemeinde", "HE", "51.00", "9.60"),
    ("Musterhagen (Demo)", "stadt", "MV", "53.90", "12.40"),
    ("Landkreis Beispielküste (Demo)", "landkreis", "MV", "54.10", "13.20"),
    ("Probeburg (Demo)", "kreisfreie-stadt", "NI", "52.30", "10.50"),
    ("Landkreis Fiktivmoor (Demo)", "landkreis", "NI", "53.20", "7.70"),
    ("Beispielsiek (Demo)", "gemeinde", "NW", "51.90", "8.60"),
    ("Musterbach (Demo)", "stadt", "NW", "50.90", "6.80"),
    ("Landkreis Probewald (Demo)", "landkreis", "NW", "51.20", "8.10"),
    ("Musterwein (Demo)", "verbandsgemeinde", "RP", "49.90", "7.10"),
    ("Fiktivheim (Demo)", "stadt", "RP", "49.40", "8.00"),
    ("Probeweiler (Demo)", "gemeinde", "SL", "49.35", "6.95"),
    ("Beispielitz (Demo)", "stadt", "SN", "51.10", "13.60"),
    ("Landkreis Musterland (Demo)", "landkreis", "SN", "50.60", "12.60"),
    ("Musterleben (Demo)", "stadt", "ST", "51.90", "11.60"),
    ("Fiktivstedt (Demo)", "gemeinde", "ST", "52.50", "11.30"),
    ("Probeholm (Demo)", "stadt", "SH", "54.35", "9.60"),
    ("Landkreis Beispielförde (Demo)", "landkreis", "SH", "54.70", "9.40"),
    ("Musterroda (Demo)", "stadt", "TH", "50.90", "11.00"),
    ("Landkreis Fiktivwald (Demo)", "landkreis", "TH", "50.60", "10.70"),
    ("Probedorf (Demo)", "gemeinde", "BB", "52.90", "13.00"),
]
ROLES = [
    ("Integrationsbeauftragte:r", "Büro für Integration und Vielfalt"),
    ("Koordination Weltoffene Kommune", "Stabsstelle Bürgerbeteiligung"),
]
FIRST = ["Alex", "Kim", "Sam", "Robin", "Jo", "Luca", "Mika", "Noah", "Toni", "Charlie"]
LAST = ["Beispiel", "Muster", "Probe", "Exempel", "Fiktiv", "Platzhalter", "Demo"]
HELP_OFFERS = [
    # organisation, offer, audience, state
    (
        "Beratungsnetz Beispiel gegen Anfeindungen (Demo)",
        "Fiktives Beispiel: vertrauliche Erstberatung nach Drohungen, Hilfe beim Sichern von "
        "Beweisen und Vermittlung an Fachstellen.",
        "Bürgermeister:innen, Ratsmitglieder, Verwaltungsbeschäftigte",
        "",
    ),
    (
        "Musterstelle für digitale Gewalt (Demo)",
        "Fiktives Beispiel: Beratung bei Hass im Netz, Unterstützung bei Anzeigen und Löschung.",
        "Kommunalpolitiker:innen und ihre Familien",
        "",
    ),
    (
        "Landesnetzwerk Starke Kommune Hessen (Demo)",
        "Fiktives Beispiel: Ansprechstelle des Landes, kollegiale Beratung in kleinen Gruppen.",
        "Hauptamtliche und ehrenamtliche Entscheider:innen",
        "HE",
    ),
    (
        "Opferberatung Musterland Bayern (Demo)",
        "Fiktives Beispiel: psychosoziale Beratung und Begleitung nach Angriffen.",
        "Betroffene und Zeug:innen",
        "BY",
    ),
    (
        "Kommunale Sicherheitsberatung Nordrhein-Westfalen (Demo)",
        "Fiktives Beispiel: Sicherheitsberatung für Rathäuser und Wohnungen von Amtsträger:innen.",
        "Bürgermeister:innen und Landrät:innen",
        "NW",
    ),
]


TOTAL = 35  # the model project had 35 Modellkommunen


def load(lines):
    real = list(Municipality.objects.model_municipalities().exclude(name__endswith="(Demo)"))
    fictional = MUNICIPALITIES[: max(5, TOTAL - len(real))]  # the first five serve the dialogues
    for number, (name, kind, state, lat, lon) in enumerate(fictional):
        town, _ = Municipality.objects.get_or_create(name=name, kind=kind, state=state)
        slug = f"kommune{number + 1}"
        town.website = town.website or f"https://{slug}.example.org/"
        town.latitude, town.longitude = Decimal(lat), Decimal(lon)
        town.is_model_municipality = town.is_approved = True
        town.address = town.address or f"Rathausplatz 1\n{10000 + number * 137:05d} {name}"
        town.save()
        _contacts(town, number, slug)
    for position, (organisation, offer, audience, state) in enumerate(HELP_OFFERS):
        HelpOffer.objects.update_or_create(
            organisation=organisation,
            state=state,
            defaults={
                "offer": offer,
                "audience": audience,
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
        role, department = ROLES[index]
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
