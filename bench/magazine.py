"""Load benchmark of the public magazine (list, paging, search, field page, article, feed) on
PostgreSQL.

Run: .venv/bin/python bench/magazine.py   (see bench/README.md). Creates the database
`weltoffen_bench_mag`, loads 10,000 published articles, serves the app with gunicorn on
127.0.0.1:8766, measures anonymously with wrk (or a Python fallback) and removes everything again.
Exit code 1 on any error, including a non-200 response.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PYTHON, GUNICORN = str(ROOT / ".venv/bin/python"), str(ROOT / ".venv/bin/gunicorn")
# Own database, port and Redis database: may run next to bench/selfcheck.py (8765, Redis db 9).
HOST, PORT, DB, REDIS_DB = "127.0.0.1", 8766, "weltoffen_bench_mag", 10
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


class BenchError(Exception):
    pass


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

    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings")
    django.setup()
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from django.utils.html import strip_tags
    from django.utils.text import slugify

    from magazine import selectors
    from magazine.models import Article, ArticleType
    from weltoffen.models import Field

    started, now, rng = time.perf_counter(), timezone.now(), random.Random(2026)
    types, fields = list(ArticleType.objects.all()), list(Field.objects.all())
    if not types or not fields:
        raise BenchError("no article types or fields after migrate")
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
    with connection.cursor() as cursor:  # planner statistics, as autovacuum would have them
        cursor.execute("VACUUM ANALYZE")
    field, article = fields[0], articles[ARTICLES // 2]
    paths = page_paths(field.slug, article.slug)
    client = Client(HTTP_HOST=HOST)  # anonymous
    queries = {}
    for name, path in paths.items():
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                status = client.get(path).status_code
            counts.append(str(len(ctx)) if status == 200 else f"HTTP {status}")
        queries[name] = "/".join(counts)
    info = {"seconds": seconds, "field": field.slug, "article": article.slug, "queries": queries}
    print("BENCH " + json.dumps(info | explain(connection, selectors, Article, Field)))


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


def reset_stores(create):
    """Drops (and recreates) the bench database; empties the bench's own Redis database."""
    import psycopg
    import redis

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        if create:
            conn.execute(f"CREATE DATABASE {DB}")
    redis.Redis(host=HOST, port=6379, db=REDIS_DB).flushdb()


def request(method, path, headers=None, body=None, timeout=120):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def get_ok(path):
    status, _, body = request("GET", path)
    if status != 200:  # a redirect or 404 would look fast; it must fail instead
        raise BenchError(f"GET {path} answered {status}, expected 200")
    return body


def run_wrk(path):
    cmd = f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}s --timeout 30s --latency".split()
    cmd += [f"http://{HOST}:{PORT}{path}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=DURATION + 60)
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    pattern = r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$"
    pct = {p: float(v) * unit[u] for p, v, u in re.findall(pattern, out.stdout, re.M)}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout)  # counts statuses >= 400
    errors = re.search(r"Socket errors: (.+)", out.stdout)  # e.g. timeouts (30 s here)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)[1])
    return rps, pct["50"], pct["99"], int(bad[1]) if bad else 0, errors[1] if errors else ""


def run_python(path):
    """Fallback without wrk: CONNECTIONS threads, each requesting in a loop until the deadline."""
    deadline = time.perf_counter() + DURATION

    def worker(_):
        conn, times, bad = http.client.HTTPConnection(HOST, PORT, timeout=60), [], 0
        while time.perf_counter() < deadline:
            t = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            times.append((time.perf_counter() - t) * 1000)
            bad += response.status != 200
        conn.close()
        return times, bad

    started = time.perf_counter()
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        results = list(pool.map(worker, range(CONNECTIONS)))
    times = sorted(t for ts, _ in results for t in ts)
    p50, p99 = (times[min(len(times) - 1, int(len(times) * q))] for q in (0.5, 0.99))
    rps = len(times) / (time.perf_counter() - started)
    return rps, p50, p99, sum(b for _, b in results), ""


