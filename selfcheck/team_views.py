"""The team view of a field: every member's answer side by side, the consensus state of each
question, and the coordinator's one form for the team's agreed answers of the whole field."""

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from selfcheck import selectors, services, unsaved
from selfcheck.forms import DONT_KNOW, AgreedAnswersForm
from selfcheck.scoring import Consensus
from selfcheck.views import RoundMixin
from weltoffen.models import Field

STATE_TEXT = {
    Consensus.UNANSWERED: gettext_lazy("No answers yet"),
    Consensus.SINGLE: gettext_lazy("Only one answer so far"),
    Consensus.UNANIMOUS: gettext_lazy("All members agree"),
    Consensus.DIVERGENT: gettext_lazy("Answers differ"),
    Consensus.AGREED: gettext_lazy("Agreed by the coordinator"),
}


def open_text(count: int) -> str:
    if not count:
        return _("No open divergences in this field.")
    return _("Open divergences in this field: %(count)s") % {"count": count}


def form_initial(rows) -> dict:
    """The stored agreed answers; where none is stored, the members' common answer."""
    initial = {}
    for row in rows:
        pk, agreed = row["question"].pk, row["agreed"]
        level = agreed.level if agreed else row["unanimous"]
        if agreed or level is not selectors.UNDECIDED:
            initial[f"level-{pk}"] = DONT_KNOW if level is None else str(level)
        initial[f"note-{pk}"] = agreed.note if agreed else ""
    return initial


class TeamFieldView(RoundMixin, View):
    """GET shows the field; POST (the coordinator's) saves the agreed answers sent: the whole
    form without JavaScript, one question at a time (or all at once) from autosave.js (JSON)."""

    template_name = "selfcheck/team.html"

    @cached_property
    def field(self):
        return get_object_or_404(Field, slug=self.kwargs["field"])

    def team(self):
        questions = selectors.field_questions(self.round, self.field)
        return selectors.team_answers(self.round, self.field, questions)

    def get(self, request, pk, field):
        team = self.team()
        kept = unsaved.take(request) if self.editable else None
        if kept is not None:
            messages.warning(request, unsaved.OFFERED)
        form = AgreedAnswersForm(kept, rows=team["rows"], initial=form_initial(team["rows"]))
        if kept is not None:
            form.is_valid()
        return self.render(team, form)

    def post(self, request, pk, field):
        if not self.coordinator:
            raise Http404
        team = self.team()
        form = AgreedAnswersForm(
            request.POST, rows=team["rows"], unanimous="unanimous" in request.POST
        )
        form.is_valid()
        try:
            services.agreed_answers_set(round=self.round, entries=form.entries(), by=request.user)
        except services.SelfCheckError as error:
            if self.wants_json:
                return JsonResponse({"saved": False, "errors": {"__all__": [str(error)]}}, 400)
            messages.error(request, str(error))
            return redirect(self.round)
        if self.wants_json:
            return self.json(form)
        if form.errors:
            return self.render(self.team(), form, status=400)
        messages.success(request, _("The agreed answers have been saved."))
        at = request.POST.get("at", "")
        anchor = f"question-{at}" if at.isascii() and at.isdigit() else "agreed-answers"
        return redirect(f"{request.path}#{anchor}")

    @property
    def editable(self):
        return self.coordinator and not self.round.is_completed

    @property
    def wants_json(self):
        return "application/json" in self.request.headers.get("Accept", "")

    def json(self, form):
        rows = self.team()["rows"]
        states = {
            row["question"].pk: {"state": row["state"], "text": str(STATE_TEXT[row["state"]])}
            for row in rows
        }
        count = sum(row["state"] == Consensus.DIVERGENT for row in rows)
        data = {"saved": not form.errors, "states": states, "open_text": open_text(count)}
        if form.errors:
            data["errors"] = form.errors.get_json_data()
        return JsonResponse(data, status=400 if form.errors else 200)

    def render(self, team, form, status=200):
        summary = selectors.consensus_summary(self.round)
        fields = selectors.fields_of(self.round.questionnaire_id)
        for f in fields:
            f.open_divergences = summary.get(f.pk, {}).get(Consensus.DIVERGENT, 0)
        count = sum(row["state"] == Consensus.DIVERGENT for row in team["rows"])
        rows = [{**row, "state_text": STATE_TEXT[row["state"]]} for row in team["rows"]]
        if self.editable:
            for row in rows:
                pk = row["question"].pk
                row["level_field"], row["note_field"] = form[f"level-{pk}"], form[f"note-{pk}"]
        context = {
            "round": self.round,
            "coordinator": self.coordinator,
            "editable": self.editable,
            "field": self.field,
            "fields": fields,
            "members": team["members"],
            "rows": rows,
            "form": form,
            "open_text": open_text(count),
            "unanimous_open": any(r["state"] == Consensus.UNANIMOUS for r in rows),
            "owner": unsaved.owner_token(self.request.user),
        }
        return render(self.request, self.template_name, context, status=status)
