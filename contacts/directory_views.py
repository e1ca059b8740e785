"""The public directory of the model municipalities, its downloads and the help offers."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from contacts import exports, pdf, selectors, tasks
from contacts.models import Bundesland, ContactPerson
from contacts.selectors import DirectoryFilter
from weltoffen import documents, ratelimit


class DirectoryView(TemplateView):
    """Filters (Bundesland, search) are plain GET parameters: shareable, no JavaScript needed."""

    template_name = "contacts/directory.html"

    def get_context_data(self, **kwargs):
        filter = DirectoryFilter.from_params(self.request.GET)
        version = selectors.directory_version()
        directory = selectors.directory_listing(filter)
        return super().get_context_data(
            filter=filter,
            directory=directory,
            version=version,
            stand=pdf.stand_label(version.stand),
            states=Bundesland.choices,
            pdf_offered=not filter.query or directory.count <= pdf.SMALL_DIRECTORY,
            pdf_limit=pdf.SMALL_DIRECTORY,
            stored_pdf=_stored_pdf_status(filter, version),
            **kwargs,
        )


def _stored_pdf_status(filter, version):
    """What the page says about the stored PDF of the selection: its "Stand", and whether a newer
    one is being built (one query; searches have no stored PDF)."""
    if filter.query:
        return None
    document = documents.stored(pdf.directory_key(filter.state))
    if document is None or not document.file:
        return None
    return {
        "stand": pdf.stand_label(document.stand),
        "rebuilding": document.version != version.key and document.being_rebuilt,
    }


def file_response(content, content_type, filename, headers=None):
    response = HttpResponse(content, content_type=content_type, headers=headers)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def pdf_pending(request):
    """The first PDF of a large selection is still being built: a German page, try again later."""
    response = render(request, "contacts/pdf_pending.html", status=503)
    response["Retry-After"] = str(PENDING_RETRY_AFTER)
    return response


PENDING_RETRY_AFTER = 120


class DirectoryPdfView(View):
    """The stored PDF of all model municipalities or of one Bundesland (answered 304 while the
    client has it); a search's PDF is rendered here, for small selections only."""

    def get(self, request):
        filter = DirectoryFilter.from_params(request.GET)
        version = selectors.directory_version()
        if filter.query:
            return _search_pdf(request, filter, version)
        document = documents.obtain(
            pdf.directory_key(filter.state),
            version.key,
            tasks.build_directory_pdf,
            build_here=lambda: selectors.directory_count(filter) <= pdf.SMALL_DIRECTORY,
            state=filter.state,
        )
        if document is None:
            return pdf_pending(request)
        return documents.response(request, document)


def _search_pdf(request, filter, version):
    headers = {"ETag": pdf.directory_etag(filter, version), "Cache-Control": "no-cache"}
    if version.stand:
        headers["Last-Modified"] = http_date(version.stand.timestamp())
    not_modified = get_conditional_response(
        request,
        etag=headers["ETag"],
        last_modified=int(version.stand.timestamp()) if version.stand else None,
        response=HttpResponse(headers=headers),
    )
    if not_modified is not None and not_modified.status_code == 304:
        return not_modified
    if not _may_render(request, filter, version):
        return HttpResponse(
            _("Too many PDF downloads of searches. Please try again later."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
    if selectors.directory_count(filter) > pdf.SMALL_DIRECTORY:
        context = {"limit": pdf.SMALL_DIRECTORY}
        return render(request, "contacts/pdf_too_large.html", context, status=400)
    download = pdf.search_pdf(filter, version)
    return file_response(download.content, "application/pdf", download.filename, headers)


def _may_render(request, filter, version):
    """Each new search text means rendering a PDF: limited per client, so nobody can keep the
    workers busy with ever new searches (the others are stored)."""
    if pdf.search_pdf_is_cached(filter, version):
        return True
    decision = ratelimit.allow("directory-pdf", ratelimit.client_ip(request), limit=30, window=3600)
    # This limit protects CPU time, not e-mail: while the cache is away it lets searches through
    # (they are small: at most pdf.SMALL_DIRECTORY municipalities) instead of a wrong "too many".
    return decision is not ratelimit.Decision.LIMITED


def _directory_contacts(request):
    groups = selectors.directory(DirectoryFilter.from_params(request.GET))
    return [c for g in groups for m in g.municipalities for c in m.published_contacts]


def _download_name(request, suffix):
    """Like the PDF's: ansprechpartner-modellkommunen[-he]-2026-11.csv."""
    filter = DirectoryFilter.from_params(request.GET)
    return pdf.directory_filename(filter, selectors.directory_version().stand)[:-4] + suffix


class DirectoryCsvView(View):
    def get(self, request):
        content = exports.contacts_csv(_directory_contacts(request))
        name = _download_name(request, ".csv")
        return file_response(content, "text/csv; charset=utf-8", name)


class DirectoryVcfView(View):
    def get(self, request):
        content = exports.vcards(_directory_contacts(request))
        name = _download_name(request, ".vcf")
        return file_response(content, "text/vcard; charset=utf-8", name)


class ContactVcfView(View):
    def get(self, request, pk):
        contact = get_object_or_404(
            ContactPerson.objects.published().select_related("municipality"), pk=pk
        )
        return file_response(
            exports.vcards([contact]), "text/vcard; charset=utf-8", f"kontakt-{contact.pk}.vcf"
        )


class HelpView(TemplateView):
    """110 first, always; then the offers, nationwide ones whatever the Bundesland filter."""

    template_name = "contacts/help.html"

    def get_context_data(self, **kwargs):
        filter = DirectoryFilter.from_params(self.request.GET)
        state = filter.state
        return super().get_context_data(
            state=state,
            unknown_state=filter.unknown_state,
            state_label=Bundesland(state).label if state else "",
            offers=selectors.help_offers(state),
            states=Bundesland.choices,
            **kwargs,
        )


class EmergencyCardView(View):
    """Stored per Bundesland; a card is one page, so the first one is built here if need be."""

    def get(self, request, state):
        code = "" if state == "bund" else state.upper()
        if code and code not in Bundesland.values or state != state.lower():
            raise Http404
        document = documents.obtain(
            pdf.emergency_card_key(code),
            selectors.help_version(),
            tasks.build_emergency_card,
            build_here=lambda: True,
            state=code,
        )
        return documents.response(request, document)
