from django.db import migrations

SECTION = (
    "<h2>Anmeldungen zu Dialogveranstaltungen</h2>"
    "<p>Wenn Sie sich über diese Plattform zu einer Dialogveranstaltung anmelden, speichern wir "
    "Ihren Namen, Ihre E-Mail-Adresse, die Zahl der Personen und – freiwillig – Ihre Angaben zu "
    "Bedarfen für die Teilnahme, um die Veranstaltung zu organisieren (Art. 6 Abs. 1 lit. a "
    "DSGVO). Die Angaben sehen nur die Redaktion der Plattform und die gastgebende Kommune. Wir "
    "schicken Ihnen die Bestätigung, bei Änderungen eine Nachricht und am Vortag eine Erinnerung. "
    "Über den persönlichen Link in der Bestätigung können Sie Ihre Anmeldung jederzeit "
    "stornieren. 30 Tage nach der Veranstaltung löschen wir Ihre Angaben; es bleibt nur die Zahl "
    "der Teilnehmenden.</p>"
)
MARKER = "<h2>Ihre Rechte</h2>"


def seed(apps, schema_editor):
    Page = apps.get_model("weltoffen", "Page")
    page = Page.objects.filter(slug="datenschutz").first()
    if page is None or "Dialogveranstaltungen</h2>" in page.body:
        return
    if MARKER in page.body:
        page.body = page.body.replace(MARKER, SECTION + MARKER, 1)
    else:
        page.body += SECTION
    page.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("dialogues", "0002_seed_event_formats"),
                    ("weltoffen", "0003_seed_pages_and_editor_group")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
