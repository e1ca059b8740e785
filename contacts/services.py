"""Multi-step writes for municipalities, memberships and invitations."""

from dataclasses import dataclass, field

from django.conf import settings
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
from contacts.models.membership import INVITATION_MAX_AGE
from weltoffen.mail import send_templated_email
from weltoffen.models import User
from weltoffen.tokens import TokenError, make_token, read_token


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
    if membership.status == MembershipStatus.PENDING and membership.role == Role.COORDINATOR:
        _tell_site_admins(membership, proposal=False)
    elif membership.status == MembershipStatus.PENDING:
        _tell_coordinators(membership)
    return membership


def _tell_coordinators(membership: Membership) -> None:
    """The coordinators decide join requests: each hears of a new one (by the person's name)."""
    municipality = membership.municipality
    team_url = settings.SITE_URL + reverse("contacts:team", args=[municipality.pk])
    coordinators = municipality.memberships.coordinators().select_related("user")
    for coordinator in coordinators:
        send_templated_email(
            to=coordinator.user.email,
            template="join_request",
            context={
                "municipality": municipality.name,
                "requester": membership.user.get_full_name(),
                "team_url": team_url,
            },
            plain=["requester", "municipality"],
        )


def _tell_site_admins(membership: Membership, *, proposal: bool) -> None:
    """Site admins decide proposals and coordinator requests: each of them hears of every new
    one (by the requester's name, with the link to the waiting list in the admin)."""
    if proposal:
        path = reverse("admin:contacts_municipality_changelist") + "?is_approved__exact=0"
    else:
        path = reverse("admin:contacts_membership_changelist") + "?status__exact=pending"
    admins = User.objects.filter(is_superuser=True, is_active=True).exclude(email_confirmed_at=None)
    for email in admins.values_list("email", flat=True):
        send_templated_email(
            to=email,
            template="site_admin_pending",
            context={
                "proposal": proposal,
                "municipality": membership.municipality,
                "requester": membership.user.get_full_name(),
                "link": settings.SITE_URL + path,
            },
        )


def municipality_propose(*, user: User, name: str, kind: str, state: str) -> Membership:
    """A municipality not in the database yet: a site admin approves it, which makes the proposer
    its first coordinator (municipality_approve)."""
    with transaction.atomic():
        municipality = Municipality.objects.create(
            name=name, kind=kind, state=state, is_approved=False, proposed_by=user
        )
        membership = Membership.objects.create(
            user=user, municipality=municipality, role=Role.COORDINATOR
        )
    _tell_site_admins(membership, proposal=True)
    return membership


def municipality_approve(*, municipality: Municipality, by: User) -> None:
    """A site admin approves a proposed municipality in one step: it appears on the platform and
    its proposer, whose coordinator request waits with it, coordinates it from now on."""
    with transaction.atomic():
        municipality = Municipality.objects.select_for_update().get(pk=municipality.pk)
        if municipality.is_approved:
            return
        municipality.is_approved = True
        municipality.save(update_fields=["is_approved", "updated_at"])
        pending = municipality.memberships.filter(
            status=MembershipStatus.PENDING,
            role=Role.COORDINATOR,
            user_id=municipality.proposed_by_id,
        ).select_related("user", "municipality")
        approved = [_decide(m, by=by, status=MembershipStatus.ACTIVE) for m in pending]
    for membership in approved:  # committed above
        _mail_new_coordinator(membership)


def _mail_new_coordinator(membership: Membership) -> None:
    municipality = membership.municipality
    send_templated_email(
        to=membership.user.email,
        template="municipality_approved",
        context={
            "municipality": municipality.name,
            "team_url": settings.SITE_URL + reverse("contacts:team", args=[municipality.pk]),
            "account_url": settings.SITE_URL + reverse("account"),
        },
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
    _mail_invitation(request, invitation, by=by)
    return invitation


def _mail_invitation(request, invitation: Invitation, *, by: User) -> None:
    token = make_token("invite", {"i": invitation.pk, "e": invitation.email})
    send_templated_email(
        to=invitation.email,
        template="invitation",
        context={
            "municipality": invitation.municipality.name,
            "inviter": by.get_full_name(),
            "link": request.build_absolute_uri(reverse("contacts:invitation", args=[token])),
        },
    )


def invitation_resend(*, request, invitation: Invitation, by: User) -> None:
    """Sends the invitation again with a fresh link (valid for another two weeks); the links sent
    before keep working until they expire."""
    if invitation.accepted_at:
        raise MembershipError(_("This invitation has already been used."))
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now(), invited_by=by)
    _mail_invitation(request, invitation, by=by)


def invitation_withdraw(*, invitation: Invitation) -> None:
    """Withdraws an invitation that has not been used: its links stop working."""
    if invitation.accepted_at:
        raise MembershipError(_("This invitation has already been used."))
    invitation.delete()


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
def invitation_register(*, invitation: Invitation, password: str, name: str = "") -> User:
    """Registers the invited address; the link proves the address, so it counts as confirmed."""
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise TokenError(_("There already is an account for this address. Please log in."))
    user = User.objects.create_user(
        email=invitation.email,
        password=password,
        name=name.strip(),
        email_confirmed_at=timezone.now(),
    )
    invitation_accept(invitation=invitation, user=user)
    return user


def invitation_join(
    *, invitation: Invitation, user: User | None, password: str = "", name: str = ""
) -> Membership:
    """The signed-in user accepts; without a user the invited address registers with the
    password and joins."""
    if user is None:
        user = invitation_register(invitation=invitation, password=password, name=name)
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
