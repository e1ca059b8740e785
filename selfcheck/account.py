"""What the self-check stores about a person, for "Meine Daten" (DSGVO Art. 15/20)."""

from django.urls import reverse

from contacts.models import Membership
from selfcheck.models import AgreedAnswer, Answer, FieldAssignment, Measure


def login_destination(user):
    """Members of a municipality land on their self-check after logging in."""
    return reverse("selfcheck:index") if Membership.objects.active_for(user).exists() else None


def export_personal_data(user):
    return {
        "antworten": [
            {
                "runde": a.round.title,
                "kommune": a.round.municipality.name,
                "frage": a.question.text,
                "stufe": a.level,
                "beantwortet": a.answered,
                "notiz": a.note,
                "gespeichert_am": a.updated_at.isoformat(),
            }
            for a in Answer.all_objects.filter(user=user).select_related(
                "round__municipality", "question"
            )
        ],
        "vereinbarte_antworten_eingetragen": [
            {"runde": a.round.title, "frage": a.question.text, "stufe": a.level, "notiz": a.note}
            for a in AgreedAnswer.objects.filter(decided_by=user).select_related(
                "round", "question"
            )
        ],
        "zustaendigkeiten": [
            {"runde": a.round.title, "handlungsfeld": a.field.name}
            for a in FieldAssignment.objects.filter(user=user).select_related("round", "field")
        ],
        "angelegte_massnahmen": list(
            Measure.objects.filter(created_by=user).values_list("title", flat=True)
        ),
    }
