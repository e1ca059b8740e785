"""HTML from editors is cleaned with an allowlist (nh3) before it is stored. One cleaner for the
whole site; apps pass their own allowlists (e.g. one that adds images)."""

import re
from html import escape, unescape

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


def text_to_html(text: str) -> str:
    """Plain text from a simple form as HTML: paragraphs at empty lines, lines starting with "- "
    as a bulleted list. Everything is escaped."""
    blocks = []
    for block in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines and all(line.startswith(("- ", "• ", "* ")) for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        elif lines:
            blocks.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
    return "".join(blocks)


def html_to_text(html: str) -> str:
    """The reverse of text_to_html for editing in a plain text field (other markup is dropped)."""
    html = re.sub(r"<li[^>]*>", "\n- ", html or "")
    html = re.sub(r"<br\s*/?>", "\n", html)
    html = re.sub(r"</(p|ul|ol|h2|h3|blockquote)>", "\n\n", html)
    text = unescape(nh3.clean(html, tags=set()))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()
