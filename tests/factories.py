from datetime import timedelta

import factory
from django.utils import timezone

from contacts.models import Bundesland, Municipality, MunicipalityKind
from dialogues.models import Event, EventFormat
from magazine import services as magazine_services
from magazine.models import Article, ArticleType
from selfcheck.models import Questionnaire, Round
from weltoffen.models import Field, User

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


class EventFactory(factory.django.DjangoModelFactory):
    """A published dialogue event a week ahead, two hours long. `fields` takes field slugs."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = "Bürgerdialog im Rathaus"
    slug = factory.Sequence(lambda n: f"veranstaltung-{n + 1}")
    format = factory.LazyFunction(lambda: EventFormat.objects.get(slug="buergerdialog"))
    municipality = factory.SubFactory(MunicipalityFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=2))
    description = "<p>Wir sprechen über das Zusammenleben.</p>"
    organiser_name = "Integrationsbüro"
    venue_name = "Rathaus"
    address = "Marktplatz 1\n12345 Musterstadt"
    is_published = True

    @factory.post_generation
    def fields(self, create, slugs, **kwargs):
        self.fields.set(Field.objects.filter(slug__in=slugs or ["zusammenhalt-und-begegnung"]))


class ArticleFactory(factory.django.DjangoModelFactory):
    """A magazine article published yesterday, prepared as the admin does (sanitised body, reading
    time). `fields` takes field slugs."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = "Ein Beitrag"
    slug = factory.Sequence(lambda n: f"beitrag-{n + 1}")
    teaser = factory.LazyAttribute(lambda article: f"Kurz: {article.title}")
    body = "<p>Die Integrationsbeauftragten der Stadt berichten.</p>"
    status = Article.Status.PUBLISHED
    type = factory.LazyFunction(lambda: ArticleType.objects.get(slug="praxistipp"))
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        article = model_class(*args, **kwargs)
        magazine_services.article_prepare(article=article)
        article.save()
        return article

    @factory.post_generation
    def fields(self, create, slugs, **kwargs):
        self.fields.set(Field.objects.filter(slug__in=slugs or ["management-und-steuerung"]))


class RoundFactory(factory.django.DjangoModelFactory):
    """A self-check round in progress on the current questionnaire."""

    class Meta:
        model = Round

    municipality = factory.SubFactory(MunicipalityFactory)
    questionnaire = factory.LazyFunction(Questionnaire.objects.current)
    title = factory.Sequence(lambda n: f"Selbstcheck {2026 + n}")
    started_by = factory.SubFactory(UserFactory)
