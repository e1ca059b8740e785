"""HTML from editors is cleaned with an allowlist (nh3) before it is stored. One cleaner for the
whole site; apps pass their own allowlists (e.g. the magazine adds images)."""

import nh3

TEXT_TAGS = {"h2", "h3", "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote"}
ALLOWED_TAGS = TEXT_TAGS | {"h4", "abbr", "address"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}


def clean_html(
    value: str, *, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, attribute_filter=None
) -> str:
    return nh3.clean(
        value or "",
        tags=tags,
        attributes=attributes,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
        attribute_filter=attribute_filter,
    )
