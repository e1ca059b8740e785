from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from magazine.models import Article
from weltoffen.models import Field


class ArticleSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")

    def lastmod(self, article):
        return article.updated_at


class PublicPageSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        pages = [
            "home",
            "selfcheck:index",
            "selfcheck:method",
            "magazine:index",
            "dialogues:index",
            "dialogues:archive",
            "contacts:index",
            "contacts:help",
            "field-list",
        ]
        return pages + [("magazine:field", f.slug) for f in Field.objects.all()]

    def location(self, item):
        return reverse(item[0], args=[item[1]]) if isinstance(item, tuple) else reverse(item)
