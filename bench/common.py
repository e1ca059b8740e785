"""Plumbing of bench/run.py: the bench database, Django in the child process, gunicorn, HTTP and
wrk. The script imports this module as `common` (Python puts bench/ first on sys.path)."""

import http.client
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable  # the project's virtualenv, as bench/run starts it
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
HOST = "127.0.0.1"


class BenchError(Exception):
    pass


# --- child process (`run.py --load <size>`): Django with the bench env


def setup_django():
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings")
    django.setup()


def count_queries(client, path):
    """SQL queries of one page with Django's test client (its second request)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        status = client.get(path).status_code
    return len(ctx) if status == 200 else f"HTTP {status}"


def vacuum_analyze():
    """Planner statistics and visibility map, as autovacuum would have them."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def emit_info(info):
    """The child's result for the parent (the line starting with BENCH)."""
    print("BENCH " + json.dumps(info))


def read_info(stdout):
    return json.loads(next(ln for ln in stdout.splitlines() if ln.startswith("BENCH "))[6:])


# --- parent process: database, Django commands, gunicorn


def reset_database(db, create):
    """Drops (and recreates) the bench's own database."""
    import psycopg

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        if create:
            conn.execute(f"CREATE DATABASE {db}")


def bench_env(tmp, db, extra=None):
    """Production settings (DEBUG off) on the bench database; the cache is the settings' default
    unless CACHE_URL is set in the environment."""
    return os.environ | {
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{db}",
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": f"{HOST},testserver",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(tmp / "static"),
        "LOG_LEVEL": "ERROR",
        **(extra or {}),
    }


def ensure_port_free(port):
    with socket.socket() as probe:  # another server on the port would be measured instead
        if probe.connect_ex((HOST, port)) == 0:
            raise BenchError(f"port {port} is already in use")


def migrate_and_collectstatic(run):
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], **run)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], **run)


def start_gunicorn(env, port, log, workers=2):
    """gunicorn with `workers` sync workers; returns once /healthz answers (at most 30 s)."""
    cmd = [GUNICORN, "weltoffen.wsgi", "--bind", f"{HOST}:{port}", "--workers", str(workers)]
    server = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT
    )
    try:
        for _ in range(150):
            if server.poll() is not None:
                raise BenchError("gunicorn exited at start")
            try:
                request(port, "GET", "/healthz", timeout=2)
                return server
            except OSError:
                time.sleep(0.2)
        raise BenchError("gunicorn did not answer within 30 s")
    except BaseException:
        stop_gunicorn(server)
        raise


def stop_gunicorn(server):
    if server is not None and server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def worker_memory(server):
    """Resident memory (MB) of each gunicorn worker."""
    children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True)
    sizes = []
    for pid in children.stdout.split():
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024)
    return sizes


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
    """The body of a 200 response, timed: (body, seconds)."""
    started = time.perf_counter()
    status, _, body = request(port, "GET", path, headers)
    seconds = time.perf_counter() - started
    if status != 200:  # a redirect (e.g. to the login page) or 404 would look fast; it must fail
        raise BenchError(f"GET {path} answered {status}, expected 200")
    return body, seconds


def static_css_path(body):
    """The hashed site.css link of a page (the static baseline)."""
    css = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', body)
    if not css:
        raise BenchError("no hashed site.css link on the home page")
    return css[1].decode()


def run_wrk(port, path, headers=None, *, duration, threads, connections):
    """(req/s, p50 ms, p99 ms) of one wrk run; an error status or a timeout fails the bench."""
    cmd = f"wrk -t{threads} -c{connections} -d{duration}s --timeout 30s --latency".split()
    for name, value in (headers or {}).items():
        cmd += ["-H", f"{name}: {value}"]
    cmd += [f"http://{HOST}:{port}{path}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=duration + 60)
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    pattern = r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$"
    pct = {p: float(v) * unit[u] for p, v, u in re.findall(pattern, out.stdout, re.M)}
    if bad := re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout):
        raise BenchError(f"{path}: {bad[1]} responses with an error status")
    if (timeouts := re.search(r"timeout (\d+)", out.stdout)) and int(timeouts[1]):
        raise BenchError(f"{path}: {timeouts[1]} requests timed out (30 s)")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)[1])
    return rps, pct["50"], pct["99"]
