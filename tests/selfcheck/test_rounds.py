import pytest

from selfcheck import services
from selfcheck.models import AgreedAnswer, Answer, Questionnaire, Round
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import questions_of

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"


def test_shipped_question_set_is_published_and_labelled_as_our_own(version):
    assert version.is_frozen
    assert "eigener Fragenkatalog der Plattform" in version.description
    counts = {}
    for question in version.questions.select_related("field"):
        counts[question.field.slug] = counts.get(question.field.slug, 0) + 1
    assert len(counts) == 7 and 95 <= sum(counts.values()) <= 120
    assert all(10 <= n <= 20 for slug, n in counts.items() if slug != "fairer-zugang-und-teilhabe")
    assert counts["fairer-zugang-und-teilhabe"] > 20
    assert version.questions.exclude(subtopic="").count() == counts["fairer-zugang-und-teilhabe"]


def test_member_starts_a_round_and_answers_a_field(client, coordinator, town):
    client.force_login(coordinator)
    page = client.get("/selbstcheck/").content.decode()
    assert "Selbstcheck 2026" in page  # suggested name of the new round
    response = client.post("/selbstcheck/runde/neu/", {"title": "Selbstcheck 2026"})
    round_ = Round.objects.get(municipality=town)
    assert response.headers["Location"] == f"/selbstcheck/runde/{round_.pk}/"
    questions = questions_of(round_.questionnaire, FIELD)
    step = f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/"
    html = client.get(step).content.decode()
    assert "<fieldset" in html and "<legend" in html and "Weiß nicht / nicht zutreffend" in html
    data = {
        f"q{questions[0].pk}": "3",
        f"note{questions[0].pk}": "Konzept von 2024",
        f"q{questions[1].pk}": "x",
        "continue": "1",
    }
    response = client.post(step, data)
    assert response.headers["Location"].endswith(
        "/feld/interkulturelle-oeffnung-und-antirassismus/"
    )
    mine = {a.question_id: a for a in Answer.objects.filter(round=round_, user=coordinator)}
    assert mine[questions[0].pk].level == 3 and mine[questions[0].pk].note == "Konzept von 2024"
    assert mine[questions[1].pk].level is None  # don't know
    overview = client.get(f"/selbstcheck/runde/{round_.pk}/").content.decode()
    assert f"2 von {round_.questionnaire.questions.count()} Fragen" in overview
    # resume at the first question I have not answered yet
    assert f"/feld/{FIELD}/#question-{questions[2].pk}" in overview


def test_same_member_saving_twice_keeps_the_last_answer(client, coordinator, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 1, "")]
    )
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 4, "b")]
    )
    answer = Answer.objects.get(round=round_, user=coordinator, question=question)
    assert (answer.level, answer.note) == (4, "b")


@pytest.mark.parametrize(
    "data,error",
    [
        ({"q{q}": "7"}, "Bitte eine gültige Auswahl treffen"),
        ({"q{q}": "2", "note{q}": "x" * 100_000}, "höchstens 2000 Zeichen"),
        ({"q{q}": "2", "q{foreign}": "2"}, "die nicht hierher gehören"),
    ],
)
def test_tampered_answers_get_a_german_error_and_save_nothing(
    client, coordinator, round_, data, error
):
    question = questions_of(round_.questionnaire, FIELD)[0]
    foreign = questions_of(round_.questionnaire, "zusammenhalt-und-begegnung")[0]
    post = {k.format(q=question.pk, foreign=foreign.pk): v for k, v in data.items()}
    client.force_login(coordinator)
    response = client.post(f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/", post)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Answer.objects.exists()


def test_autosave_saves_one_answer(client, coordinator, round_):
    question = questions_of(round_.questionnaire, FIELD)[2]
    client.force_login(coordinator)
    url = f"/selbstcheck/runde/{round_.pk}/speichern/"
    assert client.post(url, {"question": question.pk, f"q{question.pk}": "2"}).json() == {
        "saved": True
    }
    assert Answer.objects.get().level == 2
    assert client.post(url, {"question": question.pk, f"q{question.pk}": "9"}).status_code == 400
    assert client.post(url, {"question": "abc"}).status_code == 404
    assert client.post(url, {"question": "²"}).status_code == 404
    assert client.post(url, {"question": 2**40, f"q{2**40}": "2"}).status_code == 404
    assert client.post(url, {"question": 999999, "q999999": "2"}).status_code == 404
    draft = Questionnaire.objects.create(title="Entwurf (Test)")
    foreign = draft.questions.create(field=question.field, text="Fremde Frage", order=1)
    assert client.post(url, {"question": foreign.pk, f"q{foreign.pk}": "2"}).status_code == 404
    step = client.get(f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/")
    assert "no-store" in step["Cache-Control"]  # Back must not show answers changed since
    missing = client.post(url, {"question": question.pk})
    assert missing.status_code == 400
    assert missing.json()["errors"]["__all__"] == ["Bitte wählen Sie eine Antwort."]
    assert Answer.objects.get().level == 2  # nothing of the refused posts was saved
    client.logout()  # e.g. signed out in another tab: JSON for the script, not the login page
    ended = client.post(url, {"question": question.pk, f"q{question.pk}": "4"})
    assert ended.status_code == 403
    assert "nicht mehr angemeldet" in ended.json()["errors"]["__all__"][0]
    assert Answer.objects.get().level == 2


def test_team_view_shows_disagreement_and_agreed_answer_counts(
    client, coordinator, colleague, round_
):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 1, "")]
    )
    services.answers_save(
        round_id=round_.pk, user=colleague, answers=[AnswerInput(question.pk, 4, "")]
    )
    client.force_login(coordinator)
    team = f"/selbstcheck/runde/{round_.pk}/team/{FIELD}/"
    html = client.get(team).content.decode()
    assert "Antworten weichen ab" in html
    result = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    assert "Median" in result
    client.post(team, {f"level-{question.pk}": "2", f"note-{question.pk}": "im Workshop geklärt"})
    assert AgreedAnswer.objects.get(round=round_, question=question).level == 2
    client.force_login(colleague)  # members may not record agreed answers
    assert client.post(team, {f"level-{question.pk}": "4"}).status_code == 404
    assert AgreedAnswer.objects.get(round=round_, question=question).level == 2


