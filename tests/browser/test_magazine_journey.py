"""An editor writes, previews and publishes an article in the admin; a reader finds it by filter
and by search (another word form), opens it and follows the feed link."""

import io

from PIL import Image
from playwright.sync_api import expect

from magazine.models import Article
from tests.browser.conftest import BROWSER_TEST, assert_accessible

pytestmark = BROWSER_TEST


def jpeg(path):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 700), "#004b87").save(buffer, format="JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def test_editor_publishes_and_reader_finds_the_article(new_page, editor, password, tmp_path):
    desk = new_page()
    desk.goto("/konto/anmelden/?next=/admin/magazine/article/add/")
    desk.get_by_label("E-Mail-Adresse").fill(editor.email)
    desk.get_by_label("Passwort").fill(password)
    desk.get_by_role("button", name="Anmelden").click()
    desk.get_by_label("Titel").fill("Musterdorf stärkt seine Integrationsbeauftragten")
    desk.get_by_label("Beitragsart").select_option(label="Praxistipp")
    desk.get_by_label("Engagement und Beteiligung").check()
    desk.get_by_label("Anreißer").fill(
        "Wie eine kleine Gemeinde ihre Integrationsarbeit bündelt (fiktives Beispiel)."
    )
    desk.locator(".prose-editor [contenteditable=true]").click()  # the rich-text editor
    desk.keyboard.type("Die Gemeinde hat eine Stelle für Integrationsarbeit geschaffen.")
    desk.locator("#id_hero_image").set_input_files(jpeg(tmp_path / "bild.jpg"))
    desk.get_by_label("Alternativtext des Bildes").fill("Blaue Fläche (Testbild)")
    desk.get_by_label("Status").select_option(label="Entwurf")
    desk.get_by_role("button", name="Sichern und weiter bearbeiten").click()
    expect(desk.locator(".messagelist")).to_contain_text("erfolgreich hinzugefügt")
    article = Article.objects.get()
    assert article.hero_renditions  # web renditions made on upload

    desk.goto(article.get_absolute_url())  # preview of the draft
    expect(
        desk.get_by_text("Vorschau: Dieser Beitrag ist (noch) nicht veröffentlicht.")
    ).to_be_visible()
    desk.goto(f"/admin/magazine/article/{article.pk}/change/")
    desk.get_by_label("Status").select_option(label="veröffentlicht")
    desk.get_by_role("button", name="Speichern", exact=True).click()
    expect(desk.locator(".messagelist")).to_contain_text("erfolgreich geändert")

    reader = new_page()
    reader.goto("/magazin/")
    reader.get_by_label("Art").select_option(label="Praxistipp")
    reader.get_by_role("button", name="Anzeigen").click()
    expect(reader.get_by_role("link", name=article.title)).to_be_visible()
    assert_accessible(reader)
    reader.get_by_role("searchbox", name="Suchen").fill("Integrationsbeauftragte")
    reader.get_by_role("button", name="Anzeigen").click()
    expect(reader.locator("mark").first).to_be_visible()
    reader.get_by_role("link", name=article.title).click()
    expect(reader.locator("h1")).to_have_text(article.title)
    assert reader.locator(".hero img").get_attribute("srcset")
    assert_accessible(reader)
    reader.goto("/magazin/")
    feed = reader.get_by_role("link", name="Magazin abonnieren (Atom-Feed)")
    response = reader.request.get(feed.get_attribute("href"))
    assert "Musterdorf stärkt" in response.text()
    reader.problems.check()
    desk.problems.check()
