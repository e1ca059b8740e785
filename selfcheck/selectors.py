"""Reusable reads of the self-check. Every read of a round goes through `round_for_member`."""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.db.models import Count, Max, Q
from django.http import Http404

from contacts.models import Membership
from selfcheck.models import (
    MEASURE_FIELDS,
    AgreedAnswer,
    Answer,
    AssessmentBand,
    FieldAssessment,
    FieldAssignment,
    Measure,
    MeasureStatus,
    Question,
    Round,
)
from selfcheck.scoring import Consensus, QuestionRef, band_for, consensus, score_round
from weltoffen.models import Field


def member_round_or_none(user, pk) -> Round | None:
    """The round if the user is an active member of its municipality."""
    if not 0 < int(pk) < 2**63:  # beyond the ids' range (SQLite would overflow)
        return None
    rounds = Round.objects.for_member(user).select_related("municipality", "questionnaire")
    return rounds.filter(pk=pk).first()


def round_for_member(user, pk) -> Round:
    """The round if the user is an active member of its municipality; 404 for everybody else."""
    round_ = member_round_or_none(user, pk)
    if round_ is None:
        raise Http404
    return round_


def fields_of(questionnaire):
    """The fields that have questions in this version, in their order, with question counts."""
    return list(
        Field.objects.filter(questions__questionnaire=questionnaire)
        .annotate(question_count=Count("questions"))
        .order_by("number")
    )


def progress(round: Round, user) -> dict[int, dict]:
    """Per field id: total questions, answered by me, answered by anyone in the team. Counts
    only this round's answers (an index lookup), whatever the size of the platform."""
    result = {
        row["field_id"]: {**row, "mine": 0, "team": 0}
        for row in Question.objects.filter(questionnaire=round.questionnaire)
        .order_by()
        .values("field_id")
        .annotate(total=Count("pk"))
    }
    answered = (
        Answer.objects.filter(round=round)
        .order_by()
        .values("question__field_id")
        .annotate(
            team=Count("question_id", distinct=True),
            mine=Count("question_id", filter=Q(user=user), distinct=True),
        )
    )
    for row in answered:
        result[row["question__field_id"]].update(team=row["team"], mine=row["mine"])
    return result


def scores_for_rounds(rounds, field_slugs) -> dict[int, object]:
    """Scores of many rounds in three queries, whatever their number: {round id: RoundScore}."""
    rounds = list(rounds)
    questionnaire_ids = {r.questionnaire_id for r in rounds}
    questions = defaultdict(list)
    for pk, questionnaire_id, slug in Question.objects.filter(
        questionnaire_id__in=questionnaire_ids
    ).values_list("pk", "questionnaire_id", "field__slug"):
        questions[questionnaire_id].append(QuestionRef(pk, slug))
    members = defaultdict(lambda: defaultdict(list))
    for round_id, question_id, level in (
        Answer.objects.filter(round__in=rounds)
        .order_by()
        .values_list("round_id", "question_id", "level")
    ):
        members[round_id][question_id].append(level)
    agreed = defaultdict(dict)
    for round_id, question_id, level in (
        AgreedAnswer.objects.filter(round__in=rounds)
        .order_by()
        .values_list("round_id", "question_id", "level")
    ):
        agreed[round_id][question_id] = level
    return {
        r.pk: score_round(questions[r.questionnaire_id], members[r.pk], agreed[r.pk], field_slugs)
        for r in rounds
    }


def assessments_for(scores):
    """Band and editors' texts for each field score: {field slug: (band, FieldAssessment|None)}."""
    bands = list(AssessmentBand.objects.all())
    by_key = {band.key: band for band in bands}
    texts = {
        (a.field.slug, a.band.key): a
        for a in FieldAssessment.objects.select_related("field", "band")
    }
    result = {}
    for field_score in scores.fields:
        key = band_for(field_score.score, [(b.min_score, b.key) for b in bands])
        result[field_score.field] = (by_key.get(key), texts.get((field_score.field, key)))
    return result


def previous_completed_round(round: Round):
    return (
        Round.objects.of(round.municipality)
        .completed()
        .filter(started_at__lt=round.started_at)
        .order_by("-started_at")
        .first()
    )


BENCHMARK_MINIMUM = 5


@dataclass(frozen=True)
class Benchmark:
    """The anonymous comparison: how many municipalities take part (their latest completed round
    each) and, only when at least five do, the quartiles per field slug."""

    count: int
    quartiles: dict = dataclass_field(default_factory=dict)

    @property
    def shown(self) -> bool:
        return self.count >= BENCHMARK_MINIMUM

    def get(self, slug):
        return self.quartiles.get(slug) if self.shown else None


