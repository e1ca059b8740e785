"""Load benchmark of the public magazine (list, paging, search, field page, article, feed) on
PostgreSQL.

Run: .venv/bin/python bench/magazine.py   (see bench/README.md). Creates the database
`weltoffen_bench_mag`, loads 10,000 published articles, serves the app with gunicorn on
127.0.0.1:8766, measures anonymously with wrk (or a Python fallback) and removes everything again.
Exit code 1 on any error, including a non-200 response.
"""

import sys
import time
from urllib.parse import quote

import common  # bench/common.py: bench/ is first on sys.path when this script runs

# Own database, port and Redis database: may run next to bench/selfcheck.py (8765, Redis db 9).
PORT, DB, REDIS_DB = 8766, "weltoffen_bench_mag", 10
ARTICLES, BODY_WORDS, YEARS = 10_000, 150, 5
SEARCH, SEARCH_WORD, SEARCH_EVERY = "Integrationsbeauftragte", "Integrationsbeauftragten", 100
PAGE = 50
DURATION, THREADS, CONNECTIONS = 10, 2, 8

WORD_LIST = (
    "Kommune Verwaltung Stadtrat Nachbarschaft Begegnung Vielfalt Teilhabe Beteiligung Quartier "
    "Ehrenamt Verein Bürgerinnen Bürger Zusammenhalt Sprachkurs Beratung Willkommen Zukunft "
    "Bildung Schule Arbeit Ausbildung Wohnen Gesundheit Kultur Sport Sicherheit Strategie "
    "Leitbild Netzwerk Projekt Förderung Gemeinde Landkreis Familie Jugend Nachbarn Austausch "
    "gemeinsam offen fair gerecht sicher lebendig neu wichtig stark vielfältig erfolgreich "
    "und oder mit für im in der die das den dem ein eine einen wir sie es auch nicht sehr "
    "zeigt stärkt fördert verbindet plant gestaltet begleitet öffnet unterstützt berichtet"
)
WORDS = WORD_LIST.split()


def text(rng, count, capital=True):
    words = rng.choices(WORDS, k=count)
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:] if capital else sentence


