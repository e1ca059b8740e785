"""The round's answers as a CSV file for spreadsheet programs: one row per question with every
member's answer (a column per member, headed by their name), the agreed answer with its note
and the field's score. Excel reads it as it is: UTF-8 with BOM, semicolons, CRLF, and no cell
that could run as a formula (weltoffen.csv.defuse).

The header is German on purpose, whatever the language of the request: it is a file format that
controlling builds on, like the report's table headings."""

import csv
import io
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from selfcheck import selectors
from selfcheck.models import AgreedAnswer, Answer, Level, Question
from selfcheck.scoring import QuestionRef, score_round
from weltoffen.csv import defuse

LEADING = ["Nr.", "Handlungsfeld", "Unterthema", "Frage"]
TRAILING = ["Vereinbarte Antwort", "Notiz zur vereinbarten Antwort", "Ergebnis Handlungsfeld (%)"]


def answers_csv(round) -> str:
    questions = list(
        Question.objects.filter(questionnaire=round.questionnaire_id).select_related("field")
    )
    answers = list(Answer.objects.filter(round=round).select_related("user"))
    agreed = {a.question_id: a for a in AgreedAnswer.objects.filter(round=round)}
    members = member_columns(answers)
    cells = {}  # (question id, column) -> that member's answers (former members share a column)
    for answer in answers:
        cells.setdefault((answer.question_id, _key(answer.user)), []).append(answer)
    scores = _field_scores(questions, answers, agreed)
    numbers = selectors.question_numbers(questions)

    out = io.StringIO()
    out.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(out, delimiter=";")
    member_headers = [h for _user_id, name in members for h in (name, f"{name}: Notiz")]
    writer.writerow(LEADING + member_headers + TRAILING)
    for question in questions:
        given = [cells.get((question.pk, key), []) for key, _name in members]
        team = [
            value
            for answers_ in given
            for value in (
                " / ".join(level_text(a.level) for a in answers_),
                " / ".join(a.note for a in answers_ if a.note),
            )
        ]
        decided = agreed.get(question.pk)
        row = [
            numbers[question.pk],
            f"{question.field.number}. {question.field.name}",
            question.subtopic,
            question.text,
            *team,
            level_text(decided.level) if decided else "",
            decided.note if decided else "",
            scores.get(question.field.slug, ""),
        ]
        writer.writerow(defuse(value) for value in row)
    return out.getvalue()


def _key(user):
    return user.pk if user else None


def member_columns(answers) -> list[tuple[int | None, str]]:
    """(user id or None, column heading) of everybody who answered, by name; former members
    (accounts deleted) share the last column. Never an e-mail address: without a name, a
    member is "Mitglied 1", "Mitglied 2", …"""
    users = sorted(
        {a.user for a in answers if a.user},
        key=lambda u: (_name(u) is None, (_name(u) or "").casefold(), u.pk),
    )
    columns, unnamed = [], 0
    for user in users:
        name = _name(user)
        if name is None:
            unnamed += 1
            name = _("Member %(number)s") % {"number": unnamed}
        columns.append((user.pk, name))
    if any(a.user is None for a in answers):
        columns.append((None, _("former member")))
    return columns


def _name(user) -> str | None:
    return user.name.strip() or None


def level_text(level) -> str:
    if level is None:
        return _("Don't know / not applicable")
    return f"{level} – {Level(level).label}"


def _field_scores(questions, answers, agreed) -> dict[str, int]:
    """The field's score in whole percent, rounded as on the result page."""
    members = {}
    for answer in answers:
        members.setdefault(answer.question_id, []).append(answer.level)
    slugs = list(dict.fromkeys(q.field.slug for q in questions))
    scores = score_round(
        [QuestionRef(q.pk, q.field.slug) for q in questions],
        members,
        {question_id: a.level for question_id, a in agreed.items()},
        slugs,
    )
    return {
        f.field: int(Decimal(str(f.score)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for f in scores.fields
        if f.score is not None
    }
