"""The editors' group "Redaktion": which content its members may edit in the admin."""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

from weltoffen import registry

EDITOR_GROUP = "Redaktion"

# What editors may do with the platform's own content (registered in WeltoffenConfig.ready());
# the apps add theirs to registry.editor_permissions in their AppConfig.ready().
OWN_EDITOR_PERMISSIONS = {
    "weltoffen.page": ("view", "change"),
    "weltoffen.field": ("view", "change"),
}


def editor_permission_codenames():
    """(app_label, codename) pairs the Redaktion group should hold."""
    for model_label, actions in registry.editor_permissions.items():
        app_label, model = model_label.split(".")
        for action in actions:
            yield app_label, f"{action}_{model}"


def sync_editor_permissions(*, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.using(using).get_or_create(name=EDITOR_GROUP)
    wanted = list(editor_permission_codenames())
    perms = (
        Permission.objects.using(using)
        .filter(
            content_type__app_label__in={a for a, _ in wanted}, codename__in={c for _, c in wanted}
        )
        .select_related("content_type")
    )
    group.permissions.set([p for p in perms if (p.content_type.app_label, p.codename) in wanted])
