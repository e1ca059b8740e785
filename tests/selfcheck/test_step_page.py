"""The step page as members see it: their own answers only, current rights, current content, and
a completed round that refuses answers in German."""

import re

import pytest

from contacts.models import Membership, MembershipStatus
from selfcheck import services
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import questions_of

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"


def step(round_, field=FIELD):
    return f"/selbstcheck/runde/{round_.pk}/feld/{field}/"


def checked(response):
    return re.findall(r'value="(\w)"[^>]*checked', response.content.decode())


def test_each_member_sees_only_their_own_answers(client, coordinator, colleague, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 4, "Vermerk")]
    )
    client.force_login(coordinator)
    mine = client.get(step(round_))
    assert checked(mine) == ["4"] and "Vermerk" in mine.content.decode()
    client.force_login(colleague)
    theirs = client.get(step(round_))
    assert checked(theirs) == [] and "Vermerk" not in theirs.content.decode()


def test_a_member_who_left_gets_404_at_once(client, coordinator, round_):
    client.force_login(coordinator)
    assert client.get(step(round_)).status_code == 200
    Membership.objects.filter(user=coordinator).update(status=MembershipStatus.DECLINED)
    assert client.get(step(round_)).status_code == 404
    autosave = client.post(f"/selbstcheck/runde/{round_.pk}/speichern/", {"question": "1"})
    assert autosave.status_code == 404


def test_an_edited_question_and_a_renamed_round_show_at_once(client, coordinator, round_):
    client.force_login(coordinator)
    client.get(step(round_))
    question = questions_of(round_.questionnaire, FIELD)[0]
    question.text = "Gibt es ein Leitbild zur Vielfalt (geändert)?"
    question.save()
    type(round_).objects.filter(pk=round_.pk).update(title="Selbstcheck Herbst 2026")
    page = client.get(step(round_)).content.decode()
    assert "Leitbild zur Vielfalt (geändert)" in page and "Selbstcheck Herbst 2026" in page


def test_a_completed_round_refuses_answers_with_a_german_message(client, coordinator, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    response = client.post(
        f"/selbstcheck/runde/{round_.pk}/speichern/",
        {"question": question.pk, f"q{question.pk}": "1"},
    )
    assert response.status_code == 400
    assert "abgeschlossen" in response.json()["errors"]["__all__"][0]
    assert not round_.answers.exists()
