import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from magazine.models import Article, ArticleType
from weltoffen.models import Field

pytestmark = pytest.mark.django_db
XSS = (
    '<p onclick="alert(1)">Text</p><script>alert(2)</script><iframe src="https://x.example">'
    '</iframe><a href="javascript:alert(3)">Link</a><img src="https://tracker.example/p.gif" '
    'alt="x"><p>Rest</p>'
)


def test_unpublished_and_future_articles_appear_nowhere(client, make_article):
    live = make_article("Sichtbarer Beitrag")
    draft = make_article("Geheimer Entwurf", status="draft")
    future = make_article("Beitrag von morgen", days=-1)
    pages = [
        "/",
        "/magazin/",
        "/magazin/?q=Integrationsbeauftragten",
        "/magazin/feld/management-und-steuerung/",
        "/magazin/feed/",
        "/magazin/feld/management-und-steuerung/feed/",
        "/sitemap.xml",
        live.get_absolute_url(),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert draft.title not in html and future.title not in html, url
    assert "Sichtbarer Beitrag" in client.get("/magazin/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(future.get_absolute_url()).status_code == 404


def test_staff_preview_drafts(client, editor, make_article):
    draft = make_article("Entwurf", status="draft")
    client.force_login(editor)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "Vorschau" in html and "Entwurf" in html


def admin_post(client, data, article=None):
    url = (
        f"/admin/magazine/article/{article.pk}/change/"
        if article
        else "/admin/magazine/article/add/"
    )
    base = {
        "title": "Neuer Beitrag",
        "slug": "neuer-beitrag",
        "teaser": "Kurz",
        "type": ArticleType.objects.get(slug="bericht").pk,
        "fields": [Field.objects.get(number=1).pk],
        "body": "<p>Text</p>",
        "status": "published",
        "published_at_0": "2026-01-01",
        "published_at_1": "10:00:00",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
    }
    return client.post(url, {**base, **data})


def test_editor_publishes_and_the_body_is_sanitised(client, editor):
    client.force_login(editor)
    response = admin_post(client, {"body": XSS})
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="neuer-beitrag")
    for bad in ["onclick", "<script", "<iframe", "javascript:", "tracker.example"]:
        assert bad not in article.body
    assert "Rest" in article.body
    html = client.get(article.get_absolute_url()).content.decode()
    assert "alert(" not in html


def test_fields_and_alt_texts_are_required(client, editor):
    client.force_login(editor)
    response = admin_post(client, {"fields": [], "body": '<p><img src="/media/a.jpg"></p>'})
    html = response.content.decode()
    assert "Bitte wählen Sie mindestens ein Handlungsfeld." in html
    assert "Alternativtext" in html
    assert not Article.objects.exists()


def test_uploads_that_are_not_images_are_refused(client, editor):
    client.force_login(editor)
    response = admin_post(
        client, {"hero_image": SimpleUploadedFile("bild.jpg", b"kein Bild"), "hero_alt": "Bild"}
    )
    assert "Bitte ein gültiges Bild hochladen." in response.content.decode()
    assert not Article.objects.exists()


def test_slug_is_fixed_once_published(client, editor, make_article):
    article = make_article("Alt")
    client.force_login(editor)
    admin_post(client, {"slug": "neuer-slug", "title": "Neu"}, article)
    article.refresh_from_db()
    assert article.slug != "neuer-slug" and article.title == "Neu"
    assert article.revised_at is not None  # readers see "aktualisiert"


@pytest.mark.parametrize(
    "query",
    [
        "feld=unbekannt",
        "typ=unbekannt",
        "page=abc",
        "page=99999",
        "q=" + "x" * 10000,
        "q=%21%3F%2E%2C",
        "feld=&typ=&q=",
    ],
)
def test_bad_filters_give_a_normal_page(client, make_article, query):
    make_article()
    response = client.get(f"/magazin/?{query}")
    assert response.status_code == 200


def test_filters_combine_and_count(client, make_article):
    make_article("A", fields=["engagement-und-beteiligung"], type_slug="interview")
    make_article("B", fields=["engagement-und-beteiligung"], type_slug="bericht")
    make_article("C", fields=["zusammenhalt-und-begegnung"], type_slug="interview")
    html = client.get("/magazin/?feld=engagement-und-beteiligung&typ=interview").content.decode()
    assert "1 Beitrag" in html and ">A</a>" in html and ">B</a>" not in html
    assert "Alle Filter entfernen" in html


def test_search_finds_other_word_forms_and_suggests_removing_filters(client, make_article):
    make_article("Treffen", body="<p>Die Integrationsbeauftragten laden ein.</p>")
    html = client.get("/magazin/?q=Integrationsbeauftragte").content.decode()
    assert "Treffen" in html and "<mark>" in html
    empty = client.get("/magazin/?q=Integrationsbeauftragte&typ=interview").content.decode()
    assert "Kein Beitrag passt." in empty and "Alle Filter entfernen" in empty


def test_detail_shows_meta_related_and_navigation(client, make_article):
    older = make_article("Älterer Beitrag", days=5)
    article = make_article("Mittlerer Beitrag", days=3)
    make_article("Neuerer Beitrag", days=1, fields=["zusammenhalt-und-begegnung"])
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Mittlerer Beitrag">' in html
    assert "Lesezeit" in html and "Praxistipp" in html
    assert "Älterer Beitrag" in html and "Neuerer Beitrag" in html
    assert older.get_absolute_url() in html


def test_feeds_and_sitemap(client, make_article):
    article = make_article("Für den Feed")
    feed = client.get("/magazin/feed/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert "Für den Feed" in feed.content.decode()
    field_feed = client.get("/magazin/feld/management-und-steuerung/feed/").content.decode()
    assert "Für den Feed" in field_feed
    assert client.get("/magazin/feld/unbekannt/feed/").status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert article.get_absolute_url() in sitemap and "/selbstcheck/" in sitemap


def test_home_and_self_check_show_articles(client, make_article):
    make_article("Neu auf der Startseite")
    assert "Neu auf der Startseite" in client.get("/").content.decode()
    from magazine.selectors import articles_for_fields

    field = Field.objects.get(slug="management-und-steuerung")
    assert [a.title for a in articles_for_fields([field.pk])[field.pk]] == [
        "Neu auf der Startseite"
    ]


def test_related_articles_share_the_most_fields_then_are_newest(client, make_article):
    first, second = "management-und-steuerung", "fairer-zugang-und-teilhabe"
    article = make_article("Ausgangsbeitrag", fields=[first, second], days=10)
    make_article("Beide Felder, alt", fields=[first, second], days=30)
    make_article("Ein Feld, neu", fields=[first], days=1)
    make_article("Anderes Feld, neu", fields=[second], days=2)
    make_article("Ein Feld, älter", fields=[second], days=20)
    make_article("Entwurf mit beiden", fields=[first, second], status="draft")
    make_article("Ohne Bezug", fields=["zusammenhalt-und-begegnung"], days=1)
    html = client.get(article.get_absolute_url()).content.decode()
    related = html.split('id="related-title"')[1].split("</section>")[0]
    shown = re.findall(r'<a href="/magazin/[^"]+/">([^<]+)</a>', related)
    assert shown == ["Beide Felder, alt", "Ein Feld, neu", "Anderes Feld, neu"]


def test_self_check_lists_the_three_newest_live_articles_of_each_field(make_article):
    from magazine.selectors import articles_for_fields

    first, second = "management-und-steuerung", "fairer-zugang-und-teilhabe"
    make_article("Neueste", fields=[first], days=1)
    make_article("In beiden Feldern", fields=[first, second], days=2)
    make_article("Dritte", fields=[first], days=3)
    make_article("Vierte", fields=[first], days=4)
    make_article("Entwurf", fields=[first], days=0, status="draft")
    make_article("Erst morgen", fields=[first, second], days=-1)
    make_article("Älter", fields=[second], days=5)
    fields = {f.slug: f.pk for f in Field.objects.all()}
    shown = articles_for_fields(list(fields.values()))
    titles = {slug: [a.title for a in shown[pk]] for slug, pk in fields.items()}
    assert titles[first] == ["Neueste", "In beiden Feldern", "Dritte"]
    assert titles[second] == ["In beiden Feldern", "Älter"]
    assert all(not titles[slug] for slug in fields if slug not in (first, second))


@pytest.mark.parametrize("count", [10, 1000])
def test_pages_use_a_bounded_number_of_queries(
    client, make_article, count, django_assert_max_num_queries
):
    first = make_article("Erster")
    field = Field.objects.get(slug="management-und-steuerung")
    articles = Article.objects.bulk_create(
        Article(
            title=f"Beitrag {n}",
            slug=f"massen-{n}",
            teaser="Kurz",
            body="<p>Text</p>",
            search_text="Text Integrationsbeauftragten",
            status="published",
            type=first.type,
            published_at=first.published_at,
        )
        for n in range(count)
    )
    Article.fields.through.objects.bulk_create(
        Article.fields.through(article_id=a.pk, field_id=field.pk) for a in articles
    )
    for url in [
        "/magazin/",
        "/magazin/?q=Integrationsbeauftragten&page=2",
        "/magazin/feld/management-und-steuerung/",
        first.get_absolute_url(),
    ]:
        with django_assert_max_num_queries(12):
            assert client.get(url).status_code == 200, url


def test_revision_history_can_restore_an_earlier_text(client, editor):
    from reversion.models import Version

    client.force_login(editor)
    admin_post(client, {"body": "<p>Erste Fassung</p>"})
    article = Article.objects.get(slug="neuer-beitrag")
    admin_post(client, {"body": "<p>Missglückte Änderung</p>"}, article)
    versions = Version.objects.get_for_object(article)
    assert versions.count() == 2
    history = client.get(f"/admin/magazine/article/{article.pk}/history/")
    assert history.status_code == 200
    first = versions.last()
    recover = f"/admin/magazine/article/{article.pk}/history/{first.pk}/"
    assert "Erste Fassung" in client.get(recover).content.decode()


def test_images_for_the_text_get_a_web_rendition_and_keep_the_original(
    client, editor, tmp_path, settings
):
    import io

    from PIL import Image

    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 2000), "#004b87").save(buffer, format="JPEG")
    client.force_login(editor)
    response = admin_post(
        client,
        {
            "images-TOTAL_FORMS": "1",
            "images-0-alt": "Blaue Fläche",
            "images-0-image": SimpleUploadedFile("gross.jpg", buffer.getvalue()),
            "hero_image": SimpleUploadedFile("held.jpg", buffer.getvalue()),
            "hero_alt": "Blau",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get()
    image = article.images.get()
    with Image.open(image.image.path) as original, Image.open(tmp_path / image.web_name) as web:
        assert original.width == 3000 and web.width == 1600
    assert sorted(int(w) for w in article.hero_renditions) == [480, 960, 1600]
