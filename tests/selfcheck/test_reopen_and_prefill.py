"""Issue 15, items 11 and 12: a completed round can be reopened by its coordinator, with the
reason in its history; a new round can start from the agreed answers of the last completed one."""

import pytest

from selfcheck import services
from selfcheck.models import AgreedAnswer, Answer, Round, RoundEvent
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import questions_of

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"


def answer(round_, user, question, level, note=""):
    services.answers_save(
        round_id=round_.pk, user=user, answers=[AnswerInput(question.pk, level, note)]
    )


def reopen(client, round_, reason="Ergebnis aus dem Workshop nachtragen"):
    return client.post(
        f"/selbstcheck/runde/{round_.pk}/wieder-oeffnen/", {"reason": reason}, follow=True
    )


def test_coordinator_reopens_a_completed_round_with_a_reason_in_its_history(
    client, coordinator, colleague, round_
):
    coordinator.name, colleague.name = "Erika Mustermann", "Kai Beispiel"
    coordinator.save(), colleague.save()
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    result = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    assert "Runde wieder öffnen" in result or "Reopen the round" in result  # catalogue pending
    page = reopen(client, round_).content.decode()
    round_.refresh_from_db()
    assert not round_.is_completed
    assert page.count("Erika Mustermann") >= 2  # completed by, reopened by: names
    assert "Ergebnis aus dem Workshop nachtragen" in page
    assert "koordination@musterstadt.example.org" not in page.split("<main")[1]
    # the team can answer again, and the coordinator completes the round once more
    question = questions_of(round_.questionnaire, FIELD)[0]
    client.force_login(colleague)
    step = client.post(f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/", {f"q{question.pk}": "2"})
    assert step.status_code == 302
    assert Answer.objects.get(round=round_, user=colleague).level == 2
    services.round_complete(round=round_, by=coordinator)
    kinds = list(RoundEvent.objects.filter(round=round_).values_list("kind", "reason"))
    assert kinds == [
        ("completed", ""),
        ("reopened", "Ergebnis aus dem Workshop nachtragen"),
        ("completed", ""),
    ]
    html = client.get(f"/selbstcheck/runde/{round_.pk}/").content.decode()
    assert "Ergebnis aus dem Workshop nachtragen" in html  # the history is on the round page too


def test_only_the_coordinator_reopens_and_only_with_a_reason(
    client, coordinator, colleague, outsider, round_
):
    services.round_complete(round=round_, by=coordinator)
    url = f"/selbstcheck/runde/{round_.pk}/wieder-oeffnen/"
    client.force_login(colleague)
    assert client.post(url, {"reason": "Bitte"}).status_code == 404
    assert (
        "wieder-oeffnen"
        not in client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    )
    client.force_login(outsider)  # a coordinator elsewhere
    assert client.post(url, {"reason": "Bitte"}).status_code == 404
    client.force_login(coordinator)
    for reason in ["", "   ", "x" * 1001]:
        response = client.post(url, {"reason": reason}, follow=True)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Grund" in html or "reason" in html or "höchstens 1000 Zeichen" in html
    round_.refresh_from_db()
    assert round_.is_completed
    assert client.get(url).status_code == 302  # a GET on the POST address goes to the round


def test_reopening_is_refused_while_another_round_is_open_or_a_later_one_exists(
    client, coordinator, round_, town
):
    services.round_complete(round=round_, by=coordinator)
    later = services.round_start(municipality=town, user=coordinator, title="Selbstcheck 2027")
    with pytest.raises(services.SelfCheckError, match="nur eine Runde|only one round"):
        services.round_reopen(round=round_, by=coordinator, reason="Nachtrag")
    services.round_complete(round=later, by=coordinator)
    with pytest.raises(services.SelfCheckError, match="neueste|latest"):
        services.round_reopen(round=round_, by=coordinator, reason="Nachtrag")
    client.force_login(coordinator)
    result = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    assert "wieder-oeffnen" not in result  # not offered where it cannot work
    assert (
        "wieder-oeffnen" in client.get(f"/selbstcheck/runde/{later.pk}/ergebnis/").content.decode()
    )
    assert Round.objects.open().count() == 0


def test_result_of_a_completed_round_does_not_say_still(client, coordinator, colleague, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    answer(round_, coordinator, question, 1)
    answer(round_, colleague, question, 3)  # no agreed answer: the median counts
    client.force_login(coordinator)
    running = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    assert "noch keine vereinbarte Antwort" in running
    services.round_complete(round=round_, by=coordinator)
    done = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    main = done.split("<main")[1]
    assert "median" in main.lower()  # still explained ("Für einige Fragen hat das Team …")
    assert " noch " not in main and "noch keine" not in main


def test_a_new_round_starts_from_the_agreed_answers_not_the_individual_ones(
    client, coordinator, colleague, round_, town
):
    first, second, third = questions_of(round_.questionnaire, FIELD)[:3]
    answer(round_, coordinator, first, 1)
    answer(round_, colleague, first, 4, "meine Sicht")
    answer(round_, colleague, second, 3)  # never agreed: stays open in the new round
    services.agreed_answer_set(
        round=round_, question_id=first.pk, clear=False, level=2, note="Workshop", by=coordinator
    )
    services.agreed_answer_set(
        round=round_, question_id=third.pk, clear=False, level=None, note="", by=coordinator
    )
    services.round_complete(round=round_, by=coordinator)
    client.force_login(colleague)
    page = client.get("/selbstcheck/").content.decode()
    assert "Selbstcheck 2026" in page and 'name="prefill"' in page
    client.post("/selbstcheck/runde/neu/", {"title": "Selbstcheck 2027", "prefill": "on"})
    new = Round.objects.get(title="Selbstcheck 2027")
    prefilled = {
        (a.user_id, a.question_id): (a.level, a.note) for a in Answer.objects.filter(round=new)
    }
    assert prefilled == {
        (coordinator.pk, first.pk): (2, ""),
        (colleague.pk, first.pk): (2, ""),
        (coordinator.pk, third.pk): (None, ""),
        (colleague.pk, third.pk): (None, ""),
    }
    assert not AgreedAnswer.objects.filter(round=new).exists()  # the team agrees anew


def test_taking_over_answers_is_offered_only_after_a_completed_round(
    client, coordinator, town, version
):
    client.force_login(coordinator)
    page = client.get("/selbstcheck/").content.decode()
    assert 'name="prefill"' not in page
    client.post("/selbstcheck/runde/neu/", {"title": "Erste Runde", "prefill": "on"})
    first = Round.objects.get(title="Erste Runde")  # a tampered form starts an empty round
    assert not Answer.objects.filter(round=first).exists()
    with pytest.raises(services.SelfCheckError):
        services.round_start(municipality=town, user=coordinator, title="x", prefill=True)


def test_the_report_of_a_completed_round_does_not_say_still(client, coordinator, colleague, round_):
    import io

    from pypdf import PdfReader

    question = questions_of(round_.questionnaire, FIELD)[0]
    answer(round_, coordinator, question, 1)
    answer(round_, colleague, question, 3)
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    response = client.get(f"/selbstcheck/runde/{round_.pk}/bericht.pdf")
    pdf = b"".join(response.streaming_content)  # the stored report of the completed round
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "noch keine vereinbarte" not in text and "noch keine Frage" not in text
    assert "median" in text.lower()


@pytest.mark.parametrize("times", [1, 8])
def test_round_history_and_reopening_use_a_bounded_number_of_queries(
    client, coordinator, colleague, round_, times, django_assert_max_num_queries
):
    question = questions_of(round_.questionnaire, FIELD)[0]
    answer(round_, colleague, question, 2)
    for n in range(times):  # a long history: completed and reopened again and again
        services.round_complete(round=round_, by=coordinator)
        services.round_reopen(round=round_, by=colleague, reason=f"Nachtrag {n}")
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    for url in [f"/selbstcheck/runde/{round_.pk}/", f"/selbstcheck/runde/{round_.pk}/ergebnis/"]:
        with django_assert_max_num_queries(17):
            html = client.get(url).content.decode()
        assert f"Nachtrag {times - 1}" in html
    with django_assert_max_num_queries(12):
        client.post(f"/selbstcheck/runde/{round_.pk}/wieder-oeffnen/", {"reason": "Noch einmal"})
    round_.refresh_from_db()
    assert not round_.is_completed
