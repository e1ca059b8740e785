"""A PostgreSQL outage while the site runs: a German 503 page during it, and recovery by itself
afterwards, without restarting the app server. The outage is a TCP proxy in front of the real
database server that drops every connection and refuses new ones, then comes back."""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
]


class Proxy:
    """Forwards 127.0.0.1:<port> to the database server; `down()` cuts everything, `up()` listens
    again on the same port."""

    def __init__(self, target):
        self.target, self.sockets, self.lock = target, [], threading.Lock()
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.up()

    def up(self):
        self.server = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def down(self):
        with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
            self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, server):
        while True:
            try:
                client, _address = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass


def get(port, path="/"):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


@pytest.fixture
def app_server(live_server_port_free):
    settings = connection.settings_dict
    proxy = Proxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    env = os.environ | {
        "DATABASE_URL": f"postgres://{user}{password}@127.0.0.1:{proxy.port}/{settings['NAME']}",
        "DEBUG": "False",
        "SECURE_HTTPS": "False",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": "x" * 60,
        "DB_POOL_TIMEOUT": "3",
        "LOG_LEVEL": "CRITICAL",
    }
    port = live_server_port_free
    server = subprocess.Popen(
        [
            shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn",
            "weltoffen.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            if get(port, "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    yield port, proxy
    server.terminate()
    server.wait(timeout=30)
    proxy.down()


@pytest.fixture
def live_server_port_free():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def test_outage_gives_a_german_503_and_the_site_recovers_by_itself(app_server):
    port, proxy = app_server
    assert get(port, "/")[0] == 200
    proxy.down()
    status, body, headers = get(port, "/")
    assert status == 503, body[:3000]
    assert "vorübergehend nicht erreichbar" in body and 'lang="de"' in body
    assert headers.get("Retry-After") == "30"
    assert get(port, "/healthz")[0] == 503
    proxy.up()
    statuses = [get(port, "/")[0] for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert get(port, "/healthz")[0] == 200
