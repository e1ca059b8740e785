from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from dialogues import exports, services
from dialogues.exports import STATUS_ORDER
from dialogues.forms import EventForm
from dialogues.models import Event, EventFormat, Registration, RegistrationStatus

REGISTRATION_FIELDS = ["name", "email", "people", "status", "needs", "created_at"]


class RegistrationInline(admin.TabularInline):
    """Who registered (read only here: cancelling goes through the action, so the waiting list
    moves up)."""

    model = Registration
    extra = 0
    can_delete = False
    fields = REGISTRATION_FIELDS
    readonly_fields = REGISTRATION_FIELDS
    view_on_site = False  # the registration's page is the citizen's private link

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(rank=STATUS_ORDER).order_by("rank", "created_at")
        )

    def has_add_permission(self, request, obj=None):
        return False


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
    readonly_fields = ["submitted_by", "sequence", "registrations_purged"]
    inlines = [RegistrationInline]
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
        (_("Registration"), {"fields": ["registration", "registration_url", "capacity"]}),
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
    list_display = ["name", "event", "people", "status", "created_at", "reminded_at"]
    list_filter = ["status", "event__municipality__state"]
    list_select_related = ["event"]
    search_fields = ["name", "email", "event__title"]
    readonly_fields = [*REGISTRATION_FIELDS, "event", "consented_at", "reminded_at"]
    view_on_site = False
    actions = ["cancel"]

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
