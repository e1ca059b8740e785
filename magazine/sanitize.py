"""The article text: what the editor can produce, and the allowlist that cleans it on save."""

import re

from weltoffen.sanitize import TEXT_TAGS, clean_html

BODY_EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Underline": False,
        "Strike": False,
        "Heading": {"levels": [2, 3]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "Link": {"enableTarget": False},
        "HardBreak": True,
        "Figure": True,
        "Caption": True,
        "Image": True,
    }
}
TAGS = TEXT_TAGS | {"figure", "figcaption", "img"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}}
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)


def _attribute_filter(tag, attribute, value):
    # Images only from our own media (no third-party requests); links http(s), mailto or local.
    if tag == "img" and attribute == "src":
        return value if value.startswith("/media/") else None
    return value


def clean_body(html: str) -> str:
    return clean_html(html, tags=TAGS, attributes=ATTRIBUTES, attribute_filter=_attribute_filter)


def images_without_alt(html: str) -> int:
    """How many images in the text lack an alternative text."""
    return sum(
        1 for tag in IMG.findall(html or "") if not (m := ALT.search(tag)) or not m.group(1).strip()
    )
