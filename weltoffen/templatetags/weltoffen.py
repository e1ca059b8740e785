from functools import cache

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_item(context, url_name, label):
    """A main-navigation link, marked aria-current when the visitor is in that section."""
    url = reverse(url_name)
    request = context.get("request")
    current = request is not None and request.path.startswith(url)
    if current:
        return format_html(
            '<li class="nav-item">'
            '<a class="nav-link active" href="{}" aria-current="page">{}</a></li>',
            url,
            label,
        )
    return format_html('<li class="nav-item"><a class="nav-link" href="{}">{}</a></li>', url, label)


@register.filter
def machine_time(value):
    """A datetime for <time datetime="…">: ISO 8601 in local time, whole seconds (HTML allows at
    most three digits of a second; Django's "c" format writes six)."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


@cache
def _choice_labels(field):
    return dict(field.flatchoices)


@register.filter
def choice_label(instance, field_name):
    """What instance.get_<field_name>_display() says, for cards in loops: Django's method builds
    the dict of all choices (a gettext per label) on every call, this one once per field."""
    field = instance._meta.get_field(field_name)
    value = getattr(instance, field.attname)
    return _choice_labels(field).get(value, value)


@register.filter
def short_labels(fields):
    """The fields' short labels, comma-separated: one filter per card instead of a loop."""
    return ", ".join(field.short_label for field in fields)
