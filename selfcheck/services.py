"""Multi-step writes of the self-check. Callers have checked membership and role, except for
`answers_save`, which checks membership itself (autosave calls it without loading the round)."""

from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from contacts.models import Membership
from selfcheck import importing, tasks
from selfcheck.models import (
    AgreedAnswer,
    Answer,
    BenchmarkConsent,
    FieldAssignment,
    Measure,
    Question,
    Questionnaire,
    QuestionnaireStatus,
    Round,
)

COMPLETED = gettext_noop("This round is completed and can no longer be changed.")


class SelfCheckError(Exception):
    """The action is not possible; the message says why, in German."""


class Mode(StrEnum):
    """What a save does with the member's answer to a question."""

    ANSWER = "answer"  # the level given (None: "don't know") and the note
    NOTE = "note"  # the note only: an answer stored before stays, else the question stays open
    CLEAR = "clear"  # back to "unanswered"; the note stays


@dataclass(frozen=True)
class AnswerInput:
    question_id: int
    level: int | None  # None: "don't know" (ignored unless mode is ANSWER)
    note: str
    mode: Mode = Mode.ANSWER


def _lock_open(round: Round) -> Round:
    """Locks the round row for this transaction and refuses if it is completed, so no answer
    slips in while a coordinator completes the round."""
    locked = Round.objects.select_for_update().get(pk=round.pk)
    if locked.is_completed:
        raise SelfCheckError(_(COMPLETED))
    return locked


def round_start(*, municipality, user, title: str, prefill: bool = False) -> Round:
    questionnaire = Questionnaire.objects.current()
    if questionnaire is None:
        raise SelfCheckError(_("No questionnaire has been published yet."))
    if Round.objects.of(municipality).open().exists():
        raise SelfCheckError(_("This municipality already has a round in progress."))
    previous = Round.objects.of(municipality).completed().order_by("-completed_at").first()
    try:
        with transaction.atomic():
            new_round = Round.objects.create(
                municipality=municipality, questionnaire=questionnaire, title=title, started_by=user
            )
            if prefill and previous:
                _prefill(new_round, previous)
    except IntegrityError as error:  # a second click started a round at the same moment
        raise SelfCheckError(_("This municipality already has a round in progress.")) from error
    return new_round


def _prefill(new_round: Round, previous: Round) -> None:
    """Copies the answers of today's members from the previous round, matching questions by
    field and text (so a new questionnaire version keeps what is unchanged)."""
    by_text = {(q.field_id, q.text): q.pk for q in new_round.questionnaire.questions.all()}
    current = previous.answers.select_related("question").filter(
        user__in=Membership.objects.team(new_round.municipality_id).values("user")
    )
    Answer.objects.bulk_create(
        Answer(
            round=new_round,
            question_id=by_text[(a.question.field_id, a.question.text)],
            user_id=a.user_id,
            level=a.level,
            note=a.note,
        )
        for a in current
        if (a.question.field_id, a.question.text) in by_text
    )


class UnknownQuestion(SelfCheckError):
    """An answer to a question that is not part of the round's questionnaire."""


class NotAMember(SelfCheckError):
    """No such round for this user: not an active member of its municipality (views: 404)."""


