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
from selfcheck import importing, notifications, tasks
from selfcheck.models import (
    MEASURE_FIELDS,
    AgreedAnswer,
    Answer,
    BenchmarkConsent,
    FieldAssignment,
    Measure,
    MeasureChange,
    MeasureChangeKind,
    Question,
    Questionnaire,
    QuestionnaireStatus,
    Round,
    RoundEvent,
    RoundEventKind,
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
    """A new round; with `prefill`, every member of today's team starts from the answers the
    team agreed on in the last completed round."""
    questionnaire = Questionnaire.objects.current()
    if questionnaire is None:
        raise SelfCheckError(_("No questionnaire has been published yet."))
    if Round.objects.of(municipality).open().exists():
        raise SelfCheckError(_("This municipality already has a round in progress."))
    previous = last_completed_round(municipality) if prefill else None
    if prefill and previous is None:
        raise SelfCheckError(_("There is no completed round whose answers could be taken over."))
    try:
        with transaction.atomic():
            new_round = Round.objects.create(
                municipality=municipality, questionnaire=questionnaire, title=title, started_by=user
            )
            if previous:
                _prefill(new_round, previous)
            notifications.round_started(new_round, by=user)
    except IntegrityError as error:  # a second click started a round at the same moment
        raise SelfCheckError(_("This municipality already has a round in progress.")) from error
    return new_round


def last_completed_round(municipality) -> Round | None:
    return Round.objects.of(municipality).completed().order_by("-completed_at").first()


def _prefill(new_round: Round, previous: Round) -> None:
    """Gives every member of today's team the previous round's agreed answers as their own
    (not anybody's individual answers: those were superseded by the team's agreement), matching
    questions by field and text, so a new questionnaire version keeps what is unchanged. Questions
    without an agreed answer stay unanswered. Notes stay with the previous round."""
    by_text = {(q.field_id, q.text): q.pk for q in new_round.questionnaire.questions.all()}
    team = list(
        Membership.objects.team(new_round.municipality_id).values_list("user_id", flat=True)
    )
    agreed = AgreedAnswer.objects.filter(round=previous).select_related("question")
    Answer.objects.bulk_create(
        Answer(
            round=new_round,
            question_id=by_text[(a.question.field_id, a.question.text)],
            user_id=user_id,
            level=a.level,
        )
        for a in agreed
        if (a.question.field_id, a.question.text) in by_text
        for user_id in team
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
        RoundEvent.objects.create(
            round=locked, kind=RoundEventKind.COMPLETED, by=by, at=locked.completed_at
        )
        # The report is built once, by the worker, and stored (selfcheck/tasks.py).
        transaction.on_commit(partial(tasks.build_round_report.enqueue, round_id=locked.pk))
        notifications.round_completed(locked, by=by)
    round.completed_at, round.completed_by = locked.completed_at, by
    return locked


def round_reopen(*, round: Round, by, reason: str) -> Round:
    """The coordinator opens a completed round again, giving the reason (kept in its history).
    Only the municipality's latest round, and only while no other round is in progress."""
    reason = reason.strip()
    if not reason:
        raise SelfCheckError(_("Please give the reason for reopening the round."))
    try:
        with transaction.atomic():
            locked = Round.objects.select_for_update().get(pk=round.pk)
            if not locked.is_completed:
                raise SelfCheckError(_("This round is not completed."))
            rounds = Round.objects.of(locked.municipality_id)
            if rounds.open().exists():
                raise SelfCheckError(
                    _("Another round is in progress: only one round can be open at a time.")
                )
            if rounds.filter(started_at__gt=locked.started_at).exists():
                raise SelfCheckError(
                    _("Only the latest round can be reopened: later rounds build on it.")
                )
            locked.completed_at = locked.completed_by = None
            locked.save(update_fields=["completed_at", "completed_by"])
            RoundEvent.objects.create(
                round=locked, kind=RoundEventKind.REOPENED, by=by, reason=reason
            )
            tasks.drop_round_report(locked.pk)  # its stored copy showed the completed state
    except IntegrityError as error:  # a new round was started at the same moment
        raise SelfCheckError(
            _("Another round is in progress: only one round can be open at a time.")
        ) from error
    round.completed_at = round.completed_by = None
    return locked


def assignments_set(*, round: Round, picks: dict[int, list], by=None) -> None:
    """picks: field id -> the members who take that field (replaces earlier assignments). Each
    member gets an e-mail about the fields newly assigned to them (none for unchanged ones)."""
    with transaction.atomic():
        _lock_open(round)
        before = set(FieldAssignment.objects.filter(round=round).values_list("user_id", "field_id"))
        new = {}
        for field_id, users in picks.items():
            for user in users:
                if (user.pk, field_id) not in before:
                    new.setdefault(user.pk, set()).add(field_id)
        FieldAssignment.objects.filter(round=round).delete()
        FieldAssignment.objects.bulk_create(
            FieldAssignment(round=round, field_id=field_id, user=user)
            for field_id, users in picks.items()
            for user in users
        )
        notifications.fields_assigned(round, new=new, by=by)


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


def _stored(value) -> str:
    """A measure's value as its history keeps it: ids, ISO dates, text."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(getattr(value, "pk", value))


def measure_create(*, municipality, by, **fields) -> Measure:
    with transaction.atomic():
        measure = Measure.objects.create(municipality=municipality, created_by=by, **fields)
        MeasureChange.objects.create(measure=measure, kind=MeasureChangeKind.CREATED, changed_by=by)
    return measure


def measure_update(*, measure: Measure, by, **values) -> list[str]:
    """Changes the given fields of a measure (of MEASURE_FIELDS) and records in its history who
    changed what, old and new value. Returns the names of the changed fields (none: nothing
    saved, no entry)."""
    with transaction.atomic():
        locked = Measure.objects.select_for_update().get(pk=measure.pk)
        changes = []
        for name in MEASURE_FIELDS:
            if name not in values:
                continue
            attname = "field_id" if name == "field" else name
            old, new = _stored(getattr(locked, attname)), _stored(values[name])
            if old != new:
                changes.append({"field": name, "old": old, "new": new})
                setattr(measure, name, values[name])
        if changes:
            names = [c["field"] for c in changes]
            measure.save(update_fields=[*names, "updated_at"])
            MeasureChange.objects.create(
                measure=measure, kind=MeasureChangeKind.CHANGED, changed_by=by, changes=changes
            )
    return [c["field"] for c in changes]


def measure_delete(*, measure: Measure, by) -> None:
    """Removes the measure with its history: only its author and the municipality's
    coordinators may (the views show the button to them only)."""
    if not measure_deletable_by(measure, by):
        raise PermissionError("Only the author or a coordinator may delete a measure.")
    measure.delete()


def measure_deletable_by(measure: Measure, user, *, coordinator: bool | None = None) -> bool:
    if measure.created_by_id is not None and measure.created_by_id == user.pk:
        return True
    if coordinator is None:
        coordinator = Membership.objects.coordinator_for(user, measure.municipality_id).exists()
    return coordinator


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
