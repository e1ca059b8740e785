from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WeltoffenConfig(AppConfig):
    name = "weltoffen"
    verbose_name = "Plattform"

    def ready(self):
        from weltoffen import checks  # noqa: F401  (registers the deploy check)
        from weltoffen.permissions import sync_editor_permissions

        # Permissions only exist after migrate has created them, so the editors' group is
        # completed after every migrate (idempotent). The group itself comes from a data migration.
        post_migrate.connect(sync_editor_permissions, dispatch_uid="sync_editor_permissions")
