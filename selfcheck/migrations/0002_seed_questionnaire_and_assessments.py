"""The platform's own question set (version 1, published) and the editors' assessment texts,
from selfcheck/data/*.yaml as they were when this migration was written."""

from pathlib import Path

import yaml
from django.db import migrations
from django.utils import timezone

DATA = Path(__file__).resolve().parent.parent / "data"


def seed(apps, schema_editor):
    Field = apps.get_model("weltoffen", "Field")
    Questionnaire = apps.get_model("selfcheck", "Questionnaire")
    Question = apps.get_model("selfcheck", "Question")
    Band = apps.get_model("selfcheck", "AssessmentBand")
    FieldAssessment = apps.get_model("selfcheck", "FieldAssessment")
    fields = {f.slug: f for f in Field.objects.all()}

    data = yaml.safe_load((DATA / "questionnaire_v1.yaml").read_text(encoding="utf-8"))
    if not Questionnaire.objects.filter(title=data["title"]).exists():
        version = Questionnaire.objects.create(
            title=data["title"], description=data["description"], status="published",
            published_at=timezone.now())
        order = 0
        for block in data["fields"]:
            for question in block["questions"]:
                order += 1
                Question.objects.create(
                    questionnaire=version, field=fields[block["field"]], order=order,
                    text=question["text"], explanation=question.get("explanation", ""),
                    subtopic=question.get("subtopic", ""))

    texts = yaml.safe_load((DATA / "assessments.yaml").read_text(encoding="utf-8"))
    bands = {}
    for band in texts["bands"]:
        bands[band["key"]], _ = Band.objects.update_or_create(
            key=band["key"], defaults={"label": band["label"], "min_score": band["min_score"]})
    for slug, per_band in texts["fields"].items():
        for key, text in per_band.items():
            FieldAssessment.objects.update_or_create(
                field=fields[slug], band=bands[key],
                defaults={"assessment": text["assessment"],
                          "suggestions": "\n".join(text["suggestions"])})


class Migration(migrations.Migration):
    dependencies = [("selfcheck", "0001_initial"), ("weltoffen", "0002_seed_fields")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
