"""What the result page, the history and the PDF report show (shared by page and PDF)."""

import hashlib

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from magazine.selectors import articles_for_fields
from selfcheck import charts, exports, results, selectors
from selfcheck.models import AgreedAnswer, Answer, Level, Measure, Question, Questionnaire
from weltoffen.models import Field
from weltoffen.pdf import render_pdf
from weltoffen.text import german_slug


def result_context(round):
    fields = selectors.fields_of(round.questionnaire)
    slugs = [f.slug for f in fields]
    previous = selectors.previous_completed_round(round)
    scores = selectors.scores_for_rounds([r for r in (round, previous) if r], slugs)
    current = scores[round.pk]
    before = scores.get(previous.pk) if previous else None
    assessments = selectors.assessments_for(current)
    articles = articles_for_fields([f.pk for f in fields])
    comparison = selectors.benchmark(slugs)
    rows = []
    for field in fields:
        score = current.field(field.slug)
        old = before.field(field.slug).score if before else None
        band, text = assessments[field.slug]
        rows.append(
            {
                "field": field,
                "score": score,
                "previous": old,
                "change": None if old is None or score.score is None else score.score - old,
                "band": band,
                "text": text,
                "articles": articles.get(field.pk, []),
                "comparison": comparison.get(field.slug),
                "position": results.position(score.score, comparison.get(field.slug)),
            }
        )
    chart = charts.radar(
        [f.short_label for f in fields],
        [r["score"].score for r in rows],
        [r["previous"] for r in rows] if before else None,
        title=_("Scores of the seven fields of action"),
        description=_("Radar chart; the same values are in the table below."),
        names=[f.name for f in fields],
    )
    bar_chart = charts.bars(
        [f.short_label for f in fields],
        [r["score"].score for r in rows],
        title=_("Scores of the seven fields of action as bars"),
        comparison=[r["comparison"] for r in rows],
        names=[f.name for f in fields],
    )
    return {
        "rows": rows,
        "overall": current,
        "previous_round": previous,
        "previous_overall": before.overall if before else None,
        "overall_change": (
            None
            if before is None or before.overall is None or current.overall is None
            else current.overall - before.overall
        ),
        "chart": chart,
        "bar_chart": bar_chart,
        "uses_median": any(r["score"].from_median for r in rows),
        "comparison_count": comparison.count if comparison.shown else 0,
        "benchmark": comparison,
    }


def history_context(rounds):
    fields = list(Field.objects.order_by("number"))
    scores = selectors.scores_for_rounds(rounds, [f.slug for f in fields])
    entries, previous = [], None
    for round in rounds:
        score = scores[round.pk]
        cells = []
        for field in fields:
            value = score.field(field.slug).score
            old = scores[previous.pk].field(field.slug).score if previous else None
            change = None if value is None or old is None else value - old
            cells.append({"score": value, "change": change})
        entries.append({"round": round, "overall": score.overall, "cells": cells})
        previous = round
    return {
        "fields": fields,
        "entries": list(reversed(entries)),
        "charts": results.history_charts(rounds, fields, scores),
    }


def answer_table(round):
    """Per question, for the report: its number as on the web ("2.3"), each member's answer by
    name (as the CSV names them: never an e-mail address), the agreed answer and the notes."""
    questions = list(
        Question.objects.filter(questionnaire=round.questionnaire_id).select_related("field")
    )
    answers = list(Answer.objects.filter(round=round).select_related("user"))
    names = dict(exports.member_columns(answers))
    given = {}
    for answer in answers:
        given.setdefault(answer.question_id, []).append(answer)
    agreed = {a.question_id: a for a in AgreedAnswer.objects.filter(round=round)}
    numbers = selectors.question_numbers(questions)
    order = {key: place for place, key in enumerate(names)}
    rows = []
    for question in questions:
        decided = agreed.get(question.pk)
        mine = sorted(given.get(question.pk, []), key=lambda a: order[_member_key(a)])
        rows.append(
            {
                "number": numbers[question.pk],
                "question": question,
                "agreed": decided,
                "agreed_text": exports.level_text(decided.level) if decided else "",
                "answers": [
                    {
                        "name": names[_member_key(a)],
                        "text": exports.level_text(a.level),
                        "matches": decided is not None and a.level == decided.level,
                        "note": a.note,
                    }
                    for a in mine
                ],
            }
        )
    return rows


def _member_key(answer):
    return answer.user_id if answer.user_id else None


def report_key(round_id: int) -> str:
    return f"selfcheck/report-{round_id}"


def report_version(round) -> str:
    """Changes with everything the report of a completed round shows that can still change: its
    title, the municipality's name, answers removed with an account, the action plan (3 queries).
    """
    answers = Answer.objects.filter(round=round).aggregate(n=Count("pk"), at=Max("updated_at"))
    agreed = AgreedAnswer.objects.filter(round=round).aggregate(n=Count("pk"), at=Max("decided_at"))
    measures = Measure.objects.filter(municipality=round.municipality_id).aggregate(
        n=Count("pk"), at=Max("updated_at")
    )
    municipality = round.municipality
    raw = "|".join(
        str(part)
        for part in (
            round.pk,
            round.title,
            round.completed_at,
            round.questionnaire_id,
            municipality.name,
            municipality.kind,
            municipality.state,
            *answers.values(),
            *agreed.values(),
            *measures.values(),
        )
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def report_filename(round) -> str:
    """selbstcheck-musterstadt-2026-1.pdf: the municipality, the year of completion and which of
    that year's completed rounds it is; an open round's report is "in-bearbeitung"."""
    name = german_slug(round.municipality.name, 60) or "kommune"
    if not round.is_completed:
        return f"selbstcheck-{name}-{timezone.localtime(round.started_at).year}-in-bearbeitung.pdf"
    year = timezone.localtime(round.completed_at).year
    earlier = round.municipality.selfcheck_rounds.filter(
        completed_at__year=year, completed_at__lte=round.completed_at
    ).count()
    return f"selbstcheck-{name}-{year}-{max(earlier, 1)}.pdf"


def answers_filename(round) -> str:
    """The CSV named like the round's report: selbstcheck-musterstadt-2026-1-antworten.csv."""
    return report_filename(round).removesuffix(".pdf") + "-antworten.csv"


def report_pdf(round) -> bytes:
    context = result_context(round)
    context.update(
        round=round,
        answer_rows=answer_table(round),
        created=timezone.localtime(),
        measures=Measure.objects.filter(municipality=round.municipality).select_related("field"),
    )
    return render_pdf("selfcheck/report_pdf.html", context)


def questions_pdf(field):
    """The field's questions of the current version as a PDF, cached: published versions are
    frozen, and the key changes when editors change the field's name or description."""
    questionnaire = Questionnaire.objects.current()
    if questionnaire is None:
        return None
    text_hash = hashlib.sha256(f"{field.name}|{field.description}".encode()).hexdigest()[:16]
    key = f"selfcheck:questions-pdf:{questionnaire.pk}:{field.pk}:{text_hash}"
    pdf = cache.get(key)
    if pdf is None:
        pdf = _render_questions_pdf(field, questionnaire)
        cache.set(key, pdf, timeout=60 * 60 * 24)
    return pdf


def _render_questions_pdf(field, questionnaire):
    questions = list(Question.objects.filter(questionnaire=questionnaire, field=field))
    if not questions:
        return None
    return render_pdf(
        "selfcheck/questions_pdf.html",
        {
            "field": field,
            "questionnaire": questionnaire,
            "questions": questions,
            "levels": Level.choices,
        },
    )
