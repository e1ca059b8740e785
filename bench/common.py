"""Infrastructure shared by the benchmarks in this folder (see bench/README.md).

Each benchmark has its own database, port and Redis database, passed in as parameters; the scripts
import this module as `common` (Python puts the script's folder, bench/, first on sys.path).
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
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON, GUNICORN = str(ROOT / ".venv/bin/python"), str(ROOT / ".venv/bin/gunicorn")
HOST = "127.0.0.1"


class BenchError(Exception):
    pass


# --- child process (`script --load`): Django with the bench env


def setup_django():
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings")
    django.setup()


def count_queries(client, paths):
    """SQL queries per page with Django's test client, first and second request: {name: "c/w"}."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queries = {}
    for name, path in paths.items():
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                status = client.get(path).status_code
            counts.append(str(len(ctx)) if status == 200 else f"HTTP {status}")
        queries[name] = "/".join(counts)
    return queries


def vacuum_analyze():
    """Planner statistics, as autovacuum would have them."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def emit_info(info):
    """The child's result for the parent, read back by `load_in_child`."""
    print("BENCH " + json.dumps(info))


# --- parent process: stores, Django commands, gunicorn


def reset_stores(db, redis_db, create):
    """Drops (and recreates) the bench database; empties the bench's own Redis database, whose
    cached data must not outlive the data it was computed from."""
    import psycopg
    import redis

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        if create:
            conn.execute(f"CREATE DATABASE {db}")
    redis.Redis(host=HOST, port=6379, db=redis_db).flushdb()


def bench_env(tmp, db, redis_db, extra=None):
    return os.environ | {
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{db}",
        "CACHE_URL": f"redis://{HOST}:6379/{redis_db}",
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": HOST,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(tmp / "static"),
        **(extra or {}),
    }


def ensure_port_free(port):
    with socket.socket() as probe:  # another server on the port would be measured instead
        if probe.connect_ex((HOST, port)) == 0:
            raise BenchError(f"port {port} is already in use")


def migrate_and_collectstatic(run):
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], **run)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], **run)


def load_in_child(script, run):
    """Runs `script --load` and returns the info it printed with `emit_info`."""
    out = subprocess.run([PYTHON, script, "--load"], stdout=subprocess.PIPE, text=True, **run)
    return json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("BENCH "))[6:])


def start_gunicorn(env, port, log, ready_path):
    """gunicorn with 2 sync workers; returns once `ready_path` answers (at most 30 s)."""
    cmd = [GUNICORN, "weltoffen.wsgi", "--bind", f"{HOST}:{port}", "--no-control-socket"]
    cmd += ["--workers", "2"]
    server = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    try:
        for _ in range(150):  # up to 30 s
            if server.poll() is not None:
                raise BenchError("gunicorn exited at start")
            try:
                request(port, "GET", ready_path, timeout=2)
                return server
            except OSError:
                time.sleep(0.2)
        raise BenchError("gunicorn did not answer within 30 s")
    except BaseException:
        stop_gunicorn(server)
        raise


def stop_gunicorn(server):
    if server is not None:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def run_bench(
    script,
    *,
    db,
    port,
    redis_db,
    ready_path,
    after_load,
    measure,
    env_extra=None,
    catch=(),
    describe=str,
):
    """The whole benchmark: fresh database and Redis db, migrate, load in a child process
    (`after_load(info)` reports it), gunicorn on `port`, `print(measure(info))`; everything is
    removed again, also on errors. Returns the exit code (1 on BenchError and the like)."""
    total = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix=db.replace("_", "-") + "-"))  # as the database
    env = bench_env(tmp, db, redis_db, env_extra)
    run = {"cwd": ROOT, "env": env, "check": True, "timeout": 900}
    server, log = None, tmp / "gunicorn.log"
    try:
        ensure_port_free(port)
        reset_stores(db, redis_db, create=True)
        migrate_and_collectstatic(run)
        info = load_in_child(script, run)
        after_load(info)
        server = start_gunicorn(env, port, log, ready_path)
        print(measure(info))
        return 0
    except (BenchError, subprocess.SubprocessError, OSError, *catch) as error:
        print(f"ERROR: {describe(error)}", file=sys.stderr)
        if log.exists():
            print("gunicorn log (end):\n" + log.read_text()[-3000:], file=sys.stderr)
        return 1
    finally:
        stop_gunicorn(server)
        try:
            reset_stores(db, redis_db, create=False)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            print(f"\nTotal runtime {time.perf_counter() - total:.0f} s (bench data removed)")