def timed_get(path):
    started = time.perf_counter()
    body = get_ok(path)
    return body, (time.perf_counter() - started) * 1000


def drain(static, p99):
    """Waits until the server is idle again. wrk stops after DURATION, but the sync workers still
    answer the requests already queued (for a slow page many seconds), which would be measured as
    part of the next page: the static request returns once the queue is empty, then the request
    still running in the other worker gets up to its p99 to finish."""
    get_ok(static)
    if p99 > 200:
        time.sleep(min(p99, 30_000) / 1000)


def measure_all(info):
    """Everything against the running server; returns the printable report."""
    css = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', get_ok("/magazin/"))
    if not css:
        raise BenchError("no hashed site.css link on the magazine page")
    targets = {"static site.css": css[1].decode(), **page_paths(info["field"], info["article"])}
    single = {}
    for name, path in targets.items():  # every URL answers 200 before any is loaded
        get_ok(path)  # warms the worker; then one request alone on an idle server
        single[name] = timed_get(path)[1]
    measure = run_wrk if shutil.which("wrk") else run_python
    lines = [
        f"{measure.__name__[4:]}: {THREADS} threads, {CONNECTIONS} connections, {DURATION} s"
        " each; anonymous; gunicorn 2 sync workers; ratio = req/s / static req/s;"
        " queries cold/warm; alone ms = one request on an idle server",
        f"{'name':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'queries':>9}"
        f"{'alone ms':>10}",
    ]
    if measure is run_python:
        print("wrk not found (apt-get install -y wrk): Python thread-pool fallback, CPU-bound")
    base = None
    for name, path in targets.items():
        rps, p50, p99, bad, note = measure(path)
        if bad:
            raise BenchError(f"{name}: {bad} non-200 responses")
        if not rps:
            note = f"no request completed within {DURATION} s {note}"
        base = base or rps
        lines.append(
            f"{name:<18}{rps:>9.1f}{p50:>9.1f}{p99:>9.1f}{rps / base:>8.3f}"
            f"{info['queries'].get(name, '-'):>9}{single[name]:>10.1f}  {note}".rstrip()
        )
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


def main():
    total = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="weltoffen-bench-mag-"))
    env = os.environ | {
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{DB}",
        "CACHE_URL": f"redis://{HOST}:6379/{REDIS_DB}",
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": HOST,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(tmp / "static"),
    }
    run = {"cwd": ROOT, "env": env, "check": True, "timeout": 900}
    server, log = None, tmp / "gunicorn.log"
    try:
        with socket.socket() as probe:  # another server on the port would be measured instead
            if probe.connect_ex((HOST, PORT)) == 0:
                raise BenchError(f"port {PORT} is already in use")
        reset_stores(create=True)
        subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], **run)
        subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], **run)
        out = subprocess.run([PYTHON, __file__, "--load"], stdout=subprocess.PIPE, text=True, **run)
        info = json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("BENCH "))[6:])
        print(f"Loaded {info['articles']} published articles in {info['seconds']:.1f} s")
        print(plan_report(info) + "\n")
        cmd = [GUNICORN, "weltoffen.wsgi", "--bind", f"{HOST}:{PORT}", "--no-control-socket"]
        cmd += ["--workers", "2"]
        server = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
        )
        for _ in range(150):  # up to 30 s
            if server.poll() is not None:
                raise BenchError("gunicorn exited at start")
            try:
                request("GET", "/magazin/feed/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise BenchError("gunicorn did not answer within 30 s")
        print(measure_all(info))
        return 0
    except (BenchError, subprocess.SubprocessError, OSError, StopIteration) as error:
        print(f"ERROR: {error!r}", file=sys.stderr)
        if log.exists():
            print("gunicorn log (end):\n" + log.read_text()[-3000:], file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        try:
            reset_stores(create=False)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            print(f"\nTotal runtime {time.perf_counter() - total:.0f} s (bench data removed)")


if __name__ == "__main__":
    sys.exit(load() if sys.argv[1:] == ["--load"] else main())
