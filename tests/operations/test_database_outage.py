"""A PostgreSQL outage while the site runs: a German 503 page during it, and recovery by itself
afterwards, without restarting the app server. The outage is a TCP proxy in front of the real
database server that drops every connection and refuses new ones, then comes back.

Both waits are measured and printed. Before, a visitor waited 10 s (the pool timeout) for the 503
page and the site needed 9-13 s after the database was back (the pool's reconnection pauses had
grown to 8 s and more). Now the 503 comes after DB_POOL_TIMEOUT (2 s) and the pool gives up a
reconnection after DB_RECONNECT_TIMEOUT (2 s), so its pauses stay at about a second. The bounds
asserted are generous (a noisy machine with two cores must not fail them) but well below the
old times."""

import contextlib
import socket
import threading
import time

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
    with app_server(port, DATABASE_URL=url):  # the pool settings' defaults
        yield port, proxy
    proxy.down()


OUTAGE_REQUESTS = 5


def timed_get(port, path="/"):
    start = time.monotonic()
    status, body, headers = get(port, path)
    return status, body, headers, time.monotonic() - start


def test_outage_gives_a_german_503_fast_and_the_site_recovers_by_itself_fast(app_and_proxy):
    port, proxy = app_and_proxy
    assert get(port, "/")[0] == 200
    proxy.down()
    status, body, headers, waited = timed_get(port)
    assert status == 503, body[:3000]
    assert "vorübergehend nicht erreichbar" in body and 'lang="de"' in body
    assert headers.get("Retry-After") == "30"
    assert get(port, "/healthz")[0] == 503
    outage = [timed_get(port) for _ in range(OUTAGE_REQUESTS)]  # people keep trying, 10 s and more
    proxy.up()
    back_at, statuses = time.monotonic(), []
    while not statuses or statuses[-1] != 200:
        statuses.append(get(port, "/")[0])
        assert time.monotonic() - back_at < 30, f"not back after 30 s: {statuses}"
        time.sleep(0.05)
    recovered, longest = time.monotonic() - back_at, max(o[3] for o in outage)
    print(
        f"503 after {waited:.2f} s (later in the outage at most {longest:.2f} s); "
        f"pages again {recovered:.2f} s after the database was back ({len(statuses)} tries)"
    )
    assert set(statuses) <= {200, 503}  # never the error page
    assert {o[0] for o in outage} == {503}
    assert max(waited, longest) < 6  # was 10 s; about DB_POOL_TIMEOUT (2 s)
    assert recovered < 6  # was 9-13 s; about a second
    assert [get(port, "/")[0] for _ in range(3)] == [200, 200, 200]
    assert get(port, "/healthz")[0] == 200
