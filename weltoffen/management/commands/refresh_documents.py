from django.core.management.base import BaseCommand

from weltoffen import registry
from weltoffen.models import StoredDocument


class Command(BaseCommand):
    help = (
        "Queues the rebuild of every stored PDF whose data changed and deletes those no longer "
        "needed (run daily and after each update; --all rebuilds all, e.g. after a new layout)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="rebuild every stored document")

    def handle(self, *args, **options):
        if options["all"]:
            StoredDocument.objects.update(version="", requested_version="")
        for refresh in registry.document_refreshers:
            self.stdout.write(refresh())