def benchmark_version():
    """Changes whenever the participating results change: a consent given or withdrawn, a round of
    a consenting municipality completed, reopened or deleted (one small query). The last value is
    how many municipalities take part."""
    from selfcheck.models import BenchmarkConsent

    rounds = "municipality__selfcheck_rounds"
    completed = Q(allowed=True, **{f"{rounds}__completed_at__isnull": False})
    stats = BenchmarkConsent.objects.aggregate(
        consents=Count("pk", distinct=True),
        consents_allowed=Count("pk", distinct=True, filter=Q(allowed=True)),
        consent_changed=Max("changed_at"),
        rounds=Count(rounds, filter=completed),
        round_completed=Max(f"{rounds}__completed_at", filter=completed),
        municipalities=Count("municipality", distinct=True, filter=completed),
    )
    return tuple(stats.values())


def benchmark(field_slugs) -> Benchmark:
    """The comparison over the latest completed round of each consenting municipality.

    Nothing that depends on the consents is kept under a fixed key: the figures are cached under
    a key made of `benchmark_version` (read from the database at every request) and the fields,
    so a cached entry can only be found while the consents and rounds it was computed from are
    unchanged. Every process, whatever its cache (also the per-process local memory), shows an
    opt-out at its next request. With fewer than five participants nothing is computed."""
    from django.core.cache import cache

    version = benchmark_version()
    count = version[-1]
    if count < BENCHMARK_MINIMUM:
        return Benchmark(count)
    raw = repr((version, tuple(field_slugs))).encode()
    key = f"selfcheck:benchmark:{hashlib.sha256(raw).hexdigest()}"
    quartiles = cache.get(key)
    if quartiles is None:
        quartiles = _benchmark_quartiles(field_slugs)
        cache.set(key, quartiles, timeout=60 * 60 * 24)
    return Benchmark(quartiles.get("count", count), quartiles)


def _benchmark_quartiles(field_slugs):
    from selfcheck.scoring import quartiles

    latest = {}
    for round_ in (
        Round.objects.completed()
        .filter(municipality__benchmark_consent__allowed=True)
        .order_by("completed_at")
    ):
        latest[round_.municipality_id] = round_  # later rounds replace earlier ones
    result = {}
    if len(latest) >= BENCHMARK_MINIMUM:
        scores = scores_for_rounds(latest.values(), field_slugs)
        for slug in field_slugs:
            values = [
                s.field(slug).score for s in scores.values() if s.field(slug).score is not None
            ]
            if len(values) >= BENCHMARK_MINIMUM:
                result[slug] = quartiles(values)
        result["count"] = len(latest)
    return result


# --- What the round's pages show -----------------------------------------------------------------


def team_members(round: Round):
    """The users in the round's municipality's team today, by e-mail address."""
    memberships = Membership.objects.team(round.municipality_id).select_related("user")
    return [m.user for m in memberships.order_by("user__email")]


def round_overview(round: Round, user) -> dict:
    """The round page: the fields (the user's assigned ones first) with progress, the totals and
    where to resume."""
    progress_by_field = progress(round, user)
    assigned = {}
    for a in FieldAssignment.objects.filter(round=round).select_related("user"):
        assigned.setdefault(a.field_id, []).append(a.user)
    fields = fields_of(round.questionnaire_id)
    mine_first = sorted(fields, key=lambda f: user not in assigned.get(f.pk, []))
    summary = consensus_summary(round)
    rows = [
        (
            field,
            {
                **progress_by_field.get(field.pk, {}),
                "assigned": assigned.get(field.pk, []),
                "open": summary.get(field.pk, {}).get(Consensus.DIVERGENT, 0),
            },
        )
        for field in mine_first
    ]
    resume = next((f for f, p in rows if p.get("mine", 0) < p.get("total", 0)), None)
    keys = ("mine", "team", "total", "open")
    return {
        "rows": rows,
        **{key: sum(p.get(key, 0) for _, p in rows) for key in keys},
        "resume": resume,
        "first_open": resume and first_open_question(round, user, resume),
    }


def first_open_question(round: Round, user, field) -> tuple[int, str] | None:
    """The id and number ("3.2") of the first question of the field the user has not answered."""
    answered = set(
        Answer.objects.filter(round=round, user=user, question__field=field).values_list(
            "question_id", flat=True
        )
    )
    ids = Question.objects.filter(questionnaire=round.questionnaire_id, field=field)
    for number, pk in enumerate(ids.values_list("pk", flat=True), start=1):
        if pk not in answered:
            return pk, f"{field.number}.{number}"
    return None


def field_questions(round: Round, field) -> list[Question]:
    """The questions of the field in the round's questionnaire; 404 if it has none."""
    questions = list(Question.objects.filter(questionnaire=round.questionnaire_id, field=field))
    if not questions:
        raise Http404
    return questions


def team_answers(round: Round, field, questions) -> dict:
    """Each member's answers side by side, per question (numbered as "2.3": field and place),
    with the agreed answer, the team's consensus state and, where all who answered agree, their
    answer (the coordinator's form offers it). Former members (user deleted) share one column."""
    answers = Answer.objects.filter(round=round, question__in=questions).select_related("user")
    members = sorted({a.user for a in answers}, key=_member_order)
    by_question = {}  # (question, user or None) -> answers
    for a in answers:
        by_question.setdefault((a.question_id, a.user_id), []).append(a)
    agreed = {
        a.question_id: a for a in AgreedAnswer.objects.filter(round=round, question__in=questions)
    }
    rows = []
    for number, question in enumerate(questions, start=1):
        cells = [by_question.get((question.pk, m and m.pk), []) for m in members]
        levels = [a.level for cell in cells for a in cell]
        state = consensus(levels, question.pk in agreed)
        rows.append(
            {
                "question": question,
                "number": f"{field.number}.{number}",
                "cells": list(zip(members, cells, strict=True)),
                "agreed": agreed.get(question.pk),
                "state": state,
                "unanimous": levels[0] if state == Consensus.UNANIMOUS else UNDECIDED,
            }
        )
    return {"members": members, "rows": rows}


