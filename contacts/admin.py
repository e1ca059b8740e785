from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import (
    Invitation,
    Membership,
    MembershipStatus,
    Municipality,
    MunicipalityDomain,
)
from weltoffen.admin import UserAdmin
from weltoffen.models import User


class MunicipalityDomainInline(admin.TabularInline):
    model = MunicipalityDomain
    extra = 1


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "state", "ags", "is_model_municipality", "is_approved"]
    list_filter = ["is_approved", "is_model_municipality", "state", "kind"]
    search_fields = ["name", "ags", "domains__domain"]
    inlines = [MunicipalityDomainInline]
    actions = ["approve"]
    readonly_fields = ["proposed_by"]

    @admin.action(description=_("Approve the selected proposals"))
    def approve(self, request, queryset):
        count = queryset.update(is_approved=True)
        self.message_user(request, _("%(count)d municipalities approved.") % {"count": count})


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "municipality", "role", "status", "requested_at", "decided_at"]
    list_filter = ["status", "role", "municipality__is_approved"]
    search_fields = ["user__email", "municipality__name"]
    autocomplete_fields = ["user", "municipality"]
    readonly_fields = ["requested_at", "decided_at", "decided_by"]
    actions = ["confirm"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "municipality").pending_first()

    @admin.action(description=_("Confirm the selected requests (e.g. first coordinators)"))
    def confirm(self, request, queryset):
        pending = queryset.filter(status=MembershipStatus.PENDING)
        unapproved = pending.filter(municipality__is_approved=False)
        if unapproved.exists():
            self.message_user(
                request, _("Approve the proposed municipality first."), messages.ERROR
            )
            return
        count = pending.update(
            status=MembershipStatus.ACTIVE, decided_at=timezone.now(), decided_by=request.user
        )
        self.message_user(request, _("%(count)d requests confirmed.") % {"count": count})


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "municipality", "invited_by", "created_at", "accepted_at"]
    search_fields = ["email", "municipality__name"]
    list_select_related = ["municipality", "invited_by"]


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "user"
    extra = 0
    fields = ["municipality", "role", "status"]
    autocomplete_fields = ["municipality"]


class MunicipalityFilter(admin.SimpleListFilter):
    title = _("municipality")
    parameter_name = "municipality"

    def lookups(self, request, model_admin):
        return (
            Municipality.objects.filter(memberships__isnull=False)
            .distinct()
            .values_list("pk", "name")
        )

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(memberships__municipality_id=self.value()).distinct()
        return queryset


class RoleFilter(admin.SimpleListFilter):
    title = _("role")
    parameter_name = "role"

    def lookups(self, request, model_admin):
        return [
            ("coordinator", _("coordinator")),
            ("member", _("member")),
            ("pending", _("with pending request")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "pending":
            return queryset.filter(memberships__status=MembershipStatus.PENDING).distinct()
        if self.value() in {"coordinator", "member"}:
            return queryset.filter(
                memberships__role=self.value(), memberships__status=MembershipStatus.ACTIVE
            ).distinct()
        return queryset


admin.site.unregister(User)


@admin.register(User)
class UserWithMembershipsAdmin(UserAdmin):
    """The user admin of `weltoffen`, plus memberships (contacts builds on weltoffen)."""

    inlines = [MembershipInline]
    list_filter = [*UserAdmin.list_filter, MunicipalityFilter, RoleFilter]
