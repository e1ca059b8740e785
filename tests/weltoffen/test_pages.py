import pytest
from django.test import override_settings
from django.urls import reverse

from weltoffen.models import Field, Page

pytestmark = pytest.mark.django_db


def test_home_presents_the_pillars_fields_and_placeholders(client):
    html = client.get("/").content.decode()
    assert '<html lang="de">' in html
    for text in [
        "Selbstcheck: Wo steht meine Kommune?",
        "Dialogveranstaltungen",
        "Stärkung kommunaler Entscheider:innen",
        "Die Wissensplattform",
        "Es sind noch keine Beiträge erschienen.",
        "Zurzeit sind keine Dialogveranstaltungen geplant.",
        "Bisher sind 6 Modellkommunen im Verzeichnis eingetragen.",
    ]:
        assert text in html
    assert html.count("<h1") == 1
    for field in Field.objects.all():
        assert field.name in html


def test_header_and_footer_have_navigation_and_legal_links(client):
    html = client.get("/").content.decode()
    assert 'href="#main"' in html and "Zum Inhalt springen" in html
    for label, url in [
        ("Selbstcheck", "/selbstcheck/"),
        ("Magazin", "/magazin/"),
        ("Dialoge", "/dialoge/"),
        ("Kontakte", "/kontakte/"),
    ]:
        assert f'href="{url}"' in html and label in html
    for url in ["/seite/impressum/", "/seite/datenschutz/", "/seite/barrierefreiheit/"]:
        assert f'href="{url}"' in html
    assert "<header" in html and "<main" in html and "<footer" in html


def test_current_section_is_marked_in_the_navigation(client):
    html = client.get("/magazin/").content.decode()
    assert 'href="/magazin/" aria-current="page"' in html


@pytest.mark.parametrize(
    "url,title",
    [
        ("/impressum/", "Impressum"),
        ("/seite/datenschutz/", "Datenschutzerklärung"),
        ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
    ],
)
def test_legal_pages_have_default_text_naming_what_the_operator_must_fill_in(client, url, title):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert "Vom Betreiber auszufüllen" in html


def test_editors_text_change_shows_on_the_page(client):
    Page.objects.filter(slug="impressum").update(body="<p>Musterverein e. V., Musterstraße 1</p>")
    assert "Musterverein e. V." in client.get("/impressum/").content.decode()


def test_unknown_page_gives_a_german_404(client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Seite nicht gefunden" in html
    assert "Zur Startseite" in html


def test_field_pages(client):
    response = client.get(reverse("field-detail", kwargs={"slug": "fairer-zugang-und-teilhabe"}))
    html = response.content.decode()
    assert "Handlungsfeld 3: Fairer Zugang und Teilhabechancen" in html
    assert "Gesundheit und Pflege" in html
    assert client.get("/handlungsfelder/unbekannt/").status_code == 404


def test_section_pages_answer(client):
    for url in ["/selbstcheck/", "/magazin/", "/dialoge/", "/kontakte/"]:
        assert client.get(url).status_code == 200, url
    contacts = client.get("/kontakte/").content.decode()
    assert "Potsdam" in contacts and "Brandenburg" in contacts


@override_settings(ROOT_URLCONF="tests.urls_with_errors", DEBUG=False)
def test_server_error_shows_a_german_page_without_trace(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Etwas ist schiefgelaufen" in html
    assert "Traceback" not in html and "ZeroDivisionError" not in html


@override_settings(ROOT_URLCONF="tests.urls_with_errors")
@pytest.mark.parametrize(
    "url,status,text",
    [
        ("/forbidden/", 403, "Zugriff verweigert"),
        ("/bad/", 400, "Ungültige Anfrage"),
    ],
)
def test_403_and_400_are_german(client, url, status, text):
    response = client.get(url)
    assert response.status_code == status
    assert text in response.content.decode()
