"""The documented backup (pg_dump, custom format) restored into a new database has the same
content (docs/deployment.md, "Backup and restore")."""

import shutil
import subprocess
import uuid

import psycopg
import pytest
from django.db import connection

from contacts.models import ContactPerson, Municipality
from dialogues.models import Event
from magazine.models import Article

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
    pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs postgresql-client"),
]

TABLES = {
    "magazine_article": Article,
    "dialogues_event": Event,
    "contacts_municipality": Municipality,
    "contacts_contactperson": ContactPerson,
}


def conninfo(dbname):
    settings = connection.settings_dict
    return psycopg.conninfo.make_conninfo(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"] or "postgres",
        password=settings["PASSWORD"] or None,
        dbname=dbname,
    )


def test_dump_restores_into_a_new_database_with_the_same_content(
    tmp_path, make_article, make_event, town
):
    make_article("Gesichert: Leitbild für alle")
    make_event("Gesichert: Bürgerdialog")
    ContactPerson.objects.create(
        municipality=town,
        name="Gesicherte Ansprechperson",
        role="Integration",
        email="gesichert@example.org",
    )
    dump = tmp_path / "db.dump"
    subprocess.run(
        [
            "pg_dump",
            "--format=custom",
            f"--file={dump}",
            conninfo(connection.settings_dict["NAME"]),
        ],
        check=True,
        timeout=300,
    )
    target = f"restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{target}"')
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={conninfo(target)}", str(dump)],
            check=True,
            timeout=300,
        )
        with psycopg.connect(conninfo(target)) as restored:
            for table, model in TABLES.items():
                count = restored.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                assert count == model.objects.count() > 0, table
            titles = {row[0] for row in restored.execute("SELECT title FROM magazine_article")}
            assert "Gesichert: Leitbild für alle" in titles
    finally:
        with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
