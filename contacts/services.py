"""Multi-step writes for municipalities, memberships and invitations."""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts import importing
from contacts.models import (
    Invitation,
    Membership,
    MembershipStatus,
    Municipality,
    MunicipalityDomain,
    Role,
)
from weltoffen.mail import send_templated_email
from weltoffen.models import User
from weltoffen.tokens import TokenError, make_token, read_token

INVITATION_MAX_AGE = 60 * 60 * 24 * 14  # two weeks


class MembershipError(Exception):
    """The action is not possible; the message says why, in German."""


def _email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower()


def membership_request(*, user: User, municipality: Municipality) -> Membership:
    """Asks to join. An address in one of the municipality's official domains joins at once; the
    first person of a municipality without coordinator asks to coordinate (an admin confirms)."""
    if not municipality.is_approved:
        raise MembershipError(_("This municipality has not been approved yet."))
    existing = Membership.objects.filter(user=user, municipality=municipality).first()
    if existing and existing.status == MembershipStatus.DECLINED:
        existing.delete()  # a declined person may ask again
    elif existing and existing.status == MembershipStatus.ACTIVE:
        raise MembershipError(_("You are already a member of this municipality."))
    elif existing:
        raise MembershipError(_("You have already asked to join this municipality."))
    has_coordinator = municipality.memberships.coordinators().exists()
    official = MunicipalityDomain.objects.filter(
        municipality=municipality, domain=_email_domain(user.email)
    ).exists()
    membership = Membership(user=user, municipality=municipality)
    if not has_coordinator:
        membership.role = Role.COORDINATOR
    elif official:
        membership.status = MembershipStatus.ACTIVE
        membership.decided_at = timezone.now()
    try:
        with transaction.atomic():
            membership.save()
    except IntegrityError as error:
        raise MembershipError(_("You have already asked to join this municipality.")) from error
    return membership


def municipality_propose(*, user: User, name: str, kind: str, state: str) -> Membership:
    """A municipality not in the database yet: an admin approves it and its first coordinator."""
    with transaction.atomic():
        municipality = Municipality.objects.create(
            name=name, kind=kind, state=state, is_approved=False, proposed_by=user
        )
        return Membership.objects.create(
            user=user, municipality=municipality, role=Role.COORDINATOR
        )


def _decide(membership: Membership, *, by: User, status: str) -> Membership:
    membership.status = status
    membership.decided_by = by
    membership.decided_at = timezone.now()
    membership.save(update_fields=["status", "decided_by", "decided_at"])
    return membership


def membership_approve(
    *, membership: Membership, by: User, request=None, by_site_admin: bool = False
) -> Membership:
    if membership.status != MembershipStatus.PENDING:
        raise MembershipError(_("This request has already been decided."))
    if membership.role == Role.COORDINATOR and not by_site_admin:
        raise MembershipError(_("A site admin confirms coordinators."))
    _decide(membership, by=by, status=MembershipStatus.ACTIVE)
    if request is not None:
        send_templated_email(
            to=membership.user.email,
            template="membership_approved",
            context={
                "municipality": membership.municipality.name,
                "account_url": request.build_absolute_uri(reverse("account")),
            },
        )
    return membership


def membership_decline(*, membership: Membership, by: User) -> Membership:
    if membership.status != MembershipStatus.PENDING:
        raise MembershipError(_("This request has already been decided."))
    return _decide(membership, by=by, status=MembershipStatus.DECLINED)


def _is_last_coordinator(membership: Membership) -> bool:
    return membership.is_coordinator and not (
        membership.municipality.memberships.coordinators().exclude(pk=membership.pk).exists()
    )


@transaction.atomic
def membership_remove(*, membership: Membership) -> None:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if _is_last_coordinator(membership):
        raise MembershipError(
            _(
                "A municipality always keeps at least one coordinator. Make another member "
                "coordinator first."
            )
        )
    membership.delete()


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str) -> Membership:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.status != MembershipStatus.ACTIVE:
        raise MembershipError(_("Only active members can get a role."))
    if role == Role.MEMBER and _is_last_coordinator(membership):
        raise MembershipError(
            _(
                "A municipality always keeps at least one coordinator. Make another member "
                "coordinator first."
            )
        )
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


