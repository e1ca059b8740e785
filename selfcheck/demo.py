"""Demo self-checks for load_demo: two completed rounds and one in progress for the demo town,
answered by its three members, so result, history and team views show something real."""

import random
from datetime import timedelta

from django.utils import timezone

from contacts.models import Membership, Municipality
from selfcheck.models import AgreedAnswer, Answer, Measure, Questionnaire, Round

ROUNDS = [
    ("Selbstcheck 2024 (Demo)", 2, 0.9),
    ("Selbstcheck 2025 (Demo)", 1, 0.95),
    ("Selbstcheck 2026 (Demo)", 0, 0.45),
]
MEASURES = [
    (
        "management-und-steuerung",
        "Integrationskonzept fortschreiben (Demo)",
        "Stabsstelle Integration",
    ),
    ("kommunikation-und-konfliktmanagement", "Schutzkonzept gegen Anfeindungen (Demo)", "Hauptamt"),
    (
        "arbeit-und-wirtschaftliche-entwicklung",
        "Runder Tisch Fachkräfte (Demo)",
        "Wirtschaftsförderung",
    ),
]


def load(lines):
    town = Municipality.objects.filter(name="Musterstadt (Demo)").first()
    questionnaire = Questionnaire.objects.current()
    if town is None or questionnaire is None or Round.objects.of(town).exists():
        return
    members = [
        m.user for m in Membership.objects.team(town).select_related("user").order_by("user__email")
    ]
    questions = list(questionnaire.questions.all())
    rng = random.Random(2026)  # noqa: S311  (the same demo every time; not for security)
    for number, (title, years_ago, share) in enumerate(ROUNDS):
        started = timezone.now() - timedelta(days=365 * years_ago + 30)
        round_ = Round.objects.create(
            municipality=town, questionnaire=questionnaire, title=title, started_by=members[0]
        )
        Round.objects.filter(pk=round_.pk).update(started_at=started)
        base = 1 + number  # the town improves from round to round
        answers = [
            Answer(
                round=round_,
                question=q,
                user=user,
                level=None if rng.random() < 0.08 else max(0, min(4, base + rng.randint(-1, 1))),
            )
            for q in questions
            for user in members
            if rng.random() < share
        ]
        Answer.objects.bulk_create(answers)
        if years_ago:
            AgreedAnswer.objects.bulk_create(
                AgreedAnswer(round=round_, question=q, level=min(4, base), decided_by=members[0])
                for q in questions[::3]
            )
            Round.objects.filter(pk=round_.pk).update(
                completed_at=started + timedelta(days=60), completed_by=members[0]
            )
    for slug, title, unit in MEASURES:
        Measure.objects.create(
            municipality=town,
            field=questionnaire.questions.filter(field__slug=slug).first().field,
            title=title,
            responsible_unit=unit,
            due_date=timezone.localdate() + timedelta(days=120),
        )
    lines.append(f"  Selbstcheck: 2 abgeschlossene Runden und 1 laufende für {town.name}")
