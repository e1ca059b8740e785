from django.contrib.sitemaps import Sitemap

from dialogues.models import Event


class EventSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.upcoming().only("slug", "updated_at")

    def lastmod(self, event):
        return event.updated_at
