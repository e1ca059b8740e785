"""PDFs from HTML templates with WeasyPrint: tagged PDF/UA, nothing fetched from outside."""

from django.template.loader import render_to_string
from weasyprint import HTML

from weltoffen.pdf_artifacts import mark_margin_boxes_as_artifacts


def _no_fetch(url, *args, **kwargs):
    raise ValueError(f"PDFs load nothing from outside: {url}")


def render_pdf(template, context) -> bytes:
    """The template as an accessible PDF (title and language come from <title> and <html lang>);
    page headers and footers are artifacts, not text of the document (pdf_artifacts)."""
    html = render_to_string(template, context)
    pdf = HTML(string=html, url_fetcher=_no_fetch).write_pdf(pdf_variant="pdf/ua-1")
    return mark_margin_boxes_as_artifacts(pdf)
