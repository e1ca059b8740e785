"""Admin of the contact persons (with CSV import and export) and the help offers."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts import exports, importing, services, tasks
from contacts.exports import COLUMNS, EDITOR_COLUMNS, REQUIRED
from contacts.models import ContactPerson, HelpOffer


class RefreshesStoredPdfs:
    """After an edit in the admin the stored PDFs of the directory and the emergency cards are
    rebuilt by the worker (queued when the edit is committed)."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        transaction.on_commit(tasks.refresh_stored_pdfs)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(tasks.refresh_stored_pdfs)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        transaction.on_commit(tasks.refresh_stored_pdfs)


class ContactPersonInline(admin.StackedInline):
    model = ContactPerson
    extra = 0
    fields = [
        ("name", "role"),
        ("department", "position"),
        ("email", "phone"),
        "address",
        ("is_published", "consent_date", "verified_on"),
    ]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importing.MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Please upload a .csv file."))
        return upload.read()


@admin.register(ContactPerson)
class ContactPersonAdmin(RefreshesStoredPdfs, admin.ModelAdmin):
    list_display = ["name", "role", "municipality", "is_published", "verified_on", "updated_at"]
    list_filter = [
        "is_published",
        "municipality__state",
        "municipality__kind",
        "municipality__is_model_municipality",
        "is_demo",
    ]
    search_fields = ["name", "role", "department", "email", "phone", "municipality__name"]
    list_select_related = ["municipality"]
    autocomplete_fields = ["municipality"]
    readonly_fields = ["updated_at"]
    actions = ["export_csv"]
    change_list_template = "admin/contacts/contactperson/change_list.html"

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="contacts_contactperson_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            return redirect("admin:index")
        form = ImportForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            try:
                result = services.contact_persons_import(raw=form.cleaned_data["file"])
            except importing.ContactImportError as error:
                problems = error.problems
            else:
                tasks.refresh_stored_pdfs()
                self.message_user(
                    request,
                    _(
                        "Contact persons imported – new: %(created)d, changed: %(updated)d, "
                        "unchanged: %(unchanged)d."
                    )
                    % {
                        "created": result.created,
                        "updated": result.updated,
                        "unchanged": result.unchanged,
                    },
                )
                if result.new_municipalities:
                    self.message_user(
                        request,
                        _("New municipalities created: %(names)s")
                        % {"names": ", ".join(result.new_municipalities)},
                        messages.WARNING,
                    )
                return redirect("admin:contacts_contactperson_changelist")
        return render(
            request,
            "admin/contacts/contactperson/import.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "problems": problems,
                "columns": [(h, k in REQUIRED) for k, h in COLUMNS + EDITOR_COLUMNS],
                "title": _("Import contact persons"),
                "opts": self.model._meta,
            },
        )

    @admin.action(description=_("Export as CSV (import format)"))
    def export_csv(self, request, queryset):
        contacts = queryset.select_related("municipality").order_by(
            "municipality__state", "municipality__name", "position", "name"
        )
        response = HttpResponse(
            exports.contacts_csv(contacts, for_editors=True), content_type="text/csv; charset=utf-8"
        )
        name = f"ansprechpartner-export-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


@admin.register(HelpOffer)
class HelpOfferAdmin(RefreshesStoredPdfs, admin.ModelAdmin):
    list_display = ["organisation", "region", "audience", "is_published", "position"]
    list_filter = ["is_published", "state", "is_demo"]
    search_fields = ["organisation", "offer", "audience"]
    list_editable = ["position"]

    @admin.display(description=_("region"), ordering="state")
    def region(self, obj):
        return obj.region_label
