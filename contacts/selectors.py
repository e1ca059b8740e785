"""Reusable reads about municipalities, their teams, the contact directory and help offers."""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.db.models import Count, Max, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from contacts.models import (
    Bundesland,
    ContactPerson,
    HelpOffer,
    Membership,
    MembershipStatus,
    Municipality,
    MunicipalityDomain,
    Role,
)
from contacts.models.directory import IN_DIRECTORY
from contacts.models.membership import INVITATION_MAX_AGE
from weltoffen.models import User


def memberships_of(user):
    """The user's memberships of any status, with their municipalities (one query)."""
    return (
        Membership.objects.filter(user=user)
        .select_related("municipality")
        .order_by("municipality__name")
    )


def has_account(email) -> bool:
    return User.objects.filter(email__iexact=email).exists()


def municipality_search(text):
    return Municipality.objects.search(text)[:50]


def suggested_municipalities(user):
    """Approved municipalities whose official e-mail domain is the user's."""
    domain = user.email.rsplit("@", 1)[-1]
    return [
        d.municipality
        for d in MunicipalityDomain.objects.filter(
            domain=domain, municipality__is_approved=True
        ).select_related("municipality")
    ]


def pending_invitations(municipality):
    """Invitations not used yet and still valid, newest first, with who sent them."""
    since = timezone.now() - timedelta(seconds=INVITATION_MAX_AGE)
    return (
        municipality.invitations.filter(accepted_at=None, created_at__gte=since)
        .select_related("invited_by")
        .order_by("-created_at")
    )


def team_of(municipality):
    return (
        municipality.memberships.exclude(status=MembershipStatus.DECLINED)
        .select_related("user")
        .pending_first()
    )


# --- The public directory ------------------------------------------------------------------------

MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class DirectoryFilter:
    """The visitor's filter from the URL: a Bundesland code and a search text (both optional)."""

    state: str = ""
    query: str = ""
    unknown_state: str = ""  # a value from the URL that is no Bundesland (shown as a message)

    @classmethod
    def from_params(cls, params):
        state = params.get("land", "").upper()
        text = "".join(ch for ch in params.get("q", "")[:MAX_QUERY_LENGTH] if ch.isprintable())
        known = state in Bundesland.values
        return cls(
            state=state if known else "",
            query=" ".join(text.split()),
            unknown_state="" if known else params.get("land", "")[:20],
        )

    @property
    def state_label(self):
        return Bundesland(self.state).label if self.state else ""

    @property
    def is_active(self):
        return bool(self.state or self.query)

    def as_query_string(self):
        return urlencode({k: v for k, v in (("land", self.state), ("q", self.query)) if v})

    def cache_part(self):
        return hashlib.sha256(f"{self.state}|{self.query}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class StateGroup:
    code: str
    label: str
    municipalities: list


def published_contacts():
    return ContactPerson.objects.published().order_by("position", "name", "pk")


def directory_count(filter: DirectoryFilter) -> int:
    """How many model municipalities the filter selects (one query)."""
    return _selected(Municipality.objects.model_municipalities(), filter).count()


def directory(filter: DirectoryFilter) -> list[StateGroup]:
    """The model municipalities with their published contacts, grouped by Bundesland (2 queries).
    A search matches the municipality's name or a published contact's name, function or department.
    """
    municipalities = Municipality.objects.model_municipalities().prefetch_related(
        Prefetch("contact_persons", queryset=published_contacts(), to_attr="published_contacts")
    )
    groups = {}
    for municipality in _selected(municipalities, filter).order_by("name", "pk"):
        groups.setdefault(municipality.state, []).append(municipality)
    labels = dict(Bundesland.choices)
    return [
        StateGroup(code, labels[code], groups[code])
        for code in sorted(groups, key=lambda code: labels[code])
    ]


def _selected(municipalities, filter):
    if filter.state:
        municipalities = municipalities.filter(state=filter.state)
    if filter.query:
        people = ContactPerson.objects.in_directory().filter(
            Q(name__icontains=filter.query)
            | Q(role__icontains=filter.query)
            | Q(department__icontains=filter.query)
        )
        municipalities = municipalities.filter(
            Q(name__icontains=filter.query) | Q(pk__in=people.values("municipality_id"))
        )
    return municipalities


@dataclass(frozen=True)
class Listing:
    groups: list
    count: int


def directory_listing(filter: DirectoryFilter) -> Listing:
    groups = directory(filter)
    return Listing(groups, sum(len(group.municipalities) for group in groups))


@dataclass(frozen=True)
class DataVersion:
    """When the directory's data last changed: the "Stand" and a key for caches and ETags."""

    stand: datetime | None
    key: str


def directory_version() -> DataVersion:
    """Two aggregate queries. The key changes with every edit, addition or deletion of a model
    municipality or contact (published or not); the "Stand" is the latest change of what shows."""
    places = Municipality.objects.model_municipalities().aggregate(
        latest=Max("updated_at"), count=Count("pk")
    )
    people = ContactPerson.objects.aggregate(
        latest=Max("updated_at"),
        count=Count("pk"),
        shown=Max("updated_at", filter=IN_DIRECTORY),
    )
    shown = [d for d in (places["latest"], people["shown"]) if d]
    raw = f"{places['latest']}|{places['count']}|{people['latest']}|{people['count']}"
    return DataVersion(
        stand=max(shown) if shown else None,
        key=hashlib.sha256(raw.encode()).hexdigest()[:20],
    )


# --- Help offers ---------------------------------------------------------------------------------


def help_offers(state: str = ""):
    """Published offers: nationwide first, then those of the Bundesland (all when none given)."""
    offers = HelpOffer.objects.for_state(state)
    return sorted(offers, key=lambda o: (o.state != "", o.get_state_display(), o.position))


def help_version() -> str:
    data = HelpOffer.objects.aggregate(latest=Max("updated_at"), count=Count("pk"))
    return hashlib.sha256(f"{data['latest']}|{data['count']}".encode()).hexdigest()[:20]


def waiting_for_site_admins():
    """(label, count, admin list URL) of the decisions only site admins take, where any wait."""
    proposals = Municipality.objects.filter(is_approved=False).count()
    requests = Membership.objects.filter(
        status=MembershipStatus.PENDING, role=Role.COORDINATOR, municipality__is_approved=True
    ).count()
    waiting = [
        (
            ngettext(
                "%(count)d proposed municipality", "%(count)d proposed municipalities", proposals
            )
            % {"count": proposals},
            reverse("admin:contacts_municipality_changelist") + "?is_approved__exact=0",
            proposals,
        ),
        (
            ngettext("%(count)d coordinator request", "%(count)d coordinator requests", requests)
            % {"count": requests},
            reverse("admin:contacts_membership_changelist") + "?status__exact=pending",
            requests,
        ),
    ]
    return [(label, url) for label, url, count in waiting if count]