# --- HTTP against the running server


def request(port, method, path, headers=None, body=None, timeout=120):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def get_ok(port, path, headers=None):
    status, _, body = request(port, "GET", path, headers)
    if status != 200:  # a redirect (e.g. to the login page) or 404 would look fast; it must fail
        raise BenchError(f"GET {path} answered {status}, expected 200")
    return body


def static_css_path(body, page):
    """The hashed site.css link of a page (the static baseline of the table)."""
    css = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', body)
    if not css:
        raise BenchError(f"no hashed site.css link on the {page}")
    return css[1].decode()


# --- load runs and the table


def run_wrk(port, path, headers=None, *, duration, threads, connections):
    cmd = f"wrk -t{threads} -c{connections} -d{duration}s --timeout 30s --latency".split()
    for name, value in (headers or {}).items():
        cmd += ["-H", f"{name}: {value}"]
    cmd += [f"http://{HOST}:{port}{path}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=duration + 60)
    return parse_wrk(out.stdout)


def parse_wrk(output):
    """(req/s, p50 ms, p99 ms, non-2xx/3xx count, socket errors) from wrk --latency output."""
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    pattern = r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$"
    pct = {p: float(v) * unit[u] for p, v, u in re.findall(pattern, output, re.M)}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)  # counts statuses >= 400
    errors = re.search(r"Socket errors: (.+)", output)  # e.g. timeouts (30 s here)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    return rps, pct["50"], pct["99"], int(bad[1]) if bad else 0, errors[1] if errors else ""


def run_python(port, path, headers=None, *, duration, threads, connections):
    """Fallback without wrk: `connections` threads, each requesting in a loop until the deadline
    (`threads` is wrk's and unused here)."""
    deadline = time.perf_counter() + duration

    def worker(_):
        conn, times, bad = http.client.HTTPConnection(HOST, port, timeout=60), [], 0
        while time.perf_counter() < deadline:
            t = time.perf_counter()
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            response.read()
            times.append((time.perf_counter() - t) * 1000)
            bad += response.status != 200
        conn.close()
        return times, bad

    started = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        results = list(pool.map(worker, range(connections)))
    times = sorted(t for ts, _ in results for t in ts)
    p50, p99 = (times[min(len(times) - 1, int(len(times) * q))] for q in (0.5, 0.99))
    rps = len(times) / (time.perf_counter() - started)
    return rps, p50, p99, sum(b for _, b in results), ""


def load_runner(port, *, duration, threads, connections):
    """wrk if installed, else the Python fallback (said so once). Returns the table's first line
    up to the details, and `measure(path, headers=None) -> (rps, p50, p99, bad, note)`."""
    if shutil.which("wrk"):
        name, run = "wrk", run_wrk
    else:
        name, run = "python", run_python
        print("wrk not found (apt-get install -y wrk): Python thread-pool fallback, CPU-bound")
    settings = {"duration": duration, "threads": threads, "connections": connections}
    intro = f"{name}: {threads} threads, {connections} connections, {duration} s each;"
    return intro, partial(run, port, **settings)


def table_header(extra=""):
    return f"{'name':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'queries':>9}{extra}"


def table_row(name, rps, p50, p99, base, queries, extra="", note=""):
    """One line of the table; `base` is the static file's req/s, for the ratio."""
    row = f"{name:<18}{rps:>9.1f}{p50:>9.1f}{p99:>9.1f}{rps / base:>8.3f}{queries:>9}{extra}"
    return f"{row}  {note}".rstrip()
