"""No lost answers when people save at the same moment (real concurrent transactions)."""

import pytest
from django.db import connection
from django.utils import timezone

from selfcheck import services
from selfcheck.models import Answer, Round
from selfcheck.services import AnswerInput
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs a database server with concurrent writers (CI: PostgreSQL)",
    ),
]


def test_two_members_saving_at_once_keep_both_answers(town, coordinator, colleague, version):
    round_ = services.round_start(municipality=town, user=coordinator, title="Runde")
    questions = list(version.questions.all()[:20])
    for _attempt in range(5):
        run_together(
            [
                lambda: services.answers_save(
                    round_id=round_.pk,
                    user=coordinator,
                    answers=[AnswerInput(q.pk, 1, "") for q in questions],
                ),
                lambda: services.answers_save(
                    round_id=round_.pk,
                    user=colleague,
                    answers=[AnswerInput(q.pk, 3, "") for q in questions],
                ),
            ]
        )
    assert Answer.objects.filter(round=round_, user=coordinator, level=1).count() == 20
    assert Answer.objects.filter(round=round_, user=colleague, level=3).count() == 20


def test_the_same_member_in_two_tabs_ends_with_one_answer(town, coordinator, version):
    round_ = services.round_start(municipality=town, user=coordinator, title="Runde")
    question = version.questions.first()
    run_together(
        [
            (
                lambda level=level: services.answers_save(
                    round_id=round_.pk,
                    user=coordinator,
                    answers=[AnswerInput(question.pk, level, "")],
                )
            )
            for level in (0, 1, 2, 3)
        ]
    )
    answers = Answer.objects.filter(round=round_, user=coordinator, question=question)
    assert answers.count() == 1
    assert answers.get().level in {0, 1, 2, 3}


def test_no_answer_slips_in_while_the_round_is_completed(town, coordinator, colleague, version):
    """Saves share-lock the round, completing it locks it exclusively: racing with the completion,
    every answer is either saved (stamped before the completion) or refused with the German
    message; no error, no deadlock, nothing lost without a message."""
    questions = list(version.questions.all()[:8])
    for attempt in range(3):
        round_ = services.round_start(municipality=town, user=coordinator, title=f"Runde {attempt}")
        refused = _race_completion_with_saves(round_, coordinator, colleague, questions)
        completed_at = Round.objects.get(pk=round_.pk).completed_at
        saved = Answer.objects.filter(round=round_)
        assert saved.count() + len(refused) == len(questions)
        assert all(a.updated_at <= completed_at for a in saved)
        assert set(refused) <= {
            "Diese Runde ist abgeschlossen und kann nicht mehr geändert werden."
        }


def _race_completion_with_saves(round_, coordinator, colleague, questions):
    refused = []

    def save(question):
        try:
            services.answers_save(
                round_id=round_.pk, user=colleague, answers=[AnswerInput(question.pk, 2, "")]
            )
        except services.SelfCheckError as error:
            refused.append(str(error))

    run_together(
        [lambda: services.round_complete(round=round_, by=coordinator)]
        + [lambda q=q: save(q) for q in questions]
    )
    return refused


def refusing(job, refused):
    """The job; a refusal (SelfCheckError, the German message) is recorded, not raised."""

    def run():
        try:
            job()
        except services.SelfCheckError as error:
            refused.append(str(error))

    return run


def test_reopening_and_starting_a_round_at_once_leave_one_open_round(town, coordinator, version):
    """The coordinator reopens the last round while a colleague starts a new one: one of them
    wins, the other gets the German message; never two open rounds, never a 500."""
    for attempt in range(3):
        last = services.round_start(municipality=town, user=coordinator, title=f"Runde {attempt}")
        services.round_complete(round=last, by=coordinator)
        refused = []
        reopen = lambda last=last: services.round_reopen(round=last, by=coordinator, reason="x")  # noqa: E731
        start = lambda: services.round_start(municipality=town, user=coordinator, title="Neu")  # noqa: E731
        run_together([refusing(reopen, refused), refusing(start, refused)])
        assert Round.objects.of(town).open().count() == 1
        assert len(refused) == 1, refused
        Round.objects.of(town).open().update(completed_at=timezone.now())
