"""Load benchmark of the self-check result page, round overview and PDF report on PostgreSQL.

Run: .venv/bin/python bench/selfcheck.py   (see bench/README.md). Creates the database
`weltoffen_bench`, loads 100 municipalities x 5 members x 3 rounds, serves the app with gunicorn on
127.0.0.1:8765, measures with wrk (or a Python fallback) and removes everything again.
Exit code 1 on any error, including a non-200 response.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON, GUNICORN = str(ROOT / ".venv/bin/python"), str(ROOT / ".venv/bin/gunicorn")
HOST, PORT, DB, REDIS_DB = "127.0.0.1", 8765, "weltoffen_bench", 9
MUNICIPALITIES, MEMBERS = 100, 5
ROUND_TITLES = ["Selbstcheck 2024", "Selbstcheck 2025", "Selbstcheck 2026"]  # the last stays open
DURATION, THREADS, CONNECTIONS, PDF_RUNS = 10, 2, 8, 10


class BenchError(Exception):
    pass


def load():
    """Child process with the bench env: loads the data through the ORM, counts each page's
    queries with Django's test client (cold, then warm cache), prints `BENCH {json}`."""
    import logging
    import random
    from datetime import timedelta

    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings")
    django.setup()
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # warns of the charts' SVG CSS
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from contacts.models import Bundesland, Membership, MembershipStatus, Municipality, Role
    from selfcheck.models import Answer, BenchmarkConsent, Questionnaire, Round
    from weltoffen.models import User

    started, now, rng = time.perf_counter(), timezone.now(), random.Random(2026)
    questionnaire = Questionnaire.objects.current()
    question_ids = list(questionnaire.questions.values_list("pk", flat=True))
    password = make_password(os.environ["BENCH_PASSWORD"])  # Argon2 once, the same hash for all
    states, year = Bundesland.values, timedelta(days=365)
    with transaction.atomic():
        towns = Municipality.objects.bulk_create(
            Municipality(name=f"Benchstadt {i:03d}", kind="stadt", state=states[i % len(states)])
            for i in range(MUNICIPALITIES)
        )
        users = User.objects.bulk_create(
            User(email=f"m{j}@bench{i:03d}.example.org", password=password, email_confirmed_at=now)
            for i in range(MUNICIPALITIES)
            for j in range(MEMBERS)
        )
        team = {t.pk: users[i * MEMBERS : (i + 1) * MEMBERS] for i, t in enumerate(towns)}
        roles = [Role.COORDINATOR] + [Role.MEMBER] * (MEMBERS - 1)  # one coordinator per town
        active = {"status": MembershipStatus.ACTIVE, "decided_at": now}
        Membership.objects.bulk_create(
            Membership(user=u, municipality=t, role=roles[j], **active)
            for t in towns
            for j, u in enumerate(team[t.pk])
        )
        # Every second town takes part in the anonymous comparison shown on the result page.
        BenchmarkConsent.objects.bulk_create(
            BenchmarkConsent(municipality=t, allowed=True) for t in towns[::2]
        )
        done = {k: now - (2 - k) * year + timedelta(days=30) for k in range(2)}  # last one open
        rounds = Round.objects.bulk_create(
            Round(
                municipality=t, questionnaire=questionnaire, title=title, completed_at=done.get(k)
            )
            for t in towns
            for k, title in enumerate(ROUND_TITLES)
        )
        # started_at is auto_now_add (bulk_create overwrites it): spread the rounds over the years,
        # so that "previous completed round" and the history see a realistic order.
        for k, title in enumerate(ROUND_TITLES):
            Round.objects.filter(title=title).update(started_at=now - (2 - k) * year)
        levels = [0, 1, 2, 3, 4, None]  # None: "don't know"
        per_town = len(ROUND_TITLES)
        for i, t in enumerate(towns):  # one batch per town: 3 rounds x 5 members x all questions
            Answer.objects.bulk_create(
                Answer(round=r, question_id=q, user=u, level=rng.choice(levels))
                for r in rounds[i * per_town : (i + 1) * per_town]
                for u in team[t.pk]
                for q in question_ids
            )
    seconds = time.perf_counter() - started
    with connection.cursor() as cursor:  # planner statistics, as autovacuum would have them
        cursor.execute("VACUUM ANALYZE")
    member, open_round = team[towns[0].pk][1], rounds[len(ROUND_TITLES) - 1]  # a plain member
    client = Client(HTTP_HOST=HOST)
    client.force_login(member)
    queries = {}
    for name, path in page_paths(open_round.pk).items():
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                status = client.get(path).status_code
            counts.append(str(len(ctx)) if status == 200 else f"HTTP {status}")
        queries[name] = "/".join(counts)
    info = {"seconds": seconds, "email": member.email, "round": open_round.pk, "queries": queries}
    print("BENCH " + json.dumps(info | {"answers": Answer.objects.count()}))


def page_paths(round_pk):
    base = f"/selbstcheck/runde/{round_pk}/"
    return {"result page": base + "ergebnis/", "round overview": base, "pdf": base + "bericht.pdf"}


def reset_stores(create):
    """Drops (and recreates) the bench database; empties the bench's own Redis database, whose
    cached comparison must not outlive the data it was computed from."""
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


