"""What contacts adds to the user's account: memberships section, data export, deletion check."""

from django.utils.translation import gettext as _

from contacts.models import Invitation, Membership, MembershipStatus, Municipality, Role
from contacts.selectors import memberships_of


def account_section(request):
    return {"memberships": memberships_of(request.user), "statuses": MembershipStatus}


def export_personal_data(user):
    return {
        "mitgliedschaften": [
            {
                "kommune": m.municipality.name,
                "rolle": m.get_role_display(),
                "status": m.get_status_display(),
                "angefragt_am": m.requested_at.isoformat(),
                "entschieden_am": m.decided_at and m.decided_at.isoformat(),
            }
            for m in memberships_of(user)
        ],
        "versandte_einladungen": [
            {
                "kommune": i.municipality.name,
                "am": i.created_at.isoformat(),
                "angenommen": i.accepted_at is not None,
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("municipality")
        ],
        "vorgeschlagene_kommunen": list(
            Municipality.objects.filter(proposed_by=user).values_list("name", flat=True)
        ),
    }


def last_coordinator_blockers(user):
    reasons = []
    for membership in (
        Membership.objects.coordinators().filter(user=user).select_related("municipality")
    ):
        team = membership.municipality.memberships.active()
        others = team.exclude(user=user)
        if others.exists() and not others.filter(role=Role.COORDINATOR).exists():
            reasons.append(
                _(
                    "You are the only coordinator of %(municipality)s. Please make another member "
                    "coordinator first."
                )
                % {"municipality": membership.municipality.name}
            )
    return reasons
