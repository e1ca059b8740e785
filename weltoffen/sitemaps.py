from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from weltoffen import registry


class PublicPageSitemap(Sitemap):
    """The public overview pages the apps registered in registry.site_pages."""

    changefreq = "monthly"

    def items(self):
        pages = []
        for page in registry.site_pages:
            pages.extend(page() if callable(page) else [(page, ())])
        return pages

    def location(self, item):
        name, args = item
        return reverse(name, args=args)
