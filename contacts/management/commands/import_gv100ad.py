"""manage.py import_gv100ad GV100AD_30092026.txt: the official municipality register."""

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError

from contacts.register import RegisterError, register_import


class Command(BaseCommand):
    help = (
        "Liest das Gemeindeverzeichnis des Statistischen Bundesamts (Datei GV100AD, "
        "www.destatis.de) ein: alle Gemeinden und Kreise, nach AGS abgeglichen. "
        "Mehrfach ausführbar: unveränderte Einträge bleiben unberührt."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Pfad zur GV100AD-Datei (Textdatei, UTF-8 oder Latin-1)")

    def handle(self, path, **options):
        try:
            with open(path, "rb") as file:
                raw = file.read()
        except OSError as error:
            raise CommandError(f"Die Datei kann nicht gelesen werden: {error}") from error
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")  # older register files
        try:
            result = register_import(text.splitlines())
        except RegisterError as error:
            raise CommandError(str(error)) from error
        except IntegrityError as error:
            raise CommandError(
                f"Nichts wurde eingelesen: ein Eintrag widerspricht einem vorhandenen ({error})."
            ) from error
        self.stdout.write(
            f"{result.created} Kommunen neu, {result.updated} geändert, "
            f"{result.unchanged} unverändert."
        )
