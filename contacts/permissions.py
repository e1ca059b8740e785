"""Who may act for a municipality: its active members and, among them, its coordinators.

The one answer every app uses (modelled on pretix's control permissions):
- `Membership.objects.active_for(user, municipality, role=…)` and `.coordinator_for(…)`, the rule
  as a QuerySet method;
- `municipality_ids(user, role=…)`, the same rule as a subquery to filter other apps' rows by;
- `membership_or_404`, `MunicipalityMemberRequiredMixin` and `municipality_member_required`, for
  views of a municipality named in the URL, and `CurrentMembershipRequiredMixin` for views of the
  municipality chosen in the header.
Anybody who is not an active member (with the role asked for) gets 404, never 403: a
municipality's team pages do not even reveal that they exist.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404

from contacts.current import current_membership_for
from contacts.models import Membership

__all__ = [
    "CurrentMembershipRequiredMixin",
    "MunicipalityMemberRequiredMixin",
    "membership_or_404",
    "municipality_ids",
    "municipality_member_required",
]


def municipality_ids(user, *, role=None):
    """The ids of the municipalities the user is an active member of (with that role), as a
    subquery: `Event.objects.filter(municipality_id__in=municipality_ids(user))`."""
    return Membership.objects.active_for(user, role=role).values("municipality_id")


def membership_or_404(user, municipality_id, *, role=None) -> Membership:
    """The user's active membership of that municipality (with its municipality), else 404."""
    try:
        municipality_id = int(municipality_id)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    if not 0 < municipality_id < 2**63:  # beyond the ids' range (SQLite would overflow)
        raise Http404
    membership = (
        Membership.objects.active_for(user, municipality_id, role=role)
        .select_related("municipality")
        .first()
    )
    if membership is None:
        raise Http404
    return membership


def _handles(view, request):
    """Does the view answer this method? Others get 405 from View.dispatch, for any id."""
    method = request.method.lower()
    return method in view.http_method_names and hasattr(view, method)


class MunicipalityMemberRequiredMixin(LoginRequiredMixin):
    """For views of one municipality, named by the URL argument `pk`: signs in anonymous
    visitors, gives 404 to non-members and sets `self.membership` and `self.municipality`.
    `municipality_role = Role.COORDINATOR` admits coordinators only."""

    municipality_role = None
    municipality_url_kwarg = "pk"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if _handles(self, request):
            self.membership = membership_or_404(
                request.user, kwargs[self.municipality_url_kwarg], role=self.municipality_role
            )
            self.municipality = self.membership.municipality
        return super().dispatch(request, *args, **kwargs)


class CurrentMembershipRequiredMixin(LoginRequiredMixin):
    """For views of the municipality the user works for right now (chosen in the header): sets
    `self.membership`; a user without any active membership (or, with `municipality_role`, without
    that role there) gets `no_membership()`: 404 unless the view offers something better, such as
    the way to join."""

    municipality_role = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if _handles(self, request):
            self.membership = current_membership_for(request)
            role = self.municipality_role
            if self.membership is None or (role and self.membership.role != role):
                return self.no_membership()
        return super().dispatch(request, *args, **kwargs)

    def no_membership(self):
        raise Http404


def municipality_member_required(role=None, url_kwarg="pk"):
    """The decorator for function views: like the mixin, sets `request.membership`."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            request.membership = membership_or_404(request.user, kwargs[url_kwarg], role=role)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
