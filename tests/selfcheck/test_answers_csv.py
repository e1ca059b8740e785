"""Issue 15, item 13: the CSV for controlling, one row per question, members by name, with the
agreed answer and the field scores; Excel reads it (BOM, semicolons, no formulas)."""

import csv
import io

import pytest

from selfcheck import services
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import join, questions_of
from weltoffen.csv import restore

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"
SECOND = "interkulturelle-oeffnung-und-antirassismus"


def read_csv(response):
    raw = response.content
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the BOM
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = rows[0], rows[1:]
    return [dict(zip(header, (restore(v) for v in row), strict=True)) for row in body], header


@pytest.fixture
def named(coordinator, colleague):
    coordinator.name, colleague.name = "Erika Mustermann", "Kai Beispiel"
    coordinator.save(), colleague.save()
    return coordinator, colleague


def test_one_row_per_question_with_members_by_name_and_the_agreed_answer(client, named, round_):
    coordinator, colleague = named
    first, second, third = questions_of(round_.questionnaire, SECOND)[:3]
    save = services.answers_save
    save(round_id=round_.pk, user=coordinator, answers=[AnswerInput(first.pk, 1, "Konzept")])
    save(round_id=round_.pk, user=colleague, answers=[AnswerInput(first.pk, 4, "")])
    save(round_id=round_.pk, user=colleague, answers=[AnswerInput(third.pk, None, "unklar")])
    services.agreed_answer_set(
        round=round_, question_id=first.pk, clear=False, level=2, note="im Workshop", by=coordinator
    )
    client.force_login(colleague)
    response = client.get(f"/selbstcheck/runde/{round_.pk}/antworten.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "selbstcheck-musterstadt-" in response["Content-Disposition"]
    rows, header = read_csv(response)
    assert len(rows) == round_.questionnaire.questions.count()  # every question, answered or not
    assert header[:4] == ["Nr.", "Handlungsfeld", "Unterthema", "Frage"]
    assert "Erika Mustermann" in header and "Kai Beispiel" in header
    assert not any("@" in h for h in header)  # names, never e-mail addresses
    by_number = {row["Nr."]: row for row in rows}
    row = by_number["2.1"]  # as on the web: field 2, its first question
    assert row["Frage"] == first.text
    assert row["Handlungsfeld"] == "2. Interkulturelle Öffnung und Antirassismus"
    assert row["Erika Mustermann"] == "1 – In Planung"
    assert row["Erika Mustermann: Notiz"] == "Konzept"
    assert row["Kai Beispiel"] == "4 – Umgesetzt und regelmäßig überprüft"
    assert row["Vereinbarte Antwort"] == "2 – Begonnen"
    assert row["Notiz zur vereinbarten Antwort"] == "im Workshop"
    assert by_number["2.2"]["Frage"] == second.text
    assert by_number["2.2"]["Erika Mustermann"] == by_number["2.2"]["Vereinbarte Antwort"] == ""
    assert by_number["2.3"]["Kai Beispiel"] == "Weiß nicht / nicht zutreffend"
    # field 2: the agreed 2 counts, "don't know" does not: 2 / 4 = 50 %; as on the result page
    assert {r["Ergebnis Handlungsfeld (%)"] for r in rows if r["Nr."].startswith("2.")} == {"50"}
    assert {r["Ergebnis Handlungsfeld (%)"] for r in rows if r["Nr."].startswith("1.")} == {""}
    result = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    assert "<td>50 %</td>" in result


def test_members_without_a_name_and_former_members_are_never_shown_by_address(
    client, coordinator, round_, town, user_factory
):
    coordinator.name = ""
    coordinator.save()
    leaver = join(user_factory(email="geht@musterstadt.example.org"), town)
    question = questions_of(round_.questionnaire, FIELD)[0]
    for person, level in [(coordinator, 3), (leaver, 0)]:
        services.answers_save(
            round_id=round_.pk, user=person, answers=[AnswerInput(question.pk, level, "")]
        )
    leaver.delete()
    client.force_login(coordinator)
    content = client.get(f"/selbstcheck/runde/{round_.pk}/antworten.csv").content.decode()
    assert "@" not in content
    rows, header = read_csv(client.get(f"/selbstcheck/runde/{round_.pk}/antworten.csv"))
    assert header[4] in ("Mitglied 1", "Member 1")  # "Mitglied 1" once the catalogue has it
    assert "ehemaliges Mitglied" in header
    assert rows[0]["ehemaliges Mitglied"] == "0 – Nicht vorhanden"


def test_csv_cells_cannot_run_as_formulas_and_read_back_unchanged(client, named, round_):
    coordinator, _colleague = named
    question = questions_of(round_.questionnaire, FIELD)[0]
    dangerous = '=HYPERLINK("http://x";"klick")'
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 1, dangerous)]
    )
    services.agreed_answer_set(
        round=round_,
        question_id=question.pk,
        clear=False,
        level=1,
        note="@SUMME(1)",
        by=coordinator,
    )
    client.force_login(coordinator)
    response = client.get(f"/selbstcheck/runde/{round_.pk}/antworten.csv")
    content = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in content and "'@SUMME" in content
    rows, _header = read_csv(response)
    assert rows[0]["Erika Mustermann: Notiz"] == dangerous
    assert rows[0]["Notiz zur vereinbarten Antwort"] == "@SUMME(1)"


@pytest.mark.parametrize("members", [1, 12])
def test_csv_needs_the_same_queries_for_a_large_team(
    client, coordinator, town, version, user_factory, members, django_assert_max_num_queries
):
    round_ = services.round_start(municipality=town, user=coordinator, title="Runde")
    people = [coordinator] + [join(user_factory(), town) for _ in range(members - 1)]
    questions = list(version.questions.all())
    for person in people:
        services.answers_save(
            round_id=round_.pk,
            user=person,
            answers=[AnswerInput(q.pk, q.pk % 5, "") for q in questions],
        )
    client.force_login(coordinator)
    with django_assert_max_num_queries(10):
        response = client.get(f"/selbstcheck/runde/{round_.pk}/antworten.csv")
    rows, header = read_csv(response)
    assert len(header) == 4 + 2 * members + 3 and len(rows) == len(questions)
