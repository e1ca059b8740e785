"""The magazine for readers: list with filters and search, field dossiers, articles."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, TemplateView

from dialogues import selectors as dialogue_selectors
from magazine import selectors
from magazine.models import Article, ArticleType
from weltoffen import registry
from weltoffen.models import Field

PAGE_SIZE = 12


class ArticleListView(TemplateView):
    """Newest first; filters by field and type and a search, all in the URL (no JS needed)."""

    template_name = "magazine/index.html"

    def get_context_data(self, **kwargs):
        fields, types = list(Field.objects.all()), list(ArticleType.objects.all())
        field = next((f for f in fields if f.slug == self.request.GET.get("feld")), None)
        kind = next((t for t in types if t.slug == self.request.GET.get("typ")), None)
        query = self.request.GET.get("q", "")[: selectors.MAX_QUERY_LENGTH]
        articles = Article.objects.published().for_cards()
        if field:
            articles = articles.filter(fields=field)
        if kind:
            articles = articles.filter(type=kind)
        if query.strip():
            articles = selectors.search(articles, query)
        page = Paginator(articles, PAGE_SIZE).get_page(self.request.GET.get("page"))
        if query.strip():
            for article in page:
                article.snippet = selectors.snippet(article, query)
        kept = {"q": query.strip(), "feld": field and field.slug, "typ": kind and kind.slug}
        filter_query = urlencode({k: v for k, v in kept.items() if v})
        return super().get_context_data(
            page=page,
            fields=fields,
            types=types,
            field=field,
            kind=kind,
            query=query,
            filtered=bool(field or kind or query.strip()),
            filter_query=filter_query + "&" if filter_query else "",
            **kwargs,
        )


class FieldDossierView(TemplateView):
    """One page per field of action: description, its articles and its upcoming events."""

    template_name = "magazine/field.html"

    def get_context_data(self, **kwargs):
        field = get_object_or_404(Field, slug=self.kwargs["slug"])
        articles = Article.objects.published().for_cards().filter(fields=field)
        page = Paginator(articles, PAGE_SIZE).get_page(self.request.GET.get("page"))
        return super().get_context_data(
            field=field,
            page=page,
            events=dialogue_selectors.upcoming_for_field(field),
            **kwargs,
        )


class ArticleDetailView(DetailView):
    """Published articles for everyone; drafts and future articles as a preview for staff."""

    template_name = "magazine/article.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.select_related("type", "quote").prefetch_related(
            "fields", "authors", "municipalities"
        )

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        if not article.is_live and not self.request.user.is_staff:
            raise Http404
        return article

    def get_context_data(self, **kwargs):
        article = self.object
        newer = Article.objects.published().filter(published_at__gt=article.published_at)
        older = Article.objects.published().filter(published_at__lt=article.published_at)
        return super().get_context_data(
            related=selectors.related(article),
            previous=older.order_by("-published_at").only("title", "slug").first(),
            next=newer.order_by("published_at").only("title", "slug").first(),
            more_links=[
                (label, reverse(url))
                for key, (label, url) in registry.more_links.items()
                if key in article.more_links
            ],
            srcset=", ".join(
                f"{article.hero_image.storage.url(name)} {width}w"
                for width, name in sorted(
                    article.hero_renditions.items(), key=lambda item: int(item[0])
                )
            ),
            **kwargs,
        )
