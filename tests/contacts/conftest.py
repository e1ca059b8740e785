import re

import pytest
from django.core import mail

from contacts.models import Membership, MembershipStatus, MunicipalityDomain, Role


def make_membership(user, municipality, role=Role.MEMBER, status=MembershipStatus.ACTIVE):
    return Membership.objects.create(user=user, municipality=municipality, role=role, status=status)


@pytest.fixture
def coordinator(user_factory, town):
    user = user_factory(email="koordination@musterstadt.example.org")
    make_membership(user, town, role=Role.COORDINATOR)
    return user


@pytest.fixture
def team_member(user_factory, town, coordinator):
    user = user_factory(email="mitglied@musterstadt.example.org")
    make_membership(user, town)
    return user


@pytest.fixture
def applicant(user_factory, town, coordinator):
    user = user_factory(email="anfrage@example.org")
    make_membership(user, town, status=MembershipStatus.PENDING)
    return user


@pytest.fixture
def other_coordinator(user_factory, other_town):
    user = user_factory(email="koordination@beispielhausen.example.org")
    make_membership(user, other_town, role=Role.COORDINATOR)
    return user


@pytest.fixture
def town_domain(town):
    return MunicipalityDomain.objects.create(municipality=town, domain="musterstadt.example.org")


def link_in_last_mail(pattern=r"https?://\S+"):
    """The link in the plain-text part of the newest e-mail, as a path for the test client."""
    url = re.search(pattern, mail.outbox[-1].body).group(0)
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.fixture
def contact_factory(db):
    from tests.contacts.factories import ContactPersonFactory

    return ContactPersonFactory


@pytest.fixture
def model_municipality_factory(db):
    from tests.contacts.factories import ModelMunicipalityFactory

    return ModelMunicipalityFactory


@pytest.fixture
def help_offer_factory(db):
    from tests.contacts.factories import HelpOfferFactory

    return HelpOfferFactory
