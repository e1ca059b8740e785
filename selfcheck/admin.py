from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext_lazy as _

from selfcheck import importing, services
from selfcheck.models import (
    AgreedAnswer,
    Answer,
    AssessmentBand,
    FieldAssessment,
    Measure,
    MeasureChange,
    Question,
    Questionnaire,
    QuestionnaireStatus,
    Round,
    RoundEvent,
)


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0
    fields = ["field", "subtopic", "order", "text", "explanation"]

    def _editable(self, obj):
        return obj is None or not obj.is_frozen

    def has_add_permission(self, request, obj=None):
        return self._editable(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._editable(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._editable(obj) and super().has_delete_permission(request, obj)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File (YAML or CSV)"))
    title = forms.CharField(label=_("Title (for CSV files)"), max_length=200, required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importing.MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        if not upload.name.lower().endswith((".yaml", ".yml", ".csv")):
            raise forms.ValidationError(_("Please upload a .yaml or .csv file."))
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 encoded text.")) from error
        try:
            if upload.name.lower().endswith(".csv"):
                return importing.parse_csv(text, self.data.get("title", ""))
            return importing.parse_yaml(text)
        except importing.QuestionnaireFileError as error:
            raise forms.ValidationError(str(error)) from error


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    """Versions of the question set. Published versions are frozen; "copy as draft" to edit."""

    list_display = ["title", "status", "published_at", "question_count"]
    list_filter = ["status"]
    inlines = [QuestionInline]
    actions = ["copy_as_draft", "publish", "export_yaml", "export_csv"]
    change_list_template = "admin/selfcheck/questionnaire/change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(question_count=Count("questions"))

    @admin.display(description=_("questions"), ordering="question_count")
    def question_count(self, obj):
        return obj.question_count

    def get_readonly_fields(self, request, obj=None):
        if obj and obj.is_frozen:
            return ["title", "description", "status", "published_at", "based_on"]
        return ["status", "published_at", "based_on"]

    def has_delete_permission(self, request, obj=None):
        return (obj is None or not obj.rounds.exists()) and super().has_delete_permission(
            request, obj
        )

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="selfcheck_questionnaire_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                version = services.questionnaire_create(data=form.cleaned_data["file"])
            except importing.QuestionnaireFileError as error:
                form.add_error("file", str(error))
            else:
                self.message_user(request, _("The file has been imported as a draft version."))
                return redirect("admin:selfcheck_questionnaire_change", version.pk)
        return render(
            request,
            "admin/selfcheck/questionnaire/import.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "title": _("Import a questionnaire version"),
                "opts": self.model._meta,
            },
        )

    @admin.action(description=_("Copy as a new draft version"))
    def copy_as_draft(self, request, queryset):
        for version in queryset:
            services.questionnaire_copy_as_draft(version=version)
        self.message_user(request, _("Draft versions have been created."))

    @admin.action(description=_("Publish (the newest published version is used for new rounds)"))
    def publish(self, request, queryset):
        for version in queryset.filter(status=QuestionnaireStatus.DRAFT):
            try:
                services.questionnaire_publish(version=version)
            except importing.QuestionnaireFileError as error:
                self.message_user(request, str(error), messages.ERROR)
                return
        self.message_user(request, _("The selected drafts have been published."))

    def _export(self, queryset, kind):
        version = queryset.first()
        content = (
            importing.export_yaml(version) if kind == "yaml" else importing.export_csv(version)
        )
        response = HttpResponse(
            content,
            content_type="text/yaml; charset=utf-8"
            if kind == "yaml"
            else "text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="fragebogen-{version.pk}.{kind}"'
        return response

    @admin.action(description=_("Export as YAML (first selected version)"))
    def export_yaml(self, request, queryset):
        return self._export(queryset, "yaml")

    @admin.action(description=_("Export as CSV (first selected version)"))
    def export_csv(self, request, queryset):
        return self._export(queryset, "csv")


@admin.register(AssessmentBand)
class AssessmentBandAdmin(admin.ModelAdmin):
    list_display = ["label", "key", "min_score"]


@admin.register(FieldAssessment)
class FieldAssessmentAdmin(admin.ModelAdmin):
    list_display = ["field", "band"]
    list_filter = ["field", "band"]
    list_select_related = ["field", "band"]


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    fields = ["question", "user", "level", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class RoundEventInline(admin.TabularInline):
    """The round's history (completed, reopened with the reason), as the site shows it."""

    model = RoundEvent
    extra = 0
    fields = ["kind", "by", "at", "reason"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class MeasureChangeInline(admin.TabularInline):
    model = MeasureChange
    extra = 0
    fields = ["kind", "changed_by", "changed_at", "changes"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    """Site admins see self-check data; changes happen on the site, by the municipality's team."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Round)
class RoundAdmin(ReadOnlyAdmin):
    list_display = ["title", "municipality", "started_at", "completed_at"]
    list_filter = ["completed_at"]
    search_fields = ["title", "municipality__name"]
    list_select_related = ["municipality"]
    readonly_fields = ["municipality", "questionnaire", "started_by", "started_at", "completed_by"]
    inlines = [RoundEventInline, AnswerInline]


@admin.register(AgreedAnswer)
class AgreedAnswerAdmin(ReadOnlyAdmin):
    list_display = ["round", "question", "level"]
    list_select_related = ["round", "question"]
    raw_id_fields = ["round", "question"]


@admin.register(Measure)
class MeasureAdmin(admin.ModelAdmin):
    list_display = ["title", "municipality", "field", "status", "due_date"]
    list_filter = ["status", "field"]
    search_fields = ["title", "municipality__name"]
    inlines = [MeasureChangeInline]
