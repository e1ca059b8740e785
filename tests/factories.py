import factory
from django.utils import timezone

from contacts.models import Bundesland, Municipality, MunicipalityKind
from weltoffen.models import User

DEFAULT_PASSWORD = "ein-sicheres-Testpasswort-2026"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Sequence(lambda n: f"Testperson {n}")
    password = factory.django.Password(DEFAULT_PASSWORD)
    email_confirmed_at = factory.LazyFunction(timezone.now)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Musterstadt {n}")
    kind = MunicipalityKind.STADT
    state = Bundesland.HE
