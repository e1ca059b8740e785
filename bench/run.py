"""The production setup under load, in one run: PostgreSQL, Redis (cache and page cache),
gunicorn with production settings; first with the demo data, then with a large data set (10,000
articles, 5,000 events, 11,000 municipalities of which 500 with a self-check round), each page
measured with wrk next to a static file served by the same server. Prints requests per second,
p50, p99, the ratio to the static baseline, the targets of issue 8, and the memory of the workers.

Run: bench/run   (about 5 minutes; needs PostgreSQL, Redis and wrk; see bench/README.md).
Exit code 1 on any error, including a non-2xx response; the targets are printed, not enforced.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common  # bench/common.py: bench/ is first on sys.path when this script runs

PORT, DB, REDIS_DB = 8770, "weltoffen_bench_all", 12
ARTICLES, EVENTS, MUNICIPALITIES, ROUNDS = 10_000, 5_000, 11_000, 500
DURATION, THREADS, CONNECTIONS, SAVE_CONNECTIONS = 8, 2, 8, 16
COORDINATOR = ("koordination@musterstadt.example.org", "demo-koordination-2026")
PUBLIC, PDF, LOGGED_IN, SAVE = "public", "pdf", "logged-in", "save"
TARGETS = {PUBLIC: 0.5, PDF: 0.5, LOGGED_IN: 0.2}


# --- child process: data ------------------------------------------------------------------------


def load(stage):
    common.setup_django()
    from django.core.management import call_command

    if stage == "demo":
        call_command("load_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    else:
        import large_data

        large_data.load(ARTICLES, EVENTS, MUNICIPALITIES, ROUNDS)
    common.vacuum_analyze()
    common.emit_info(targets_info())


def targets_info():
    """Slugs and ids of the pages to measure (the demo's open round of Musterstadt)."""
    from weltoffen.pagecache import bump

    from dialogues.models import Event
    from magazine.models import Article
    from selfcheck.models import Round
    from weltoffen.models import Field

    bump()  # bulk loads send no signals: pages cached before are stale
    round_ = Round.objects.filter(municipality__name="Musterstadt (Demo)").open().get()
    question = round_.questionnaire.questions.order_by("order").first()
    return {
        "article": Article.objects.published().order_by("-published_at").first().slug,
        "field": Field.objects.order_by("number").first().slug,
        "event": Event.objects.upcoming().first().slug,
        "round": round_.pk,
        "question": question.pk,
    }


def pages(info):
    """name -> (kind, path)."""
    step = f"/selbstcheck/runde/{info['round']}/feld/{info['field']}/"
    return {
        "home": (PUBLIC, "/"),
        "magazine list": (PUBLIC, "/magazin/"),
        "article": (PUBLIC, f"/magazin/{info['article']}/"),
        "search": (PUBLIC, "/magazin/?q=Integration"),
        "field page": (PUBLIC, f"/magazin/feld/{info['field']}/"),
        "event list": (PUBLIC, "/dialoge/"),
        "iCal feed": (PUBLIC, "/dialoge/kalender.ics"),
        "contacts": (PUBLIC, "/kontakte/"),
        "contacts PDF": (PDF, "/kontakte/ansprechpartner.pdf"),
        "self-check step": (LOGGED_IN, step),
    }


# --- parent process -----------------------------------------------------------------------------


def login(port):
    status, headers, body = common.request(port, "GET", "/konto/anmelden/")
    csrf = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))[1]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1].decode()
    form = f"csrfmiddlewaretoken={token}&username={COORDINATOR[0]}&password={COORDINATOR[1]}"
    status, headers, _body = common.request(
        port,
        "POST",
        "/konto/anmelden/",
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"},
        form,
    )
    session = re.search(r"sessionid=([^;]+)", " ".join(headers.get_all("Set-Cookie") or []))
    if status != 302 or not session:
        raise common.BenchError(f"login as {COORDINATOR[0]} failed ({status})")
    return {"Cookie": f"csrftoken={csrf}; sessionid={session[1]}", "X-CSRFToken": csrf}


def save_script(tmp, info, auth):
    """A wrk Lua script that saves one answer per request (the autosave of the step page)."""
    body = f"question={info['question']}&q{info['question']}=3"
    script = tmp / "save.lua"
    headers = {
        **auth,
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": f"http://{common.HOST}:{PORT}/",
    }
    lines = ['wrk.method = "POST"', f"wrk.body = {json.dumps(body)}"]
    lines += [f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()]
    script.write_text("\n".join(lines) + "\n")
    return script


def run_save(script, path):
    cmd = [
        "wrk",
        "-t2",
        f"-c{SAVE_CONNECTIONS}",
        f"-d{DURATION}s",
        "--latency",
        "-s",
        str(script),
        f"http://{common.HOST}:{PORT}{path}",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=DURATION + 60)
    return common.parse_wrk(out.stdout)


