"""Anonymous pages come from the cache, and an edit is visible at once."""

import time
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from magazine.models import Article
from tests.conftest import HttpsClient

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def page_cache():
    with override_settings(PAGE_CACHE=True):
        yield


@pytest.fixture
def visitor():
    return HttpsClient()  # built after the setting is on


def test_second_visit_is_served_from_the_cache_without_queries(
    visitor, make_article, django_assert_num_queries
):
    make_article("Vielfalt im Rathaus")
    first = visitor.get("/magazin/")
    assert "X-Page-Cache" not in first
    with django_assert_num_queries(0):
        second = visitor.get("/magazin/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"):
        assert header in second, header


def test_an_edit_is_visible_at_once(visitor, make_article):
    article = make_article("Alter Titel")
    assert "Alter Titel" in visitor.get("/magazin/").content.decode()
    article.title = "Neuer Titel"
    article.save()
    page = visitor.get("/magazin/")
    assert "X-Page-Cache" not in page and "Neuer Titel" in page.content.decode()


def test_a_scheduled_article_appears_at_its_time(visitor, make_article):
    make_article("Schon da")
    article = make_article("Kommt gleich", days=0)
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() + timedelta(seconds=2))
    assert "Kommt gleich" not in visitor.get("/magazin/").content.decode()
    time.sleep(2.5)
    assert "Kommt gleich" in visitor.get("/magazin/").content.decode()


def test_logged_in_people_and_forms_never_get_a_shared_page(visitor, client, member, make_event):
    event = make_event("Mit Anmeldeformular", registration="platform")
    visitor.get("/")
    client.force_login(member)
    assert "X-Page-Cache" not in client.get("/")
    for _ in range(2):  # pages that set the CSRF cookie for their form are not stored
        assert "X-Page-Cache" not in visitor.get(event.get_absolute_url())
        assert "X-Page-Cache" not in visitor.get("/konto/anmelden/")
