"""Nothing a member typed is lost: notes without an answer, a page with one invalid entry, a
session that ended while the page was open; answers can be cleared; the way back in."""

import re

import pytest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from selfcheck import services
from selfcheck.models import Answer
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import questions_of

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"


def step(round_, field=FIELD):
    return f"/selbstcheck/runde/{round_.pk}/feld/{field}/"


def autosave(round_):
    return f"/selbstcheck/runde/{round_.pk}/speichern/"


def overview(client, round_):
    return client.get(f"/selbstcheck/runde/{round_.pk}/").content.decode()


def test_a_note_is_saved_before_an_answer_is_chosen(client, coordinator, colleague, round_):
    q = questions_of(round_.questionnaire, FIELD)
    client.force_login(coordinator)
    response = client.post(step(round_), {f"q{q[0].pk}": "", f"note{q[0].pk}": "Frag Herrn M."})
    assert response.status_code == 302
    page = client.get(step(round_)).content.decode()
    assert "Frag Herrn M." in page  # the note is back on the page
    assert "Sie haben 0 von" in overview(client, round_)  # but the question is not answered
    client.post(autosave(round_), {"question": q[1].pk, f"note{q[1].pk}": "Beschluss suchen"})
    chosen = {"question": q[0].pk, f"q{q[0].pk}": "2", f"note{q[0].pk}": "Frag Herrn M."}
    client.post(autosave(round_), chosen)  # then the answer is chosen (the script sends both)
    saved = {a.question_id: a for a in Answer.all_objects.filter(user=coordinator)}
    assert (saved[q[0].pk].level, saved[q[0].pk].note) == (2, "Frag Herrn M.")
    assert (saved[q[1].pk].answered, saved[q[1].pk].note) == (False, "Beschluss suchen")
    client.force_login(colleague)
    team = client.get(f"/selbstcheck/runde/{round_.pk}/team/{FIELD}/").content.decode()
    assert "Beschluss suchen" not in team  # a note alone is no answer in the team view


def test_a_page_with_one_invalid_entry_saves_all_valid_ones(client, coordinator, round_):
    q = questions_of(round_.questionnaire, FIELD)
    client.force_login(coordinator)
    response = client.post(
        step(round_),
        {
            f"q{q[0].pk}": "3",
            f"note{q[0].pk}": "Konzept",
            f"q{q[1].pk}": "2",
            f"note{q[1].pk}": "x" * 2001,  # too long
            f"q{q[2].pk}": "x",
            f"note{q[3].pk}": "nur eine Notiz",
            "continue": "1",
        },
    )
    assert response.status_code == 400
    mine = {a.question_id: a for a in Answer.all_objects.filter(user=coordinator)}
    assert set(mine) == {q[0].pk, q[2].pk, q[3].pk}
    html = response.content.decode()
    entry = html[html.index(f'id="question-{q[1].pk}"') :]
    entry = entry[: entry.index("</fieldset>")]
    assert "höchstens 2000 Zeichen" in entry  # the message at the entry
    assert re.search(rf'name="q{q[1].pk}" value="2"[^>]*checked', entry)
    assert ("x" * 2001) in entry  # the text is still there to be shortened
    saved = ngettext("%(counter)s entry has been saved.", "%(counter)s entries have been saved.", 3)
    assert saved % {"counter": 3} in html


def test_an_answer_can_be_cleared_and_the_progress_drops(client, coordinator, round_):
    q = questions_of(round_.questionnaire, FIELD)
    client.force_login(coordinator)
    client.post(step(round_), {f"q{q[0].pk}": "3", f"note{q[0].pk}": "Vermerk", f"q{q[1].pk}": "1"})
    assert "Sie haben 2 von" in overview(client, round_)
    page = client.get(step(round_)).content.decode()
    assert f'name="clear" value="{q[0].pk}"' in page
    response = client.post(
        step(round_),
        {f"q{q[0].pk}": "3", f"note{q[0].pk}": "Vermerk", f"q{q[1].pk}": "1", "clear": q[0].pk},
    )
    assert response.headers["Location"] == f"{step(round_)}#question-{q[0].pk}"
    assert "Sie haben 1 von" in overview(client, round_)
    cleared = Answer.all_objects.get(user=coordinator, question=q[0])
    assert (cleared.answered, cleared.level, cleared.note) == (False, None, "Vermerk")
    page = client.get(step(round_)).content.decode()
    assert not re.search(rf'name="q{q[0].pk}" value="\w"[^>]*checked', page)
    assert client.post(
        autosave(round_), {"question": q[1].pk, "clear": q[1].pk, f"note{q[1].pk}": ""}
    ).json() == {"saved": True}
    assert "Sie haben 0 von" in overview(client, round_)
    assert not Answer.all_objects.filter(question=q[1]).exists()  # nothing left to keep


