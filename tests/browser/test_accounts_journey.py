"""A new colleague registers, joins a municipality, is approved; another joins by invitation."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from contacts.models import Membership, MembershipStatus, Municipality, Role
from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.contacts.conftest import link_in_last_mail

pytestmark = BROWSER_TEST
PASSWORD = "Ein-gutes-Passwort-2026"


@pytest.fixture
def musterstadt(user_factory):
    town = Municipality.objects.create(name="Musterstadt (Demo)", kind="stadt", state="HE")
    coordinator = user_factory(email="koordination@musterstadt.example.org")
    Membership.objects.create(
        user=coordinator, municipality=town, role=Role.COORDINATOR, status=MembershipStatus.ACTIVE
    )
    return town, coordinator


def log_in(page, email, password):
    page.goto("/konto/anmelden/")
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("link", name="Mein Konto")).to_be_visible()


def test_registration_join_approval_and_invitation(new_page, musterstadt, password):
    town, coordinator = musterstadt
    newcomer = new_page()

    # 1. Register and confirm the address from the e-mail
    newcomer.goto("/")
    newcomer.get_by_role("link", name="Registrieren").click()
    assert_accessible(newcomer)
    newcomer.get_by_label("Ihr Name").fill("Neue Kollegin (Demo)")
    newcomer.get_by_label("E-Mail-Adresse").fill("neue.kollegin@example.org")
    newcomer.locator("#id_password1").fill(PASSWORD)
    newcomer.get_by_label("Passwort wiederholen").fill(PASSWORD)
    newcomer.get_by_role("button", name="Registrieren").click()
    expect(newcomer.locator("h1")).to_have_text("Bitte prüfen Sie Ihr Postfach")
    assert_accessible(newcomer)
    newcomer.goto(link_in_last_mail())
    assert_accessible(newcomer)
    newcomer.get_by_role("button", name="Adresse bestätigen").click()
    expect(newcomer.get_by_text("Vielen Dank: Ihre E-Mail-Adresse ist bestätigt.")).to_be_visible()
    assert_accessible(newcomer)

    # 2. Ask to join the municipality
    newcomer.get_by_role("link", name="Einer Kommune beitreten").click()
    newcomer.get_by_label("Name der Kommune").fill("muster")
    newcomer.get_by_role("button", name="Suchen").click()
    expect(newcomer.get_by_text("Stadt, Hessen")).to_be_visible()
    assert_accessible(newcomer)
    newcomer.get_by_role("button", name="Beitritt zu Musterstadt (Demo) anfragen").click()
    expect(newcomer.get_by_text("Ihre Anfrage wurde an die Koordinator:innen")).to_be_visible()
    expect(newcomer.get_by_text("Musterstadt (Demo) – Mitglied (angefragt)")).to_be_visible()

    # 3. The coordinator approves
    lead = new_page()
    log_in(lead, coordinator.email, password)
    lead.get_by_role("link", name="Musterstadt (Demo)").first.click()
    expect(lead.locator("h1")).to_have_text("Team Musterstadt (Demo)")
    assert_accessible(lead)
    lead.get_by_role("button", name="Annehmen: Neue Kollegin (Demo)").click()
    expect(lead.get_by_text("Die Anfrage wurde angenommen.")).to_be_visible()
    assert mail.outbox[-1].to == ["neue.kollegin@example.org"]

    # 4. The newcomer now works for the municipality, shown in the header
    newcomer.goto("/")
    expect(newcomer.locator(".current-municipality")).to_have_text("Musterstadt (Demo)")

    # 5. The coordinator invites another colleague, who registers through the link
    lead.get_by_label("E-Mail-Adresse Ihrer Kolleg:in").fill("kollege@example.org")
    lead.get_by_role("button", name="Einladung senden").click()
    expect(
        lead.get_by_text("Die Einladung wurde an kollege@example.org geschickt.")
    ).to_be_visible()
    assert_accessible(lead)
    colleague = new_page()
    colleague.goto(link_in_last_mail())
    expect(
        colleague.get_by_text("Sie wurden in das Team von Musterstadt (Demo) eingeladen.")
    ).to_be_visible()
    assert_accessible(colleague)
    colleague.get_by_label("Ihr Name").fill("Kim Kollege (Demo)")
    colleague.locator("#id_password1").fill(PASSWORD)
    colleague.get_by_label("Passwort wiederholen").fill(PASSWORD)
    colleague.get_by_role("button", name="Registrieren und beitreten").click()
    expect(
        colleague.get_by_text("Willkommen: Sie sind jetzt Mitglied von Musterstadt (Demo).")
    ).to_be_visible()
    expect(colleague.locator(".current-municipality")).to_have_text("Musterstadt (Demo)")
    assert_accessible(colleague)
    assert town.memberships.active().count() == 3
    for tab in (newcomer, lead, colleague):
        tab.problems.check()


def test_account_pages_are_accessible(page, musterstadt, password):
    _, coordinator = musterstadt
    log_in(page, coordinator.email, password)
    for path in [
        "/konto/",
        "/konto/email-aendern/",
        "/konto/loeschen/",
        "/konto/passwort-aendern/",
        "/kontakte/beitreten/",
        "/kontakte/vorschlagen/",
        "/konto/abmelden/",
    ]:
        page.goto(path)
        assert_accessible(page)
    page.goto("/konto/loeschen/")
    expect(page.get_by_text("Sie sind die einzige Koordinator:in")).to_have_count(0)  # no others
    page.problems.check()
