"""Issue 15, items 11, 15 and 16 in the browser: a measure is added from a suggestion of the
result page, edited and deleted after confirmation; a completed round is reopened with a reason;
at 320 px no self-check page scrolls sideways, and wide tables scroll in a focusable region."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from contacts.models import Membership, MembershipStatus, Municipality, Role
from selfcheck import services
from selfcheck.models import Measure, Questionnaire, Round
from selfcheck.services import AnswerInput
from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.browser.test_accounts_journey import log_in

pytestmark = BROWSER_TEST
LEAD = "koordination@musterstadt.example.org"
FIELD = "management-und-steuerung"


@pytest.fixture
def team(user_factory):
    """A team of four with long names, a completed round and one in progress, both answered."""
    town = Municipality.objects.create(name="Musterstadt (Demo)", kind="stadt", state="HE")
    names = [
        "Erika Mustermann-Langenscheidt",
        "Kai Beispiel",
        "Dr. Maximiliane Oberverwaltungsrätin",
        "Jo Test",
    ]
    people = []
    for number, name in enumerate(names):
        email = LEAD if number == 0 else f"person{number}@musterstadt.example.org"
        user = user_factory(email=email, name=name)
        Membership.objects.create(
            user=user,
            municipality=town,
            role=Role.COORDINATOR if number == 0 else Role.MEMBER,
            status=MembershipStatus.ACTIVE,
        )
        people.append(user)
    questions = list(Questionnaire.objects.current().questions.all())
    rounds = []
    for title in ["Selbstcheck 2025 (Demo)", "Selbstcheck 2026 (Demo)"]:
        round_ = services.round_start(municipality=town, user=people[0], title=title)
        for user in people:
            answers = [
                AnswerInput(q.pk, (q.pk + user.pk) % 5, "Beleg: Ratsbeschluss") for q in questions
            ]
            services.answers_save(round_id=round_.pk, user=user, answers=answers)
        rounds.append(round_)
        if len(rounds) == 1:
            services.round_complete(round=round_, by=people[0])
    overdue = services.measure_create(
        municipality=town,
        by=people[1],
        field=questions[0].field,
        title="Schutzkonzept gegen Anfeindungen (Demo)",
        responsible_unit="Hauptamt",
        due_date=timezone.localdate(),
    )
    Measure.objects.filter(pk=overdue.pk).update(due_date=timezone.localdate() - timedelta(days=9))
    return town, people, rounds


def test_no_self_check_page_scrolls_sideways_at_320_px(new_page, team, password):
    town, people, (completed, current) = team
    measure = Measure.objects.get()
    page = new_page()
    page.set_viewport_size({"width": 320, "height": 740})
    log_in(page, LEAD, password)
    urls = [
        "/selbstcheck/",
        "/selbstcheck/auswertung/",
        f"/selbstcheck/runde/{current.pk}/",
        f"/selbstcheck/runde/{current.pk}/feld/{FIELD}/",
        f"/selbstcheck/runde/{current.pk}/team/{FIELD}/",
        f"/selbstcheck/runde/{current.pk}/ergebnis/",
        f"/selbstcheck/runde/{current.pk}/zustaendigkeiten/",
        f"/selbstcheck/runde/{completed.pk}/",
        f"/selbstcheck/runde/{completed.pk}/ergebnis/",
        "/selbstcheck/verlauf/",
        "/selbstcheck/massnahmen/",
        f"/selbstcheck/massnahmen/{measure.pk}/",
        f"/selbstcheck/massnahmen/{measure.pk}/loeschen/",
    ]
    for url in urls:
        page.goto(url)
        widths = page.evaluate(
            "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
        )
        print(f"{url}: scrollWidth {widths[0]}, clientWidth {widths[1]}")
        assert widths[0] <= widths[1], (url, widths)
        for table in page.locator("table").all():  # wide tables scroll in a named region
            region = table.locator("xpath=ancestor::div[contains(@class,'table-responsive')][1]")
            assert region.count() == 1, url
            assert region.get_attribute("tabindex") == "0", url
            assert region.get_attribute("role") == "region", url
            named = region.get_attribute("aria-label") or region.get_attribute("aria-labelledby")
            assert named, url  # a named region (axe checks that the name resolves)
        assert_accessible(page)
    # the team table is wider than the phone: it scrolls inside its region, by keyboard too
    page.goto(f"/selbstcheck/runde/{current.pk}/team/{FIELD}/")
    region = page.get_by_role("region", name="Antworten der Teammitglieder")
    assert region.evaluate("e => e.scrollWidth > e.clientWidth")
    region.focus()
    page.keyboard.press("ArrowRight")
    expect(region).to_be_focused()
    page.wait_for_function("() => document.querySelector('.table-responsive:focus').scrollLeft > 0")
    page.problems.check()


def test_a_suggestion_becomes_a_measure_that_is_edited_and_deleted_after_confirmation(
    new_page, team, password
):
    town, people, (completed, current) = team
    page = new_page()
    log_in(page, LEAD, password)
    page.goto(f"/selbstcheck/runde/{completed.pk}/ergebnis/")
    section = page.locator("section.field-result").first
    suggestion = section.locator("ul.suggestions > li").first
    text = suggestion.locator("input[name=title]").get_attribute("value")
    button = suggestion.get_by_role("button", name=text)  # the suggestion names the button
    expect(button).to_have_count(1)
    button.click()

    # one POST: the measure exists, prefilled, and its page asks for unit and due date
    expect(page.locator("h1")).to_have_text("Maßnahme bearbeiten")
    expect(page.locator("#id_title")).to_have_value(text)
    measure = Measure.objects.get(title=text)
    assert measure.created_by == people[0] and measure.municipality == town
    assert_accessible(page)

    due = timezone.localdate() + timedelta(days=60)
    page.get_by_label("Zuständige Stelle").fill("Stabsstelle Integration")
    page.get_by_label("Frist").fill(due.isoformat())
    page.get_by_label("Status").select_option("in-progress")
    page.get_by_label("Notiz").fill("Erster Entwurf im Fachausschuss")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("link", name=text, exact=True)).to_be_visible()  # back in the list
    measure.refresh_from_db()
    assert (measure.responsible_unit, measure.due_date, measure.status) == (
        "Stabsstelle Integration",
        due,
        "in-progress",
    )
    # the overdue one is marked in words, the new one is not
    overdue_row = page.locator("tr", has_text="Schutzkonzept gegen Anfeindungen (Demo)")
    expect(overdue_row.locator(".badge-overdue")).to_be_visible()
    expect(page.locator("tr", has_text=text).locator(".badge-overdue")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name=text, exact=True).click()
    expect(page.get_by_label("Frist")).to_have_value(due.isoformat())  # shown, kept on save
    history = page.locator(".measure-history")
    expect(history).to_contain_text("Erika Mustermann-Langenscheidt")
    expect(history).to_contain_text("Status: offen → in Arbeit")
    expect(history).to_contain_text("Zuständige Stelle: – → Stabsstelle Integration")

    page.get_by_role("link", name="Maßnahme löschen").or_(
        page.get_by_role("link", name="Delete the measure")
    ).click()
    expect(page.locator("h1")).to_contain_text("?")  # asks first; nothing deleted yet
    assert Measure.objects.filter(pk=measure.pk).exists()
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("link", name=text, exact=True)).to_have_count(0)
    assert not Measure.objects.filter(pk=measure.pk).exists()

    # a member who did not write the overdue measure sees no delete link for it
    other = new_page()
    log_in(other, people[2].email, password)
    other.goto("/selbstcheck/massnahmen/")
    expect(
        other.get_by_role("link", name="Schutzkonzept gegen Anfeindungen (Demo)", exact=True)
    ).to_be_visible()
    expect(other.locator("a[href$='/loeschen/']")).to_have_count(0)
    page.problems.check()
    other.problems.check()


def test_the_coordinator_reopens_a_completed_round_with_a_reason(new_page, team, password):
    town, people, (completed, current) = team
    services.round_complete(round=current, by=people[0])  # the latest round can be reopened
    page = new_page()
    log_in(page, LEAD, password)
    page.goto(f"/selbstcheck/runde/{current.pk}/ergebnis/")
    history = page.locator(".round-history")
    expect(history).to_contain_text("Erika Mustermann-Langenscheidt")
    history.locator("textarea").fill("Ergebnis des Workshops nachtragen")
    history.locator("button[type=submit]").click()
    expect(page.locator(".round-history")).to_contain_text("Ergebnis des Workshops nachtragen")
    current.refresh_from_db()
    assert not current.is_completed and Round.objects.open().get() == current
    assert_accessible(page)
    page.problems.check()
