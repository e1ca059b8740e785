"""PDFs from HTML templates with WeasyPrint: tagged PDF/UA, nothing fetched from outside."""

from django.template.loader import render_to_string
from weasyprint import HTML


def _no_fetch(url, *args, **kwargs):
    raise ValueError(f"PDFs load nothing from outside: {url}")


def render_pdf(template, context) -> bytes:
    """The template as an accessible PDF (title and language come from <title> and <html lang>)."""
    html = render_to_string(template, context)
    return HTML(string=html, url_fetcher=_no_fetch).write_pdf(pdf_variant="pdf/ua-1")
