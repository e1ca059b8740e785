from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST, assert_accessible

pytestmark = BROWSER_TEST


def test_editor_logs_in_sees_errors_and_reaches_the_admin(page, editor, password):
    page.goto("/")
    page.get_by_role("link", name="Anmelden").click()
    page.get_by_label("E-Mail-Adresse").fill(editor.email)
    page.get_by_label("Passwort").fill("falsch")
    page.get_by_role("button", name="Anmelden").click()
    assert page.get_by_text("E-Mail-Adresse oder Passwort stimmen nicht.").is_visible()
    assert_accessible(page)  # the page with the error message too
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("link", name="Mein Konto")).to_be_visible()
    page.get_by_role("link", name="Verwaltung").click()
    expect(page.locator("#site-name")).to_have_text("Weltoffene Kommune – Verwaltung")
    page.get_by_role("link", name="Kommunen").click()
    page.get_by_role("link", name="Potsdam").click()
    page.get_by_label("Website").fill("https://www.potsdam.de/weltoffen/")
    page.get_by_role("button", name="Speichern", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("erfolgreich geändert")
    page.problems.check()


def test_password_reset_form_shows_the_confirmation(page):
    page.goto("/konto/passwort-vergessen/")
    page.get_by_label("E-Mail-Adresse").fill("irgendwer@example.org")
    page.get_by_role("button", name="Link senden").click()
    assert page.locator("h1").inner_text() == "Bitte prüfen Sie Ihr Postfach"
    assert_accessible(page)
