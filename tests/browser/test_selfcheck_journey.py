"""A new colleague registers with an official address, joins the demo town at once, answers all
seven fields (skipping some), follows the progress, opens the result and downloads the report."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from contacts.models import Membership, MembershipStatus, Municipality, MunicipalityDomain, Role
from selfcheck import services
from selfcheck.models import Answer, Questionnaire
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
    page.get_by_role("link", name="Dort weitermachen, wo ich aufgehört habe").click()

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
