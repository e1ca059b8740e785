from django.core.management.base import BaseCommand

from dialogues import services


class Command(BaseCommand):
    help = "Deletes the personal data of registrations 30 days after their event (run daily)."

    def handle(self, *args, **options):
        deleted = services.purge_registrations()
        self.stdout.write(f"Gelöschte Anmeldungen: {deleted}")
