"""The Modellkommunen confirmed in public sources (shared DOMAIN.md). Editors enter the others."""

from django.db import migrations

CONFIRMED = [
    ("Potsdam", "kreisfreie-stadt", "BB", "12054000", "https://www.potsdam.de/"),
    ("Konstanz", "stadt", "BW", "08335043", "https://www.konstanz.de/"),
    ("Kaufbeuren", "kreisfreie-stadt", "BY", "09762000", "https://www.kaufbeuren.de/"),
    ("Zwickau", "stadt", "SN", "14524330", "https://www.zwickau.de/"),
    ("Lübeck", "kreisfreie-stadt", "SH", "01003000", "https://www.luebeck.de/"),
    ("Aachen", "stadt", "NW", "05334002", "https://www.aachen.de/"),
]


def seed(apps, schema_editor):
    Municipality = apps.get_model("contacts", "Municipality")
    for name, kind, state, ags, website in CONFIRMED:
        Municipality.objects.update_or_create(
            ags=ags,
            defaults={"name": name, "kind": kind, "state": state, "website": website,
                      "is_model_municipality": True},
        )


def unseed(apps, schema_editor):
    apps.get_model("contacts", "Municipality").objects.filter(
        ags__in=[m[3] for m in CONFIRMED]).delete()


class Migration(migrations.Migration):
    dependencies = [("contacts", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
