"""Reading and writing questionnaire files (YAML or CSV), so the question set can be replaced;
the versions are created in selfcheck.services.

YAML: {title, description, fields: [{field: <slug>, questions: [{text, explanation?, subtopic?}]}]}
CSV (semicolon, UTF-8): columns field;subtopic;text;explanation — one row per question, in order.
"""

import csv
import io

import yaml
from django.utils.translation import gettext as _

from selfcheck.models import Questionnaire
from weltoffen.csv import defuse, restore
from weltoffen.models import Field

CSV_COLUMNS = ["field", "subtopic", "text", "explanation"]
MAX_FILE_SIZE = 2 * 1024 * 1024


class QuestionnaireFileError(Exception):
    """The file cannot be imported; the message lists the problems in German."""


def parse_yaml(text: str) -> dict:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise QuestionnaireFileError(
            _("The file is not valid YAML: %(error)s") % {"error": error}
        ) from error
    if not isinstance(data, dict) or not isinstance(data.get("fields"), list):
        raise QuestionnaireFileError(_("The file needs a title and a list “fields”."))
    rows = []
    for block in data["fields"]:
        if not isinstance(block, dict) or not isinstance(block.get("questions"), list):
            raise QuestionnaireFileError(
                _("Every entry under “fields” needs “field” and “questions”.")
            )
        for question in block["questions"]:
            if not isinstance(question, dict):
                raise QuestionnaireFileError(_("Every question needs a “text”."))
            rows.append(
                {
                    "field": str(block.get("field", "")),
                    "subtopic": str(question.get("subtopic") or ""),
                    "text": str(question.get("text") or ""),
                    "explanation": str(question.get("explanation") or ""),
                }
            )
    return {
        "title": str(data.get("title") or ""),
        "description": str(data.get("description") or ""),
        "rows": rows,
    }


def parse_csv(text: str, title: str) -> dict:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    if reader.fieldnames is None or not set(CSV_COLUMNS) <= set(reader.fieldnames):
        raise QuestionnaireFileError(
            _("The CSV file needs the columns %(columns)s.") % {"columns": ";".join(CSV_COLUMNS)}
        )
    rows = [{key: restore((row.get(key) or "").strip()) for key in CSV_COLUMNS} for row in reader]
    return {"title": title, "description": "", "rows": rows}


def fields_by_slug() -> dict[str, Field]:
    return {f.slug: f for f in Field.objects.all()}


def validate(data: dict) -> list[str]:
    fields = fields_by_slug()
    problems = []
    if not data["title"].strip():
        problems.append(_("The version needs a title."))
    if not data["rows"]:
        problems.append(_("The file contains no questions."))
    for number, row in enumerate(data["rows"], start=1):
        field = fields.get(row["field"])
        if field is None:
            problems.append(
                _("Question %(n)d: unknown field of action “%(field)s”.")
                % {"n": number, "field": row["field"][:80]}
            )
        elif row["subtopic"] and row["subtopic"] not in field.subtopics:
            problems.append(
                _("Question %(n)d: “%(topic)s” is not a sub-topic of this field.")
                % {"n": number, "topic": row["subtopic"][:80]}
            )
        if not row["text"].strip() or len(row["text"]) > 500:
            problems.append(
                _("Question %(n)d: the text must have 1 to 500 characters.") % {"n": number}
            )
        if len(row["explanation"]) > 1000:
            problems.append(
                _("Question %(n)d: the explanation has more than 1,000 characters.") % {"n": number}
            )
    return problems


def _questions(version):
    return version.questions.select_related("field").order_by("field__number", "order", "pk")


def export_yaml(version: Questionnaire) -> str:
    blocks = {}
    for question in _questions(version):
        entry = {"text": question.text}
        if question.subtopic:
            entry["subtopic"] = question.subtopic
        if question.explanation:
            entry["explanation"] = question.explanation
        blocks.setdefault(question.field.slug, []).append(entry)
    data = {
        "title": version.title,
        "description": version.description,
        "fields": [{"field": slug, "questions": qs} for slug, qs in blocks.items()],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def export_csv(version: Questionnaire) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for question in _questions(version):
        writer.writerow(
            defuse(value)
            for value in (
                question.field.slug,
                question.subtopic,
                question.text,
                question.explanation,
            )
        )
    return "\ufeff" + out.getvalue()
