from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from magazine.models import Article
from weltoffen.models import Field


class ArticleFeed(Feed):
    """Atom feed of the newest published articles, all or of one field of action."""

    feed_type = Atom1Feed
    subtitle = "Magazin der Plattform Weltoffene Kommune"

    def get_object(self, request, slug=None):
        return get_object_or_404(Field, slug=slug) if slug else None

    def title(self, field):
        return f"{settings.SITE_NAME} – Magazin" + (f": {field.name}" if field else "")

    def link(self, field):
        return reverse("magazine:field", args=[field.slug]) if field else reverse("magazine:index")

    def items(self, field):
        articles = Article.objects.published().for_cards()
        return (articles.filter(fields=field) if field else articles)[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.revised_at or item.published_at

    def item_categories(self, item):
        return [item.type.name, *(f.name for f in item.fields.all())]
