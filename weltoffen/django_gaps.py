"""Texts of Django 6.1 that its German catalogue does not translate yet. Listed here so that
makemessages keeps them in our catalogue (locale/de), which takes precedence over Django's."""

from django.utils.translation import gettext_noop

DJANGO_TEXTS_WITHOUT_GERMAN = [
    gettext_noop("Run"),  # admin actions button
    gettext_noop("- Select an option -"),  # empty choice of select fields
    gettext_noop("Search %(name)s"),  # heading of the admin's search form
    gettext_noop("Filter by %(field_name)s"),  # label of the admin's date hierarchy
]