def answers_save(*, round_id: int, user, answers: list[AnswerInput]) -> int:
    """Saves a member's answers in a round, all of them or none, and returns their number.
    Raises NotAMember if the user is no active member of the round's municipality (or there is
    no such round), SelfCheckError if the round is completed, UnknownQuestion if a question is
    not part of its questionnaire. Each member has one answer per question: a new one replaces
    the member's own and never touches a colleague's. Of two answers to the same question in one
    call, the later one counts. A note is kept with or without an answer (`Mode.NOTE` leaves a
    stored answer as it is; `Mode.CLEAR` makes the question unanswered again); a question left
    with neither answer nor note keeps no row. The round row is locked while saving (FOR UPDATE:
    saves of one round wait for each other for milliseconds), so a coordinator who completes the
    round waits for saves in flight, and a save after the completion is refused."""
    answers = list({answer.question_id: answer for answer in answers}.values())
    if not answers:
        return 0
    if not all(0 < n < 2**63 for n in [round_id, *(a.question_id for a in answers)]):
        raise NotAMember(_("This round does not exist."))
    with transaction.atomic():
        round_ = Round.objects.for_member(user).select_for_update().filter(pk=round_id).first()
        if round_ is None:
            raise NotAMember(_("This round does not exist."))
        if round_.is_completed:
            raise SelfCheckError(_(COMPLETED))
        ids = {answer.question_id for answer in answers}
        if Question.objects.filter(
            questionnaire_id=round_.questionnaire_id, pk__in=ids
        ).count() < len(ids):
            raise UnknownQuestion(
                _(
                    "The form contains answers to questions that do not belong here. Please "
                    "reload the page."
                )
            )
        _upsert(round_, user, answers)
    return len(answers)


_UPDATED_FIELDS = {
    Mode.ANSWER: ["level", "answered", "note", "updated_at"],
    Mode.NOTE: ["note", "updated_at"],
    Mode.CLEAR: ["level", "answered", "note", "updated_at"],
}


def _upsert(round_: Round, user, answers: list[AnswerInput]) -> None:
    """One INSERT … ON CONFLICT UPDATE per mode, then rows without answer and note go."""
    now = timezone.now()
    for mode, update_fields in _UPDATED_FIELDS.items():
        rows = [
            Answer(
                round=round_,
                question_id=a.question_id,
                user=user,
                level=a.level if mode == Mode.ANSWER else None,
                answered=mode == Mode.ANSWER,
                note=a.note,
                updated_at=now,
            )
            for a in answers
            if a.mode == mode
        ]
        if rows:
            Answer.all_objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["round", "question", "user"],
                update_fields=update_fields,
            )
    if any(a.mode != Mode.ANSWER and not a.note for a in answers):
        Answer.all_objects.filter(
            round=round_,
            user=user,
            question_id__in=[a.question_id for a in answers],
            answered=False,
            note="",
        ).delete()


def round_complete(*, round: Round, by) -> Round:
    with transaction.atomic():
        locked = Round.objects.select_for_update().get(pk=round.pk)
        if locked.is_completed:
            raise SelfCheckError(_("This round is already completed."))
        locked.completed_at = timezone.now()
        locked.completed_by = by
        locked.save(update_fields=["completed_at", "completed_by"])
        # The report is built once, by the worker, and stored (selfcheck/tasks.py).
        transaction.on_commit(partial(tasks.build_round_report.enqueue, round_id=locked.pk))
    round.completed_at, round.completed_by = locked.completed_at, by
    return locked


def assignments_set(*, round: Round, picks: dict[int, list]) -> None:
    """picks: field id -> the members who take that field (replaces earlier assignments)."""
    with transaction.atomic():
        _lock_open(round)
        FieldAssignment.objects.filter(round=round).delete()
        FieldAssignment.objects.bulk_create(
            FieldAssignment(round=round, field_id=field_id, user=user)
            for field_id, users in picks.items()
            for user in users
        )


def benchmark_consent_set(*, municipality, allowed: bool, by) -> None:
    BenchmarkConsent.objects.update_or_create(
        municipality=municipality, defaults={"allowed": allowed, "changed_by": by}
    )


@dataclass(frozen=True)
class AgreedInput:
    question_id: int
    level: int | None  # None: agreed "don't know"
    note: str
    clear: bool = False  # no agreed answer (any recorded one is removed)