def invitation_send(*, request, municipality: Municipality, email: str, by: User) -> Invitation:
    if municipality.memberships.active().filter(user__email__iexact=email).exists():
        raise MembershipError(_("%(email)s is already a member of the team.") % {"email": email})
    invitation = Invitation.objects.create(
        municipality=municipality, email=email.lower(), invited_by=by
    )
    token = make_token("invite", {"i": invitation.pk, "e": invitation.email})
    send_templated_email(
        to=invitation.email,
        template="invitation",
        context={
            "municipality": municipality.name,
            "inviter": by.get_full_name(),
            "link": request.build_absolute_uri(reverse("contacts:invitation", args=[token])),
        },
    )
    return invitation


def invitation_from_token(token: str) -> Invitation:
    """The invitation behind a link; TokenError with a German message if it cannot be used."""
    data = read_token("invite", token, max_age=INVITATION_MAX_AGE)
    invitation = (
        Invitation.objects.select_related("municipality")
        .filter(pk=data.get("i"), email=data.get("e"))
        .first()
    )
    if invitation is None:
        raise TokenError(_("This invitation has been withdrawn."))
    if invitation.accepted_at:
        raise TokenError(_("This invitation has already been used."))
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user: User) -> Membership:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise TokenError(_("This invitation has already been used."))
    if user.email.lower() != invitation.email:
        raise TokenError(
            _(
                "This invitation was sent to another e-mail address. Please log in with the "
                "address it was sent to."
            )
        )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    membership, created = Membership.objects.get_or_create(
        user=user,
        municipality=invitation.municipality,
        defaults={
            "status": MembershipStatus.ACTIVE,
            "decided_by": invitation.invited_by,
            "decided_at": timezone.now(),
        },
    )
    if not created and membership.status != MembershipStatus.ACTIVE:
        membership.role = Role.MEMBER  # an invitation never makes anyone coordinator
        membership.save(update_fields=["role"])
        _decide(membership, by=invitation.invited_by, status=MembershipStatus.ACTIVE)
    return membership


@transaction.atomic
def invitation_register(*, invitation: Invitation, password: str) -> User:
    """Registers the invited address; the link proves the address, so it counts as confirmed."""
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise TokenError(_("There already is an account for this address. Please log in."))
    user = User.objects.create_user(
        email=invitation.email, password=password, email_confirmed_at=timezone.now()
    )
    invitation_accept(invitation=invitation, user=user)
    return user


def invitation_join(*, invitation: Invitation, user: User | None, password: str = "") -> Membership:
    """The signed-in user accepts; without a user the invited address registers with the
    password and joins."""
    if user is None:
        user = invitation_register(invitation=invitation, password=password)
        return user.memberships.select_related("municipality", "user").get(
            municipality=invitation.municipality
        )
    return invitation_accept(invitation=invitation, user=user)


# --- CSV import of contact persons (checked in contacts/importing.py) ---------------------------


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_municipalities: list = field(default_factory=list)


def contact_persons_import(*, raw: bytes) -> ImportResult:
    """All rows or none: raises importing.ContactImportError with the problems in German.
    Rows that change nothing are not written (no new "last changed" date)."""
    contacts, municipalities = importing.checked(raw)
    result = ImportResult(new_municipalities=[m.name for m in municipalities])
    try:
        with transaction.atomic():
            for municipality in municipalities:
                municipality.save()
            for contact in contacts:
                if not contact.import_changed:
                    result.unchanged += 1
                    continue
                if contact.pk:
                    result.updated += 1
                else:
                    result.created += 1
                contact.save()  # takes the id of a municipality saved just before
    except IntegrityError as error:  # changed by someone else meanwhile: nothing was written
        raise importing.ContactImportError(
            [_("The data changed during the import; nothing was imported. Please try again.")]
        ) from error
    return result
