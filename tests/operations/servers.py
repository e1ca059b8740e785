"""App servers as in production (gunicorn, DEBUG off) against the test database, for tests of
operations: several servers, outages."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.cookiejar import CookieJar
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def database_url(host="127.0.0.1", port=None):
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    port = port or settings["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def post(port, path, data, opener, timeout=30):
    """(status, final URL, body) of a form POST (redirects followed)."""
    body = urllib.parse.urlencode(data, doseq=True).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body)
    with opener.open(request, timeout=timeout) as response:
        return response.status, response.geturl(), response.read().decode()


def logged_in_browser(port, email, password):
    """A cookie-keeping opener, logged in through the login form of the server on `port`."""
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    token = TOKEN.search(get(port, "/konto/anmelden/", browser)[1]).group(1)
    post(
        port,
        "/konto/anmelden/",
        {"csrfmiddlewaretoken": token, "username": email, "password": password},
        browser,
    )
    return browser


def get(port, path="/", opener=None):
    """(status, body, headers) of a GET, also for error statuses."""
    open_url = (opener or urllib.request.build_opener()).open
    try:
        with open_url(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


@contextmanager
def app_server(port, **env):
    """gunicorn with one worker of four threads on 127.0.0.1:port; yields once /healthz
    answers."""
    environment = os.environ | {
        "DATABASE_URL": database_url(),
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": "s" * 60,  # the same on every server, as in production
        "LOG_LEVEL": "CRITICAL",
        **env,
    }
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    server = subprocess.Popen(
        [
            gunicorn,
            "weltoffen.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            # as in production (docs/deployment.md): a request waiting on the database holds
            # one thread, the worker's other threads serve the rest
            "--worker-class",
            "gthread",
            "--threads",
            "4",
            "--timeout",
            "60",
            "--no-control-socket",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(150):
            try:
                if get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)