def measure(info, auth, tmp):
    """{name: (kind, rps, p50, p99, requests)} including the static file and saving."""
    css = common.static_css_path(common.get_ok(PORT, "/"), "home page")
    rows = {}
    for name, (kind, path) in {"static site.css": ("static", css), **pages(info)}.items():
        headers = auth if kind == LOGGED_IN else None
        common.get_ok(PORT, path, headers)
        rps, p50, p99, bad, _note = common.run_wrk(
            PORT, path, headers, duration=DURATION, threads=THREADS, connections=CONNECTIONS
        )
        if bad:
            raise common.BenchError(f"{name}: {bad} non-2xx responses")
        rows[name] = (kind, rps, p50, p99, rps * DURATION)
        common.get_ok(PORT, css)  # the queue is empty again
    script = save_script(tmp, info, auth)
    rps, p50, p99, bad, _note = run_save(script, f"/selbstcheck/runde/{info['round']}/speichern/")
    if bad:
        raise common.BenchError(f"saving an answer: {bad} non-2xx responses")
    rows["save an answer"] = (SAVE, rps, p50, p99, rps * DURATION)
    return rows


def worker_memory(server):
    """Resident memory (MB) of each gunicorn worker."""
    children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True)
    sizes = []
    for pid in children.stdout.split():
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024)
    return sizes


def requests_in_a_loop(count, paths, auth):
    for number in range(count):
        kind, path = paths[number % len(paths)]
        common.request(PORT, "GET", path, auth if kind == LOGGED_IN else None)


def report(demo, large, memory):
    base_demo, base_large = demo["static site.css"][1], large["static site.css"][1]
    lines = [
        f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}s per page (saving: -c{SAVE_CONNECTIONS}); "
        "gunicorn 2 sync workers, production settings, PostgreSQL, Redis page cache",
        f"{'page':<17}{'demo r/s':>10}{'large r/s':>10}{'l/d':>6}{'p50 ms':>8}{'p99 ms':>8}"
        f"{'ratio':>7}  target",
    ]
    for name, (kind, rps, p50, p99, _n) in large.items():
        d_rps = demo[name][1]
        ratio = rps / base_large
        if kind == SAVE:
            target, ok = "p99 < 50 ms at 16 connections", p99 < 50
        elif kind == "static":
            target, ok = "baseline", True
        else:
            target, ok = f"≥ {TARGETS[kind]} × static", ratio >= TARGETS[kind]
        ok = ok and (kind in ("static", SAVE) or rps >= 0.8 * d_rps)
        lines.append(
            f"{name:<17}{d_rps:>10.1f}{rps:>10.1f}{rps / d_rps:>6.2f}{p50:>8.1f}{p99:>8.1f}"
            f"{ratio:>7.3f}  {target}{'' if kind in ('static', SAVE) else ', large ≥ 0.8 × demo'}"
            f"  {'ok' if ok else 'MISSED'}"
        )
    first, last, total = memory
    growth = (max(last) / max(first) - 1) * 100
    lines.append(
        f"\nstatic baseline: demo {base_demo:.0f} r/s, large {base_large:.0f} r/s\n"
        f"worker memory: {', '.join(f'{m:.0f}' for m in first)} MB after 1,000 requests, "
        f"{', '.join(f'{m:.0f}' for m in last)} MB after {total:,.0f} requests: "
        f"{growth:+.1f} % (target < +10 %: {'ok' if growth < 10 else 'MISSED'})"
    )
    return "\n".join(lines)


def main():
    total_started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="weltoffen-bench-all-"))
    env = common.bench_env(tmp, DB, REDIS_DB, {"PAGE_CACHE": "True", "LOG_LEVEL": "ERROR"})
    run = {"cwd": common.ROOT, "env": env, "check": True, "timeout": 1800}
    server, log = None, tmp / "gunicorn.log"
    try:
        common.ensure_port_free(PORT)
        common.reset_stores(DB, REDIS_DB, create=True)
        common.migrate_and_collectstatic(run)
        info = load_stage("demo", run)
        server = common.start_gunicorn(env, PORT, log, "/healthz")
        auth = login(PORT)
        requests_in_a_loop(1000, list(pages(info).values()), auth)
        first = worker_memory(server)
        demo = measure(info, auth, tmp)
        print("demo data measured; loading the large data set …", flush=True)
        info = load_stage("large", run)
        auth = login(PORT)
        large = measure(info, auth, tmp)
        total = 1000 + sum(row[4] for row in (*demo.values(), *large.values()))
        if total < 20_000:
            requests_in_a_loop(int(20_000 - total), list(pages(info).values()), auth)
            total = 20_000
        print(report(demo, large, (first, worker_memory(server), total)))
        return 0
    except (common.BenchError, subprocess.SubprocessError, OSError, TypeError) as error:
        print(f"ERROR: {error!r}", file=sys.stderr)
        if log.exists():
            print("gunicorn log (end):\n" + log.read_text()[-3000:], file=sys.stderr)
        return 1
    finally:
        common.stop_gunicorn(server)
        common.reset_stores(DB, REDIS_DB, create=False)
        print(f"\nTotal runtime {time.perf_counter() - total_started:.0f} s (bench data removed)")


def load_stage(stage, run):
    out = subprocess.run(
        [common.PYTHON, __file__, "--load", stage], stdout=subprocess.PIPE, text=True, **run
    )
    return json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("BENCH "))[6:])


if __name__ == "__main__":
    sys.exit(load(sys.argv[2]) if sys.argv[1:2] == ["--load"] else main())
