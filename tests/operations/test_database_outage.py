"""A PostgreSQL outage while the site runs: a German 503 page during it, and recovery by itself
afterwards, without restarting the app server. The outage is a TCP proxy in front of the real
database server that drops every connection and refuses new ones, then comes back."""

import contextlib
import socket
import threading

import pytest
from django.db import connection

from tests.operations.servers import app_server, database_url, free_port, get

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


@pytest.fixture
def app_and_proxy():
    settings = connection.settings_dict
    proxy = Proxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    port = free_port()
    url = database_url(port=proxy.port)
    with app_server(port, DATABASE_URL=url, DB_POOL_TIMEOUT="3"):
        yield port, proxy
    proxy.down()


def test_outage_gives_a_german_503_and_the_site_recovers_by_itself(app_and_proxy):
    port, proxy = app_and_proxy
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
