"""The public directory of the model municipalities, its downloads and the help offers."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from contacts import exports, pdf, selectors
from contacts.models import Bundesland, ContactPerson
from contacts.selectors import DirectoryFilter
from weltoffen import ratelimit


class DirectoryView(TemplateView):
    """Filters (Bundesland, search) are plain GET parameters: shareable, no JavaScript needed."""

    template_name = "contacts/directory.html"

    def get_context_data(self, **kwargs):
        filter = DirectoryFilter.from_params(self.request.GET)
        version = selectors.directory_version()
        return super().get_context_data(
            filter=filter,
            directory=selectors.directory_listing(filter),
            version=version,
            stand=pdf.stand_label(version.stand),
            states=Bundesland.choices,
            **kwargs,
        )


def file_response(content, content_type, filename, headers=None):
    response = HttpResponse(content, content_type=content_type, headers=headers)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class DirectoryPdfView(View):
    """Answered 304 while the data is unchanged; generated at most once per change and filter."""

    def get(self, request):
        filter = DirectoryFilter.from_params(request.GET)
        version = selectors.directory_version()
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
        download = pdf.directory_pdf(filter, version)
        return file_response(download.content, "application/pdf", download.filename, headers)


def _may_render(request, filter, version):
    """Each new search text means rendering a PDF: limited per client, so nobody can keep the
    workers busy with ever new searches (Bundesland PDFs come from the cache)."""
    if not filter.query or pdf.directory_pdf_is_cached(filter, version):
        return True
    return ratelimit.allow("directory-pdf", ratelimit.client_ip(request), limit=30, window=3600)


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
    def get(self, request, state):
        code = "" if state == "bund" else state.upper()
        if code and code not in Bundesland.values or state != state.lower():
            raise Http404
        download = pdf.emergency_card_pdf(code)
        return file_response(download.content, "application/pdf", download.filename)
