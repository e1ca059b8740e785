import re

from django import template

register = template.Library()


@register.filter
def tel_href(phone: str) -> str:
    """+49 (0)69 1234-56 → tel:+49691234 56 without spaces: the digits a phone dials."""
    number = phone.replace("(0)", "")
    digits = re.sub(r"[^\d]", "", number)
    return f"tel:+{digits}" if number.strip().startswith("+") else f"tel:{digits}"
