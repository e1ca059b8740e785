"""The large data set of bench/run: about as many municipalities as Germany has, a magazine of
ten years and five thousand events, loaded with bulk_create (a few minutes). Fictional names."""

import random
import time
from datetime import timedelta

WORDS = [
    "Kommune",
    "Verwaltung",
    "Nachbarschaft",
    "Begegnung",
    "Vielfalt",
    "Teilhabe",
    "Beteiligung",
    "Quartier",
    "Ehrenamt",
    "Verein",
    "Zusammenhalt",
    "Sprachkurs",
    "Beratung",
    "Willkommen",
    "Zukunft",
    "Bildung",
    "Schule",
    "Arbeit",
    "Ausbildung",
    "Wohnen",
    "Gesundheit",
    "Kultur",
    "Sport",
    "Sicherheit",
    "Strategie",
    "Leitbild",
    "Netzwerk",
    "Integration",
    "offen",
    "fair",
]


def text(rng, count):
    sentence = " ".join(rng.choices(WORDS, k=count))
    return sentence[:1].upper() + sentence[1:]


def load(articles, events, municipalities, rounds):
    from django.db import transaction
    from django.utils import timezone

    started, rng, now = time.perf_counter(), random.Random(2026), timezone.now()
    with transaction.atomic():
        towns = _municipalities(municipalities)
        _articles(rng, now, articles)
        _events(rng, now, events, towns)
        _rounds(rng, towns[:rounds])
    return time.perf_counter() - started


def _municipalities(count):
    from contacts.models import Bundesland, Municipality

    states = Bundesland.values
    return Municipality.objects.bulk_create(
        (
            Municipality(name=f"Großgemeinde {i:05d}", kind="gemeinde", state=states[i % 16])
            for i in range(count)
        ),
        batch_size=2000,
    )


def _articles(rng, now, count):
    from magazine.models import Article, ArticleType
    from weltoffen.models import Field

    types, fields = list(ArticleType.objects.all()), list(Field.objects.all())
    rows = []
    for i in range(count):
        body = "".join(f"<p>{text(rng, 50)}.</p>" for _ in range(3))
        if i % 100 == 0:  # what a selective search finds (1 %); every article has "Integration"
            body += "<p>Die Integrationsbeauftragten berichten.</p>"
        rows.append(
            Article(
                title=text(rng, 6),
                slug=f"gross-{i:05d}",
                teaser=text(rng, 25) + ".",
                body=body,
                search_text=" ".join(body.replace("<p>", " ").replace("</p>", " ").split()),
                type=types[i % len(types)],
                status="published",
                published_at=now - timedelta(hours=rng.randint(1, 24 * 3650)),
            )
        )
    created = Article.objects.bulk_create(rows, batch_size=1000)
    Through = Article.fields.through
    Through.objects.bulk_create(
        (Through(article_id=a.pk, field_id=rng.choice(fields).pk) for a in created),
        batch_size=2000,
    )


def _events(rng, now, count, towns):
    from dialogues.models import Event, EventFormat
    from weltoffen.models import Field

    formats, fields = list(EventFormat.objects.all()), list(Field.objects.all())
    rows = []
    for i in range(count):
        starts = now + timedelta(hours=rng.randint(-24 * 365, 24 * 730))
        online = i % 3 == 0
        rows.append(
            Event(
                title=f"Bürgerdialog {i:05d}",
                slug=f"gross-{i:05d}",
                description=f"<p>{text(rng, 60)}.</p>",
                format=formats[i % len(formats)],
                municipality=towns[i % len(towns)],
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                mode="online" if online else "in_person",
                venue_name="" if online else "Bürgerhaus",
                address="" if online else "Beispielweg 1\n12345 Großgemeinde",
                online_url="https://meeting.example.org/x" if online else "",
                organiser_name="Integrationsbüro",
                is_published=True,
            )
        )
    created = Event.objects.bulk_create(rows, batch_size=1000)
    Through = Event.fields.through
    Through.objects.bulk_create(
        (Through(event_id=e.pk, field_id=rng.choice(fields).pk) for e in created),
        batch_size=2000,
    )


def _rounds(rng, towns):
    """One open round per municipality, answered by three members each."""
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from contacts.models import Membership
    from selfcheck.models import Answer, Questionnaire, Round
    from weltoffen.models import User

    questionnaire = Questionnaire.objects.current()
    questions = list(questionnaire.questions.values_list("pk", flat=True))
    password, now = make_password(None), timezone.now()
    users = User.objects.bulk_create(
        (
            User(email=f"m{j}@gross{t.pk}.example.org", password=password, email_confirmed_at=now)
            for t in towns
            for j in range(3)
        ),
        batch_size=2000,
    )
    Membership.objects.bulk_create(
        (
            Membership(
                user=users[i * 3 + j],
                municipality=t,
                status="active",
                decided_at=now,
                role="coordinator" if j == 0 else "member",
            )
            for i, t in enumerate(towns)
            for j in range(3)
        ),
        batch_size=2000,
    )
    rounds = Round.objects.bulk_create(
        Round(municipality=t, questionnaire=questionnaire, title="Selbstcheck") for t in towns
    )
    for i, round_ in enumerate(rounds):
        Answer.objects.bulk_create(
            Answer(round=round_, question_id=q, user=users[i * 3 + j], level=rng.randint(0, 4))
            for j in range(3)
            for q in questions
        )
