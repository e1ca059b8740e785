"""The privacy notice says who sees a member's name and e-mail address (names, not addresses, are
what colleagues see). Changes the default text only where the operator left it as it was."""

from django.db import migrations

OLD = (
    "<p>Für ein Konto speichern wir Ihre E-Mail-Adresse, optional Ihren Namen und Ihr "
    "Passwort nur als sicheren Hash (Argon2), dazu Ihre Mitgliedschaften in Kommunen "
    "(Art. 6 Abs. 1 lit. b und e DSGVO)."
)
NEW = (
    "<p>Für ein Konto speichern wir Ihren Namen, Ihre E-Mail-Adresse und Ihr Passwort nur als "
    "sicheren Hash (Argon2), dazu Ihre Mitgliedschaften in Kommunen (Art. 6 Abs. 1 lit. b und e "
    "DSGVO). Ihr Team sieht Ihren Namen, etwa im Selbstcheck, im Export und in E-Mails; Ihre "
    "E-Mail-Adresse sehen nur die Koordinator:innen Ihrer Kommune (um das Team zu verwalten) und "
    "die Administration der Plattform."
)


def update(apps, schema_editor):
    Page = apps.get_model("weltoffen", "Page")
    page = Page.objects.filter(slug="datenschutz").first()
    if page is not None and OLD in page.body:
        page.body = page.body.replace(OLD, NEW, 1)
        page.save(update_fields=["body"])


def restore(apps, schema_editor):
    Page = apps.get_model("weltoffen", "Page")
    page = Page.objects.filter(slug="datenschutz").first()
    if page is not None and NEW in page.body:
        page.body = page.body.replace(NEW, OLD, 1)
        page.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("weltoffen", "0005_constraint_messages")]
    operations = [migrations.RunPython(update, restore)]
