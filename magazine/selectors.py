"""Reads of the magazine, also for other apps (DESIGN: reads go sideways through selectors)."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, F, Q, Value
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from magazine.models import Article, Voice
from weltoffen import registry

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


def articles_for_fields(field_ids, *, limit=3):
    """Newest published articles per field: {field id: [article, ...]} (one query).

    One part per field, joined with UNION ALL: a LIMIT subquery walks the published_at index
    until it has found `limit` articles of the field, so the database reads a few rows per field,
    not the whole magazine."""
    result = {field_id: [] for field_id in field_ids}
    published = Article.objects.published().order_by("-published_at", "-pk")
    parts = [
        Article.objects.filter(pk__in=published.filter(fields=field_id).values("pk")[:limit])
        .annotate(field_id=Value(field_id))
        .order_by()
        for field_id in field_ids
    ]
    if parts:
        newest = parts[0].union(*parts[1:], all=True).order_by("-published_at", "-pk")
        for article in newest:
            result[article.field_id].append(article)
    return result


def latest_articles(limit=3):
    """The home page's links to the newest articles: title and address, nothing more."""
    newest = Article.objects.published().order_by("-published_at", "-pk")
    return list(newest.only("title", "slug")[:limit])


def published_voices():
    return list(Voice.objects.filter(is_published=True))


def home_teaser():
    """The magazine's part of the home page: the newest articles and the voices."""
    return {"latest_articles": latest_articles(3), "voices": published_voices()}


def normalise_query(text: str) -> str:
    """The words of a search, at most 200 characters; punctuation alone gives ''."""
    return " ".join(WORD.findall(text[:MAX_QUERY_LENGTH]))


def search(queryset, text: str):
    """German full-text search: ranked with stemming on PostgreSQL, word-by-word elsewhere."""
    words = normalise_query(text)
    if not words:
        return queryset.none()
    if connection.vendor == "postgresql":
        # Match and rank on the stored vector (GIN index): nothing is recomputed per article,
        # the count of the pager does not rank, and the page's LIMIT keeps a top-N sort.
        query = SearchQuery(words, config="german", search_type="plain")
        return (
            queryset.filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("-rank", "-published_at")
        )
    condition = Q()
    for word in words.split():
        condition &= (
            Q(title__icontains=word) | Q(teaser__icontains=word) | Q(search_text__icontains=word)
        )
    return queryset.filter(condition)


def snippet(article, text: str, length=220) -> str:
    """An excerpt of the article around the first searched word, with the words marked."""
    words = [w for w in normalise_query(text).split() if len(w) > 2]
    body = f"{article.title}. {article.teaser} {article.search_text}"
    stems = [w[: max(4, len(w) - 2)].lower() for w in words]
    start = min((i for i in (body.lower().find(s) for s in stems) if i >= 0), default=0)
    excerpt = body[max(0, start - 60) : max(0, start - 60) + length]
    html = escape(excerpt)
    for stem in stems:
        html = re.sub(
            f"(\\w*{re.escape(escape(stem))}\\w*)", r"<mark>\1</mark>", html, flags=re.IGNORECASE
        )
    return mark_safe(("… " if start > 60 else "") + html + " …")  # noqa: S308 (escaped above)


def related(article, limit=3):
    """Published articles sharing the most fields with this one, newest first (two queries).

    The ranking reads only the link table and the index on (status, published_at, id); the
    full rows are loaded for the chosen few."""
    field_ids = [f.pk for f in article.fields.all()]
    ranking = (
        Article.objects.published()
        .exclude(pk=article.pk)
        .filter(fields__in=field_ids)
        .values("pk", "published_at")
        .annotate(shared=Count("fields", filter=Q(fields__in=field_ids)))
        .order_by("-shared", "-published_at", "-pk")[:limit]
    )
    ids = [row["pk"] for row in ranking]
    found = Article.objects.select_related("type").in_bulk(ids)
    return [found[pk] for pk in ids]


def filtered_articles(*, field=None, kind=None, query=""):
    """The magazine list: published articles, of a field and a type if chosen, matching the
    search text if given (best matches first)."""
    articles = Article.objects.published().for_cards()
    if field:
        articles = articles.filter(fields=field)
    if kind:
        articles = articles.filter(type=kind)
    return search(articles, query) if query.strip() else articles


def neighbours(article) -> dict:
    """The previous (older) and next (newer) published article, for the links under an article."""
    published = Article.objects.published().only("title", "slug")
    return {
        "previous": published.filter(published_at__lt=article.published_at)
        .order_by("-published_at")
        .first(),
        "next": published.filter(published_at__gt=article.published_at)
        .order_by("published_at")
        .first(),
    }


def more_links(article) -> list[tuple]:
    """(label, URL) of the "Mehr erfahren?" links the editor chose, as the apps registered them."""
    return [
        (label, reverse(url))
        for key, (label, url) in registry.more_links.items()
        if key in article.more_links
    ]


def hero_srcset(article) -> str:
    """The hero image's renditions for the browser to choose from, narrowest first."""
    renditions = sorted(article.hero_renditions.items(), key=lambda item: int(item[0]))
    return ", ".join(
        f"{article.hero_image.storage.url(name)} {width}w" for width, name in renditions
    )
