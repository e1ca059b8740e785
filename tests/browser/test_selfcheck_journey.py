"""A new colleague registers with an official address, joins the demo town at once, answers all
seven fields (skipping some), follows the progress, opens the result and downloads the report."""

import io
import re

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect
from pypdf import PdfReader

from contacts.models import Membership, MembershipStatus, Municipality, MunicipalityDomain, Role
from selfcheck import services
from selfcheck.models import AgreedAnswer, Answer, Questionnaire
from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.browser.test_accounts_journey import log_in
from tests.contacts.conftest import link_in_last_mail

pytestmark = BROWSER_TEST
PASSWORD = "Ein-gutes-Passwort-2026"
FIELDS = [
    "Management und Steuerung",
    "Interkulturelle Öffnung und Antirassismus",
    "Fairer Zugang und Teilhabechancen",
    "Arbeit und wirtschaftliche Entwicklung",
    "Engagement und Beteiligung",
    "Zusammenhalt und Begegnung",
    "Kommunikation und Konfliktmanagement",
]


@pytest.fixture
def demo_town(user_factory):
    town = Municipality.objects.create(name="Musterstadt (Demo)", kind="stadt", state="HE")
    MunicipalityDomain.objects.create(municipality=town, domain="musterstadt.example.org")
    lead = user_factory(email="koordination@musterstadt.example.org")
    Membership.objects.create(
        user=lead, municipality=town, role=Role.COORDINATOR, status=MembershipStatus.ACTIVE
    )
    round_ = services.round_start(municipality=town, user=lead, title="Selbstcheck 2026 (Demo)")
    return town, round_


def test_new_member_answers_all_fields_and_gets_the_report(page, demo_town, tmp_path):
    town, round_ = demo_town
    total = Questionnaire.objects.current().questions.count()
    page.goto("/konto/registrieren/")
    page.get_by_label("Ihr Name").fill("Neu im Team (Demo)")
    page.get_by_label("E-Mail-Adresse").fill("neu@musterstadt.example.org")
    page.locator("#id_password1").fill(PASSWORD)
    page.get_by_label("Passwort wiederholen").fill(PASSWORD)
    page.get_by_role("button", name="Registrieren").click()
    page.goto(link_in_last_mail())
    page.get_by_role("button", name="Adresse bestätigen").click()
    page.get_by_role("link", name="Einer Kommune beitreten").click()
    expect(page.get_by_text("Passend zu Ihrer E-Mail-Adresse")).to_be_visible()
    page.get_by_role("button", name="Beitritt zu Musterstadt (Demo) anfragen").click()
    expect(
        page.get_by_text("Willkommen: Sie sind jetzt Mitglied von Musterstadt (Demo).")
    ).to_be_visible()

    page.get_by_role("link", name="Selbstcheck", exact=True).click()
    assert_accessible(page)
    page.get_by_role("link", name="Selbstcheck fortsetzen").click()
    expect(page.get_by_text(f"Sie haben 0 von {total} Fragen beantwortet")).to_be_visible()
    assert_accessible(page)
    resume = _("Continue with question %(number)s (first unanswered)") % {"number": "1.1"}
    page.get_by_role("link", name=resume).click()

    answered = 0
    for number, name in enumerate(FIELDS, start=1):
        expect(page.locator("h1")).to_have_text(f"Handlungsfeld {number}: {name}")
        questions = page.locator("fieldset.question")
        questions.nth(0).get_by_label("Umgesetzt", exact=True).check()
        questions.nth(1).get_by_label("Weiß nicht / nicht zutreffend").check()
        questions.nth(2).get_by_label("In Planung").check()  # the rest is skipped
        answered += 3
        if number == 1:
            expect(questions.nth(0).locator(".autosave-status")).to_have_text("Gespeichert.")
            assert_accessible(page)
        button = "Speichern und weiter" if number < 7 else "Speichern und später fortsetzen"
        page.get_by_role("button", name=button).click()
        expect(page.get_by_text("Ihre Antworten wurden gespeichert.")).to_be_visible()

    expect(page.get_by_text(f"Sie haben {answered} von {total} Fragen beantwortet")).to_be_visible()
    page.get_by_role("link", name="Ergebnis", exact=True).click()
    expect(page.locator("svg.radar")).to_be_visible()
    expect(
        page.get_by_role("heading", name="Einschätzung und Anregungen zur Weiterarbeit")
    ).to_be_visible()
    expect(page.get_by_text("Anregungen zur Weiterarbeit").first).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Bericht herunterladen (PDF)").click()
    pdf = tmp_path / "bericht.pdf"
    download_info.value.save_as(pdf)
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Musterstadt (Demo)" in text
    for name in FIELDS:
        assert name in text, name
    page.problems.check()


def test_autosave_keeps_the_last_choice_and_never_claims_a_save_it_did_not_make(
    new_page, demo_town, password
):
    town, round_ = demo_town
    page = new_page()
    log_in(page, "koordination@musterstadt.example.org", password)
    page.goto(f"/selbstcheck/runde/{round_.pk}/feld/management-und-steuerung/")
    question = page.locator("fieldset.question").nth(0)
    status = question.locator(".autosave-status")
    question_id = int(question.get_attribute("data-question"))
    levels = ["Umgesetzt", "In Planung", "Begonnen", "Nicht vorhanden"]
    for number, level in enumerate(levels):
        # a note and then at once another answer: two saves of one question on their way
        question.locator("textarea").fill(f"Vermerk {number}")
        question.get_by_label(level, exact=True).check()
        expect(status).to_have_text("Gespeichert.")
        page.wait_for_load_state("networkidle")
        saved = Answer.objects.get(round=round_, question_id=question_id)
        assert (saved.get_level_display(), saved.note) == (level, f"Vermerk {number}")

    other_tab = page.context.new_page()  # signed out in another tab
    other_tab.goto("/konto/")
    other_tab.get_by_role("button", name="Abmelden").click()
    expect(other_tab.get_by_role("link", name="Anmelden")).to_be_visible()
    question.get_by_label("Umgesetzt", exact=True).check()
    expect(status).to_have_text(
        "Nicht gespeichert: Sie sind nicht mehr angemeldet. "
        "Bitte melden Sie sich in einem anderen Tab erneut an."
    )
    assert Answer.objects.get(round=round_, question_id=question_id).note == "Vermerk 3"


