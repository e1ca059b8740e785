from contacts.current import current_membership
from contacts.models import MembershipStatus
from contacts.selectors import memberships_of


def municipalities(request):
    """The header's municipality switcher: the user's active memberships and the current one."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    memberships = list(memberships_of(user))
    return {
        "my_active_memberships": [m for m in memberships if m.status == MembershipStatus.ACTIVE],
        "current_membership": current_membership(request, memberships),
    }
