"""Redis away: pages treat the cache as a miss, and every e-mail a visitor can trigger is refused
with the German message (the rate limits cannot count, so they fail closed, never open).
tests/operations/test_redis_outage.py stops a real Redis under a real app server."""

import json
import socket
import subprocess
import sys

import pytest
from django.core import mail
from django.test import override_settings

from dialogues.models import Registration
from tests.dialogues.conftest import registration_data
from tests.operations.servers import free_port
from tests.weltoffen.test_production_settings import BASE_DIR, PRODUCTION_ENV
from weltoffen.models import User
from weltoffen.ratelimit import UNAVAILABLE_MESSAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_gone():
    """The site's cache as usual, but the rate limits' cache (alias "strict") is a Redis on a
    port where nothing listens."""
    dead = f"redis://127.0.0.1:{free_port()}/1"
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "strict": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": dead},
    }
    with override_settings(CACHES=caches):
        yield


def refused(response):
    return response.status_code == 200 and str(UNAVAILABLE_MESSAGE) in response.content.decode()


def test_password_reset_is_refused_with_the_german_message_and_sends_nothing(
    client, member, redis_gone
):
    assert refused(client.post("/konto/passwort-vergessen/", {"email": member.email}))
    assert mail.outbox == []


def test_refusal_is_the_same_for_unknown_addresses(client, member, redis_gone):
    """No enumeration while Redis is away: known and unknown addresses get the same page."""
    for email in (member.email, "unbekannt@example.org"):
        assert refused(client.post("/konto/passwort-vergessen/", {"email": email}))
        assert refused(client.post("/konto/bestaetigung-erneut/", {"email": email}))
    assert mail.outbox == []


def test_registration_is_refused_and_creates_no_account(client, redis_gone):
    data = {"name": "Kim Neu", "email": "neu@example.org", "password1": "lang-und-sicher-2026"}
    response = client.post("/konto/registrieren/", {**data, "password2": data["password1"]})
    assert refused(response)
    assert not User.objects.filter(email="neu@example.org").exists()
    assert mail.outbox == []


def test_event_registration_is_refused_and_holds_no_place(client, make_event, redis_gone):
    event = make_event("Dialogforum", registration="platform", capacity=3)
    response = client.post(f"/dialoge/{event.slug}/anmelden/", registration_data())
    assert response.status_code == 200 and str(UNAVAILABLE_MESSAGE) in response.content.decode()
    assert not Registration.objects.filter(event=event).exists()
    assert mail.outbox == []


def test_email_change_is_refused(client, member, password, redis_gone):
    client.force_login(member)
    data = {"new_email": "anders@example.org", "password": password}
    response = client.post("/konto/email-aendern/", data)
    assert refused(response)
    assert mail.outbox == []


CACHE_PROBE = """
import json, logging, time
import django
django.setup()
from django.core.cache import cache
cache.has_key("warm-up")  # the first access imports the Redis client (once per process)
start = time.perf_counter()
values = [cache.get("x"), cache.set("x", 1), cache.get("x"), cache.get_many(["x", "y"])]
print(json.dumps({"values": values, "seconds": time.perf_counter() - start}))
"""


def probe_cache(cache_url):
    result = subprocess.run(
        [sys.executable, "-c", CACHE_PROBE],
        cwd=BASE_DIR,
        env={
            **PRODUCTION_ENV,
            "DJANGO_SETTINGS_MODULE": "weltoffen.settings",
            "PYTHONPATH": ".",
            "CACHE_URL": cache_url,
            "LOG_FORMAT": "text",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_a_stopped_redis_is_a_miss_with_one_warning(capfd):
    outcome, log = probe_cache(f"redis://127.0.0.1:{free_port()}/1")
    print(f"4 accesses to a stopped Redis: {outcome['seconds'] * 1000:.1f} ms")
    assert outcome["values"] == [None, None, None, {}]
    warnings = [line for line in log.splitlines() if "Cache unreachable" in line]
    assert len(warnings) == 1 and "WARNING" in warnings[0], log  # not one per access
    assert "Traceback" not in log


def test_a_redis_that_hangs_costs_the_socket_timeout_not_minutes():
    """A Redis that accepts connections but never answers (frozen, overloaded): without a socket
    timeout each cache access waited for as long as the kernel keeps the connection (minutes;
    gunicorn kills the worker after 60 s)."""
    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never answers
        outcome, _log = probe_cache(f"redis://127.0.0.1:{silent.getsockname()[1]}/1")
    print(f"4 accesses to a hanging Redis: {outcome['seconds']:.2f} s")
    assert outcome["values"] == [None, None, None, {}]
    assert outcome["seconds"] < 20  # 4 × CACHE_TIMEOUT (0.5 s), generously
