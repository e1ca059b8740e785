import datetime

import factory

from contacts.models import ContactPerson, HelpOffer
from tests.factories import MunicipalityFactory


class ModelMunicipalityFactory(MunicipalityFactory):
    is_model_municipality = True


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson

    municipality = factory.SubFactory(ModelMunicipalityFactory)
    name = factory.Sequence(lambda n: f"Person {n} Beispiel")
    role = "Integrationsbeauftragte:r"
    department = "Büro für Integration"
    email = factory.Sequence(lambda n: f"person{n}@kommune.example.org")
    phone = "+49 30 23125 000"
    is_published = True
    consent_date = datetime.date(2026, 1, 15)


class HelpOfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HelpOffer

    organisation = factory.Sequence(lambda n: f"Beratungsstelle {n} (Test)")
    offer = "Vertrauliche Beratung nach Drohungen."
    audience = "Bürgermeister:innen"
    phone = "+49 30 23125 900"
