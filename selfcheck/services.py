"""Multi-step writes of the self-check. Callers have checked membership and role."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from selfcheck.models import (
    AgreedAnswer,
    Answer,
    BenchmarkConsent,
    FieldAssignment,
    Questionnaire,
    Round,
)
from selfcheck.selectors import BENCHMARK_CACHE_KEY


class SelfCheckError(Exception):
    """The action is not possible; the message says why, in German."""


@dataclass(frozen=True)
class AnswerInput:
    question_id: int
    level: int | None  # None: "don't know"
    note: str


def round_start(*, municipality, user, title: str, prefill: bool = False) -> Round:
    questionnaire = Questionnaire.objects.current()
    if questionnaire is None:
        raise SelfCheckError(_("No questionnaire has been published yet."))
    if Round.objects.of(municipality).open().exists():
        raise SelfCheckError(_("This municipality already has a round in progress."))
    previous = Round.objects.of(municipality).completed().order_by("-completed_at").first()
    with transaction.atomic():
        new_round = Round.objects.create(
            municipality=municipality, questionnaire=questionnaire, title=title, started_by=user
        )
        if prefill and previous:
            _prefill(new_round, previous)
    return new_round


def _prefill(new_round: Round, previous: Round) -> None:
    """Copies each member's answers from the previous round, matching questions by field and text
    (so a new questionnaire version keeps what is unchanged)."""
    by_text = {(q.field_id, q.text): q.pk for q in new_round.questionnaire.questions.all()}
    copies = [
        Answer(
            round=new_round,
            question_id=by_text[(a.question.field_id, a.question.text)],
            user_id=a.user_id,
            level=a.level,
            note=a.note,
        )
        for a in previous.answers.select_related("question").filter(user__isnull=False)
        if (a.question.field_id, a.question.text) in by_text
    ]
    Answer.objects.bulk_create(copies)


def answers_save(*, round: Round, user, answers: list[AnswerInput]) -> int:
    """Saves a member's answers in one statement: an existing answer of this member is replaced,
    the answers of other members are never touched (database constraint + upsert)."""
    if round.is_completed:
        raise SelfCheckError(_("This round is completed and can no longer be changed."))
    rows = [
        Answer(
            round=round,
            question_id=a.question_id,
            user=user,
            level=a.level,
            note=a.note,
            updated_at=timezone.now(),
        )
        for a in answers
    ]
    Answer.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["round", "question", "user"],
        update_fields=["level", "note", "updated_at"],
    )
    return len(rows)


def agreed_answer_save(*, round: Round, question_id: int, level: int | None, note: str, by):
    if round.is_completed:
        raise SelfCheckError(_("This round is completed and can no longer be changed."))
    AgreedAnswer.objects.update_or_create(
        round=round,
        question_id=question_id,
        defaults={"level": level, "note": note, "decided_by": by},
    )


def agreed_answer_clear(*, round: Round, question_id: int) -> None:
    if round.is_completed:
        raise SelfCheckError(_("This round is completed and can no longer be changed."))
    AgreedAnswer.objects.filter(round=round, question_id=question_id).delete()


def round_complete(*, round: Round, by) -> Round:
    if round.is_completed:
        raise SelfCheckError(_("This round is already completed."))
    round.completed_at = timezone.now()
    round.completed_by = by
    round.save(update_fields=["completed_at", "completed_by"])
    cache.delete(BENCHMARK_CACHE_KEY)
    return round


def benchmark_consent_set(*, municipality, allowed: bool, by) -> None:
    BenchmarkConsent.objects.update_or_create(
        municipality=municipality, defaults={"allowed": allowed, "changed_by": by}
    )
    cache.delete(BENCHMARK_CACHE_KEY)


def assignment_set(*, round: Round, field, users) -> None:
    with transaction.atomic():
        FieldAssignment.objects.filter(round=round, field=field).delete()
        FieldAssignment.objects.bulk_create(
            [FieldAssignment(round=round, field=field, user=user) for user in users]
        )
