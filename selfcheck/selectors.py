"""Reusable reads of the self-check. Every read of a round goes through `round_for_member`."""

from collections import defaultdict

from django.db.models import Count, Max, Q
from django.http import Http404

from contacts.models import Membership, MembershipStatus
from selfcheck.models import AgreedAnswer, Answer, AssessmentBand, FieldAssessment, Question, Round
from selfcheck.scoring import QuestionRef, band_for, score_round
from weltoffen.models import Field

# The membership condition of every read and write of a round (also in services.SAVE_ANSWERS_SQL);
# table names from the models, values as parameters.
MEMBERSHIPS = Membership._meta.db_table
MEMBER_OF_ROUND_SQL = (
    f"municipality_id IN (SELECT municipality_id FROM {MEMBERSHIPS} "  # noqa: S608
    "WHERE user_id = %s AND status = %s)"
)
# Hand-written: it runs on every self-check page and every saved answer, and compiling it with the
# ORM cost more than running it (bench/run: the step page 570 → 1,000 requests/s).
# Columns named (not *): a prepared statement must not change its result when a column is added.
ROUND_COLUMNS = ", ".join(field.column for field in Round._meta.concrete_fields)
ROUND_FOR_MEMBER_SQL = (
    f"SELECT {ROUND_COLUMNS} FROM {Round._meta.db_table} "  # noqa: S608
    f"WHERE id = %s AND {MEMBER_OF_ROUND_SQL}"
)


def member_round_or_none(user, pk) -> Round | None:
    """The round if the user is an active member of its municipality. Its municipality and
    questionnaire are loaded when asked for."""
    if not 0 < int(pk) < 2**63:  # beyond the ids' range (SQLite would overflow)
        return None
    found = list(Round.objects.raw(ROUND_FOR_MEMBER_SQL, [pk, user.pk, MembershipStatus.ACTIVE]))
    return found[0] if found else None


def round_for_member(user, pk) -> Round:
    """The round if the user is an active member of its municipality; 404 for everybody else."""
    round_ = member_round_or_none(user, pk)
    if round_ is None:
        raise Http404
    return round_


def is_coordinator(user, municipality) -> bool:
    return Membership.objects.coordinators().filter(user=user, municipality=municipality).exists()


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


def scoring_data(round: Round):
    """Plain data for selfcheck.scoring: questions, members' levels, agreed levels (3 queries)."""
    questions = [
        QuestionRef(q["pk"], q["field__slug"])
        for q in Question.objects.filter(questionnaire=round.questionnaire)
        .values("pk", "field__slug")
        .order_by("field__number", "order", "pk")
    ]
    members = defaultdict(list)
    for question_id, level in (
        Answer.objects.filter(round=round).order_by().values_list("question_id", "level")
    ):
        members[question_id].append(level)
    agreed = dict(
        AgreedAnswer.objects.filter(round=round).order_by().values_list("question_id", "level")
    )
    return questions, members, agreed


def round_score(round: Round, field_slugs):
    questions, members, agreed = scoring_data(round)
    return score_round(questions, members, agreed, field_slugs)


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
BENCHMARK_CACHE_KEY = "selfcheck:benchmark"


def benchmark_version():
    """Changes whenever the participating results change: a consent given or withdrawn, a round of
    a consenting municipality completed or deleted (one small query)."""
    from selfcheck.models import BenchmarkConsent

    rounds = "municipality__selfcheck_rounds"
    completed = Q(allowed=True, **{f"{rounds}__completed_at__isnull": False})
    stats = BenchmarkConsent.objects.aggregate(
        consents=Count("pk", distinct=True),
        consent_changed=Max("changed_at"),
        rounds=Count(rounds, filter=completed),
        round_completed=Max(f"{rounds}__completed_at", filter=completed),
    )
    return tuple(stats.values())


def benchmark(field_slugs):
    """Quartiles per field over the latest completed round of each consenting municipality, or
    None when fewer than five take part.

    Computed once per change of the participating results: the cached figures carry the
    `benchmark_version` they were computed for, so every process sees a change at its next
    request, also with the per-process local-memory cache."""
    from django.core.cache import cache

    version = benchmark_version()
    cached = cache.get(BENCHMARK_CACHE_KEY)
    if cached is not None and cached[0] == version:
        return cached[1] or None
    _consents, _changed, rounds, _completed = version
    result = _benchmark_quartiles(field_slugs) if rounds >= BENCHMARK_MINIMUM else {}
    cache.set(BENCHMARK_CACHE_KEY, (version, result), timeout=60 * 60 * 24)
    return result or None


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
