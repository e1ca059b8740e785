"""Replaced or removed images leave no files behind in MEDIA_ROOT."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from magazine.models import Article, Author
from tests.magazine.test_magazine import admin_post

pytestmark = pytest.mark.django_db


def jpeg(colour, size=(2000, 1000)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return SimpleUploadedFile(f"{colour.strip('#')}.jpg", buffer.getvalue())


def stored_files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def post(client, editor, django_capture_on_commit_callbacks):
    client.force_login(editor)

    def send(data, article=None, url=None):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data) if url else admin_post(client, data, article)
        assert response.status_code == 302, response.content.decode()[:2000]

    return send


def test_replacing_and_removing_article_images_deletes_their_files(media, post):
    post({"hero_image": jpeg("#004b87"), "hero_alt": "Blau", **inline(jpeg("#ff0000"))})
    article = Article.objects.get()
    first = stored_files(media)
    assert len(first) == 1 + 3 + 1 + 1  # hero with 3 renditions, text image with its rendition

    post(
        {"hero_image": jpeg("#00ff00"), "hero_alt": "Grün", **existing(article, jpeg("#fff"))},
        article,
    )
    article.refresh_from_db()
    image = article.images.get()
    assert stored_files(media) == sorted(
        [
            article.hero_image.name,
            *article.hero_renditions.values(),
            image.image.name,
            image.web_name,
        ]
    )
    assert not set(first) & set(stored_files(media))

    post({"hero_image-clear": "on", "hero_alt": "", **existing(article, delete=True)}, article)
    assert stored_files(media) == []
    assert Article.objects.get().hero_renditions == {}


def test_a_new_alternative_text_keeps_the_image_files(media, post):
    post({"hero_alt": "", **inline(jpeg("#ff0000"))})
    article = Article.objects.get()
    before = stored_files(media)
    post(existing(article, alt="Rote Fläche"), article)
    assert stored_files(media) == before and article.images.get().alt == "Rote Fläche"


def test_deleting_an_article_or_replacing_a_photo_deletes_the_files(media, post):
    post({"hero_image": jpeg("#004b87"), "hero_alt": "Blau", **inline(jpeg("#ff0000"))})
    article = Article.objects.get()
    post({"post": "yes"}, url=f"/admin/magazine/article/{article.pk}/delete/")
    assert not Article.objects.exists() and stored_files(media) == []

    author = Author.objects.create(name="Kim Beispiel", photo=jpeg("#123456"))
    data = {"name": "Kim Beispiel", "role": "Redaktion", "photo": jpeg("#654321", (400, 400))}
    post(data, url=f"/admin/magazine/author/{author.pk}/change/")
    author.refresh_from_db()
    assert stored_files(media) == [author.photo.name]


def inline(upload):
    return {"images-TOTAL_FORMS": "1", "images-0-alt": "Rote Fläche", "images-0-image": upload}


def existing(article, upload=None, *, alt="Rote Fläche", delete=False):
    image = article.images.get()
    data = {
        "images-TOTAL_FORMS": "1",
        "images-INITIAL_FORMS": "1",
        "images-0-id": image.pk,
        "images-0-article": article.pk,
        "images-0-alt": alt,
    }
    if upload:
        data["images-0-image"] = upload
    if delete:
        data["images-0-DELETE"] = "on"
    return data