def agreed_answers_set(*, round: Round, entries: list[AgreedInput], by) -> list[int]:
    """The coordinator records the team's answers to questions of the round (all at once, or
    none), and returns the ids of the questions changed. An entry that equals what is stored
    changes nothing (the recorder and time stay). The caller has checked the questions."""
    entries = list({e.question_id: e for e in entries}.values())
    with transaction.atomic():
        _lock_open(round)
        stored = {
            a.question_id: a
            for a in AgreedAnswer.objects.filter(
                round=round, question_id__in=[e.question_id for e in entries]
            )
        }
        cleared = [e.question_id for e in entries if e.clear and e.question_id in stored]
        changed = [
            e
            for e in entries
            if not e.clear and (e.question_id not in stored or _differs(stored[e.question_id], e))
        ]
        AgreedAnswer.objects.filter(round=round, question_id__in=cleared).delete()
        now = timezone.now()
        AgreedAnswer.objects.bulk_create(
            [
                AgreedAnswer(
                    round=round,
                    question_id=e.question_id,
                    level=e.level,
                    note=e.note,
                    decided_by=by,
                    decided_at=now,
                )
                for e in changed
            ],
            update_conflicts=True,
            unique_fields=["round", "question"],
            update_fields=["level", "note", "decided_by", "decided_at"],
        )
    return cleared + [e.question_id for e in changed]


def _differs(agreed: AgreedAnswer, entry: AgreedInput) -> bool:
    return (agreed.level, agreed.note) != (entry.level, entry.note)


def agreed_answer_set(
    *, round: Round, question_id: int, clear: bool, level: int | None, note: str, by
) -> None:
    """One agreed answer (level None: don't know), or its removal."""
    agreed_answers_set(round=round, entries=[AgreedInput(question_id, level, note, clear)], by=by)


def measure_create(*, municipality, by, **fields) -> Measure:
    return Measure.objects.create(municipality=municipality, created_by=by, **fields)


def measure_change(*, measure: Measure, status: str, delete: bool) -> None:
    """The action plan's buttons: another status for the measure, or remove it."""
    if delete:
        measure.delete()
    else:
        measure.status = status
        measure.save(update_fields=["status", "updated_at"])


# --- questionnaire versions (import, copy, publish) ---------------------------------------------


@transaction.atomic
def questionnaire_create(*, data: dict, publish: bool = False) -> Questionnaire:
    """A version from a parsed file (selfcheck.importing), all questions or none."""
    problems = importing.validate(data)
    if problems:
        raise importing.QuestionnaireFileError(" ".join(problems[:20]))
    fields = importing.fields_by_slug()
    version = Questionnaire.objects.create(
        title=data["title"][:200],
        description=data["description"],
        status=QuestionnaireStatus.PUBLISHED if publish else QuestionnaireStatus.DRAFT,
        published_at=timezone.now() if publish else None,
    )
    Question.objects.bulk_create(
        Question(
            questionnaire=version,
            field=fields[row["field"]],
            subtopic=row["subtopic"],
            order=number,
            text=row["text"].strip(),
            explanation=row["explanation"].strip(),
        )
        for number, row in enumerate(data["rows"], start=1)
    )
    return version


@transaction.atomic
def questionnaire_copy_as_draft(*, version: Questionnaire) -> Questionnaire:
    """Editing a published version means working on a copy: past results stay comparable."""
    draft = Questionnaire.objects.create(
        title=f"{version.title} (Entwurf)", description=version.description, based_on=version
    )
    Question.objects.bulk_create(
        Question(
            questionnaire=draft,
            field_id=q.field_id,
            subtopic=q.subtopic,
            order=q.order,
            text=q.text,
            explanation=q.explanation,
        )
        for q in version.questions.all()
    )
    return draft


def questionnaire_publish(*, version: Questionnaire) -> None:
    if not version.questions.exists():
        raise importing.QuestionnaireFileError(
            _("A version without questions cannot be published.")
        )
    version.status = QuestionnaireStatus.PUBLISHED
    version.published_at = timezone.now()
    version.save(update_fields=["status", "published_at"])
