"""The seven Handlungsfelder of the self-check, in their order (see shared DOMAIN.md)."""

from django.db import migrations

FIELDS = [
    (1, "Management und Steuerung", "Management und Steuerung", "management-und-steuerung",
     "Wie die Kommune Weltoffenheit als Querschnittsaufgabe verankert: Leitbild, Zuständigkeiten, "
     "Strategie, Ressourcen, Daten und Berichte, Zusammenarbeit zwischen den Fachbereichen.", []),
    (2, "Interkulturelle Öffnung und Antirassismus", "Interkulturelle Öffnung & Antirassismus",
     "interkulturelle-oeffnung-und-antirassismus",
     "Wie Verwaltung und kommunale Einrichtungen sich für alle Einwohner:innen öffnen: Personal, "
     "Fortbildung, Beschwerdewege, Schutz vor Diskriminierung und Rassismus.", []),
    (3, "Fairer Zugang und Teilhabechancen", "Fairer Zugang & Teilhabe", "fairer-zugang-und-teilhabe",
     "Wie die Kommune allen Menschen gleiche Chancen eröffnet – von der Bildung über Wohnen und "
     "Gesundheit bis zu Kultur, Sport und Sicherheit.",
     ["Bildung", "Sprache", "Arbeit und Ausbildung", "Wohnen", "Gesundheit und Pflege", "Transport",
      "Kultur", "Sport", "Sicherheit und Recht"]),
    (4, "Arbeit und wirtschaftliche Entwicklung", "Arbeit & Wirtschaft",
     "arbeit-und-wirtschaftliche-entwicklung",
     "Wie die Kommune mit Wirtschaft, Arbeitsagentur und Kammern Fachkräfte gewinnt und hält, "
     "Gründungen unterstützt und Zugewanderten den Weg in Arbeit ebnet.", []),
    (5, "Engagement und Beteiligung", "Engagement & Beteiligung", "engagement-und-beteiligung",
     "Wie Einwohner:innen mit und ohne Einwanderungsgeschichte mitreden, mitgestalten und sich "
     "engagieren: Beiräte, Vereine, Migrantenorganisationen, Beteiligungsverfahren.", []),
    (6, "Zusammenhalt und Begegnung", "Zusammenhalt & Begegnung", "zusammenhalt-und-begegnung",
     "Wie die Kommune Begegnung im Alltag ermöglicht und den Zusammenhalt in Quartieren, "
     "Nachbarschaften und zwischen den Generationen stärkt.", []),
    (7, "Kommunikation und Konfliktmanagement", "Kommunikation & Konflikte",
     "kommunikation-und-konfliktmanagement",
     "Wie die Kommune über Vielfalt spricht, Konflikte früh erkennt und moderiert und "
     "Entscheider:innen vor Hass und Bedrohung schützt.", []),
]


def seed(apps, schema_editor):
    Field = apps.get_model("weltoffen", "Field")
    for number, name, short_label, slug, description, subtopics in FIELDS:
        Field.objects.update_or_create(
            slug=slug,
            defaults={"number": number, "name": name, "short_label": short_label,
                      "description": description, "subtopics": subtopics},
        )


def unseed(apps, schema_editor):
    apps.get_model("weltoffen", "Field").objects.filter(slug__in=[f[3] for f in FIELDS]).delete()


class Migration(migrations.Migration):
    dependencies = [("weltoffen", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
