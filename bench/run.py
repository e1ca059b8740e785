"""What a first visitor and every signed-in user gets, measured without any page cache.

PostgreSQL, gunicorn with 2 sync workers and production settings (DEBUG off),
wrk on the same machine. Each page is measured next to two baselines served by the same gunicorn
in the same run: the static site.css through WhiteNoise (what the server can do at all) and
/healthz (the smallest dynamic page: Django's request cycle and one query). Two databases and two
servers, one with the demo data and one at national size (the demo plus bench/large_data.py:
11,000 municipalities, 10,000 articles, 5,000 events, 500 self-check rounds), measured page by
page in turn, so that a busy machine weighs on both sizes alike; plus the cold PDF times at
national size.

Run: bench/run (about 7 minutes; see bench/README.md). Exit code 1 on any error, including an
error status; the targets of issue 13 are printed, never enforced.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common  # bench/common.py: bench/ is first on sys.path when this script runs

SIZES = {"demo": (8790, "wk_perf_bench_demo"), "national": (8791, "wk_perf_bench_national")}
ARTICLES, EVENTS, MUNICIPALITIES, ROUNDS = 10_000, 5_000, 11_000, 500
DURATION = int(os.environ.get("BENCH_SECONDS", "8"))  # per page and size
THREADS, CONNECTIONS, ALONE = 2, 8, 5
COORDINATOR = ("koordination@musterstadt.example.org", "demo-koordination-2026")
BASELINE, PUBLIC, SIGNED_IN = "baseline", "public", "signed in"
RESULT_PAGE, RESULT_LIMIT_MS = "result page", 100


# --- child process: data ------------------------------------------------------------------------


def load(size):
    common.setup_django()
    from django.core.management import call_command

    call_command("load_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    if size == "national":
        import large_data

        large_data.load(ARTICLES, EVENTS, MUNICIPALITIES, ROUNDS)
    common.vacuum_analyze()
    info = targets_info()
    info["queries"] = queries_per_page(info)
    common.emit_info(info)


def targets_info():
    """Slugs and ids of the pages to measure (the demo's open round of Musterstadt)."""

    from dialogues.models import Event
    from magazine.models import Article
    from selfcheck.models import Round
    from weltoffen.models import Field

    round_ = Round.objects.filter(municipality__name="Musterstadt (Demo)").open().get()
    return {
        "article": Article.objects.published().order_by("-published_at").first().slug,
        "field": Field.objects.order_by("number").first().slug,
        "event": Event.objects.upcoming().first().slug,
        "round": round_.pk,
    }


def queries_per_page(info):
    from django.test import Client

    from weltoffen.models import User

    anonymous, signed_in = Client(), Client()
    signed_in.force_login(User.objects.get(email=COORDINATOR[0]))
    return {
        name: common.count_queries(signed_in if kind == SIGNED_IN else anonymous, path)
        for name, (kind, path) in pages(info).items()
        if kind != BASELINE
    }


def pages(info):
    """name -> (kind, path), the baselines first."""
    round_, field = f"/selbstcheck/runde/{info['round']}", info["field"]
    return {
        "static site.css": (BASELINE, info.get("css", "")),
        "/healthz": (BASELINE, "/healthz"),
        "home": (PUBLIC, "/"),
        "magazine list": (PUBLIC, "/magazin/"),
        "article": (PUBLIC, f"/magazin/{info['article']}/"),
        "search": (PUBLIC, "/magazin/?q=Integrationsbeauftragte"),
        "search, all match": (PUBLIC, "/magazin/?q=Integration"),
        "field page": (PUBLIC, f"/magazin/feld/{field}/"),
        "event list": (PUBLIC, "/dialoge/"),
        "event page": (PUBLIC, f"/dialoge/{info['event']}/"),
        "iCal feed": (PUBLIC, "/dialoge/kalender.ics"),
        "contacts": (PUBLIC, "/kontakte/"),
        "self-check step": (SIGNED_IN, f"{round_}/feld/{field}/"),
        "team view": (SIGNED_IN, f"{round_}/team/{field}/"),
        RESULT_PAGE: (SIGNED_IN, f"{round_}/ergebnis/"),
    }


# --- parent process -----------------------------------------------------------------------------


def login(port):
    status, headers, body = common.request(port, "GET", "/konto/anmelden/")
    csrf = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))[1]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1].decode()
    form = f"csrfmiddlewaretoken={token}&username={COORDINATOR[0]}&password={COORDINATOR[1]}"
    form_headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={csrf}",
    }
    status, headers, _ = common.request(port, "POST", "/konto/anmelden/", form_headers, form)
    session = re.search(r"sessionid=([^;]+)", " ".join(headers.get_all("Set-Cookie") or []))
    if status != 302 or not session:
        raise common.BenchError(f"login as {COORDINATOR[0]} failed ({status})")
    return {"Cookie": f"csrftoken={csrf}; sessionid={session[1]}"}


def measure(servers):
    """{size: {name: (kind, req/s, p50 ms, p99 ms, alone ms)}}, page by page on both servers in
    turn. `alone`: the median of a few requests one after another on the idle server, i.e. the
    time one request takes."""
    rows = {size: {} for size in servers}
    for name in pages(servers["demo"]["info"]):
        for size, server in servers.items():
            port = server["port"]
            kind, path = pages(server["info"])[name]
            headers = server["auth"] if kind == SIGNED_IN else None
            common.get_ok(port, path, headers)  # 200, not a redirect; warms the worker up
            times = [common.get_ok(port, path, headers)[1] for _ in range(ALONE)]
            rps, p50, p99 = common.run_wrk(
                port, path, headers, duration=DURATION, threads=THREADS, connections=CONNECTIONS
            )
            rows[size][name] = (kind, rps, p50, p99, statistics.median(times) * 1000)
            wait_until_idle(port)
    return rows


