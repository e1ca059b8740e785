"""The team view as the coordinator runs the workshop with it: where the team stands on each
question, how many divergences are still open, and one form that settles a whole field."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from contacts.models import Municipality
from selfcheck import services
from selfcheck.models import AgreedAnswer
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import join, questions_of

FIELD = "management-und-steuerung"


@pytest.mark.parametrize(
    "levels,agreed,state",
    [
        ([], False, "unanswered"),
        ([2], False, "single"),  # one answer: nothing to agree on yet
        ([2, 2, 2], False, "unanimous"),
        ([None, None], False, "unanimous"),  # all say "don't know"
        ([2, 3], False, "divergent"),
        ([2, None], False, "divergent"),  # "don't know" next to an answer differs
        ([2, 3], True, "agreed"),
        ([], True, "agreed"),
    ],
)
def test_consensus_of_a_question(levels, agreed, state):
    from selfcheck.scoring import consensus

    assert consensus(levels, agreed) == state


def team_url(round_, field=FIELD):
    return f"/selbstcheck/runde/{round_.pk}/team/{field}/"


def answer(round_, user, question, level, note=""):
    services.answers_save(
        round_id=round_.pk, user=user, answers=[AnswerInput(question.pk, level, note)]
    )


@pytest.fixture
def kim(user_factory, town, coordinator):
    return join(user_factory(email="kim@musterstadt.example.org", name="Kim Beispiel"), town)


@pytest.fixture
def answered(round_, coordinator, kim):
    """Question 1: both 3 (unanimous); 2: 1 and 4; 3: 2 and "don't know" (both divergent)."""
    q = questions_of(round_.questionnaire, FIELD)
    for question, (mine, theirs) in zip(q, [(3, 3), (1, 4), (2, None)], strict=False):
        answer(round_, coordinator, question, mine)
        answer(round_, kim, question, theirs)
    return q


def state_of(html, question):
    match = re.search(rf'id="state-{question.pk}" data-state="(\w+)"', html)
    return match and match.group(1)


@pytest.mark.django_db
def test_each_question_shows_its_state_in_words_and_the_open_divergences(
    client, coordinator, round_, answered
):
    client.force_login(coordinator)
    html = client.get(team_url(round_)).content.decode()
    assert state_of(html, answered[0]) == "unanimous"
    assert state_of(html, answered[1]) == "divergent"
    assert state_of(html, answered[2]) == "divergent"  # "Weiß nicht" next to "Begonnen"
    assert state_of(html, answered[3]) == "unanswered"
    for text in ["All members agree", "Answers differ", "No answers yet"]:
        assert f'<span class="state-text">{_(text)}</span>' in html  # words, not colour alone
    assert _("Open divergences in this field: %(count)s") % {"count": 2} in html
    overview = client.get(f"/selbstcheck/runde/{round_.pk}/").content.decode()
    assert (
        ngettext(
            "%(counter)s question with diverging answers is still open.",
            "%(counter)s questions with diverging answers are still open.",
            2,
        )
        % {"counter": 2}
        in overview
    )
    services.agreed_answer_set(
        round=round_, question_id=answered[1].pk, clear=False, level=2, note="", by=coordinator
    )
    html = client.get(team_url(round_)).content.decode()
    assert state_of(html, answered[1]) == "agreed"
    assert _("Agreed by the coordinator") in html
    assert _("Open divergences in this field: %(count)s") % {"count": 1} in html


@pytest.mark.django_db
def test_names_head_the_columns_and_each_cell_names_its_question(
    client, coordinator, kim, round_, answered
):
    client.force_login(coordinator)
    html = client.get(team_url(round_)).content.decode()
    head = html[html.index("<thead>") : html.index("</thead>")]
    assert '<th scope="col">Kim Beispiel</th>' in head
    assert "kim@musterstadt.example.org" not in html
    question = _("Question %(field)s.%(question)s") % {"field": 1, "question": 2}
    label = f"{question}: {answered[1].text} – Kim Beispiel: </span>4 – "
    assert label in html
    assert re.search(r'class="table-responsive team-scroll" tabindex="0" role="region"', html)


@pytest.mark.django_db
def test_the_coordinator_settles_a_field_with_one_post(client, coordinator, round_, answered):
    """Without JavaScript: every valid entry is saved, the invalid one shown in place."""
    q1, q2, q3, q4 = answered[:4]
    client.force_login(coordinator)
    html = client.get(team_url(round_)).content.decode()
    prefilled = re.search(rf'<select name="level-{q1.pk}".*?</select>', html, re.S).group(0)
    assert '<option value="3" selected>' in prefilled  # all agree: their answer is offered
    response = client.post(
        team_url(round_),
        {
            f"level-{q1.pk}": "3",
            f"note-{q1.pk}": "",
            f"level-{q2.pk}": "2",
            f"note-{q2.pk}": "Workshop: Konzept liegt im Entwurf vor",
            f"level-{q3.pk}": "",
            f"note-{q3.pk}": "Noch klären, wer zuständig ist",  # a note without an answer
            f"level-{q4.pk}": "9",  # tampered
            f"note-{q4.pk}": "",
            "at": str(q2.pk),
        },
    )
    assert response.status_code == 400
    agreed = {a.question_id: a for a in AgreedAnswer.objects.filter(round=round_)}
    assert set(agreed) == {q1.pk, q2.pk}
    assert agreed[q2.pk].note == "Workshop: Konzept liegt im Entwurf vor"
    html = response.content.decode()
    q3_entry = html[html.index(f'data-question="{q3.pk}"') :][:3000]
    assert _("Please choose the agreed answer to save the note.") in q3_entry
    assert "Noch klären, wer zuständig ist" in q3_entry  # what was typed stays in the form
    assert "Auswahl" in html[html.index(f'data-question="{q4.pk}"') :][:3000]
    fixed = client.post(
        team_url(round_), {f"level-{q3.pk}": "x", f"note-{q3.pk}": "Noch klären", "at": q3.pk}
    )
    assert fixed.headers["Location"] == f"{team_url(round_)}#question-{q3.pk}"
    assert AgreedAnswer.objects.get(round=round_, question=q3).level is None  # agreed: don't know


@pytest.mark.django_db
def test_unanimous_answers_are_taken_in_one_action(client, coordinator, kim, round_, answered):
    q = questions_of(round_.questionnaire, FIELD)
    answer(round_, coordinator, q[4], None)
    answer(round_, kim, q[4], None)  # both "don't know": unanimous too
    client.force_login(coordinator)
    html = client.get(team_url(round_)).content.decode()
    assert _("Take all unanimous answers") in html
    data = {f"level-{question.pk}": "" for question in q}  # nothing chosen
    response = client.post(team_url(round_), {**data, "unanimous": "1"})
    assert response.status_code == 302
    agreed = {a.question_id: a.level for a in AgreedAnswer.objects.filter(round=round_)}
    assert agreed == {q[0].pk: 3, q[4].pk: None}  # the divergent ones stay open


@pytest.mark.django_db
def test_autosave_of_one_agreed_answer_answers_with_the_new_states(
    client, coordinator, round_, answered
):
    q2 = answered[1]
    client.force_login(coordinator)
    response = client.post(
        team_url(round_),
        {"question": q2.pk, f"level-{q2.pk}": "2", f"note-{q2.pk}": "geklärt"},
        headers={"Accept": "application/json"},
    )
    data = response.json()
    assert data["saved"] is True
    assert data["states"][str(q2.pk)] == {"state": "agreed", "text": _("Agreed by the coordinator")}
    assert data["open_text"] == _("Open divergences in this field: %(count)s") % {"count": 1}
    assert AgreedAnswer.objects.get(round=round_).note == "geklärt"
    assert AgreedAnswer.objects.count() == 1  # only the question sent, not the offered ones
    refused = client.post(
        team_url(round_),
        {"question": q2.pk, f"level-{q2.pk}": "", f"note-{q2.pk}": "nur Notiz"},
        headers={"Accept": "application/json"},
    )
    assert refused.status_code == 400
    assert refused.json()["errors"][f"level-{q2.pk}"][0]["message"] == _(
        "Please choose the agreed answer to save the note."
    )


@pytest.mark.django_db
def test_only_the_coordinator_of_the_round_settles(
    client, coordinator, kim, outsider, round_, answered
):
    q2 = answered[1]
    post = {f"level-{q2.pk}": "2", f"note-{q2.pk}": ""}
    for person in (kim, outsider):  # a member, and a coordinator of another municipality
        client.force_login(person)
        assert client.post(team_url(round_), post).status_code == 404
        json = client.post(team_url(round_), post, headers={"Accept": "application/json"})
        assert json.status_code == 404
    assert client.get(team_url(round_)).status_code == 404  # the outsider
    client.force_login(kim)
    assert 'name="level-' not in client.get(team_url(round_)).content.decode()  # no form
    assert not AgreedAnswer.objects.exists()
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    response = client.post(team_url(round_), post, follow=True)
    assert "abgeschlossen" in response.content.decode()
    assert not AgreedAnswer.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("members", [2, 12])
def test_team_view_and_its_form_use_a_bounded_number_of_queries(
    client, coordinator, town, round_, user_factory, members, django_assert_max_num_queries
):
    people = [coordinator] + [join(user_factory(), town) for _ in range(members - 1)]
    questions = list(round_.questionnaire.questions.all())
    for n, person in enumerate(people):
        services.answers_save(
            round_id=round_.pk,
            user=person,
            answers=[AnswerInput(q.pk, (q.pk * n) % 5, "") for q in questions],
        )
    field_questions = questions_of(round_.questionnaire, FIELD)
    client.force_login(coordinator)
    with django_assert_max_num_queries(16):
        assert client.get(team_url(round_)).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(f"/selbstcheck/runde/{round_.pk}/").status_code == 200
    data = {f"level-{q.pk}": "2" for q in field_questions}
    with django_assert_max_num_queries(20):
        assert client.post(team_url(round_), data).status_code == 302
    assert AgreedAnswer.objects.count() == len(field_questions)


@pytest.mark.django_db
@override_settings(SECURE_HTTPS=False)
def test_the_demo_round_in_progress_shows_settled_and_open_divergences(client):
    from selfcheck.selectors import consensus_summary

    call_command("load_demo")
    town = Municipality.objects.get(name="Musterstadt (Demo)")
    round_ = town.selfcheck_rounds.open().get()
    summary = consensus_summary(round_)
    assert sum(s["agreed"] for s in summary.values()) == 3
    assert sum(s["divergent"] for s in summary.values()) > 0  # open divergences to show
    assert sum(s["unanimous"] for s in summary.values()) > 0
