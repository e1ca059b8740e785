"""The action plan: measures per field, filtered, edited with their history, deleted after a
confirmation, and taken over from a suggestion of the result page in one step."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View

from contacts.permissions import CurrentMembershipRequiredMixin
from selfcheck import selectors, services
from selfcheck.forms import MeasureFilterForm, MeasureForm, SuggestionMeasureForm
from selfcheck.models import Measure, MeasureStatus
from selfcheck.views import RoundMixin
from weltoffen.models import Field


class MeasuresView(CurrentMembershipRequiredMixin, View):
    """The action plan of the current municipality: measures per field, kept across rounds."""

    template_name = "selfcheck/measures.html"

    def get(self, request, form=None, status=200):
        filters = MeasureFilterForm(request.GET or None, fields=Field.objects.all())
        if filters.is_bound and not filters.is_valid():
            status = 400
        measures = list(filters.filter(selectors.measures_of(self.membership.municipality)))
        coordinator = self.membership.is_coordinator
        for measure in measures:
            measure.deletable = services.measure_deletable_by(
                measure, request.user, coordinator=coordinator
            )
        context = {
            "membership": self.membership,
            "measures": measures,
            "overdue": sum(m.is_overdue for m in measures),
            "filters": filters,
            "filtered": filters.is_bound and any(filters.data.get(k) for k in filters.fields),
            "form": form or MeasureForm(fields=Field.objects.all()),
            "statuses": MeasureStatus.choices,
        }
        return render(request, self.template_name, context, status=status)

    def post(self, request):
        if "measure" in request.POST:
            return change_status(request, self.membership.municipality)
        form = MeasureForm(request.POST, fields=Field.objects.all())
        if not form.is_valid():
            return self.get(request, form=form, status=400)
        services.measure_create(
            municipality=self.membership.municipality, by=request.user, **form.cleaned_data
        )
        messages.success(request, _("The measure has been added to the action plan."))
        return redirect("selfcheck:measures")


def change_status(request, municipality):
    """The status buttons of the action plan. Removing a measure asks for confirmation first."""
    status, pk = request.POST.get("status"), request.POST.get("measure", "")
    if status not in MeasureStatus.values or not (pk.isascii() and pk.isdigit()):
        raise Http404
    measure = get_object_or_404(Measure, pk=pk, municipality=municipality)
    if request.POST.get("delete"):
        return redirect("selfcheck:measure-delete", pk=measure.pk)
    services.measure_update(measure=measure, by=request.user, status=status)
    messages.success(request, _("The status has been changed."))
    return redirect("selfcheck:measures")


class MeasureMixin(LoginRequiredMixin):
    """Loads the measure for members of its municipality only (404 for everybody else)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.measure = selectors.measure_for_member(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def deletable(self):
        return services.measure_deletable_by(self.measure, self.request.user)


class MeasureEditView(MeasureMixin, View):
    template_name = "selfcheck/measure_edit.html"

    def get(self, request, pk, form=None, status=200):
        initial = {name: getattr(self.measure, name) for name in MeasureForm.base_fields}
        context = {
            "measure": self.measure,
            "form": form or self.form(initial=initial),
            "history": selectors.measure_history(self.measure),
            "deletable": self.deletable,
        }
        return render(request, self.template_name, context, status=status)

    def post(self, request, pk):
        form = self.form(data=request.POST)
        if not form.is_valid():
            return self.get(request, pk, form=form, status=400)
        changed = services.measure_update(
            measure=self.measure, by=request.user, **form.cleaned_data
        )
        if changed:
            messages.success(request, _("The measure has been saved."))
        else:
            messages.info(request, _("Nothing was changed."))
        return redirect("selfcheck:measures")

    def form(self, **kwargs):
        return MeasureForm(fields=Field.objects.all(), measure=self.measure, **kwargs)


class MeasureDeleteView(MeasureMixin, View):
    """Asks first; deletes on the confirmation's POST. Only the author and coordinators."""

    template_name = "selfcheck/measure_delete.html"

    def get(self, request, pk):
        if not self.deletable:
            raise PermissionDenied
        return render(request, self.template_name, {"measure": self.measure})

    def post(self, request, pk):
        if not self.deletable:
            raise PermissionDenied
        services.measure_delete(measure=self.measure, by=request.user)
        messages.success(
            request,
            _("The measure “%(title)s” has been removed from the action plan.")
            % {"title": self.measure.title},
        )
        return redirect("selfcheck:measures")


class SuggestionMeasureView(RoundMixin, View):
    """A suggestion of the result page becomes a measure of the round's municipality (one POST;
    a second click finds the measure already there)."""

    def get(self, request, pk):
        return redirect("selfcheck:result", pk=pk)

    def post(self, request, pk):
        form = SuggestionMeasureForm(request.POST, fields=Field.objects.all())
        if not form.is_valid():
            messages.error(request, _("The suggestion could not be taken over. Please try again."))
            return redirect("selfcheck:result", pk=pk)
        municipality = self.round.municipality
        existing = Measure.objects.filter(municipality=municipality, **form.cleaned_data).first()
        if existing:
            messages.info(request, _("This suggestion is already in the action plan."))
            return redirect(existing)
        measure = services.measure_create(
            municipality=municipality, by=request.user, **form.cleaned_data
        )
        messages.success(
            request,
            _(
                "The suggestion is now a measure of the action plan. Add the responsible unit "
                "and a due date."
            ),
        )
        return redirect(measure)