def test_a_note_only_save_keeps_an_answer_given_meanwhile(coordinator, round_):
    from selfcheck.services import Mode

    question = questions_of(round_.questionnaire, FIELD)[0]
    services.answers_save(
        round_id=round_.pk, user=coordinator, answers=[AnswerInput(question.pk, 4, "")]
    )
    services.answers_save(
        round_id=round_.pk,
        user=coordinator,
        answers=[AnswerInput(question.pk, None, "später ergänzt", Mode.NOTE)],
    )
    saved = Answer.objects.get(question=question)
    assert (saved.level, saved.note) == (4, "später ergänzt")


def test_entries_sent_after_the_session_ended_come_back_after_login(
    client, coordinator, colleague, round_, password
):
    q = questions_of(round_.questionnaire, FIELD)
    client.force_login(coordinator)
    owner = re.search(r'name="owner" value="([^"]+)"', client.get(step(round_)).content.decode())
    client.logout()  # the session ended while the page was open
    typed = {
        "owner": owner.group(1),
        f"q{q[0].pk}": "4",
        f"note{q[0].pk}": "Ratsbeschluss vom Mai",
        "continue": "1",
    }
    response = client.post(step(round_), typed, follow=True)
    assert response.redirect_chain[-1][0] == f"/konto/anmelden/?next={step(round_)}"
    assert (
        _(
            "You were no longer signed in, so your entries have not been saved yet. After signing "
            "in you will find them in the form again, to check and save."
        )
        in response.content.decode()
    )
    assert not Answer.all_objects.exists()
    back = client.post(
        f"/konto/anmelden/?next={step(round_)}",
        {"username": coordinator.email, "password": password, "next": step(round_)},
        follow=True,
    )
    assert back.redirect_chain[-1][0] == step(round_)
    html = back.content.decode()
    assert "Ratsbeschluss vom Mai" in html
    assert re.search(rf'name="q{q[0].pk}" value="4"[^>]*checked', html)
    from selfcheck import unsaved

    assert str(unsaved.OFFERED) in html
    assert not Answer.all_objects.exists()  # offered, to check and save: not saved behind a back
    assert "Ratsbeschluss" not in client.get(step(round_)).content.decode()  # offered once


def test_entries_kept_for_one_person_are_not_shown_to_another(
    client, coordinator, colleague, round_, password
):
    question = questions_of(round_.questionnaire, FIELD)[0]
    client.force_login(coordinator)
    owner = re.search(r'name="owner" value="([^"]+)"', client.get(step(round_)).content.decode())
    client.logout()
    client.post(step(round_), {"owner": owner.group(1), f"note{question.pk}": "vertraulich"})
    client.post(
        "/konto/anmelden/",
        {"username": colleague.email, "password": password, "next": step(round_)},
    )
    assert "vertraulich" not in client.get(step(round_)).content.decode()


@pytest.mark.parametrize(
    "address,page",
    [
        ("runde/{pk}/speichern/", "runde/{pk}/"),
        ("runde/{pk}/abschliessen/", "runde/{pk}/"),
        ("runde/neu/", ""),
        ("vergleich/", "verlauf/"),
    ],
)
def test_a_post_only_address_opened_after_login_goes_to_its_page(
    client, coordinator, round_, address, page
):
    client.force_login(coordinator)
    response = client.get(f"/selbstcheck/{address.format(pk=round_.pk)}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/selbstcheck/{page.format(pk=round_.pk)}"


def test_an_action_sent_after_the_session_ended_is_not_dropped_silently(
    client, coordinator, round_
):
    response = client.post(
        f"/selbstcheck/runde/{round_.pk}/abschliessen/", {"confirm": "1"}, follow=True
    )
    assert response.redirect_chain[0][0].startswith("/konto/anmelden/?next=")
    assert (
        _(
            "You were no longer signed in, so your last action was not carried out and nothing was "
            "saved. Please sign in and repeat it."
        )
        in response.content.decode()
    )


def test_members_land_on_their_self_check_after_login(
    client, coordinator, member, round_, password
):
    login = "/konto/anmelden/"
    response = client.post(login, {"username": coordinator.email, "password": password})
    assert response.headers["Location"] == "/selbstcheck/"
    client.logout()
    response = client.post(login, {"username": member.email, "password": password})
    assert response.headers["Location"] == "/"  # no municipality: the home page as before
    client.logout()
    explicit = client.post(
        login, {"username": coordinator.email, "password": password, "next": "/magazin/"}
    )
    assert explicit.headers["Location"] == "/magazin/"


def test_the_resume_link_says_where_it_leads(client, coordinator, round_):
    q = questions_of(round_.questionnaire, FIELD)
    client.force_login(coordinator)
    client.post(step(round_), {f"q{q[0].pk}": "3", f"q{q[1].pk}": "1"})
    html = overview(client, round_)
    text = _("Continue with question %(number)s (first unanswered)") % {"number": "1.3"}
    assert f'href="{step(round_)}#question-{q[2].pk}">{text}</a>' in html
