"""Results, history, action plan and exports of the self-check."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from contacts.models import Role
from contacts.permissions import CurrentMembershipRequiredMixin
from selfcheck import exports, reports, selectors, services, tasks
from selfcheck.models import (
    BenchmarkConsent,
    Round,
)
from selfcheck.views import RoundMixin, round_history_context
from weltoffen import documents
from weltoffen.models import Field


class ResultView(RoundMixin, TemplateView):
    template_name = "selfcheck/result.html"

    def get_context_data(self, **kwargs):
        context = reports.result_context(self.round)
        planned = selectors.planned_titles(self.round.municipality_id)
        for row in context["rows"]:  # each suggestion can become a measure in one step
            texts = row["text"].suggestion_list() if row["text"] else []
            titles = [t if len(t) <= 200 else t[:199] + "…" for t in texts]
            row["suggestions"] = [(t, (row["field"].pk, t) in planned) for t in titles]
        return super().get_context_data(**context, **round_history_context(self), **kwargs)


class HistoryView(CurrentMembershipRequiredMixin, TemplateView):
    template_name = "selfcheck/history.html"

    def get_context_data(self, **kwargs):
        membership = self.membership
        rounds = list(Round.objects.of(membership.municipality).order_by("started_at"))
        consent = BenchmarkConsent.objects.filter(municipality=membership.municipality).first()
        return super().get_context_data(
            membership=membership,
            benchmark_allowed=bool(consent and consent.allowed),
            **reports.history_context(rounds),
            **kwargs,
        )


class ReportPdfView(RoundMixin, View):
    """Members of the round's municipality only (RoundMixin). A completed round's report comes
    from storage; an open round's is built for each request (its answers still change)."""

    def get(self, request, pk):
        if self.round.is_completed:
            document = tasks.stored_report(self.round)
            return documents.response(request, document, cache_control="private, no-store")
        pdf = reports.report_pdf(self.round)
        response = HttpResponse(pdf, content_type="application/pdf")
        name = reports.report_filename(self.round)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class AnswersCsvView(RoundMixin, View):
    def get(self, request, pk):
        response = HttpResponse(
            exports.answers_csv(self.round), content_type="text/csv; charset=utf-8"
        )
        filename = reports.answers_filename(self.round)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class FieldQuestionsPdfView(View):
    """A field's questions as a PDF, to prepare offline (public, as in the original)."""

    def get(self, request, field):
        field = get_object_or_404(Field, slug=field)
        pdf = reports.questions_pdf(field)
        if pdf is None:
            raise Http404
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="fragen-{field.slug}.pdf"'
        return response


class BenchmarkConsentView(CurrentMembershipRequiredMixin, View):
    """The coordinator decides whether the municipality's results count in the comparison."""

    municipality_role = Role.COORDINATOR

    def get(self, request):  # a POST-only address (e.g. `next` after a login): to its page
        return redirect("selfcheck:history")

    def post(self, request):
        membership = self.membership
        allowed = request.POST.get("allowed") == "on"
        services.benchmark_consent_set(
            municipality=membership.municipality, allowed=allowed, by=request.user
        )
        messages.success(
            request,
            _("Your municipality now takes part in the anonymous comparison.")
            if allowed
            else _("Your municipality no longer takes part in the anonymous comparison."),
        )
        return redirect("selfcheck:history")