def test_completed_round_is_read_only_and_a_new_one_can_start_prefilled(
    client, coordinator, colleague, round_, town
):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=colleague, answers=[AnswerInput(question.pk, 3, "")]
    )
    client.force_login(colleague)
    assert client.post(f"/selbstcheck/runde/{round_.pk}/abschliessen/").status_code == 404
    client.force_login(coordinator)
    unconfirmed = client.post(f"/selbstcheck/runde/{round_.pk}/abschliessen/", follow=True)
    assert "Bitte bestätigen Sie, dass die Runde abgeschlossen werden soll." in (
        unconfirmed.content.decode()
    )
    round_.refresh_from_db()
    assert not round_.is_completed  # one click is not enough: it cannot be undone
    client.post(f"/selbstcheck/runde/{round_.pk}/abschliessen/", {"confirm": "1"})
    round_.refresh_from_db()
    assert round_.is_completed
    step = client.get(f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/", follow=True)
    assert step.redirect_chain[-1][0] == f"/selbstcheck/runde/{round_.pk}/"  # no editable form
    assert "Diese Runde ist abgeschlossen" in step.content.decode()
    client.force_login(colleague)
    response = client.post(
        f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/", {f"q{question.pk}": "0"}, follow=True
    )
    assert "abgeschlossen" in response.content.decode()
    assert Answer.objects.get(round=round_, question=question).level == 3
    AgreedAnswer.objects.create(round=round_, question=question, level=2)  # as in the workshop
    client.post("/selbstcheck/runde/neu/", {"title": "Selbstcheck 2027", "prefill": "on"})
    new = Round.objects.get(title="Selbstcheck 2027")
    assert Answer.objects.get(round=new, user=colleague, question=question).level == 2


def test_only_one_open_round(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.post("/selbstcheck/runde/neu/", {"title": "Noch eine"}, follow=True)
    assert "bereits eine laufende Runde" in response.content.decode()
    assert Round.objects.count() == 1


def test_answers_of_former_members_stay_in_the_team_view(
    client, coordinator, colleague, round_, user_factory, town
):
    from tests.selfcheck.conftest import join

    question = questions_of(round_.questionnaire, FIELD)[0]
    leaver = join(user_factory(email="geht@example.org"), town)
    other_leaver = join(user_factory(email="geht-auch@example.org"), town)
    services.answers_save(
        round_id=round_.pk, user=leaver, answers=[AnswerInput(question.pk, 1, "")]
    )
    services.answers_save(
        round_id=round_.pk, user=other_leaver, answers=[AnswerInput(question.pk, 3, "")]
    )
    leaver.delete()
    other_leaver.delete()
    client.force_login(coordinator)
    html = client.get(f"/selbstcheck/runde/{round_.pk}/team/{FIELD}/").content.decode()
    assert "ehemaliges Mitglied" in html
    assert "1 – In Planung" in html and "3 – Umgesetzt" in html
    assert "Antworten weichen ab" in html
