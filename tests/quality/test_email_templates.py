"""E-mails are plain text: whatever a template puts into a subject or a body arrives as written
("Jung & Alt", not "Jung &amp; Alt"). Renders every e-mail template with a context in which every
value reads "Jung & Alt"."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

NUMBERS = {"people", "count", "position", "capacity", "minutes", "max_group_size"}


class Anything(str):
    """A value that is "Jung & Alt" and has every attribute, for any template context."""

    def __new__(cls):
        return super().__new__(cls, "Jung & Alt")

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name.endswith(("_at", "_until")):
            return datetime(2026, 5, 4, 18, 30, tzinfo=UTC)
        if name in NUMBERS:
            return 2
        return Anything()

    def __call__(self, *args, **kwargs):
        return Anything()

    def __iter__(self):
        return iter([])


class AnyContext(dict):
    def __missing__(self, key):
        return 2 if key in NUMBERS else Anything()

    def __contains__(self, key):
        return True


def email_templates():
    folders = [
        settings.BASE_DIR / "templates" / "emails",
        settings.BASE_DIR / "templates" / "registration",
    ]
    folders += Path(settings.BASE_DIR).glob("*/templates/emails")
    return sorted(
        path
        for folder in folders
        for path in Path(folder).glob("*.txt")
        if not path.name.startswith("_")
    )


def test_every_email_template_is_found():
    names = {path.name for path in email_templates()}
    assert {"password_reset_subject.txt", "registration_received_subject.txt"} <= names


@pytest.mark.parametrize("path", email_templates(), ids=lambda path: path.name)
def test_email_text_is_not_html_escaped(path):
    folder = "registration" if path.parent.name == "registration" else "emails"
    with translation.override("de"):
        text = render_to_string(f"{folder}/{path.name}", AnyContext(site_name="Jung & Alt"))
    assert "&amp;" not in text and "&#x27;" not in text and "&quot;" not in text
