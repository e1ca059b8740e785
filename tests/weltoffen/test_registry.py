"""What the apps register with the base app: their pages in the sitemap, the links under an
article and the home page's teasers."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_every_apps_overview_pages_and_content(client, make_article, make_event):
    article = make_article("Im Sitemap")
    event = make_event("Dialog im Sitemap")
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in (
        "/</loc>",
        "/handlungsfelder/",
        "/selbstcheck/",
        "/selbstcheck/auswertung/",
        "/magazin/",
        "/magazin/feld/management-und-steuerung/",
        "/dialoge/",
        "/kontakte/",
        "/kontakte/hilfe/",
        article.get_absolute_url(),
        event.get_absolute_url(),
    ):
        assert path in sitemap, path


def test_an_article_links_to_the_apps_the_editor_chose(client, make_article):
    article = make_article("Mit Links")
    article.more_links = ["selfcheck", "contacts"]
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    links = html.split('class="more-links', 1)[1].split("</aside>", 1)[0]
    assert 'href="/selbstcheck/"' in links and "Self-check" not in links  # in German
    assert 'href="/kontakte/"' in links and 'href="/dialoge/"' not in links


def test_the_home_page_shows_each_apps_teaser(client, make_article, make_event):
    make_article("Neu im Magazin")
    make_event("Nächster Dialog")
    html = client.get("/").content.decode()
    assert "Neu im Magazin" in html and "Nächster Dialog" in html
    assert "Modellkommunen" in html
