"""Redis stops while people use the site, then comes back. A real app server (gunicorn, DEBUG
off) uses a real Redis of its own (not the one on 6379) as its cache; a visitor keeps going through
anonymous pages, logging in, the self-check and saving answers, and asking for a password reset
e-mail. Not one response is an error page: pages treat the missing cache as a miss, logins and
sessions live in the database, and the e-mail (protected by a rate limit that cannot count while
Redis is away) is refused with a German message. After Redis is back, e-mails go out again."""

import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest
from django.db import connection

from contacts.models import Membership
from selfcheck import services
from selfcheck.models import Answer, Question, Questionnaire
from tests.operations.servers import TOKEN, app_server, free_port

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
    pytest.mark.skipif(
        shutil.which("redis-server") is None and not os.environ.get("CI"),
        reason="needs redis-server (installed in CI)",
    ),
]
FIELD = "management-und-steuerung"
ANONYMOUS_PAGES = ["/", "/dialoge/", "/magazin/", "/kontakte/", "/selbstcheck/", "/healthz"]
# German catalogue (ratelimit.UNAVAILABLE_MESSAGE)
REFUSAL = "E-Mails können wegen einer technischen Störung gerade nicht versendet werden"


class RedisServer:
    """redis-server on a free port of its own; stop() ends it, start() brings it back there."""

    def __init__(self):
        self.port = free_port()
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as probe:
                    probe.sendall(b"PING\r\n")
                    if probe.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def send(port, path, opener, data=None):
    """(status, final path, body) of a GET or form POST (redirects followed, errors too)."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body)
    try:
        with opener.open(request, timeout=30) as response:
            final = urllib.parse.urlsplit(response.geturl()).path
            return response.status, final, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, path, error.read().decode()


class Visitor:
    """Goes through the site again and again; records (phase at start, phase at end, what,
    status, final path, body) of every response."""

    def __init__(self, port, email, password, round_, answers):
        self.port, self.email, self.password = port, email, password
        self.step = f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/"
        self.round_path = f"/selbstcheck/runde/{round_.pk}/"
        self.answers, self.phase, self.responses = answers, "up", []
        self.rounds = {"up": 0, "down": 0, "again": 0}
        self.stopped = threading.Event()

    def run(self):
        visit = 0
        while not self.stopped.is_set():
            phase = self.phase
            self.visit(visit)
            if self.phase == phase:
                self.rounds[phase] += 1  # a whole visit within one phase
            visit += 1

    def request(self, what, path, opener, data=None):
        phase = self.phase
        status, final, body = send(self.port, path, opener, data)
        self.responses.append((phase, self.phase, what, status, final, body))
        return body

    def visit(self, n):
        anonymous = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        for path in ANONYMOUS_PAGES:
            self.request("page", path, anonymous)
        form = self.request("reset form", "/konto/passwort-vergessen/", anonymous)
        data = {"csrfmiddlewaretoken": TOKEN.search(form).group(1), "email": f"p{n}@example.org"}
        self.request("reset", "/konto/passwort-vergessen/", anonymous, data)
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        form = self.request("login form", "/konto/anmelden/", browser)
        token = TOKEN.search(form).group(1)
        credentials = {"csrfmiddlewaretoken": token, "username": self.email}
        self.request(
            "login", "/konto/anmelden/", browser, credentials | {"password": self.password}
        )
        step = self.request("self-check", self.step, browser)
        token = TOKEN.search(step).group(1)
        levels = {name: str((n + i) % 5) for i, name in enumerate(self.answers)}
        self.request("save", self.step, browser, {"csrfmiddlewaretoken": token, **levels})


@pytest.fixture
def redis():
    server = RedisServer()
    yield server
    server.stop()


def wait_for(visitor, phase, rounds=2, tries=600):
    for _ in range(tries):
        if visitor.rounds[phase] >= rounds:
            return
        time.sleep(0.1)
    raise AssertionError(f"fewer than {rounds} visits while Redis was {phase}")


def test_redis_stop_under_use_gives_no_error_page(member, password, town, redis):
    Membership.objects.create(user=member, municipality=town, role="coordinator", status="active")
    round_ = services.round_start(municipality=town, user=member, title="Runde")
    questions = Question.objects.filter(
        questionnaire=Questionnaire.objects.current(), field__slug=FIELD
    ).order_by("order")[:3]
    port = free_port()
    with app_server(port, CACHE_URL=f"redis://127.0.0.1:{redis.port}/1"):
        visitor = Visitor(port, member.email, password, round_, [f"q{q.pk}" for q in questions])
        thread = threading.Thread(target=visitor.run, daemon=True)
        thread.start()
        try:
            wait_for(visitor, "up")
            redis.stop()
            visitor.phase = "down"
            wait_for(visitor, "down")
            redis.start()
            visitor.phase = "again"
            wait_for(visitor, "again")
        finally:
            visitor.stopped.set()
            thread.join(timeout=60)
    responses = visitor.responses
    print(f"{len(responses)} responses, {sum(visitor.rounds.values())} visits: {visitor.rounds}")
    errors = [(phase, what, status, final) for phase, _, what, status, final, _ in responses]
    assert [e for e in errors if e[2] != 200] == []  # no 500, no other error either
    down = [
        (what, final, body)
        for start, end, what, _, final, body in responses
        if start == end == "down"
    ]
    by_kind = {
        what: [(final, body) for w, final, body in down if w == what]
        for what in ("login", "save", "reset")
    }
    # logged in while Redis was away: members land on their self-check
    assert all(final == "/selbstcheck/" for final, _ in by_kind["login"])
    assert all(final == visitor.round_path for final, _ in by_kind["save"])  # saved
    assert by_kind["reset"] and all(REFUSAL in body for _, body in by_kind["reset"])
    resets_again = [
        final for start, _, what, _, final, _ in responses if start == "again" and what == "reset"
    ]
    assert resets_again[-1] == "/konto/passwort-vergessen/gesendet/"  # e-mails go out again
    assert Answer.objects.filter(round=round_, user=member).count() == len(questions)