def wait_until_idle(port):
    """wrk stops after DURATION, but the workers still answer what is queued; that must not be
    counted against the next page. Idle: three quick answers in a row (or 30 s passed)."""
    quick, deadline = 0, time.monotonic() + 30
    while quick < 3 and time.monotonic() < deadline:
        quick = quick + 1 if common.get_ok(port, "/healthz")[1] < 0.05 else 0


def cold_pdfs(port, info, auth):
    """Seconds of the first request to each PDF after a fresh start: rendered, not stored."""
    times = {}
    for name, path, headers in [
        ("contacts PDF", "/kontakte/ansprechpartner.pdf", None),
        ("self-check report", f"/selbstcheck/runde/{info['round']}/bericht.pdf", auth),
    ]:
        body, seconds = common.get_ok(port, path, headers)
        if not body.startswith(b"%PDF"):
            raise common.BenchError(f"{path} is no PDF")
        times[name] = seconds
    return times


def verdict(kind, name, rps, healthz, ratio, alone):
    """The targets of issue 13 (printed, never enforced)."""
    aims = []
    if kind == PUBLIC:
        aims.append(("≥ 0.2 × healthz", rps >= 0.2 * healthz))
    aims.append(("national ≥ 0.8 × demo", ratio >= 0.8))
    if name == RESULT_PAGE:
        aims.append((f"< {RESULT_LIMIT_MS} ms alone", alone < RESULT_LIMIT_MS))
    return ", ".join(f"{aim} {'ok' if ok else 'MISSED'}" for aim, ok in aims)


def report(demo, national, info, pdfs, memory):
    css, healthz = national["static site.css"][1], national["/healthz"][1]
    lines = [
        f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}s per page; gunicorn 2 sync workers, "
        "DEBUG off, no page cache; PostgreSQL; wrk and server share the machine",
        "ratios (÷ css, ÷ healthz) and p50/p99/alone/queries at national size",
        f"{'page':<17}{'demo r/s':>9}{'nat. r/s':>9}{'n/d':>6}{'÷ css':>7}{'÷ hz':>6}"
        f"{'p50 ms':>8}{'p99 ms':>8}{'alone':>7}{'q':>4}  targets",
    ]
    for name, (kind, rps, p50, p99, alone) in national.items():
        ratio = rps / demo[name][1] if demo[name][1] else float("nan")
        aims = "baseline" if kind == BASELINE else verdict(kind, name, rps, healthz, ratio, alone)
        lines.append(
            f"{name:<17}{demo[name][1]:>9.1f}{rps:>9.1f}{ratio:>6.2f}{rps / css:>7.3f}"
            f"{rps / healthz:>6.2f}{p50:>8.1f}{p99:>8.1f}{alone:>7.1f}"
            f"{info['queries'].get(name, ''):>4}  {aims}"
        )
    lines.append(
        "cold PDFs at national size (first request after a fresh start): "
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in pdfs.items())
    )
    lines.append(
        "worker memory (MB): "
        + "; ".join(f"{size} {', '.join(f'{m:.0f}' for m in mb)}" for size, mb in memory.items())
    )
    return "\n".join(lines)


def prepare(size, tmp, log):
    """A fresh database with the data of `size` and a gunicorn in front of it (started after
    the load, so no process keeps anything from before)."""
    port, db = SIZES[size]
    env = common.bench_env(tmp, db, {})
    run = {"cwd": common.ROOT, "env": env, "check": True, "timeout": 1800}
    common.ensure_port_free(port)
    common.reset_database(db, create=True)
    common.migrate_and_collectstatic(run)
    out = subprocess.run(
        [common.PYTHON, __file__, "--load", size], stdout=subprocess.PIPE, text=True, **run
    )
    info = common.read_info(out.stdout)
    server = common.start_gunicorn(env, port, log)
    info["css"] = common.static_css_path(common.get_ok(port, "/")[0])
    return {"port": port, "info": info, "server": server, "auth": login(port)}


def main():
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="wk-perf-bench-"))
    log, servers = tmp / "gunicorn.log", {}
    try:
        for size in SIZES:
            servers[size] = prepare(size, tmp, log)
        national = servers["national"]
        pdfs = cold_pdfs(national["port"], national["info"], national["auth"])
        print("both sizes loaded; measuring page by page …", flush=True)
        rows = measure(servers)
        memory = {size: common.worker_memory(server["server"]) for size, server in servers.items()}
        print(report(rows["demo"], rows["national"], national["info"], pdfs, memory))
        return 0
    except (common.BenchError, subprocess.SubprocessError, OSError) as error:
        print(f"ERROR: {error!r}", file=sys.stderr)
        if log.exists():
            print("gunicorn log (end):\n" + log.read_text()[-3000:], file=sys.stderr)
        return 1
    finally:
        for size, (_port, db) in SIZES.items():
            common.stop_gunicorn(servers.get(size, {}).get("server"))
            common.reset_database(db, create=False)
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"\nTotal runtime {time.perf_counter() - started:.0f} s (bench databases removed)")


if __name__ == "__main__":
    sys.exit(load(sys.argv[2]) if sys.argv[1:2] == ["--load"] else main())
