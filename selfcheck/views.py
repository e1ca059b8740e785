"""The self-check: start a round, answer field by field, see progress."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from contacts.current import current_membership_for
from contacts.models import Membership
from selfcheck import selectors, services
from selfcheck.forms import AnswersForm, RoundStartForm
from selfcheck.models import Answer, FieldAssignment, Question, Round
from weltoffen.models import Field

my_current_membership = current_membership_for


class IndexView(TemplateView):
    """Introduces the self-check; members see their municipality's rounds and start one."""

    template_name = "selfcheck/index.html"

    def get_context_data(self, **kwargs):
        membership = my_current_membership(self.request)
        rounds = Round.objects.of(membership.municipality) if membership else Round.objects.none()
        title = _("Self-check %(year)s") % {"year": timezone.localdate().year}
        return super().get_context_data(
            fields=Field.objects.all(),
            membership=membership,
            rounds=rounds,
            open_round=next((r for r in rounds if not r.is_completed), None),
            start_form=RoundStartForm(initial={"title": title}),
            **kwargs,
        )


class MethodView(TemplateView):
    template_name = "selfcheck/method.html"


class RoundStartView(LoginRequiredMixin, View):
    def post(self, request):
        membership = my_current_membership(request)
        if membership is None:
            raise Http404
        form = RoundStartForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Please give the round a name (at most 120 characters)."))
            return redirect("selfcheck:index")
        try:
            new_round = services.round_start(
                municipality=membership.municipality,
                user=request.user,
                title=form.cleaned_data["title"],
                prefill=form.cleaned_data["prefill"],
            )
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect("selfcheck:index")
        return redirect(new_round)