def test_two_members_differ_and_the_coordinator_settles_the_field_without_a_reload(
    new_page, demo_town, user_factory, password
):
    """Kim and Alex answer field 1 differently (Kim notes something before choosing an answer);
    the coordinator settles the whole field in the team view, each answer saved as it is
    chosen, the unanimous ones in one action, and the page never reloads."""
    town, round_ = demo_town
    step = f"/selbstcheck/runde/{round_.pk}/feld/management-und-steuerung/"
    people = {}
    for email, name in [
        ("kim@musterstadt.example.org", "Kim Beispiel"),
        ("alex@musterstadt.example.org", "Alex Muster"),
    ]:
        user = user_factory(email=email, name=name)
        Membership.objects.create(user=user, municipality=town, status=MembershipStatus.ACTIVE)
        people[name] = user
    for name, levels in [
        ("Kim Beispiel", ["Umgesetzt", "In Planung", "Begonnen"]),
        ("Alex Muster", ["Umgesetzt", "Begonnen", "Weiß nicht / nicht zutreffend"]),
    ]:
        member = new_page()
        log_in(member, people[name].email, password)
        expect(member).to_have_url(re.compile("/selbstcheck/$"))  # members land on the self-check
        member.goto(step)
        questions = member.locator("fieldset.question")
        if name == "Kim Beispiel":  # a note first, typed without leaving the field
            questions.nth(0).locator("textarea").fill("Leitbild von 2023, Ratsbeschluss suchen")
            expect(questions.nth(0).locator(".autosave-status")).to_have_text("Gespeichert.")
            noted = Answer.all_objects.get(user=people[name], question_id=_id(questions.nth(0)))
            assert (noted.answered, noted.note) == (
                False,
                "Leitbild von 2023, Ratsbeschluss suchen",
            )
        for number, level in enumerate(levels):
            questions.nth(number).get_by_label(level, exact=True).check()
            expect(questions.nth(number).locator(".autosave-status")).to_have_text("Gespeichert.")
        member.problems.check()
    kept = Answer.objects.get(user=people["Kim Beispiel"], question_id=_id(questions.nth(0)))
    assert (kept.level, kept.note) == (3, "Leitbild von 2023, Ratsbeschluss suchen")

    lead = new_page()
    log_in(lead, "koordination@musterstadt.example.org", password)
    lead.goto(f"/selbstcheck/runde/{round_.pk}/")
    compare = re.compile("Antworten vergleichen.*Management und Steuerung")
    lead.get_by_role("link", name=compare).click()
    counter = lead.locator("[data-open-count]")
    expect(counter).to_have_text(_("Open divergences in this field: %(count)s") % {"count": 2})
    expect(lead.locator("thead")).to_contain_text("Kim Beispiel")
    assert "kim@musterstadt.example.org" not in lead.content()
    assert_accessible(lead)
    lead.evaluate("window.sameDocument = true")  # gone if the page reloads or navigates
    rows = lead.locator("table.team-table tbody tr")
    rows.nth(1).get_by_label(_("Agreed answer"), exact=True).select_option("2")
    expect(rows.nth(1).locator(".autosave-status")).to_have_text("Gespeichert.")
    expect(counter).to_have_text(_("Open divergences in this field: %(count)s") % {"count": 1})
    rows.nth(2).get_by_label(_("Note"), exact=True).fill("Zuständigkeit klären")
    rows.nth(2).get_by_label(_("Agreed answer"), exact=True).select_option("x")
    expect(rows.nth(2).locator(".autosave-status")).to_have_text("Gespeichert.")
    expect(counter).to_have_text(_("No open divergences in this field."))
    lead.get_by_role("button", name=_("Take all unanimous answers")).click()
    expect(lead.locator(f"#state-{_id(rows.nth(0))}")).to_have_attribute("data-state", "agreed")
    assert lead.evaluate("window.sameDocument") is True  # no reload per question
    agreed = {a.question_id: a for a in AgreedAnswer.objects.filter(round=round_)}
    assert agreed[_id(rows.nth(0))].level == 3  # the unanimous "Umgesetzt"
    assert agreed[_id(rows.nth(1))].level == 2
    assert (agreed[_id(rows.nth(2))].level, agreed[_id(rows.nth(2))].note) == (
        None,
        "Zuständigkeit klären",
    )
    lead.reload()
    expect(counter).to_have_text(_("No open divergences in this field."))
    lead.goto(f"/selbstcheck/runde/{round_.pk}/")
    expect(lead.locator("#open-divergences")).to_have_text(
        re.compile(_("No diverging answers are open."))
    )
    lead.problems.check()


def _id(locator):
    """The question id of a step page's fieldset or a team view's row."""
    return int(locator.get_attribute("data-question") or locator.get_attribute("id").split("-")[1])
