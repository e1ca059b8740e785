"""The municipality a user is working for right now (chosen in the header, kept in the session)."""

from contacts.models import MembershipStatus

SESSION_KEY = "current_municipality_id"


def chosen_municipality_id(request):
    return request.session.get(SESSION_KEY)


def current_membership(request, memberships):
    """Of the user's active memberships, the one chosen in the session, else the first."""
    active = [m for m in memberships if m.status == MembershipStatus.ACTIVE]
    chosen = chosen_municipality_id(request)
    return next((m for m in active if m.municipality_id == chosen), active[0] if active else None)


def current_membership_for(request):
    """The active membership the signed-in user is working in right now, or None."""
    from contacts.selectors import memberships_of

    if not request.user.is_authenticated:
        return None
    return current_membership(request, list(memberships_of(request.user)))
