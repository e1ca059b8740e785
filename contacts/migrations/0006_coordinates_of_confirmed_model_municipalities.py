"""Map coordinates (town centres, rounded) of the Modellkommunen seeded in 0002."""

from django.db import migrations

COORDINATES = {
    "12054000": ("52.39900", "13.06600"),  # Potsdam
    "08335043": ("47.66300", "9.17500"),  # Konstanz
    "09762000": ("47.88000", "10.62200"),  # Kaufbeuren
    "14524330": ("50.71800", "12.49600"),  # Zwickau
    "01003000": ("53.86600", "10.68700"),  # Lübeck
    "05334002": ("50.77600", "6.08400"),  # Aachen
}


def seed(apps, schema_editor):
    Municipality = apps.get_model("contacts", "Municipality")
    for ags, (latitude, longitude) in COORDINATES.items():
        Municipality.objects.filter(ags=ags, latitude__isnull=True).update(
            latitude=latitude, longitude=longitude
        )


class Migration(migrations.Migration):
    dependencies = [("contacts", "0005_contact_persons_help_offers")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
