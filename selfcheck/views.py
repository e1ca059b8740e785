"""The self-check: start a round, answer field by field, see progress."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from contacts.current import current_membership_for
from contacts.models import Membership
from contacts.permissions import CurrentMembershipRequiredMixin
from selfcheck import selectors, services, unsaved
from selfcheck.forms import AnswersForm, RoundReopenForm, RoundStartForm
from selfcheck.models import Question, Round
from weltoffen.models import Field


class IndexView(TemplateView):
    """Introduces the self-check; members see their municipality's rounds and start one."""

    template_name = "selfcheck/index.html"

    def get_context_data(self, **kwargs):
        membership = current_membership_for(self.request)
        rounds = Round.objects.of(membership.municipality) if membership else Round.objects.none()
        title = _("Self-check %(year)s") % {"year": timezone.localdate().year}
        completed = [r for r in rounds if r.is_completed]
        previous = max(completed, key=lambda r: r.completed_at, default=None)
        return super().get_context_data(
            fields=Field.objects.all(),
            membership=membership,
            rounds=rounds,
            open_round=next((r for r in rounds if not r.is_completed), None),
            start_form=RoundStartForm(initial={"title": title}, previous=previous),
            **kwargs,
        )


class MethodView(TemplateView):
    template_name = "selfcheck/method.html"


class KeepEntriesOnLoginMixin:
    """An anonymous POST (the session ended while the page was open) is not dropped without a
    word: its entries are kept for the page (selfcheck.unsaved) or the member is told that
    nothing was saved; the login then returns to the page (never to a POST-only address)."""

    def handle_no_permission(self):
        request = self.request
        if request.user.is_authenticated or request.method != "POST":
            return super().handle_no_permission()
        kept = unsaved.keep(request)
        messages.warning(request, unsaved.KEPT if kept else unsaved.NOT_KEPT)
        return redirect_to_login(request.path)


class RedirectGetMixin:
    """A POST-only address opened with GET (e.g. as `next` after a login) goes to its page."""

    def get(self, request, *args, **kwargs):
        return redirect(self.get_page_url())


class RoundStartView(
    KeepEntriesOnLoginMixin, RedirectGetMixin, CurrentMembershipRequiredMixin, View
):
    def get_page_url(self):
        return reverse("selfcheck:index")

    def post(self, request):
        previous = services.last_completed_round(self.membership.municipality)
        form = RoundStartForm(request.POST, previous=previous)
        if not form.is_valid():
            messages.error(request, _("Please give the round a name (at most 120 characters)."))
            return redirect("selfcheck:index")
        try:
            new_round = services.round_start(
                municipality=self.membership.municipality,
                user=request.user,
                title=form.cleaned_data["title"],
                prefill=form.cleaned_data.get("prefill", False),
            )
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect("selfcheck:index")
        return redirect(new_round)


class RoundMixin(KeepEntriesOnLoginMixin, LoginRequiredMixin):
    """Loads the round for members of its municipality only (404 for everybody else)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.round = selectors.round_for_member(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def coordinator(self):
        """Asked only where it matters (not by the autosave of every answer)."""
        user, municipality = self.request.user, self.round.municipality_id
        return Membership.objects.coordinator_for(user, municipality).exists()

    def get_context_data(self, **kwargs):
        return super().get_context_data(round=self.round, coordinator=self.coordinator, **kwargs)


class RoundView(RoundMixin, TemplateView):
    template_name = "selfcheck/round.html"

    def get_context_data(self, **kwargs):
        overview = selectors.round_overview(self.round, self.request.user)
        return super().get_context_data(**overview, **round_history_context(self), **kwargs)


def round_history_context(view) -> dict:
    """The round's history, and for its coordinator the form to reopen it (where possible)."""
    round_ = view.round
    reopenable = round_.is_completed and view.coordinator and selectors.is_latest_round(round_)
    return {
        "round_events": selectors.round_history(round_),
        "reopen_form": RoundReopenForm() if reopenable else None,
    }


