import pytest

from tests.browser.conftest import BROWSER_TEST, assert_accessible

pytestmark = BROWSER_TEST

PUBLIC_PAGES = [
    ("/", "Weltoffene Kommune – vom Dialog zum Zusammenhalt"),
    ("/impressum/", "Impressum"),
    ("/datenschutz/", "Datenschutzerklärung"),
    ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
    ("/konto/anmelden/", "Anmelden"),
    ("/konto/passwort-vergessen/", "Passwort zurücksetzen"),
    ("/gibt-es-nicht/", "Seite nicht gefunden"),
    (
        "/handlungsfelder/fairer-zugang-und-teilhabe/",
        "Handlungsfeld 3: Fairer Zugang und Teilhabechancen",
    ),
    ("/kontakte/", "Kontakte der Modellkommunen"),
    ("/selbstcheck/", "Selbstcheck: Wo steht meine Kommune?"),
]


@pytest.mark.parametrize("path,heading", PUBLIC_PAGES)
def test_page_is_accessible_and_stays_on_our_server(page, path, heading):
    page.goto(path)
    assert page.locator("h1").inner_text() == heading
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.evaluate("getComputedStyle(document.body).fontFamily")  # our CSS loaded
    assert page.evaluate("[...document.styleSheets].every(s => s.cssRules.length > 0)")
    assert_accessible(page)
    page.problems.check()


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Zum Inhalt springen"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_focus_is_visible(page):
    page.goto("/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


@pytest.mark.parametrize("path", ["/", "/impressum/", "/konto/anmelden/"])
def test_no_horizontal_scrolling_at_320_pixels(page, path):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.get_by_role(
        "link", name="Kontakte", exact=True
    ).is_visible()  # navigation works without JS


def test_print_hides_the_navigation(page):
    page.goto("/impressum/")
    page.emulate_media(media="print")
    assert not page.locator(".main-nav").is_visible()
    assert page.locator("h1").is_visible()
