"""The magazine for readers: list with filters and search, field dossiers, articles."""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from dialogues import selectors as dialogue_selectors
from magazine import selectors
from magazine.models import Article, ArticleType
from weltoffen.models import Field
from weltoffen.pagination import ForgivingPaginationMixin

PAGE_SIZE = 12


class ArticleListView(ForgivingPaginationMixin, ListView):
    """Newest first; filters by field and type and a search, all in the URL (no JS needed)."""

    template_name = "magazine/index.html"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.fields, self.types = list(Field.objects.all()), list(ArticleType.objects.all())
        self.field = next((f for f in self.fields if f.slug == self.request.GET.get("feld")), None)
        self.kind = next((t for t in self.types if t.slug == self.request.GET.get("typ")), None)
        self.query = self.request.GET.get("q", "")[: selectors.MAX_QUERY_LENGTH]
        return selectors.filtered_articles(field=self.field, kind=self.kind, query=self.query)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        field, kind, query = self.field, self.kind, self.query
        if query.strip():
            for article in context["page_obj"]:
                article.snippet = selectors.snippet(article, query)
        kept = {"q": query.strip(), "feld": field and field.slug, "typ": kind and kind.slug}
        filter_query = urlencode({k: v for k, v in kept.items() if v})
        return {
            **context,
            "fields": self.fields,
            "types": self.types,
            "field": field,
            "kind": kind,
            "query": query,
            "filtered": bool(field or kind or query.strip()),
            "filter_query": filter_query + "&" if filter_query else "",
        }


class FieldDossierView(ForgivingPaginationMixin, ListView):
    """One page per field of action: description, its articles and its upcoming events."""

    template_name = "magazine/field.html"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.field = get_object_or_404(Field, slug=self.kwargs["slug"])
        return Article.objects.published().for_cards().filter(fields=self.field)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            field=self.field,
            events=dialogue_selectors.upcoming_for_field(self.field),
            **kwargs,
        )


class ArticleDetailView(DetailView):
    """Published articles for everyone; drafts and future articles as a preview for staff."""

    template_name = "magazine/article.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.select_related("type", "quote").prefetch_related("fields", "authors")

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        if not article.is_live and not self.request.user.is_staff:
            raise Http404
        return article

    def get_context_data(self, **kwargs):
        article = self.object
        return super().get_context_data(
            related=selectors.related(article),
            **selectors.neighbours(article),
            more_links=selectors.more_links(article),
            srcset=selectors.hero_srcset(article),
            **kwargs,
        )