class RoundMixin(LoginRequiredMixin):
    """Loads the round for members of its municipality only (404 for everybody else)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.round = selectors.round_for_member(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def coordinator(self):
        """Asked only where it matters (not by the autosave of every answer)."""
        return selectors.is_coordinator(self.request.user, self.round.municipality_id)

    def get_context_data(self, **kwargs):
        return super().get_context_data(round=self.round, coordinator=self.coordinator, **kwargs)


class RoundView(RoundMixin, TemplateView):
    template_name = "selfcheck/round.html"

    def get_context_data(self, **kwargs):
        fields = selectors.fields_of(self.round.questionnaire_id)
        progress = selectors.progress(self.round, self.request.user)
        assigned = {}
        for a in FieldAssignment.objects.filter(round=self.round).select_related("user"):
            assigned.setdefault(a.field_id, []).append(a.user)
        mine_first = sorted(fields, key=lambda f: self.request.user not in assigned.get(f.pk, []))
        rows = [
            (field, {**progress.get(field.pk, {}), "assigned": assigned.get(field.pk, [])})
            for field in mine_first
        ]
        mine = sum(p.get("mine", 0) for _, p in rows)
        team = sum(p.get("team", 0) for _, p in rows)
        total = sum(p.get("total", 0) for _, p in rows)
        resume = next((f for f, p in rows if p.get("mine", 0) < p.get("total", 0)), None)
        first_open = None
        if resume:
            answered = Answer.objects.filter(round=self.round, user=self.request.user).values(
                "question_id"
            )
            first_open = (
                Question.objects.filter(questionnaire=self.round.questionnaire_id, field=resume)
                .exclude(pk__in=answered)
                .values_list("pk", flat=True)
                .first()
            )
        return super().get_context_data(
            rows=rows,
            mine=mine,
            team=team,
            total=total,
            resume=resume,
            first_open=first_open,
            **kwargs,
        )


class FieldStepView(RoundMixin, View):
    """All questions of one field on one page, saved with "Speichern und weiter"."""

    template_name = "selfcheck/step.html"

    def setup_field(self, slug):
        self.field = get_object_or_404(Field, slug=slug)
        self.questions = list(
            Question.objects.filter(questionnaire=self.round.questionnaire_id, field=self.field)
        )
        if not self.questions:
            raise Http404
        fields = selectors.fields_of(self.round.questionnaire_id)
        index = [f.pk for f in fields].index(self.field.pk)
        self.next_field = fields[index + 1] if index + 1 < len(fields) else None
        self.fields = fields

    def render_step(self, form, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "round": self.round,
                "field": self.field,
                "form": form,
                "fields": self.fields,
                "next_field": self.next_field,
            },
            status=status,
        )

    def get(self, request, pk, field):
        if self.round.is_completed:
            messages.info(request, _("This round is completed and read-only."))
            return redirect(self.round)
        response = self.render_get(field)
        patch_cache_control(response, private=True, no_store=True)  # Back must not show old answers
        return response

    def render_get(self, field):
        self.setup_field(field)
        mine = {
            a.question_id: a
            for a in Answer.objects.filter(
                round=self.round, user=self.request.user, question__in=self.questions
            )
        }
        initial = {}
        for question_id, answer in mine.items():
            initial[f"q{question_id}"] = "x" if answer.level is None else str(answer.level)
            initial[f"note{question_id}"] = answer.note
        return self.render_step(AnswersForm(initial=initial, questions=self.questions))

    def post(self, request, pk, field):
        self.setup_field(field)
        form = AnswersForm(request.POST, questions=self.questions)
        if not form.is_valid():
            return self.render_step(form, status=400)
        try:
            services.answers_save(round_id=self.round.pk, user=request.user, answers=form.answers())
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect(self.round)
        messages.success(request, _("Your answers have been saved."))
        if "continue" in request.POST and self.next_field:
            return redirect("selfcheck:step", pk=self.round.pk, field=self.next_field.slug)
        return redirect(self.round)


class AutosaveView(View):
    """Saves one answer as it is chosen (progressive enhancement of the step page). Membership,
    the open round and the question are checked by `services.answers_save`. Answers in JSON,
    also when the session has ended (the script must not take a login page for success)."""

    def post(self, request, pk):
        if not request.user.is_authenticated:
            error = _("You are no longer signed in. Please sign in again in another tab.")
            return JsonResponse({"saved": False, "errors": {"__all__": [error]}}, status=403)
        question_id = request.POST.get("question", "")
        if not (question_id.isascii() and question_id.isdigit() and len(question_id) < 19):
            raise Http404
        form = AnswersForm(request.POST, questions=[Question(pk=int(question_id))])
        if not form.is_valid() or not form.answers():
            selectors.round_for_member(request.user, pk)  # outsiders learn nothing: 404
            errors = form.errors if form.errors else {"__all__": [_("Please choose an answer.")]}
            return JsonResponse({"saved": False, "errors": errors}, status=400)
        try:
            services.answers_save(round_id=pk, user=request.user, answers=form.answers())
        except (services.NotAMember, services.UnknownQuestion) as error:
            raise Http404 from error
        except services.SelfCheckError as error:
            return JsonResponse({"saved": False, "errors": {"__all__": [str(error)]}}, status=400)
        return JsonResponse({"saved": True})


class RoundCompleteView(RoundMixin, View):
    def post(self, request, pk):
        if not self.coordinator:
            raise Http404
        if not request.POST.get("confirm"):
            messages.error(request, _("Please confirm that the round is to be completed."))
            return redirect(self.round)
        try:
            services.round_complete(round=self.round, by=request.user)
        except services.SelfCheckError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The round is completed. Its results are now fixed."))
        return redirect("selfcheck:result", pk=self.round.pk)


class AssignmentsView(RoundMixin, View):
    """The coordinator assigns fields to members; they see their fields first."""

    template_name = "selfcheck/assignments.html"

    def context(self):
        fields = selectors.fields_of(self.round.questionnaire_id)
        members = [
            m.user
            for m in Membership.objects.active()
            .filter(municipality_id=self.round.municipality_id)
            .select_related("user")
            .order_by("user__email")
        ]
        chosen = set(
            FieldAssignment.objects.filter(round=self.round).values_list("field_id", "user_id")
        )
        return {"round": self.round, "fields": fields, "members": members, "chosen": chosen}

    def get(self, request, pk):
        if not self.coordinator:
            raise Http404
        return render(request, self.template_name, self.context())

    def post(self, request, pk):
        if not self.coordinator:
            raise Http404
        context = self.context()
        members = {str(m.pk): m for m in context["members"]}
        picks = {
            field.pk: [
                members[v] for v in request.POST.getlist(f"field-{field.pk}") if v in members
            ]
            for field in context["fields"]
        }
        try:
            services.assignments_set(round=self.round, picks=picks)
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect(self.round)
        messages.success(request, _("The assignments have been saved."))
        return redirect(self.round)