UNDECIDED = object()  # no common answer of the members (a None is the answer "don't know")


def _member_order(user):
    return (user is None, user and user.get_full_name().casefold(), user and user.pk)


def consensus_summary(round: Round) -> dict[int, dict[str, int]]:
    """Per field id: how many of its questions are in each consensus state ("divergent": the
    divergences still open). Two queries, a row per answer (a team has a handful of members)."""
    levels = defaultdict(list)
    fields = {}
    for question_id, field_id, level in (
        Answer.objects.filter(round=round)
        .order_by()
        .values_list("question_id", "question__field_id", "level")
    ):
        levels[question_id].append(level)
        fields[question_id] = field_id
    agreed = set(AgreedAnswer.objects.filter(round=round).values_list("question_id", flat=True))
    summary = defaultdict(lambda: dict.fromkeys(Consensus, 0))
    for question_id, field_id in fields.items():
        summary[field_id][consensus(levels[question_id], question_id in agreed)] += 1
    return summary


def next_field(round: Round, field, fields=None):
    """The field after this one in the round's questionnaire, or None after the last."""
    fields = fields if fields is not None else fields_of(round.questionnaire_id)
    index = [f.pk for f in fields].index(field.pk)
    return fields[index + 1] if index + 1 < len(fields) else None


def answers_initial(round: Round, user, questions) -> dict:
    """The user's stored answers to these questions as initial values of the step form."""
    initial = {}
    for answer in Answer.all_objects.filter(round=round, user=user, question__in=questions):
        if answer.answered:
            initial[f"q{answer.question_id}"] = "x" if answer.level is None else str(answer.level)
        initial[f"note{answer.question_id}"] = answer.note
    return initial


def assignments_of(round: Round) -> set[tuple[int, int]]:
    """(field id, user id) of the round's assignments."""
    return set(FieldAssignment.objects.filter(round=round).values_list("field_id", "user_id"))


def measures_of(municipality):
    """The municipality's action plan."""
    return Measure.objects.filter(municipality=municipality).select_related("field")


def measure_for_member(user, pk) -> Measure:
    """A measure of a municipality the user is an active member of; 404 for everybody else."""
    if not 0 < int(pk) < 2**63:
        raise Http404
    measure = (
        Measure.objects.filter(
            pk=pk, municipality__in=Membership.objects.active_for(user).values("municipality")
        )
        .select_related("field", "municipality")
        .first()
    )
    if measure is None:
        raise Http404
    return measure


def measure_history(measure: Measure) -> list[dict]:
    """The measure's history, newest first: when, who, and per change the field's name with the
    old and the new value as the page shows them."""
    from django.utils.dateparse import parse_date
    from django.utils.formats import date_format

    names = {name: Measure._meta.get_field(name).verbose_name for name in MEASURE_FIELDS}
    fields = {str(f.pk): f"{f.number}. {f.short_label}" for f in Field.objects.all()}
    statuses = dict(MeasureStatus.choices)

    def shown(name, value):
        if value == "":
            return "–"
        if name == "field":
            return fields.get(value, "–")
        if name == "status":
            return statuses.get(value, value)
        if name == "due_date":
            return date_format(parse_date(value), "j. n. Y")
        return value

    return [
        {
            "entry": entry,
            "changes": [
                (names[c["field"]], shown(c["field"], c["old"]), shown(c["field"], c["new"]))
                for c in entry.changes
                if c.get("field") in names
            ],
        }
        for entry in measure.changes.select_related("changed_by")
    ]


def planned_titles(municipality) -> set[tuple[int, str]]:
    """(field id, title) of the action plan's measures: which suggestions are taken over."""
    return set(Measure.objects.filter(municipality=municipality).values_list("field_id", "title"))


def round_history(round: Round):
    """When the round was completed and reopened, by whom, why (oldest first)."""
    return list(round.events.select_related("by"))


def is_latest_round(round: Round) -> bool:
    later = Round.objects.of(round.municipality_id).filter(started_at__gt=round.started_at)
    return not later.exists()


def question_numbers(questions) -> dict[int, str]:
    """{question id: "2.3"}: the field's number and the question's place in its field, as the
    step page and the team view count them. `questions` in the questionnaire's order, with their
    field loaded."""
    counts, numbers = {}, {}
    for question in questions:
        counts[question.field_id] = counts.get(question.field_id, 0) + 1
        numbers[question.pk] = f"{question.field.number}.{counts[question.field_id]}"
    return numbers
