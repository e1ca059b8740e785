"""Team view, results, history, action plan and exports of the self-check."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from contacts.models import Role
from contacts.permissions import CurrentMembershipRequiredMixin
from selfcheck import exports, reports, selectors, services
from selfcheck.forms import AgreedAnswerForm
from selfcheck.models import (
    BenchmarkConsent,
    Level,
    Question,
    Round,
)
from selfcheck.views import RoundMixin, round_history_context
from weltoffen.models import Field


class TeamFieldView(RoundMixin, View):
    """Each member's answer side by side; the coordinator records the agreed answer."""

    template_name = "selfcheck/team.html"

    def get(self, request, pk, field, form=None, status=200):
        field = get_object_or_404(Field, slug=field)
        context = {
            "round": self.round,
            "coordinator": self.coordinator,
            "field": field,
            **selectors.team_answers(self.round, selectors.field_questions(self.round, field)),
            "levels": Level.choices,
            "error_form": form,
            "fields": selectors.fields_of(self.round.questionnaire_id),
        }
        return render(request, self.template_name, context, status=status)

    def post(self, request, pk, field):
        if not self.coordinator:
            raise Http404
        form = AgreedAnswerForm(request.POST)
        if not form.is_valid():
            return self.get(request, pk, field, form=form, status=400)
        questions = Question.objects.filter(questionnaire=self.round.questionnaire_id)
        question = get_object_or_404(questions, pk=form.cleaned_data["question"], field__slug=field)
        try:
            services.agreed_answer_set(
                round=self.round, question_id=question.pk, by=request.user, **form.agreed()
            )
        except services.SelfCheckError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The agreed answer has been saved."))
        return redirect(f"{request.path}#question-{question.pk}")


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
    def get(self, request, pk):
        pdf = reports.report_pdf(self.round)
        response = HttpResponse(pdf, content_type="application/pdf")
        name = f"selbstcheck-{self.round.pk}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class AnswersCsvView(RoundMixin, View):
    def get(self, request, pk):
        response = HttpResponse(
            exports.answers_csv(self.round), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{exports.file_name(self.round)}"'
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
