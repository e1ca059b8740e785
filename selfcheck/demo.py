"""Demo self-checks for load_demo: two completed rounds and one in progress for the demo town,
answered by its three members, so result, history and team views show something real."""

import random
from datetime import timedelta
from pathlib import Path

import yaml
from django.utils import timezone

from contacts.models import Membership, Municipality
from selfcheck.models import AgreedAnswer, Answer, Measure, Questionnaire, Round
from selfcheck.scoring import Consensus, consensus

DATA = yaml.safe_load((Path(__file__).resolve().parent / "data" / "demo.yaml").read_text())


def load(lines):
    town = Municipality.objects.filter(name="Musterstadt (Demo)").first()
    questionnaire = Questionnaire.objects.current()
    if town is None or questionnaire is None or Round.objects.of(town).exists():
        return
    members = [
        m.user for m in Membership.objects.team(town).select_related("user").order_by("user__email")
    ]
    questions = list(questionnaire.questions.select_related("field"))
    rng = random.Random(2026)  # noqa: S311  (the same demo every time; not for security)
    for number, demo_round in enumerate(DATA["rounds"]):
        title, years_ago, share = (demo_round[k] for k in ("title", "years_ago", "share"))
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
        _settle(round_, answers, demo_round.get("settled", {}), members[0])
    for measure in DATA["measures"]:
        Measure.objects.create(
            municipality=town,
            field=questionnaire.questions.filter(field__slug=measure["field"]).first().field,
            title=measure["title"],
            responsible_unit=measure["unit"],
            due_date=timezone.localdate() + timedelta(days=120),
        )
    lines.append(f"  Selbstcheck: 2 abgeschlossene Runden und 1 laufende für {town.name}")


def _settle(round_, answers, settled, coordinator):
    """The coordinator's agreed answers for the first diverging questions of some fields (the
    median of the members' answers, as a workshop might end), so the team view shows questions
    settled, diverging and unanimous side by side."""
    levels = {}
    for a in answers:
        levels.setdefault(a.question, []).append(a.level)
    agreed = []
    for slug, count in settled.items():
        diverging = [
            (q, given)
            for q, given in levels.items()
            if q.field.slug == slug and consensus(given, False) == Consensus.DIVERGENT
        ]
        for question, given in diverging[:count]:
            known = sorted(level for level in given if level is not None)
            level = known[len(known) // 2] if known else None
            agreed.append(
                AgreedAnswer(
                    round=round_,
                    question=question,
                    level=level,
                    note="Im Team-Workshop vereinbart (Demo)",
                    decided_by=coordinator,
                )
            )
    AgreedAnswer.objects.bulk_create(agreed, ignore_conflicts=True)
