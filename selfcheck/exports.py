"""The round's answers as a CSV file for spreadsheet programs (UTF-8 with BOM, semicolons)."""

import csv
import io

from django.utils.translation import gettext as _

from selfcheck.models import Answer, Level
from weltoffen.csv import defuse

HEADER = ["Handlungsfeld", "Unterthema", "Frage", "Person", "Antwort", "Stufe", "Notiz"]


def answers_csv(round) -> str:
    """Every member's answer of the round, field by field, question by question."""
    out = io.StringIO()
    out.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(out, delimiter=";")
    writer.writerow(HEADER)
    labels = dict(Level.choices)
    answers = (
        Answer.objects.filter(round=round)
        .select_related("question__field", "user")
        .order_by("question__field__number", "question__order", "question_id", "user__email")
    )
    for answer in answers:
        writer.writerow(
            defuse(value)
            for value in [
                answer.question.field.name,
                answer.question.subtopic,
                answer.question.text,
                answer.user.email if answer.user else _("former member"),
                labels.get(answer.level, _("Don't know / not applicable")),
                "" if answer.level is None else answer.level,
                answer.note,
            ]
        )
    return out.getvalue()
