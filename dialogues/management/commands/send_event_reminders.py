from django.core.management.base import BaseCommand

from dialogues import services


class Command(BaseCommand):
    help = "E-mails a reminder to everyone registered for tomorrow's events (run once a day)."

    def handle(self, *args, **options):
        sent = services.send_reminders()
        self.stdout.write(f"Erinnerungen verschickt: {sent}")
