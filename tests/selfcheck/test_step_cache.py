"""The step page of a signed-in member comes from the private page cache (weltoffen.privatecache)
and is never stale: the member's answers, the questions, the header and the right to see it are
as current as without the cache."""

import re

import pytest
from django.test import override_settings

from contacts.models import Membership, MembershipStatus
from selfcheck import services
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import join, questions_of
from weltoffen import auth_backends

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
FIELD = "management-und-steuerung"
NEXT_FIELD = "interkulturelle-oeffnung-und-antirassismus"


@pytest.fixture
def page_cache(monkeypatch):
    # one process, so the local-memory cache is shared; no requests run concurrently here, so the
    # user may be cached right after a change (the login's last_login)
    monkeypatch.setattr(auth_backends, "QUIET_SECONDS", 0)
    with override_settings(PAGE_CACHE=True, SHARED_CACHE=True):
        yield


CSRF_COOKIE = "c" * 32  # the same browser cookie for everybody: only the user tells pages apart


def step(round_, field=FIELD):
    return f"/selbstcheck/runde/{round_.pk}/feld/{field}/"


def visit_until_cached(client, url):
    """The first visits set the CSRF cookie and the versions; then the page is stored."""
    for _ in range(4):
        response = client.get(url)
        if response.get("X-Page-Cache") == "hit":
            return response
    raise AssertionError(f"{url} never came from the cache")


def checked(response):
    return re.findall(r'value="(\w)" checked', response.content.decode())


def test_a_cached_step_needs_two_queries_and_shows_a_saved_answer_at_once(
    client, coordinator, round_, django_assert_num_queries, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    question = questions_of(round_.questionnaire, FIELD)[0]
    visit_until_cached(client, step(round_))
    with django_assert_num_queries(2):  # session (tests: no Redis) and membership check
        assert client.get(step(round_))["X-Page-Cache"] == "hit"
    autosave = f"/selbstcheck/runde/{round_.pk}/speichern/"
    with django_capture_on_commit_callbacks(execute=True):  # as after a real commit
        saved = client.post(autosave, {"question": question.pk, f"q{question.pk}": "3"})
    assert saved.json() == {"saved": True}
    after = client.get(step(round_))
    assert "X-Page-Cache" not in after
    assert checked(after) == ["3"]
    assert checked(visit_until_cached(client, step(round_))) == ["3"]


def test_each_member_gets_only_their_own_page(client, coordinator, colleague, round_):
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 4, "Vermerk")]
    )
    client.cookies["csrftoken"] = CSRF_COOKIE
    client.force_login(coordinator)
    client.cookies["csrftoken"] = CSRF_COOKIE
    mine = visit_until_cached(client, step(round_))
    assert checked(mine) == ["4"] and "Vermerk" in mine.content.decode()
    client.force_login(colleague)
    client.cookies["csrftoken"] = CSRF_COOKIE
    theirs = client.get(step(round_))
    assert "X-Page-Cache" not in theirs
    assert checked(theirs) == [] and "Vermerk" not in theirs.content.decode()
    assert checked(visit_until_cached(client, step(round_))) == []


def test_rounds_with_the_same_title_never_share_a_page(
    client, coordinator, round_, other_town, version
):
    """A member of two municipalities whose rounds have the same name and questionnaire."""
    join(coordinator, other_town)
    other = services.round_start(municipality=other_town, user=coordinator, title=round_.title)
    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 4, "")]
    )
    client.force_login(coordinator)
    assert checked(visit_until_cached(client, step(round_))) == ["4"]
    there = client.get(step(other)).content.decode()
    assert f'data-autosave="/selbstcheck/runde/{other.pk}/speichern/"' in there
    assert checked(client.get(step(other))) == []


def test_a_member_who_left_gets_404_although_the_page_was_cached(client, coordinator, round_):
    client.force_login(coordinator)
    visit_until_cached(client, step(round_))
    # an update without signals: the right to see the page is never taken from the cache
    Membership.objects.filter(user=coordinator).update(status=MembershipStatus.DECLINED)
    assert client.get(step(round_)).status_code == 404


def test_an_edited_question_and_a_new_header_show_at_once(client, coordinator, round_, other_town):
    client.force_login(coordinator)
    visit_until_cached(client, step(round_))
    question = questions_of(round_.questionnaire, FIELD)[0]
    question.text = "Gibt es ein Leitbild zur Vielfalt (geändert)?"
    question.save()  # an editor corrects a question in the admin
    assert "Leitbild zur Vielfalt (geändert)" in client.get(step(round_)).content.decode()
    join(coordinator, other_town)  # now also in Beispielhausen: the header offers a switch
    assert "Beispielhausen" in client.get(step(round_)).content.decode()
    visit_until_cached(client, step(round_))
    client.post("/kontakte/aktuelle-kommune/", {"municipality": other_town.pk})
    header = client.get(step(round_)).content.decode()
    assert re.search(rf'<option value="{other_town.pk}" selected>', header)
    visit_until_cached(client, step(round_))
    coordinator.is_staff = True
    coordinator.save()  # made an editor: the header links to the administration
    assert 'href="/admin/"' in client.get(step(round_)).content.decode()


def test_a_renamed_round_shows_its_new_name_at_once(client, coordinator, round_):
    client.force_login(coordinator)
    visit_until_cached(client, step(round_))
    type(round_).objects.filter(pk=round_.pk).update(title="Selbstcheck Herbst 2026")
    assert "Selbstcheck Herbst 2026" in client.get(step(round_)).content.decode()


def test_a_message_is_never_swallowed_by_a_cached_page(client, coordinator, round_):
    client.force_login(coordinator)
    visit_until_cached(client, step(round_, NEXT_FIELD))
    question = questions_of(round_.questionnaire, FIELD)[0]
    response = client.post(step(round_), {f"q{question.pk}": "2", "continue": "1"}, follow=True)
    assert response.redirect_chain[-1][0] == step(round_, NEXT_FIELD)
    assert "Ihre Antworten wurden gespeichert." in response.content.decode()


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
