from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WeltoffenConfig(AppConfig):
    name = "weltoffen"
    verbose_name = "Plattform"

    def ready(self):
        from weltoffen import checks, registry  # noqa: F401  (checks registers the deploy check)
        from weltoffen.permissions import OWN_EDITOR_PERMISSIONS, sync_editor_permissions
        from weltoffen.sitemaps import PublicPageSitemap

        registry.editor_permissions.update(OWN_EDITOR_PERMISSIONS)
        registry.sitemaps["pages"] = PublicPageSitemap
        registry.site_pages.extend(["home", "field-list"])

        # Permissions only exist after migrate has created them, so the editors' group is
        # completed after every migrate (idempotent). The group itself comes from a data migration.
        post_migrate.connect(sync_editor_permissions, dispatch_uid="sync_editor_permissions")
