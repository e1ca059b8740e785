"""What the dialogues app stores about a user with an account: event registrations made with the
account's address and events the user submitted for a municipality."""

from dialogues.models import Event, Registration


def export_personal_data(user):
    registrations = Registration.objects.filter(email__iexact=user.email).select_related("event")
    return {
        "anmeldungen": [
            {
                "veranstaltung": r.event.title,
                "beginn": r.event.starts_at.isoformat(),
                "name": r.name,
                "e_mail": r.email,
                "personen": r.people,
                "bedarfe": r.needs,
                "status": r.get_status_display(),
                "angemeldet_am": r.created_at.isoformat(),
            }
            for r in registrations
        ],
        "eingereichte_veranstaltungen": list(
            Event.objects.filter(submitted_by=user).values_list("title", flat=True)
        ),
    }
