import pytest

from contacts.models import Membership, MembershipStatus, Role
from selfcheck import services
from selfcheck.models import Question, Questionnaire


@pytest.fixture
def version(db):
    return Questionnaire.objects.current()


def join(user, municipality, role=Role.MEMBER):
    Membership.objects.create(
        user=user, municipality=municipality, role=role, status=MembershipStatus.ACTIVE
    )
    return user


@pytest.fixture
def coordinator(user_factory, town):
    return join(user_factory(email="koordination@musterstadt.example.org"), town, Role.COORDINATOR)


@pytest.fixture
def colleague(user_factory, town, coordinator):
    return join(user_factory(email="kollegin@musterstadt.example.org"), town)


@pytest.fixture
def outsider(user_factory, other_town):
    return join(
        user_factory(email="fremd@beispielhausen.example.org"), other_town, Role.COORDINATOR
    )


@pytest.fixture
def round_(town, coordinator, version):
    return services.round_start(municipality=town, user=coordinator, title="Selbstcheck 2026")


def questions_of(version, slug):
    return list(Question.objects.filter(questionnaire=version, field__slug=slug))
