"""Load benchmark of the self-check result page, round overview and PDF report on PostgreSQL.

Run: .venv/bin/python bench/selfcheck.py   (see bench/README.md). Creates the database
`weltoffen_bench`, loads 100 municipalities x 5 members x 3 rounds, serves the app with gunicorn on
127.0.0.1:8765, measures with wrk (or a Python fallback) and removes everything again.
Exit code 1 on any error, including a non-200 response.
"""

import os
import re
import secrets
import statistics
import sys
import time
from functools import partial
from urllib.parse import urlencode

import common  # bench/common.py: bench/ is first on sys.path when this script runs

PORT, DB, REDIS_DB = 8765, "weltoffen_bench", 9
HOST = common.HOST
MUNICIPALITIES, MEMBERS = 100, 5
ROUND_TITLES = ["Selbstcheck 2024", "Selbstcheck 2025", "Selbstcheck 2026"]  # the last stays open
DURATION, THREADS, CONNECTIONS, PDF_RUNS = 10, 2, 8, 10


def load():
    """Child process with the bench env: loads the data through the ORM, counts each page's
    queries with Django's test client (cold, then warm cache), prints `BENCH {json}`."""
    import logging
    import random
    from datetime import timedelta

    common.setup_django()
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # warns of the charts' SVG CSS
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.test import Client
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
    common.vacuum_analyze()
    member, open_round = team[towns[0].pk][1], rounds[len(ROUND_TITLES) - 1]  # a plain member
    client = Client(HTTP_HOST=HOST)
    client.force_login(member)
    queries = common.count_queries(client, page_paths(open_round.pk))
    info = {"seconds": seconds, "email": member.email, "round": open_round.pk, "queries": queries}
    common.emit_info(info | {"answers": Answer.objects.count()})


def page_paths(round_pk):
    base = f"/selbstcheck/runde/{round_pk}/"
    return {"result page": base + "ergebnis/", "round overview": base, "pdf": base + "bericht.pdf"}


def auth(session):
    return {"Cookie": f"sessionid={session}"}


def cookie(headers, name):
    values = [re.match(rf"{name}=([^;]*)", h) for h in headers.get_all("Set-Cookie") or []]
    return next((m[1] for m in values if m), None)


def login(email, password):
    """Like a browser: csrftoken cookie from the form page, then POST -> sessionid cookie."""
    csrf = cookie(common.request(PORT, "GET", "/konto/anmelden/")[1], "csrftoken")
    form = urlencode({"username": email, "password": password, "csrfmiddlewaretoken": csrf})
    headers = {
        "Cookie": f"csrftoken={csrf}",
        "Referer": f"http://{HOST}:{PORT}/konto/anmelden/",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    status, headers, _ = common.request(PORT, "POST", "/konto/anmelden/", headers, form)
    session = cookie(headers, "sessionid")
    if status != 302 or not session:
        raise common.BenchError(f"login failed: status {status}, no session cookie")
    return session


def measure_all(info, password):
    """Everything against the running server; returns the printable report."""
    session = login(info["email"], password)
    css = common.static_css_path(common.get_ok(PORT, "/", auth(session)), "home page")
    paths = page_paths(info["round"])
    pdf_path = paths.pop("pdf")  # timed sequentially below, not under load
    targets = {"static site.css": css, **paths}
    intro, measure = common.load_runner(
        PORT, duration=DURATION, threads=THREADS, connections=CONNECTIONS
    )
    lines = [
        f"{intro} gunicorn 2 sync workers; ratio = req/s / static req/s; queries cold/warm",
        common.table_header(),
    ]
    base = None
    for name, path in targets.items():
        common.get_ok(PORT, path, auth(session))
        rps, p50, p99, bad, note = measure(path, auth(session))
        if bad:
            raise common.BenchError(f"{name}: {bad} non-200 responses")
        base = base or rps
        queries = info["queries"].get(name, "-")
        lines.append(common.table_row(name, rps, p50, p99, base, queries, note=note))
    times = []  # PDF: the first request of this server (cold), then sequential ones
    for _ in range(1 + PDF_RUNS):
        t = time.perf_counter()
        pdf = common.get_ok(PORT, pdf_path, auth(session))
        times.append((time.perf_counter() - t) * 1000)
        if not pdf.startswith(b"%PDF"):
            raise common.BenchError("the report is not a PDF")
    lines.append(
        f"\nPDF report ({len(pdf) // 1024} KiB, queries {info['queries']['pdf']}): "
        f"cold {times[0]:.0f} ms; {PDF_RUNS} sequential: min {min(times[1:]):.0f} ms, "
        f"median {statistics.median(times[1:]):.0f} ms"
    )
    return "\n".join(lines)


def report_load(info):
    print(
        f"Loaded {MUNICIPALITIES} municipalities x {MEMBERS} members x {len(ROUND_TITLES)} "
        f"rounds ({info['answers']} answers) in {info['seconds']:.1f} s"
    )


def main():
    password = secrets.token_urlsafe(18)
    return common.run_bench(
        __file__,
        db=DB,
        port=PORT,
        redis_db=REDIS_DB,
        ready_path="/konto/anmelden/",
        after_load=report_load,
        measure=partial(measure_all, password=password),
        env_extra={"BENCH_PASSWORD": password},
    )


if __name__ == "__main__":
    sys.exit(load() if sys.argv[1:] == ["--load"] else main())
