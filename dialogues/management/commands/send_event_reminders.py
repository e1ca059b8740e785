from django.core.management.base import BaseCommand

from dialogues import services


class Command(BaseCommand):
    help = (
        "Queues a reminder for everyone registered for tomorrow's events (run once a day; "
        "running it twice sends nobody a second reminder)."
    )

    def handle(self, *args, **options):
        queued = services.send_reminders()
        self.stdout.write(f"Erinnerungen zum Versand eingereiht: {queued}")
