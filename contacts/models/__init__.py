"""The models of `contacts`, one module per subject; import them from here."""

from contacts.models.directory import ContactPerson, HelpOffer, phone_validator
from contacts.models.membership import Invitation, Membership, MembershipStatus, Role
from contacts.models.municipality import (
    Bundesland,
    Municipality,
    MunicipalityDomain,
    MunicipalityKind,
)

__all__ = [
    "Bundesland",
    "ContactPerson",
    "HelpOffer",
    "Invitation",
    "Membership",
    "MembershipStatus",
    "Municipality",
    "MunicipalityDomain",
    "MunicipalityKind",
    "Role",
    "phone_validator",
]
