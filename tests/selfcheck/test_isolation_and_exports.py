import io

import pytest
from pypdf import PdfReader

from selfcheck import services
from selfcheck.models import Answer, Measure
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import join, questions_of

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"


def round_urls(round_):
    base = f"/selbstcheck/runde/{round_.pk}"
    return [
        f"{base}/",
        f"{base}/feld/{FIELD}/",
        f"{base}/team/{FIELD}/",
        f"{base}/ergebnis/",
        f"{base}/bericht.pdf",
        f"{base}/antworten.csv",
        f"{base}/zustaendigkeiten/",
    ]


def round_posts(round_):
    base = f"/selbstcheck/runde/{round_.pk}"
    return [
        f"{base}/feld/{FIELD}/",
        f"{base}/speichern/",
        f"{base}/team/{FIELD}/",
        f"{base}/abschliessen/",
        f"{base}/zustaendigkeiten/",
    ]


def test_members_of_another_municipality_get_404_everywhere(client, outsider, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    client.force_login(outsider)  # a coordinator, but of another municipality
    for url in round_urls(round_):
        assert client.get(url).status_code == 404, url
    for url in round_posts(round_):
        response = client.post(
            url,
            {
                "question": question.pk,
                f"q{question.pk}": "4",
                f"level-{question.pk}": "4",
                "confirm": "1",
            },
        )
        assert response.status_code == 404, url
    assert not Answer.objects.exists()
    round_.refresh_from_db()
    assert not round_.is_completed


def test_anonymous_visitors_are_sent_to_login(client, round_):
    for url in round_urls(round_) + ["/selbstcheck/verlauf/", "/selbstcheck/massnahmen/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/konto/anmelden/"), url


def test_history_and_action_plan_show_only_the_own_municipality(
    client, outsider, coordinator, round_, town, version
):
    Measure.objects.create(
        municipality=town, field=version.questions.first().field, title="Geheime Maßnahme"
    )
    client.force_login(outsider)
    assert "Geheime Maßnahme" not in client.get("/selbstcheck/massnahmen/").content.decode()
    assert round_.title not in client.get("/selbstcheck/verlauf/").content.decode()
    client.force_login(coordinator)
    assert "Geheime Maßnahme" in client.get("/selbstcheck/massnahmen/").content.decode()
    assert round_.title in client.get("/selbstcheck/verlauf/").content.decode()


def test_measure_status_of_another_municipality_cannot_be_changed(client, outsider, town, version):
    measure = Measure.objects.create(
        municipality=town, field=version.questions.first().field, title="Maßnahme"
    )
    client.force_login(outsider)
    assert (
        client.post(
            "/selbstcheck/massnahmen/", {"measure": measure.pk, "status": "done"}
        ).status_code
        == 404
    )
    measure.refresh_from_db()
    assert measure.status == "open"


def test_action_plan_rejects_bad_input_in_german(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/selbstcheck/massnahmen/", {"field": "99999", "title": "x" * 500, "due_date": "gestern"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "gültige Auswahl" in html and "höchstens 200 Zeichen" in html
    assert "gültiges Datum" in html
    assert not Measure.objects.exists()


def test_pdf_report_names_the_municipality_and_all_fields(client, coordinator, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk,
        user=coordinator,
        answers=[AnswerInput(question.pk, 3, "Ratsbeschluss 2024")],
    )
    client.force_login(coordinator)
    response = client.get(f"/selbstcheck/runde/{round_.pk}/bericht.pdf")
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Musterstadt" in text and "Selbstcheck 2026" in text
    for name in [
        "Management und Steuerung",
        "Interkulturelle Öffnung",
        "Fairer Zugang",
        "Arbeit und wirtschaftliche",
        "Engagement und Beteiligung",
        "Zusammenhalt und Begegnung",
        "Kommunikation und Konfliktmanagement",
    ]:
        assert name in text, name
    assert "Ratsbeschluss 2024" in text
    assert f"Seite 1 von {len(reader.pages)}" in text
    assert reader.metadata.title.startswith("Selbstcheck 2026")
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged for assistive technology


def test_field_questions_pdf_for_offline_preparation(client, version):
    response = client.get("/selbstcheck/fragen/fairer-zugang-und-teilhabe.pdf")
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert "Handlungsfeld 3: Fairer Zugang und Teilhabechancen" in text
    assert "Wohnen" in text and "Umgesetzt und regelmäßig überprüft" in text
    assert client.get("/selbstcheck/fragen/unbekannt.pdf").status_code == 404


@pytest.mark.parametrize("members,rounds", [(1, 1), (10, 10)])
def test_pages_use_a_bounded_number_of_queries(
    client, coordinator, town, version, user_factory, members, rounds, django_assert_max_num_queries
):
    people = [coordinator] + [join(user_factory(), town) for _ in range(members - 1)]
    questions = list(version.questions.all())
    for n in range(rounds):
        round_ = services.round_start(municipality=town, user=coordinator, title=f"Runde {n}")
        for person in people:
            services.answers_save(
                round_id=round_.pk,
                user=person,
                answers=[AnswerInput(q.pk, (q.pk + n) % 5, "") for q in questions[:30]],
            )
        if n < rounds - 1:
            services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    base = f"/selbstcheck/runde/{round_.pk}"
    for url in [
        f"{base}/",
        f"{base}/feld/{FIELD}/",
        f"{base}/team/{FIELD}/",
        f"{base}/ergebnis/",
        "/selbstcheck/verlauf/",
        "/selbstcheck/",
    ]:
        with django_assert_max_num_queries(16):
            assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("value", ["²", "abc", "", "99999"])
def test_odd_measure_ids_give_404(client, coordinator, value):
    client.force_login(coordinator)
    assert (
        client.post("/selbstcheck/massnahmen/", {"measure": value, "status": "done"}).status_code
        == 404
    )


def test_my_data_export_contains_my_answers(client, coordinator, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 2, "meine Notiz")]
    )
    client.force_login(coordinator)
    data = client.get("/konto/meine-daten/").json()
    assert data["selbstcheck"]["antworten"][0]["notiz"] == "meine Notiz"
