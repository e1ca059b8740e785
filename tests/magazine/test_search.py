"""The ranked German search on the stored search vector (PostgreSQL; SQLite searches word by word,
tested in test_magazine.py)."""

import pytest
from django.db import connection

from magazine.models import Article
from tests.magazine.test_magazine import admin_post

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the stored search vector and its ranking exist on PostgreSQL only",
    ),
]


def test_an_article_edited_in_the_admin_is_found_by_its_new_words_at_once(
    client, editor, make_article
):
    article = make_article("Sprachcafé im Rathaus")
    client.force_login(editor)
    response = admin_post(
        client,
        {"title": "Sprachcafé im Rathaus", "body": "<p>Die Stadtteilkonferenz tagt.</p>"},
        article,
    )
    assert response.status_code == 302
    client.logout()
    found = client.get("/magazin/?q=Stadtteilkonferenzen").content.decode()
    assert "Sprachcafé im Rathaus" in found and "<mark>Stadtteilkonferenz</mark>" in found
    gone = client.get("/magazin/?q=Integrationsbeauftragte").content.decode()
    assert "Sprachcafé im Rathaus" not in gone and "Kein Beitrag passt." in gone


def test_articles_written_in_bulk_are_found_by_their_words(client, make_article):
    """Loaders and bulk updates bypass the admin; the database keeps the vector up to date."""
    article = make_article("Sprachcafé im Rathaus")
    Article.objects.filter(pk=article.pk).update(search_text="Die Stadtteilkonferenz tagt.")
    html = client.get("/magazin/?q=Stadtteilkonferenzen").content.decode()
    assert "Sprachcafé im Rathaus" in html


def test_matches_in_the_title_come_before_the_teaser_then_the_text(client, make_article):
    make_article("Patenschaften im Quartier", days=3)
    make_article("Gute Nachbarn", teaser="Eine Patenschaft als Idee", days=2)
    make_article("Ein Bericht", body="<p>Über Patenschaften.</p>", days=1)
    make_article("Ohne Treffer", days=1)
    html = client.get("/magazin/?q=Patenschaft").content.decode()
    positions = [
        html.index(f">{title}</a>")
        for title in ["Patenschaften im Quartier", "Gute Nachbarn", "Ein Bericht"]
    ]
    assert positions == sorted(positions)
    assert "3 Beiträge" in html and "Ohne Treffer" not in html
