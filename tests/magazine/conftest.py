from datetime import timedelta

import pytest
from django.utils import timezone

from magazine import services
from magazine.models import Article, ArticleType
from weltoffen.models import Field


@pytest.fixture
def make_article(db):
    def make(
        title="Ein Beitrag",
        *,
        fields=("management-und-steuerung",),
        status="published",
        days=1,
        body="<p>Die Integrationsbeauftragten der Stadt berichten.</p>",
        type_slug="praxistipp",
        slug=None,
    ):
        article = Article(
            title=title,
            slug=slug or f"beitrag-{Article.objects.count() + 1}",
            teaser=f"Kurz: {title}",
            body=body,
            status=status,
            type=ArticleType.objects.get(slug=type_slug),
            published_at=timezone.now() - timedelta(days=days),
        )
        services.article_prepare(article=article)
        article.save()
        article.fields.set(Field.objects.filter(slug__in=fields))
        return article

    return make
