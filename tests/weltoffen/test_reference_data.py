import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from contacts.models import Municipality
from weltoffen.models import Field
from weltoffen.permissions import EDITOR_GROUP

BASE_DIR = Path(__file__).resolve().parents[2]

FIELD_SLUGS = [
    "management-und-steuerung",
    "interkulturelle-oeffnung-und-antirassismus",
    "fairer-zugang-und-teilhabe",
    "arbeit-und-wirtschaftliche-entwicklung",
    "engagement-und-beteiligung",
    "zusammenhalt-und-begegnung",
    "kommunikation-und-konfliktmanagement",
]
CONFIRMED = {"Potsdam", "Konstanz", "Kaufbeuren", "Zwickau", "Lübeck", "Aachen"}


@pytest.mark.django_db
def test_migrate_seeds_the_seven_fields_in_order():
    fields = list(Field.objects.all())
    assert [f.slug for f in fields] == FIELD_SLUGS
    assert [f.number for f in fields] == list(range(1, 8))
    assert fields[0].name == "Management und Steuerung"
    assert "Wohnen" in fields[2].subtopics and len(fields[2].subtopics) == 9
    assert all(f.description for f in fields)


@pytest.mark.django_db
def test_migrate_seeds_the_confirmed_model_municipalities():
    names = set(Municipality.objects.model_municipalities().values_list("name", flat=True))
    assert names == CONFIRMED
    potsdam = Municipality.objects.get(name="Potsdam")
    assert potsdam.get_state_display() == "Brandenburg"
    assert potsdam.ags == "12054000"


@pytest.mark.django_db
def test_migrate_creates_the_editors_group_with_content_permissions_only():
    perms = set(Group.objects.get(name=EDITOR_GROUP).permissions.values_list("codename", flat=True))
    assert {"change_municipality", "add_municipality", "change_page"} <= perms
    assert not any(p.endswith("_user") or p.endswith("_group") for p in perms)


def test_fresh_migrate_on_sqlite_has_the_reference_data(tmp_path):
    """Whatever database serves the suite, a fresh SQLite migrate must seed the same data."""
    db_file = tmp_path / "fresh.sqlite3"
    # An empty STATIC_ROOT, as on a fresh clone before collectstatic (make run migrates first).
    env = {
        "DATABASE_URL": f"sqlite:///{db_file}",
        "PATH": "/usr/bin:/bin",
        "DEBUG": "False",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
    )
    with sqlite3.connect(db_file) as conn:
        slugs = [r[0] for r in conn.execute("SELECT slug FROM weltoffen_field ORDER BY number")]
        models = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM contacts_municipality WHERE is_model_municipality"
            )
        }
        groups = [r[0] for r in conn.execute("SELECT name FROM auth_group")]
        group_perms = conn.execute("SELECT count(*) FROM auth_group_permissions").fetchone()[0]
    assert slugs == FIELD_SLUGS
    assert models == CONFIRMED
    assert groups == [EDITOR_GROUP]
    assert group_perms >= 6
