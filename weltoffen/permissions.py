"""The editors' group "Redaktion": which content its members may edit in the admin."""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

EDITOR_GROUP = "Redaktion"

# app_label.model -> actions. Content only: never users, memberships or self-check answers.
# Later apps add their content models here.
EDITOR_PERMISSIONS = {
    "weltoffen.page": ("view", "change"),
    "weltoffen.field": ("view", "change"),
    "contacts.municipality": ("view", "add", "change", "delete"),
    "contacts.contactperson": ("view", "add", "change", "delete"),
    "contacts.helpoffer": ("view", "add", "change", "delete"),
    "selfcheck.assessmentband": ("view", "change"),
    "selfcheck.fieldassessment": ("view", "change"),
    "magazine.article": ("view", "add", "change", "delete"),
    "magazine.articleimage": ("view", "add", "change", "delete"),
    "magazine.articletype": ("view", "add", "change", "delete"),
    "magazine.author": ("view", "add", "change", "delete"),
    "magazine.voice": ("view", "add", "change", "delete"),
    "dialogues.event": ("view", "add", "change", "delete"),
    "dialogues.eventformat": ("view", "add", "change", "delete"),
    "dialogues.registration": ("view", "change"),
}


def editor_permission_codenames():
    """(app_label, codename) pairs the Redaktion group should hold."""
    for model_label, actions in EDITOR_PERMISSIONS.items():
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
