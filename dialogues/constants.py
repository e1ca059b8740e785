"""Values shared by the dialogues' forms, reads and writes (no imports from forms or views)."""

from django.utils.translation import gettext_lazy as _

from dialogues.models import Mode

LANGUAGES_FEATURE = "sprachen"
MODE_FILTERS = {
    "vor-ort": (_("on site"), [Mode.IN_PERSON, Mode.HYBRID]),
    "online": (_("online"), [Mode.ONLINE, Mode.HYBRID]),
}

# Path segments under /dialoge/ that an event's slug must not take.
RESERVED_SLUGS = {"archiv", "kalender.ics", "anmeldung", "meine-kommune"}
