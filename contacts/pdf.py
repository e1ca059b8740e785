"""The directory as a PDF and the emergency cards, generated once per change of the data."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from contacts import selectors
from contacts.models import Bundesland
from weltoffen.pdf import render_pdf

CACHE_SECONDS = 60 * 60 * 24 * 7


@dataclass(frozen=True)
class Download:
    """A generated file with what a conditional GET needs."""

    content: bytes
    etag: str
    last_modified: object  # aware datetime or None
    filename: str


def stand_label(stand):
    return date_format(timezone.localtime(stand), "F Y") if stand else ""


def directory_filename(filter, stand):
    month = timezone.localtime(stand or timezone.now()).strftime("%Y-%m")
    part = f"-{filter.state.lower()}" if filter.state else ""
    return f"ansprechpartner-modellkommunen{part}-{month}.pdf"


def directory_etag(filter, version):
    return f'"{version.key}-{filter.cache_part()}"'


def _directory_key(filter, version):
    return f"contacts:directory-pdf:{version.key}:{filter.cache_part()}"


def directory_pdf_is_cached(filter, version) -> bool:
    return cache.get(_directory_key(filter, version)) is not None


def directory_pdf(filter, version=None) -> Download:
    """The PDF of the directory under the filter, from the cache while the data is unchanged."""
    version = version or selectors.directory_version()
    key = _directory_key(filter, version)
    content = cache.get(key)
    if content is None:
        content = render_pdf(
            "contacts/directory_pdf.html",
            {
                "groups": selectors.directory(filter),
                "filter": filter,
                "stand": stand_label(version.stand),
                "directory_url": settings.SITE_URL + reverse("contacts:index"),
            },
        )
        cache.set(key, content, timeout=CACHE_SECONDS)
    return Download(
        content=content,
        etag=directory_etag(filter, version),
        last_modified=version.stand,
        filename=directory_filename(filter, version.stand),
    )


def emergency_card_pdf(state: str) -> Download:
    """One page for the Bundesland (or nationwide only when state is ""): 110 and the offers."""
    version = selectors.help_version()
    key = f"contacts:emergency-card:{version}:{state or 'bund'}"
    content = cache.get(key)
    if content is None:
        content = render_pdf(
            "contacts/emergency_card_pdf.html",
            {
                **_card_offers(selectors.help_offers(state) if state else _nationwide()),
                "state_label": Bundesland(state).label if state else "",
                "created": date_format(timezone.localdate(), "F Y"),
                "help_url": settings.SITE_URL + reverse("contacts:help"),
            },
        )
        cache.set(key, content, timeout=CACHE_SECONDS)
    return Download(
        content=content,
        etag=f'"{version}-{state or "bund"}"',
        last_modified=None,
        filename=f"notfallkarte-{(state or 'bund').lower()}.pdf",
    )


def _nationwide():
    return [offer for offer in selectors.help_offers() if not offer.state]


CARD_OFFERS = 8  # what fits on one A4 page next to the emergency number


def _card_offers(offers):
    """The card stays one page: the first offers (nationwide ones come first), the rest online."""
    offers = list(offers)
    return {"offers": offers[:CARD_OFFERS], "more_offers": max(0, len(offers) - CARD_OFFERS)}