def get_ok(path, session):
    status, _, body = request("GET", path, {"Cookie": f"sessionid={session}"})
    if status != 200:  # a redirect to the login page would look fast; it must fail instead
        raise BenchError(f"GET {path} answered {status}, expected 200")
    return body


def cookie(headers, name):
    values = [re.match(rf"{name}=([^;]*)", h) for h in headers.get_all("Set-Cookie") or []]
    return next((m[1] for m in values if m), None)


def login(email, password):
    """Like a browser: csrftoken cookie from the form page, then POST -> sessionid cookie."""
    csrf = cookie(request("GET", "/konto/anmelden/")[1], "csrftoken")
    form = urlencode({"username": email, "password": password, "csrfmiddlewaretoken": csrf})
    headers = {
        "Cookie": f"csrftoken={csrf}",
        "Referer": f"http://{HOST}:{PORT}/konto/anmelden/",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    status, headers, _ = request("POST", "/konto/anmelden/", headers, form)
    session = cookie(headers, "sessionid")
    if status != 302 or not session:
        raise BenchError(f"login failed: status {status}, no session cookie")
    return session


def run_wrk(path, session):
    cmd = f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}s --timeout 30s --latency".split()
    cmd += ["-H", f"Cookie: sessionid={session}", f"http://{HOST}:{PORT}{path}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=DURATION + 60)
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    pattern = r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$"
    pct = {p: float(v) * unit[u] for p, v, u in re.findall(pattern, out.stdout, re.M)}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout)  # counts statuses >= 400
    errors = re.search(r"Socket errors: (.+)", out.stdout)  # e.g. timeouts (30 s here)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)[1])
    return rps, pct["50"], pct["99"], int(bad[1]) if bad else 0, errors[1] if errors else ""


def run_python(path, session):
    """Fallback without wrk: CONNECTIONS threads, each requesting in a loop until the deadline."""
    deadline = time.perf_counter() + DURATION

    def worker(_):
        conn, times, bad = http.client.HTTPConnection(HOST, PORT, timeout=60), [], 0
        while time.perf_counter() < deadline:
            t = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": f"sessionid={session}"})
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


def measure_all(info, password):
    """Everything against the running server; returns the printable report."""
    session = login(info["email"], password)
    css = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', get_ok("/", session))
    if not css:
        raise BenchError("no hashed site.css link on the home page")
    paths = page_paths(info["round"])
    pdf_path = paths.pop("pdf")  # timed sequentially below, not under load
    targets = {"static site.css": css[1].decode(), **paths}
    measure = run_wrk if shutil.which("wrk") else run_python
    lines = [
        f"{measure.__name__[4:]}: {THREADS} threads, {CONNECTIONS} connections, {DURATION} s"
        " each; gunicorn 2 sync workers; ratio = req/s / static req/s; queries cold/warm",
        f"{'name':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'queries':>9}",
    ]
    if measure is run_python:
        print("wrk not found (apt-get install -y wrk): Python thread-pool fallback, CPU-bound")
    base = None
    for name, path in targets.items():
        get_ok(path, session)
        rps, p50, p99, bad, note = measure(path, session)
        if bad:
            raise BenchError(f"{name}: {bad} non-200 responses")
        base = base or rps
        lines.append(
            f"{name:<18}{rps:>9.1f}{p50:>9.1f}{p99:>9.1f}{rps / base:>8.3f}"
            f"{info['queries'].get(name, '-'):>9}  {note}".rstrip()
        )
    times = []  # PDF: the first request of this server (cold), then sequential ones
    for _ in range(1 + PDF_RUNS):
        t = time.perf_counter()
        pdf = get_ok(pdf_path, session)
        times.append((time.perf_counter() - t) * 1000)
        if not pdf.startswith(b"%PDF"):
            raise BenchError("the report is not a PDF")
    lines.append(
        f"\nPDF report ({len(pdf) // 1024} KiB, queries {info['queries']['pdf']}): "
        f"cold {times[0]:.0f} ms; {PDF_RUNS} sequential: min {min(times[1:]):.0f} ms, "
        f"median {statistics.median(times[1:]):.0f} ms"
    )
    return "\n".join(lines)


def main():
    total, password = time.perf_counter(), secrets.token_urlsafe(18)
    tmp = Path(tempfile.mkdtemp(prefix="weltoffen-bench-"))
    env = os.environ | {
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{DB}",
        "CACHE_URL": f"redis://{HOST}:6379/{REDIS_DB}",
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": HOST,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(tmp / "static"),
        "BENCH_PASSWORD": password,
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
        print(
            f"Loaded {MUNICIPALITIES} municipalities x {MEMBERS} members x {len(ROUND_TITLES)} "
            f"rounds ({info['answers']} answers) in {info['seconds']:.1f} s"
        )
        cmd = [GUNICORN, "weltoffen.wsgi", "--bind", f"{HOST}:{PORT}", "--no-control-socket"]
        cmd += ["--workers", "2"]
        server = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
        )
        for _ in range(150):  # up to 30 s
            if server.poll() is not None:
                raise BenchError("gunicorn exited at start")
            try:
                request("GET", "/konto/anmelden/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise BenchError("gunicorn did not answer within 30 s")
        print(measure_all(info, password))
        return 0
    except (BenchError, subprocess.SubprocessError, OSError) as error:
        print(f"ERROR: {error}", file=sys.stderr)
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
