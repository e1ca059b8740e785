from django.contrib.sitemaps import Sitemap

from magazine.models import Article
from weltoffen.models import Field


class ArticleSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")

    def lastmod(self, article):
        return article.updated_at


def field_pages():
    """The magazine's page of each Handlungsfeld, for the sitemap of public pages."""
    return [("magazine:field", (field.slug,)) for field in Field.objects.all()]
