"""The directory as a PDF and the emergency cards. The directory of all model municipalities,
each Bundesland's and the emergency cards are built by a task (contacts/tasks.py) and stored
(weltoffen/documents.py); a search's PDF is rendered in the request, only for small selections."""

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
# Up to this many municipalities a PDF may be rendered in the request (make run's 35 take about a
# second; all 11,035 municipalities take minutes, so larger ones come from storage only).
SMALL_DIRECTORY = 100


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


def directory_key(state: str) -> str:
    """The stored document of the directory of one Bundesland ("" for all)."""
    return f"contacts/directory-{state.lower() or 'alle'}"


def emergency_card_key(state: str) -> str:
    return f"contacts/emergency-card-{state.lower() or 'bund'}"


def render_directory(filter, version) -> bytes:
    return render_pdf(
        "contacts/directory_pdf.html",
        {
            "groups": selectors.directory(filter),
            "filter": filter,
            "stand": stand_label(version.stand),
            "directory_url": settings.SITE_URL + reverse("contacts:index"),
        },
    )


def directory_etag(filter, version):
    return f'"{version.key}-{filter.cache_part()}"'


def _search_key(filter, version):
    return f"contacts:directory-pdf:{version.key}:{filter.cache_part()}"


def search_pdf_is_cached(filter, version) -> bool:
    return cache.get(_search_key(filter, version)) is not None


def search_pdf(filter, version) -> Download:
    """The PDF of a search (small selections only), from the cache while the data is unchanged."""
    key = _search_key(filter, version)
    content = cache.get(key)
    if content is None:
        content = render_directory(filter, version)
        cache.set(key, content, timeout=CACHE_SECONDS)
    return Download(
        content=content,
        etag=directory_etag(filter, version),
        last_modified=version.stand,
        filename=directory_filename(filter, version.stand),
    )


def render_emergency_card(state: str) -> bytes:
    """One page for the Bundesland (or nationwide only when state is ""): 110 and the offers."""
    return render_pdf(
        "contacts/emergency_card_pdf.html",
        {
            **_card_offers(selectors.help_offers(state) if state else _nationwide()),
            "state_label": Bundesland(state).label if state else "",
            "created": date_format(timezone.localdate(), "F Y"),
            "help_url": settings.SITE_URL + reverse("contacts:help"),
        },
    )


def emergency_card_filename(state: str) -> str:
    return f"notfallkarte-{(state or 'bund').lower()}.pdf"


def _nationwide():
    return [offer for offer in selectors.help_offers() if not offer.state]


CARD_OFFERS = 8  # what fits on one A4 page next to the emergency number


def _card_offers(offers):
    """The card stays one page: the first offers (nationwide ones come first), the rest online."""
    offers = list(offers)
    return {"offers": offers[:CARD_OFFERS], "more_offers": max(0, len(offers) - CARD_OFFERS)}
