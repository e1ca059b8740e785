"""Load benchmark of the self-check result page, round overview and PDF report on PostgreSQL.

Run from anywhere: .venv/bin/python bench/selfcheck.py   (see bench/README.md)

Creates the database `weltoffen_bench`, loads 100 municipalities with 5 members and 3 rounds each,
serves the app with gunicorn on 127.0.0.1:8765, measures with wrk (or a Python fallback) and
drops everything again. Exit code 1 on any error, including a non-200 response.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
HOST, PORT, DB = "127.0.0.1", 8765, "weltoffen_bench"
MUNICIPALITIES, MEMBERS = 100, 5
ROUND_TITLES = ["Selbstcheck 2024", "Selbstcheck 2025", "Selbstcheck 2026"]  # last one stays open
DURATION, THREADS, CONNECTIONS, PDF_RUNS = 10, 2, 8, 10


class BenchError(Exception):
    pass


def load():
    """Child process (Django set up from the bench env): loads the data, counts each page's
    queries with the test client, prints one JSON line `BENCH {...}` for the parent."""
    import random
    from datetime import timedelta

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings")
    import django

    django.setup()
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from contacts.models import Bundesland, Membership, MembershipStatus, Municipality, Role
    from selfcheck.models import Answer, Questionnaire, Round
    from weltoffen.models import User

    started, now, rng = time.perf_counter(), timezone.now(), random.Random(2026)
    questionnaire = Questionnaire.objects.current()
    question_ids = list(questionnaire.questions.values_list("pk", flat=True))
    password = make_password(os.environ["BENCH_PASSWORD"])  # Argon2 once, the same hash for all
    states = Bundesland.values
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
        Membership.objects.bulk_create(
            Membership(
                user=user,
                municipality=town,
                role=Role.COORDINATOR if j == 0 else Role.MEMBER,  # one coordinator per town
                status=MembershipStatus.ACTIVE,
                decided_at=now,
            )
            for town in towns
            for j, user in enumerate(team[town.pk])
        )
        rounds = Round.objects.bulk_create(
            Round(
                municipality=town,
                questionnaire=questionnaire,
                title=title,
                started_by=team[town.pk][0],
                completed_by=team[town.pk][0] if k < 2 else None,
                completed_at=now - timedelta(days=365 * (2 - k) - 30) if k < 2 else None,
            )
            for town in towns
            for k, title in enumerate(ROUND_TITLES)
        )
        # started_at is auto_now_add (bulk_create overwrites it): spread the rounds over the years
        # afterwards, so "previous completed round" and the history see a realistic order.
        for k, title in enumerate(ROUND_TITLES):
            Round.objects.filter(title=title).update(started_at=now - timedelta(days=365 * (2 - k)))
        levels = [0, 1, 2, 3, 4, None]  # None = "don't know"
        for town in towns:  # one batch per town (3 rounds x 5 members x all questions)
            Answer.objects.bulk_create(
                Answer(round=r, question_id=q, user=u, level=rng.choice(levels))
                for r in rounds
                if r.municipality_id == town.pk
                for u in team[town.pk]
                for q in question_ids
            )
    seconds = time.perf_counter() - started
    member, open_round = team[towns[0].pk][1], rounds[len(ROUND_TITLES) - 1]  # a plain member
    client = Client(HTTP_HOST=HOST)
    client.force_login(member)
    queries = {}
    for name, path in page_paths(open_round.pk).items():
        with CaptureQueriesContext(connection) as ctx:
            status = client.get(path).status_code
        queries[name] = len(ctx) if status == 200 else f"HTTP {status}"
    info = {"seconds": seconds, "email": member.email, "round": open_round.pk, "queries": queries}
    info["answers"] = Answer.objects.count()
    print("BENCH " + json.dumps(info))


def page_paths(round_pk):
    base = f"/selbstcheck/runde/{round_pk}/"
    return {"result page": base + "ergebnis/", "round overview": base, "pdf": base + "bericht.pdf"}


def admin_sql(sql):
    import psycopg

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/postgres", autocommit=True) as conn:
        conn.execute(sql)


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
    if status != 200:
        raise BenchError(f"GET {path} answered {status}, expected 200")
    return body


def wait_for_server(server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchError("gunicorn exited at start (see its log above)")
        try:
            return request("GET", "/konto/anmelden/", timeout=2)
        except OSError:
            time.sleep(0.2)
    raise BenchError(f"gunicorn did not answer within {seconds} s")


def login(email, password):
    """Logs in like a browser: csrftoken from the form page, then POST -> sessionid cookie."""
    _, headers, _ = request("GET", "/konto/anmelden/")
    csrf = set_cookies(headers).get("csrftoken")
    form = {"username": email, "password": password, "csrfmiddlewaretoken": csrf}
    status, headers, _ = request(
        "POST",
        "/konto/anmelden/",
        {
            "Cookie": f"csrftoken={csrf}",
            "Referer": f"http://{HOST}:{PORT}/konto/anmelden/",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        urlencode(form),
    )
    session = set_cookies(headers).get("sessionid")
    if status != 302 or not session:
        raise BenchError(f"login failed: status {status}, no session cookie")
    return session


def set_cookies(headers):
    jar = SimpleCookie()
    for header in headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


def run_wrk(path, session):
    cmd = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--timeout", "30s"]
    cmd += ["--latency", "-H", f"Cookie: sessionid={session}", f"http://{HOST}:{PORT}{path}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=DURATION + 60)
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    pct = dict(
        (p, float(v) * unit[u])
        for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out.stdout, re.M)
    )
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout)
    socket = re.search(r"Socket errors: (.+)", out.stdout)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)[1]),
        "p50": pct["50"],
        "p99": pct["99"],
        "bad": int(bad[1]) if bad else 0,
        "note": socket[1] if socket else "",
    }


def run_python(path, session):
    """Fallback without wrk: CONNECTIONS threads, each requesting in a loop until the deadline."""
    headers = {"Cookie": f"sessionid={session}"}
    deadline = time.perf_counter() + DURATION

    def worker(_):
        times, bad, conn = [], 0, http.client.HTTPConnection(HOST, PORT, timeout=60)
        while time.perf_counter() < deadline:
            t = time.perf_counter()
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            times.append((time.perf_counter() - t) * 1000)
            bad += response.status != 200
        conn.close()
        return times, bad

    started = time.perf_counter()
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        results = list(pool.map(worker, range(CONNECTIONS)))
    elapsed = time.perf_counter() - started
    times = sorted(t for ts, _ in results for t in ts)
    p = lambda q: times[min(len(times) - 1, int(len(times) * q))]  # noqa: E731
    bad = sum(b for _, b in results)
    return {"rps": len(times) / elapsed, "p50": p(0.5), "p99": p(0.99), "bad": bad, "note": ""}


def main():
    total = time.perf_counter()
    password = secrets.token_urlsafe(18)
    static_root = tempfile.mkdtemp(prefix="weltoffen-bench-")
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{DB}",
        "CACHE_URL": "redis://127.0.0.1:6379/9",
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": HOST,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": static_root,
        "BENCH_PASSWORD": password,
    }
    run = lambda *args: subprocess.run(args, cwd=ROOT, env=env, check=True, timeout=900)  # noqa: E731
    server, log = None, Path(static_root) / "gunicorn.log"
    try:
        admin_sql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        admin_sql(f"CREATE DATABASE {DB}")
        run(str(VENV / "python"), "manage.py", "migrate", "--noinput", "-v0")
        run(str(VENV / "python"), "manage.py", "collectstatic", "--noinput", "-v0")
        out = subprocess.run(
            [str(VENV / "python"), __file__, "--load"],
            cwd=ROOT, env=env, check=True, timeout=900, stdout=subprocess.PIPE, text=True,
        ).stdout  # fmt: skip
        info = json.loads(next(line for line in out.splitlines() if line.startswith("BENCH "))[6:])
        print(f"Loaded {MUNICIPALITIES} municipalities x {MEMBERS} members x 3 rounds "
              f"({info['answers']} answers) in {info['seconds']:.1f} s")  # fmt: skip

        try:  # something else on the port would be measured instead of our server
            request("GET", "/", timeout=1)
            raise BenchError(f"port {PORT} is already in use")
        except OSError:
            pass
        gunicorn = [str(VENV / "gunicorn"), "weltoffen.wsgi", "--bind", f"{HOST}:{PORT}"]
        gunicorn += ["--workers", "2", "--no-control-socket"]
        server = subprocess.Popen(
            gunicorn, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
        )
        wait_for_server(server)
        session = login(info["email"], password)
        css = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', get_ok("/", session))
        if not css:
            raise BenchError("no hashed site.css link on the home page")
        paths = page_paths(info["round"])
        targets = {"static site.css": css[1].decode(), **paths}
        targets.pop("pdf")

        measure = run_wrk if shutil.which("wrk") else run_python
        if measure is run_python:
            print("wrk not found (apt-get install -y wrk): using the Python thread-pool fallback,")
            print("which is itself CPU-bound; figures are lower than wrk's.")
        results = {}
        for name, path in targets.items():
            get_ok(path, session)  # must be 200 (a redirect to the login would look fast)
            results[name] = measure(path, session)
            if results[name]["bad"]:
                raise BenchError(f"{name}: {results[name]['bad']} non-200 responses")

        times = []  # PDF: one cold request (the first in this server), then sequential ones
        for _ in range(1 + PDF_RUNS):
            t = time.perf_counter()
            pdf = get_ok(paths["pdf"], session)
            times.append((time.perf_counter() - t) * 1000)
            if not pdf.startswith(b"%PDF"):
                raise BenchError("the report is not a PDF")

        tool = "wrk" if measure is run_wrk else "python"
        print(f"\n{tool}: {THREADS} threads, {CONNECTIONS} connections, {DURATION} s each; "
              "gunicorn 2 sync workers; ratio = req/s / static req/s")  # fmt: skip
        print(f"{'name':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'queries':>9}")
        base = results["static site.css"]["rps"]
        for name, r in results.items():
            q = info["queries"].get(name, "-")
            print(f"{name:<18}{r['rps']:>9.1f}{r['p50']:>9.1f}{r['p99']:>9.1f}"
                  f"{r['rps'] / base:>8.3f}{q:>9}  {r['note']}")  # fmt: skip
        print(f"\nPDF report ({len(pdf) // 1024} KiB, {info['queries']['pdf']} queries): "
              f"cold {times[0]:.0f} ms; {PDF_RUNS} sequential: min {min(times[1:]):.0f} ms, "
              f"median {statistics.median(times[1:]):.0f} ms")  # fmt: skip
        return 0
    except (BenchError, subprocess.SubprocessError, OSError) as error:
        print(f"ERROR: {error}", file=sys.stderr)
        if log.exists():
            print(log.read_text()[-3000:], file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        try:
            admin_sql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        finally:
            shutil.rmtree(static_root, ignore_errors=True)
            print(f"\nTotal runtime {time.perf_counter() - total:.0f} s (database dropped)")


if __name__ == "__main__":
    sys.exit(load() if sys.argv[1:] == ["--load"] else main())
