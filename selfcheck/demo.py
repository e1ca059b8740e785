"""Demo self-checks for load_demo: two completed rounds (one of them reopened once and completed
again) and one in progress for the demo town, answered by its three members, so result, history
and team views show something real; an action plan with an overdue measure; and five more demo
municipalities with a completed round, all six in the anonymous comparison (the band shows)."""

import random
from datetime import timedelta
from pathlib import Path

import yaml
from django.utils import timezone

from contacts.models import Membership, Municipality
from selfcheck.models import (
    AgreedAnswer,
    Answer,
    BenchmarkConsent,
    Measure,
    MeasureChange,
    MeasureChangeKind,
    MeasureStatus,
    Questionnaire,
    Round,
    RoundEvent,
    RoundEventKind,
)
from selfcheck.scoring import Consensus, consensus
from weltoffen.models import Field

DATA = yaml.safe_load((Path(__file__).resolve().parent / "data" / "demo.yaml").read_text())


def load(lines):
    town = Municipality.objects.filter(name="Musterstadt (Demo)").first()
    questionnaire = Questionnaire.objects.current()
    if town is None or questionnaire is None:
        return
    _comparison(town, questionnaire, lines)
    if Round.objects.of(town).exists():
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
            _complete(round_, started + timedelta(days=60), members[0], demo_round)
        _settle(round_, answers, demo_round.get("settled", {}), members[0])
    for measure in DATA["measures"]:
        _measure(town, measure, members)
    lines.append(
        f"  Selbstcheck: 2 abgeschlossene Runden (eine davon wieder geöffnet) und 1 laufende für "
        f"{town.name}; Maßnahmenplan mit einer überfälligen Maßnahme"
    )


def _comparison(town, questionnaire, lines):
    """Five more demo municipalities with a completed round each, and all six take part in the
    comparison (each added once: a municipality with a round is left as it is)."""
    questions = list(questionnaire.questions.all())
    rng = random.Random(2027)  # noqa: S311  (the same demo every time; not for security)
    added = 0
    for entry in DATA["comparison"]:
        place = Municipality.objects.filter(name=entry["municipality"]).first()
        if place is None or Round.objects.of(place).exists():
            continue
        round_ = Round.objects.create(
            municipality=place, questionnaire=questionnaire, title="Selbstcheck 2025 (Demo)"
        )
        done = timezone.now() - timedelta(days=200 + 20 * added)
        Round.objects.filter(pk=round_.pk).update(started_at=done - timedelta(days=60))
        AgreedAnswer.objects.bulk_create(
            AgreedAnswer(
                round=round_,
                question=q,
                level=max(0, min(4, entry["level"] + rng.randint(-1, 1))),
                note="Im Team vereinbart (Demo)",
            )
            for q in questions
        )
        Round.objects.filter(pk=round_.pk).update(completed_at=done)
        BenchmarkConsent.objects.update_or_create(municipality=place, defaults={"allowed": True})
        added += 1
    if added:
        BenchmarkConsent.objects.update_or_create(municipality=town, defaults={"allowed": True})
        lines.append(
            f"  Selbstcheck: {added} weitere Demo-Kommunen mit abgeschlossener Runde; "
            f"{added + 1} Kommunen im anonymen Vergleich"
        )


def _complete(round_, completed_at, by, demo_round):
    """Completes the round then; a reopened one was completed, reopened a week later with the
    reason, and completed again after another week."""
    events = [RoundEvent(round=round_, kind=RoundEventKind.COMPLETED, by=by, at=completed_at)]
    if demo_round.get("reopened"):
        reopened_at, completed_at = (completed_at + timedelta(days=d) for d in (7, 14))
        events += [
            RoundEvent(
                round=round_,
                kind=RoundEventKind.REOPENED,
                by=by,
                at=reopened_at,
                reason=demo_round["reopened"],
            ),
            RoundEvent(round=round_, kind=RoundEventKind.COMPLETED, by=by, at=completed_at),
        ]
    RoundEvent.objects.bulk_create(events)
    Round.objects.filter(pk=round_.pk).update(completed_at=completed_at, completed_by=by)


def _measure(town, data, members):
    """A measure of the action plan with its history: created by the coordinator; one that is in
    progress was changed by a colleague since."""
    due = timezone.localdate() + timedelta(days=data["due_in_days"])
    created_at = timezone.now() - timedelta(days=60)
    measure = Measure.objects.create(
        municipality=town,
        field=Field.objects.get(slug=data["field"]),
        title=data["title"],
        responsible_unit=data["unit"],
        due_date=due,
        status=data.get("status", MeasureStatus.OPEN),
        created_by=members[0],
    )
    history = [
        MeasureChange(
            measure=measure,
            kind=MeasureChangeKind.CREATED,
            changed_by=members[0],
            changed_at=created_at,
        )
    ]
    if measure.status != MeasureStatus.OPEN:
        history.append(
            MeasureChange(
                measure=measure,
                kind=MeasureChangeKind.CHANGED,
                changed_by=members[-1],
                changed_at=created_at + timedelta(days=10),
                changes=[{"field": "status", "old": "open", "new": measure.status}],
            )
        )
    MeasureChange.objects.bulk_create(history)


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
