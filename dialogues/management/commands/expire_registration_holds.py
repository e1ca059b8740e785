from django.core.management.base import BaseCommand

from dialogues import services


class Command(BaseCommand):
    help = (
        "Lets unconfirmed event registrations lapse when their hold has run out, moves the "
        "waiting lists up and deletes lapsed registrations after a week (run every 5 minutes; "
        "safe to run at any time)."
    )

    def handle(self, *args, **options):
        lapsed = services.registration_holds_expire()
        self.stdout.write(f"Abgelaufene unbestätigte Anmeldungen: {lapsed}")
