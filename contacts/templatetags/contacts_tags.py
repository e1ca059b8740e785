import re

from django import template

from contacts import selectors

register = template.Library()


@register.filter
def tel_href(phone: str) -> str:
    """+49 (0)69 1234-56 → tel:+49691234 56 without spaces: the digits a phone dials."""
    number = phone.replace("(0)", "")
    digits = re.sub(r"[^\d]", "", number)
    return f"tel:+{digits}" if number.strip().startswith("+") else f"tel:{digits}"


@register.simple_tag(takes_context=True)
def waiting_for_site_admins(context):
    """What waits for a site admin's decision, for the admin index: proposed municipalities and
    coordinator requests of municipalities without a coordinator (with links to the lists)."""
    if not context["request"].user.is_superuser:
        return []
    return selectors.waiting_for_site_admins()
