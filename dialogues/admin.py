from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from dialogues import exports, services
from dialogues.forms import EventForm
from dialogues.models import Event, EventFormat, Registration, RegistrationStatus

REGISTRATION_FIELDS = ["name", "email", "people", "status", "needs", "created_at"]
OPT_IN_FIELDS = ["hold_until", "holds_places", "confirmed_at"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventForm
    list_display = [
        "title",
        "starts_at",
        "municipality",
        "format",
        "mode",
        "status",
        "is_published",
    ]
    list_filter = [
        "is_published",
        "status",
        "mode",
        "format",
        "registration",
        "municipality__state",
        "fields",
    ]
    list_select_related = ["municipality", "format"]
    search_fields = ["title", "municipality__name", "venue_name"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["municipality"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["submitted_by", "sequence", "registrations_purged", "registrations_link"]
    actions = ["publish", "export_registrations"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "format", "participation", "municipality", "fields"]}),
        (None, {"fields": ["description", "image", "image_alt"]}),
        (
            _("Time and place"),
            {"fields": ["starts_at", "ends_at", "mode", "venue_name", "address", "online_url"]},
        ),
        (_("Organiser"), {"fields": ["organiser_name", "organiser_email", "organiser_phone"]}),
        (
            _("Accessibility and inclusion"),
            {
                "fields": [
                    "step_free",
                    "sign_language",
                    "hearing_loop",
                    "easy_language",
                    "childcare",
                    "free_of_charge",
                    "languages",
                ]
            },
        ),
        (
            _("Registration"),
            {
                "fields": [
                    "registration",
                    "registration_url",
                    "capacity",
                    "max_group_size",
                    "registrations_link",
                ]
            },
        ),
        (
            _("Status and publication"),
            {
                "fields": [
                    "status",
                    "status_note",
                    "is_published",
                    "submitted_by",
                    "sequence",
                    "registrations_purged",
                ]
            },
        ),
    ]

    def save_model(self, request, obj, form, change):
        services.event_save(event=obj)

    @admin.display(description=_("registrations"))
    def registrations_link(self, obj):
        """A link to the registrations (a paginated list with search, filter and CSV export),
        not an inline: an event with hundreds of them stays editable."""
        if obj is None or obj.pk is None:
            return "–"
        url = reverse("admin:dialogues_registration_changelist") + f"?event__id__exact={obj.pk}"
        count = obj.registrations.count()
        text = _("Registrations (%(count)d)") % {"count": count}
        return format_html('<a href="{}">{}</a>', url, text)

    def has_delete_permission(self, request, obj=None):
        """An event with registrations is cancelled (status "abgesagt", participants are told),
        not deleted."""
        active = obj.registrations.exclude(status=RegistrationStatus.CANCELLED) if obj else None
        if active is not None and active.exists():
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(description=_("Publish the selected events"))
    def publish(self, request, queryset):
        # update() skips auto_now (the feeds' cache key relies on it) and sends no signals
        count = queryset.filter(is_published=False).update(
            is_published=True, updated_at=timezone.now()
        )
        self.message_user(
            request,
            ngettext("%(count)d event published.", "%(count)d events published.", count)
            % {"count": count},
        )

    @admin.action(description=_("Export the registrations of the selected events (CSV)"))
    def export_registrations(self, request, queryset):
        return exports.registrations_csv(queryset, "anmeldungen.csv")


@admin.register(EventFormat)
class EventFormatAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "event", "people", "status", "created_at", "reminded_at"]
    list_filter = ["status", "event__municipality__state"]
    list_select_related = ["event"]
    list_per_page = 50
    search_fields = ["name", "email", "event__title"]
    readonly_fields = [
        *REGISTRATION_FIELDS,
        "event",
        "consented_at",
        *OPT_IN_FIELDS,
        "reminded_at",
    ]
    view_on_site = False
    actions = ["cancel", "export"]

    @admin.action(description=_("Export the selected registrations (CSV)"))
    def export(self, request, queryset):
        return exports.registrations_csv_of(queryset, "anmeldungen.csv")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # cancelling moves the waiting list up; the daily purge deletes the data

    @admin.action(description=_("Cancel the selected registrations (the waiting list moves up)"))
    def cancel(self, request, queryset):
        registrations = list(queryset.exclude(status=RegistrationStatus.CANCELLED))
        for registration in registrations:
            services.registration_cancel(registration=registration)
        self.message_user(
            request,
            ngettext(
                "%(count)d registration cancelled.",
                "%(count)d registrations cancelled.",
                len(registrations),
            )
            % {"count": len(registrations)},
        )