def body_html(rng, number):
    """~BODY_WORDS words in three paragraphs; every SEARCH_EVERY-th article mentions SEARCH_WORD."""
    paragraphs = [text(rng, BODY_WORDS // 3) for _ in range(3)]
    if number % SEARCH_EVERY == 0:
        paragraphs[1] = f"Die {SEARCH_WORD} der Stadt {paragraphs[1]}"
    return "".join(f"<p>{p}.</p>" for p in paragraphs)


def load():
    """Child process with the bench env: loads the data through the ORM, counts each page's
    queries with Django's test client (cold, then warm), explains the search query, prints
    `BENCH {json}`."""
    import random
    from datetime import timedelta

    common.setup_django()
    from django.db import connection, transaction
    from django.test import Client
    from django.utils import timezone
    from django.utils.html import strip_tags
    from django.utils.text import slugify

    from magazine import selectors
    from magazine.models import Article, ArticleType
    from weltoffen.models import Field

    started, now, rng = time.perf_counter(), timezone.now(), random.Random(2026)
    types, fields = list(ArticleType.objects.all()), list(Field.objects.all())
    if not types or not fields:
        raise common.BenchError("no article types or fields after migrate")
    span = YEARS * 365 * 24 * 3600
    articles = []
    for i in range(ARTICLES):
        title = text(rng, rng.randint(4, 8))
        body = body_html(rng, i)
        articles.append(
            Article(
                title=title,
                slug=f"{slugify(title)[:150]}-{i:05d}",
                teaser=text(rng, rng.randint(20, 35)) + ".",
                body=body,
                search_text=" ".join(strip_tags(body).split()),  # as services.article_prepare
                type=types[i % len(types)],
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(seconds=rng.randint(3600, span)),
            )
        )
    Through = Article.fields.through
    with transaction.atomic():
        articles = Article.objects.bulk_create(articles, batch_size=1000)
        Through.objects.bulk_create(
            (
                Through(article_id=a.pk, field_id=f.pk)
                for a in articles
                for f in rng.sample(fields, rng.randint(1, 2))
            ),
            batch_size=2000,
        )
    seconds = time.perf_counter() - started
    common.vacuum_analyze()
    field, article = fields[0], articles[ARTICLES // 2]
    client = Client(HTTP_HOST=common.HOST)  # anonymous
    queries = common.count_queries(client, page_paths(field.slug, article.slug))
    info = {"seconds": seconds, "field": field.slug, "article": article.slug, "queries": queries}
    common.emit_info(info | explain(connection, selectors, Article, Field))


def explain(connection, selectors, Article, Field):
    """EXPLAIN of the list view's search query (magazine.selectors.search on the card queryset),
    and for comparison of a plain `@@` on the GIN index's own expression."""
    found = selectors.search(Article.objects.published().for_cards(), SEARCH)
    sql, params = found.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "EXPLAIN SELECT id FROM magazine_article WHERE "
            "(setweight(to_tsvector('german', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('german', coalesce(teaser, '')), 'B') || "
            "setweight(to_tsvector('german', coalesce(search_text, '')), 'C')) "
            "@@ plainto_tsquery('german', %s)",
            [SEARCH],
        )
        control = [row[0] for row in cursor.fetchall()]
    return {
        "articles": Article.objects.published().count(),
        "hits": found.count(),
        "plan": plan,
        "gin": any("article_search_gin" in line for line in plan),
        "control_gin": any("article_search_gin" in line for line in control),
    }


def page_paths(field_slug, article_slug):
    return {
        "list": "/magazin/",
        f"list page {PAGE}": f"/magazin/?page={PAGE}",
        "search": f"/magazin/?q={quote(SEARCH)}",
        "field page": f"/magazin/feld/{field_slug}/",
        "article": f"/magazin/{article_slug}/",
        "feed": "/magazin/feed/",
    }


def timed_get(path):
    started = time.perf_counter()
    body = common.get_ok(PORT, path)
    return body, (time.perf_counter() - started) * 1000


def drain(static, p99):
    """Waits until the server is idle again. wrk stops after DURATION, but the sync workers still
    answer the requests already queued (for a slow page many seconds), which would be measured as
    part of the next page: the static request returns once the queue is empty, then the request
    still running in the other worker gets up to its p99 to finish."""
    common.get_ok(PORT, static)
    if p99 > 200:
        time.sleep(min(p99, 30_000) / 1000)


def measure_all(info):
    """Everything against the running server; returns the printable report."""
    css = common.static_css_path(common.get_ok(PORT, "/magazin/"), "magazine page")
    targets = {"static site.css": css, **page_paths(info["field"], info["article"])}
    single = {}
    for name, path in targets.items():  # every URL answers 200 before any is loaded
        common.get_ok(PORT, path)  # warms the worker; then one request alone on an idle server
        single[name] = timed_get(path)[1]
    intro, measure = common.load_runner(
        PORT, duration=DURATION, threads=THREADS, connections=CONNECTIONS
    )
    lines = [
        f"{intro} anonymous; gunicorn 2 sync workers; ratio = req/s / static req/s;"
        " queries cold/warm; alone ms = one request on an idle server",
        common.table_header(f"{'alone ms':>10}"),
    ]
    base = None
    for name, path in targets.items():
        rps, p50, p99, bad, note = measure(path)
        if bad:
            raise common.BenchError(f"{name}: {bad} non-200 responses")
        if not rps:
            note = f"no request completed within {DURATION} s {note}"
        base = base or rps
        queries, alone = info["queries"].get(name, "-"), f"{single[name]:>10.1f}"
        lines.append(common.table_row(name, rps, p50, p99, base, queries, alone, note))
        drain(targets["static site.css"], p99)
    return "\n".join(lines)


def plan_report(info):
    yes = {True: "yes", False: "NO"}
    lines = [
        f"\nSearch '{SEARCH}': {info['hits']} of {info['articles']} articles found; "
        f"magazine.selectors.search uses article_search_gin: {yes[info['gin']]} "
        f"(a plain @@ on the index expression: {yes[info['control_gin']]})",
        "EXPLAIN (first lines):",
    ]
    return "\n".join(lines + ["  " + line[:150] for line in info["plan"][:8]])


def report_load(info):
    print(f"Loaded {info['articles']} published articles in {info['seconds']:.1f} s")
    print(plan_report(info) + "\n")


def main():
    return common.run_bench(
        __file__,
        db=DB,
        port=PORT,
        redis_db=REDIS_DB,
        ready_path="/magazin/feed/",
        after_load=report_load,
        measure=measure_all,
        catch=(StopIteration,),
        describe=repr,
    )


if __name__ == "__main__":
    sys.exit(load() if sys.argv[1:] == ["--load"] else main())
