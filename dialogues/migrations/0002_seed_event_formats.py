from django.db import migrations

FORMATS = [("Bürgerdialog", "buergerdialog"), ("Runder Tisch", "runder-tisch"),
           ("Dialogforum", "dialogforum"), ("Workshop", "workshop"),
           ("Zukunftswerkstatt", "zukunftswerkstatt"), ("Informationsabend", "informationsabend")]


def seed(apps, schema_editor):
    EventFormat = apps.get_model("dialogues", "EventFormat")
    for order, (name, slug) in enumerate(FORMATS):
        EventFormat.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})


class Migration(migrations.Migration):
    dependencies = [("dialogues", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
