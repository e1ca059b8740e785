"""Reusable reads about municipalities and their teams."""

from django.shortcuts import get_object_or_404

from contacts.models import Membership, MembershipStatus, Role


def memberships_of(user):
    """The user's memberships of any status, with their municipalities (one query)."""
    return (
        Membership.objects.filter(user=user)
        .select_related("municipality")
        .order_by("municipality__name")
    )


def active_membership(user, municipality_id, *, coordinator=False):
    """The user's active membership of that municipality, or 404 (never reveal others' teams)."""
    filters = {"user": user, "municipality_id": municipality_id, "status": MembershipStatus.ACTIVE}
    if coordinator:
        filters["role"] = Role.COORDINATOR
    return get_object_or_404(Membership.objects.select_related("municipality"), **filters)


def team_of(municipality):
    return (
        municipality.memberships.exclude(status=MembershipStatus.DECLINED)
        .select_related("user")
        .pending_first()
    )
