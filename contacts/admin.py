from django.contrib import admin, messages
from django.db.models import Case, IntegerField, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from contacts import services
from contacts.directory_admin import ContactPersonInline, RefreshesStoredPdfs
from contacts.models import (
    Invitation,
    Membership,
    MembershipStatus,
    Municipality,
    MunicipalityDomain,
    Role,
)
from weltoffen.admin import UserAdmin
from weltoffen.models import User


class MunicipalityDomainInline(admin.TabularInline):
    model = MunicipalityDomain
    extra = 1


@admin.register(Municipality)
class MunicipalityAdmin(RefreshesStoredPdfs, admin.ModelAdmin):
    list_display = ["name", "kind", "state", "ags", "is_model_municipality", "is_approved"]
    list_filter = [
        "is_approved",
        "is_model_municipality",
        "state",
        "kind",
        "contact_persons__is_published",
    ]
    search_fields = ["name", "ags", "domains__domain", "contact_persons__name"]
    inlines = [ContactPersonInline, MunicipalityDomainInline]
    actions = ["approve"]
    readonly_fields = ["proposed_by", "updated_at"]

    def get_readonly_fields(self, request, obj=None):
        # Editors keep the directory; whether a proposed municipality exists is the site
        # admins' decision (README: "a site admin approves").
        readonly = super().get_readonly_fields(request, obj)
        return readonly if request.user.is_superuser else [*readonly, "is_approved"]

    def has_approve_permission(self, request):
        return request.user.is_superuser

    def save_model(self, request, obj, form, change):
        # Ticking "approved" on a proposal is the same one step as the action: its proposer
        # becomes coordinator and hears of it.
        approving = change and "is_approved" in form.changed_data and obj.is_approved
        if approving:
            obj.is_approved = False
        super().save_model(request, obj, form, change)
        if approving:
            services.municipality_approve(municipality=obj, by=request.user)
            obj.is_approved = True

    @admin.action(description=_("Approve the selected proposals"), permissions=["approve"])
    def approve(self, request, queryset):
        proposals = list(queryset.filter(is_approved=False))
        for municipality in proposals:
            services.municipality_approve(municipality=municipality, by=request.user)
        count = len(proposals)
        self.message_user(
            request,
            ngettext(
                "%(count)d municipality approved.", "%(count)d municipalities approved.", count
            )
            % {"count": count},
        )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "municipality", "role", "status", "requested_at", "decided_at"]
    list_filter = ["status", "role", "municipality__is_approved"]
    search_fields = ["user__email", "municipality__name"]
    autocomplete_fields = ["user", "municipality"]
    readonly_fields = ["requested_at", "decided_at", "decided_by"]
    actions = ["confirm"]

    list_select_related = ["user", "municipality"]

    def get_ordering(self, request):
        pending_first = Case(
            When(status=MembershipStatus.PENDING, then=0), default=1, output_field=IntegerField()
        )
        return [pending_first.asc(), "-requested_at"]

    @admin.action(description=_("Confirm the selected requests (e.g. first coordinators)"))
    def confirm(self, request, queryset):
        pending = queryset.filter(status=MembershipStatus.PENDING)
        unapproved = pending.filter(municipality__is_approved=False)
        if unapproved.exists():
            self.message_user(
                request, _("Approve the proposed municipality first."), messages.ERROR
            )
            return
        count = 0
        for membership in pending.select_related("user", "municipality"):
            services.membership_approve(
                membership=membership, by=request.user, request=request, by_site_admin=True
            )
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d request confirmed.", "%(count)d requests confirmed.", count)
            % {"count": count},
        )


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


def _membership_conditions(params):
    """Both user filters (municipality, role) describe the same membership."""
    conditions = {}
    municipality = params.get("municipality", "")
    if municipality.isascii() and municipality.isdigit():
        conditions["municipality_id"] = municipality
    role = params.get("role")
    if role == MembershipStatus.PENDING:
        conditions["status"] = MembershipStatus.PENDING
    elif role in Role.values:
        conditions.update(role=role, status=MembershipStatus.ACTIVE)
    return conditions


def _filter_users(request, queryset):
    conditions = _membership_conditions(request.GET)
    if not conditions:
        return queryset
    return queryset.filter(pk__in=Membership.objects.filter(**conditions).values("user_id"))


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
        return _filter_users(request, queryset)


class RoleFilter(admin.SimpleListFilter):
    title = _("role")
    parameter_name = "role"

    def lookups(self, request, model_admin):
        return [
            (Role.COORDINATOR, Role.COORDINATOR.label),
            (Role.MEMBER, Role.MEMBER.label),
            (MembershipStatus.PENDING, _("with pending request")),
        ]

    def queryset(self, request, queryset):
        return _filter_users(request, queryset)


admin.site.unregister(User)


@admin.register(User)
class UserWithMembershipsAdmin(UserAdmin):
    """The user admin of `weltoffen`, plus memberships (contacts builds on weltoffen)."""

    inlines = [MembershipInline]
    list_filter = [*UserAdmin.list_filter, MunicipalityFilter, RoleFilter]