class FieldStepView(RoundMixin, View):
    """All questions of one field on one page, saved with "Speichern und weiter". Valid entries
    are saved even when another one is invalid; that one is shown with its message."""

    template_name = "selfcheck/step.html"

    @cached_property
    def field(self):
        return get_object_or_404(Field, slug=self.kwargs["field"])

    def get(self, request, pk, field):
        if self.round.is_completed:
            messages.info(request, _("This round is completed and read-only."))
            return redirect(self.round)
        questions = selectors.field_questions(self.round, self.field)
        initial = selectors.answers_initial(self.round, request.user, questions)
        kept = unsaved.take(request)
        if kept is not None:
            messages.warning(request, unsaved.OFFERED)
        return self.render_step(AnswersForm(kept, initial=initial, questions=questions))

    def post(self, request, pk, field):
        questions = selectors.field_questions(self.round, self.field)
        initial = selectors.answers_initial(self.round, request.user, questions)
        form = AnswersForm(request.POST, initial=initial, questions=questions)
        form.is_valid()
        answers = form.answers(changed_only=True)
        try:
            services.answers_save(round_id=self.round.pk, user=request.user, answers=answers)
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect(self.round)
        if form.errors:
            return self.render_step(form, saved=len(answers), status=400)
        return self.after_save(request, form)

    def after_save(self, request, form):
        cleared = form.cleared_question()
        if cleared:
            messages.success(request, _("The answer has been removed: the question is open again."))
            return redirect(f"{request.path}#question-{cleared}")
        messages.success(request, _("Your answers have been saved."))
        next_field = selectors.next_field(self.round, self.field)
        if "continue" in request.POST and next_field:
            return redirect("selfcheck:step", pk=self.round.pk, field=next_field.slug)
        return redirect(self.round)

    def render_step(self, form, saved=0, status=200):
        fields = selectors.fields_of(self.round.questionnaire_id)
        context = {"round": self.round, "field": self.field, "form": form, "fields": fields}
        context["next_field"] = selectors.next_field(self.round, self.field, fields)
        context["saved"], context["owner"] = saved, unsaved.owner_token(self.request.user)
        return render(self.request, self.template_name, context, status=status)


class AutosaveView(RedirectGetMixin, View):
    """Saves one answer or note as it is typed or chosen (progressive enhancement of the step
    page), or clears the answer (`clear`). Membership, the open round and the question are
    checked by `services.answers_save`. Answers in JSON, also when the session has ended (the
    script must not take a login page for success)."""

    def get_page_url(self):
        return reverse("selfcheck:round", kwargs={"pk": self.kwargs["pk"]})

    def post(self, request, pk):
        if not request.user.is_authenticated:
            error = _("You are no longer signed in. Please sign in again in another tab.")
            return JsonResponse({"saved": False, "errors": {"__all__": [error]}}, status=403)
        question_id = request.POST.get("question", "")
        if not (question_id.isascii() and question_id.isdigit() and len(question_id) < 19):
            raise Http404
        form = AnswersForm(request.POST, questions=[Question(pk=int(question_id))])
        sent = {f"q{question_id}", f"note{question_id}", "clear"} & set(request.POST)
        if not form.is_valid() or not sent:
            selectors.round_for_member(request.user, pk)  # outsiders learn nothing: 404
            errors = form.errors.get_json_data() or {"__all__": [_("Please choose an answer.")]}
            return JsonResponse({"saved": False, "errors": errors}, status=400)
        try:
            services.answers_save(round_id=pk, user=request.user, answers=form.answers())
        except (services.NotAMember, services.UnknownQuestion) as error:
            raise Http404 from error
        except services.SelfCheckError as error:
            return JsonResponse({"saved": False, "errors": {"__all__": [str(error)]}}, status=400)
        return JsonResponse({"saved": True})


class RoundCompleteView(RedirectGetMixin, RoundMixin, View):
    def get_page_url(self):
        return self.round.get_absolute_url()

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


class RoundReopenView(RoundMixin, View):
    """The coordinator opens a completed round again, with the reason (kept in its history)."""

    def get(self, request, pk):
        return redirect(self.round)

    def post(self, request, pk):
        if not self.coordinator:
            raise Http404
        form = RoundReopenForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, " ".join(errors))
            return redirect("selfcheck:result", pk=self.round.pk)
        try:
            reason = form.cleaned_data["reason"]
            services.round_reopen(round=self.round, by=request.user, reason=reason)
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect("selfcheck:result", pk=self.round.pk)
        messages.success(request, _("The round is open again: the team can change its answers."))
        return redirect(self.round)


class AssignmentsView(RoundMixin, View):
    """The coordinator assigns fields to members; they see their fields first."""

    template_name = "selfcheck/assignments.html"

    def context(self):
        return {
            "round": self.round,
            "fields": selectors.fields_of(self.round.questionnaire_id),
            "members": selectors.team_members(self.round),
            "chosen": selectors.assignments_of(self.round),
        }

    def get(self, request, pk):
        if not self.coordinator:
            raise Http404
        return render(request, self.template_name, self.context())

    def post(self, request, pk):
        if not self.coordinator:
            raise Http404
        context = self.context()
        members = {str(m.pk): m for m in context["members"]}
        picks = {  # ids from the form that are no member of the team are ignored
            f.pk: [members[v] for v in request.POST.getlist(f"field-{f.pk}") if v in members]
            for f in context["fields"]
        }
        try:
            services.assignments_set(round=self.round, picks=picks, by=request.user)
        except services.SelfCheckError as error:
            messages.error(request, str(error))
            return redirect(self.round)
        messages.success(request, _("The assignments have been saved."))
        return redirect(self.round)
