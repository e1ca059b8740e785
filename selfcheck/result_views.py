"""Team view, results, history, action plan and exports of the self-check."""

import csv

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from selfcheck import reports, selectors, services
from selfcheck.forms import AgreedAnswerForm, MeasureForm, parse_level
from selfcheck.models import (
    AgreedAnswer,
    Answer,
    BenchmarkConsent,
    Level,
    Measure,
    MeasureStatus,
    Question,
    Round,
)
from selfcheck.views import RoundMixin, my_current_membership
from weltoffen.csv import defuse
from weltoffen.models import Field


class TeamFieldView(RoundMixin, View):
    """Each member's answer side by side; the coordinator records the agreed answer."""

    template_name = "selfcheck/team.html"

    def get(self, request, pk, field, form=None, status=200):
        field = get_object_or_404(Field, slug=field)
        questions = list(
            Question.objects.filter(questionnaire=self.round.questionnaire_id, field=field)
        )
        if not questions:
            raise Http404
        answers = Answer.objects.filter(round=self.round, question__in=questions).select_related(
            "user"
        )
        members = sorted({a.user for a in answers}, key=lambda u: (u is None, u and u.email))
        by_question = {}  # (question, user or None) -> answers; former members share a column
        for a in answers:
            by_question.setdefault((a.question_id, a.user_id), []).append(a)
        agreed = {
            a.question_id: a
            for a in AgreedAnswer.objects.filter(round=self.round, question__in=questions)
        }
        rows = []
        for question in questions:
            cells = [by_question.get((question.pk, m and m.pk), []) for m in members]
            levels = {a.level for cell in cells for a in cell if a.level is not None}
            rows.append(
                {
                    "question": question,
                    "cells": cells,
                    "agreed": agreed.get(question.pk),
                    "disagree": len(levels) > 1,
                }
            )
        return render(
            request,
            self.template_name,
            {
                "round": self.round,
                "coordinator": self.coordinator,
                "field": field,
                "members": members,
                "rows": rows,
                "levels": Level.choices,
                "error_form": form,
                "fields": selectors.fields_of(self.round.questionnaire_id),
            },
            status=status,
        )

    def post(self, request, pk, field):
        if not self.coordinator:
            raise Http404
        form = AgreedAnswerForm(request.POST)
        if not form.is_valid():
            return self.get(request, pk, field, form=form, status=400)
        question = get_object_or_404(
            Question,
            pk=form.cleaned_data["question"],
            questionnaire=self.round.questionnaire_id,
            field__slug=field,
        )
        try:
            if form.cleaned_data["level"] == "":
                services.agreed_answer_clear(round=self.round, question_id=question.pk)
            else:
                services.agreed_answer_save(
                    round=self.round,
                    question_id=question.pk,
                    by=request.user,
                    level=parse_level(form.cleaned_data["level"]),
                    note=form.cleaned_data["note"],
                )
        except services.SelfCheckError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The agreed answer has been saved."))
        return redirect(f"{request.path}#question-{question.pk}")


class ResultView(RoundMixin, TemplateView):
    template_name = "selfcheck/result.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**reports.result_context(self.round), **kwargs)


class HistoryView(LoginRequiredMixin, TemplateView):
    template_name = "selfcheck/history.html"

    def get_context_data(self, **kwargs):
        membership = my_current_membership(self.request)
        if membership is None:
            raise Http404
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
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="antworten-{self.round.pk}.csv"'
        response.write("\ufeff")  # so that spreadsheet programs read UTF-8
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            ["Handlungsfeld", "Unterthema", "Frage", "Person", "Antwort", "Stufe", "Notiz"]
        )
        labels = dict(Level.choices)
        for answer in (
            Answer.objects.filter(round=self.round)
            .select_related("question__field", "user")
            .order_by("question__field__number", "question__order", "question_id", "user__email")
        ):
            writer.writerow(
                defuse(value)
                for value in [
                    answer.question.field.name,
                    answer.question.subtopic,
                    answer.question.text,
                    answer.user.email if answer.user else _("former member"),
                    labels.get(answer.level, _("Don't know / not applicable")),
                    "" if answer.level is None else answer.level,
                    answer.note,
                ]
            )
        return response


class MeasuresView(LoginRequiredMixin, View):
    """The action plan of the current municipality: measures per field, kept across rounds."""

    template_name = "selfcheck/measures.html"

    def membership(self):
        membership = my_current_membership(self.request)
        if membership is None:
            raise Http404
        return membership

    def get(self, request, form=None, status=200):
        membership = self.membership()
        measures = Measure.objects.filter(municipality=membership.municipality).select_related(
            "field"
        )
        form = form or MeasureForm(fields=Field.objects.all())
        return render(
            request,
            self.template_name,
            {
                "membership": membership,
                "measures": measures,
                "form": form,
                "statuses": MeasureStatus.choices,
            },
            status=status,
        )

    def post(self, request):
        membership = self.membership()
        if "measure" in request.POST:
            return self.change_status(request, membership)
        form = MeasureForm(request.POST, fields=Field.objects.all())
        if not form.is_valid():
            return self.get(request, form=form, status=400)
        services.measure_create(
            municipality=membership.municipality, by=request.user, **form.cleaned_data
        )
        messages.success(request, _("The measure has been added to the action plan."))
        return redirect("selfcheck:measures")

    def change_status(self, request, membership):
        status, pk = request.POST.get("status"), request.POST.get("measure", "")
        if status not in MeasureStatus.values or not (pk.isascii() and pk.isdigit()):
            raise Http404
        measure = get_object_or_404(Measure, pk=pk, municipality=membership.municipality)
        if request.POST.get("delete"):
            services.measure_delete(measure=measure)
            messages.success(request, _("The measure has been removed from the action plan."))
        else:
            services.measure_set_status(measure=measure, status=status)
            messages.success(request, _("The status has been changed."))
        return redirect("selfcheck:measures")


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


class BenchmarkConsentView(LoginRequiredMixin, View):
    """The coordinator decides whether the municipality's results count in the comparison."""

    def post(self, request):
        membership = my_current_membership(request)
        if membership is None or not membership.is_coordinator:
            raise Http404
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
