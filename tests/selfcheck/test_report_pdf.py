"""The report for the council: read back from the PDF as a reader gets it. Every question keeps
its number as on the web and its answers on the same page; members appear by name, never by
e-mail address; the agreed answer is marked in words; the "Gesamt" row shows the previous
round's total; reopening a round drops its stored copy."""

import io
import re

import pytest
from pypdf import PdfReader

from selfcheck import reports, selectors, services
from selfcheck.models import AgreedAnswer, Level, Question
from selfcheck.services import AnswerInput
from weltoffen.models import StoredDocument
from weltoffen.pdf_artifacts import owned_mcids

from .conftest import join

pytestmark = pytest.mark.django_db

LONG_NOTE = (
    "Begründung: Das wurde im Fachbereich ausführlich besprochen, mit Beispielen aus der "
    "Verwaltungspraxis, den Beschlüssen des Rates und den Rückmeldungen des Integrationsbeirats. "
)


@pytest.fixture
def team(town, coordinator, user_factory):
    coordinator.name = "Clara Koordinatorin"
    coordinator.save()
    anna = join(user_factory(email="anna@musterstadt.example.org", name="Anna Arendt"), town)
    nameless = join(user_factory(email="ohne.namen@musterstadt.example.org", name=""), town)
    return coordinator, anna, nameless


def answer_all(round_, user, level, note=""):
    questions = Question.objects.filter(questionnaire=round_.questionnaire_id)
    services.answers_save(
        round_id=round_.pk,
        user=user,
        answers=[AnswerInput(q.pk, level, note) for q in questions],
    )


def agree_all(round_, level, by):
    questions = Question.objects.filter(questionnaire=round_.questionnaire_id)
    services.agreed_answers_set(
        round=round_, entries=[services.AgreedInput(q.pk, level, "") for q in questions], by=by
    )


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def download(client, round_):
    response = client.get(f"/selbstcheck/runde/{round_.pk}/bericht.pdf")
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def completed(town, team, version):
    """A completed round 2025 (all "geplant") and the completed round 2026 the report is of,
    with the questions of two fields (enough for many pages; the PDF is built faster)."""
    Question.objects.filter(questionnaire=version).exclude(field__number__in=[1, 2]).delete()
    coordinator, anna, nameless = team
    first = services.round_start(municipality=town, user=coordinator, title="Selbstcheck 2025")
    agree_all(first, Level.PLANNED, coordinator)
    services.round_complete(round=first, by=coordinator)
    second = services.round_start(municipality=town, user=coordinator, title="Selbstcheck 2026")
    answer_all(second, coordinator, Level.DONE, LONG_NOTE)
    answer_all(second, anna, Level.STARTED, LONG_NOTE)
    answer_all(second, nameless, Level.DONE)
    agree_all(second, Level.DONE, coordinator)
    services.round_complete(round=second, by=coordinator)
    return first, second


def test_every_question_is_on_one_page_with_its_answers_by_name_and_the_agreed_one_marked(
    client, team, completed
):
    coordinator = team[0]
    _first, round_ = completed
    client.force_login(coordinator)
    pages = pages_of(download(client, round_))
    questions = list(
        Question.objects.filter(questionnaire=round_.questionnaire_id).select_related("field")
    )
    numbers = selectors.question_numbers(questions)
    text = " ".join(pages)
    assert len(pages) > 5  # long notes: the answers run over many pages

    for question in questions:
        # The row: its number, the question, each member by name with the answer, the agreed one.
        number = re.escape(numbers[question.pk])
        row = re.compile(
            rf"(?<![\d.]){number} .*?Anna Arendt: 2 – Begonnen.*?Vereinbarte Antwort: 3"
        )
        on = [i for i, page in enumerate(pages) if row.search(page)]
        assert on, f"question {numbers[question.pk]} not found with its answers on one page"

    assert "Clara Koordinatorin: 3 – Umgesetzt (= vereinbarte Antwort)" in text
    assert "Mitglied 1: 3 – Umgesetzt" in text  # no name: as the CSV calls them
    assert "@" not in text  # nobody's e-mail address
    assert "musterstadt.example.org" not in text


def test_the_overall_row_shows_the_previous_rounds_total(client, team, completed):
    _first, round_ = completed
    client.force_login(team[0])
    text = " ".join(pages_of(download(client, round_)))
    # 2025: all "geplant" = 25 %; 2026: all agreed "umgesetzt" = 75 %.
    assert re.search(r"Gesamt 75 % \d+ / \d+ 25 % \(\+50\)", text), text[:3000]


def test_reopening_a_round_drops_its_stored_report_and_completing_it_again_rebuilds_it(
    client, team, completed
):
    coordinator = team[0]
    _first, round_ = completed
    client.force_login(coordinator)
    assert "Vereinbarte Antwort: 3 – Umgesetzt" in " ".join(pages_of(download(client, round_)))
    key = reports.report_key(round_.pk)
    assert StoredDocument.objects.filter(key=key).exclude(file="").exists()

    services.round_reopen(round=round_, by=coordinator, reason="Zahlen korrigieren")
    assert not StoredDocument.objects.filter(key=key).exists()

    AgreedAnswer.objects.filter(round=round_).delete()
    agree_all(round_, Level.REVIEWED, coordinator)
    services.round_complete(round=round_, by=coordinator)
    text = " ".join(pages_of(download(client, round_)))
    assert "Vereinbarte Antwort: 4 – Umgesetzt und regelmäßig überprüft" in text
    assert "Vereinbarte Antwort: 3 – Umgesetzt" not in text


def test_the_second_download_comes_from_storage(client, team, completed, monkeypatch):
    _first, round_ = completed
    client.force_login(team[0])
    first = download(client, round_)
    built = []
    monkeypatch.setattr(reports, "render_pdf", lambda *a: built.append(a) or b"")
    assert download(client, round_) == first and built == []


def marked_content(pdf: bytes):
    """Per page: the MCIDs the structure tree owns, the MCIDs on the page, and the text drawn
    inside /Artifact marked content (read back from the content streams)."""
    reader = PdfReader(io.BytesIO(pdf))
    owned = set()
    owned_mcids(reader.trailer["/Root"]["/StructTreeRoot"].raw_get("/K"), None, owned, set())
    for page in reader.pages:
        page_id = page.indirect_reference.idnum
        drawn, artifact, depth = [], [], []
        for operands, operator in page.get_contents().operations:
            if operator in (b"BDC", b"BMC"):
                depth.append(operands[0])
                if operator == b"BDC" and "/MCID" in operands[1]:
                    drawn.append(int(operands[1]["/MCID"]))
            elif operator == b"EMC":
                depth.pop()
            elif operator == b"TJ" and "/Artifact" in depth:
                artifact.append(operands[0])
        yield {mcid for p, mcid in owned if p == page_id}, drawn, artifact


def test_the_page_footer_is_an_artifact_and_all_other_content_is_in_the_structure_tree(
    client, coordinator, round_
):
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    pdf = download(client, round_)
    pages = pages_of(pdf)
    assert f"Seite 2 von {len(pages)}" in pages[1]  # the footer is there to see
    for number, (owned, drawn, artifact) in enumerate(marked_content(pdf), start=1):
        assert set(drawn) <= owned, f"page {number}: content neither in the tree nor artifact"
        assert artifact, f"page {number}: the footer is not marked as an artifact"
