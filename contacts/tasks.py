"""Background work of the contacts app: the stored PDFs of the directory (all model
municipalities and each Bundesland) and the emergency cards, rebuilt when their data changed.
Each task checks the data version first, so running it twice builds once."""

from django.tasks import task

from contacts import pdf, selectors
from contacts.models import Bundesland
from contacts.selectors import DirectoryFilter
from weltoffen import documents
from weltoffen.models import StoredDocument


def _state(state: str) -> str:
    if state and state not in Bundesland.values:
        raise ValueError(f"unknown Bundesland {state!r}")
    return state


@task(queue_name="documents")
def build_directory_pdf(*, state: str = "") -> str:
    """The directory of the Bundesland's model municipalities (all when state is "")."""
    filter = DirectoryFilter(state=_state(state))
    version = selectors.directory_version()
    return documents.build(
        pdf.directory_key(filter.state),
        version.key,
        lambda: pdf.render_directory(filter, version),
        filename=pdf.directory_filename(filter, version.stand),
        stand=version.stand,
    )


@task(queue_name="documents")
def build_emergency_card(*, state: str = "") -> str:
    """The emergency card of the Bundesland ("" for the nationwide offers)."""
    state = _state(state)
    return documents.build(
        pdf.emergency_card_key(state),
        selectors.help_version(),
        lambda: pdf.render_emergency_card(state),
        filename=pdf.emergency_card_filename(state),
    )


def refresh_stored_pdfs() -> int:
    """After a change of the directory or the help offers (admin, import, refresh_documents):
    queues a rebuild of the directory of all municipalities and of every other stored PDF whose
    data changed. Returns how many builds were queued."""
    directory = selectors.directory_version().key
    help_offers = selectors.help_version()
    keys = set(
        StoredDocument.objects.filter(key__startswith="contacts/").values_list("key", flat=True)
    )
    queued = documents.request_build(pdf.directory_key(""), directory, build_directory_pdf)
    for state in Bundesland.values:
        if pdf.directory_key(state) in keys:
            key = pdf.directory_key(state)
            queued += documents.request_build(key, directory, build_directory_pdf, state=state)
    for state in ["", *Bundesland.values]:
        if pdf.emergency_card_key(state) in keys:
            key = pdf.emergency_card_key(state)
            queued += documents.request_build(key, help_offers, build_emergency_card, state=state)
    return queued


def refresh_for_command() -> str:
    return f"Kontakte: {refresh_stored_pdfs()} PDF-Neuerstellungen eingereiht"
