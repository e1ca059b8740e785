"""Adds visibly fictional demo content for local use. Safe to run again (idempotent)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from weltoffen import registry
from weltoffen.demo import demo_user
from weltoffen.permissions import EDITOR_GROUP

DEMO_ACCOUNTS = [
    # e-mail, password, name, is_staff, is_superuser, groups
    ("admin@example.org", "demo-admin-2026", "Demo-Administratorin Alex Muster", True, True, []),
    (
        "redaktion@example.org",
        "demo-redaktion-2026",
        "Demo-Redakteurin Erika Musterfrau",
        True,
        False,
        [EDITOR_GROUP],
    ),
]


class Command(BaseCommand):
    help = "Lädt fiktive Demo-Inhalte (nur für die lokale Nutzung)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Auch mit Produktions-Einstellungen (SECURE_HTTPS) ausführen.",
        )

    @transaction.atomic
    def handle(self, *args, force=False, **options):
        if settings.SECURE_HTTPS and not force:
            raise CommandError(
                "Die Demo-Daten enthalten bekannte Passwörter und sind nur für die lokale Nutzung "
                "gedacht (SECURE_HTTPS=False). Mit --force trotzdem laden."
            )
        lines = []
        for email, password, name, is_staff, is_superuser, groups in DEMO_ACCOUNTS:
            user = demo_user(email, password, name, is_staff=is_staff, is_superuser=is_superuser)
            user.groups.set(Group.objects.filter(name__in=groups))
            lines.append(f"  {name}: {email} / Passwort: {password}")
        for load in registry.demo_loaders:
            load(lines)
        self.stdout.write(self.style.SUCCESS("Demo-Daten geladen. Anmeldungen (nur lokal!):"))
        self.stdout.write("\n".join(lines))
