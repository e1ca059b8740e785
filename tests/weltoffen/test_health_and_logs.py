import json
import logging

import pytest
from django.test import Client, override_settings

from weltoffen.logs import JsonFormatter

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache_over_plain_http():
    with override_settings(SECURE_SSL_REDIRECT=True):
        response = Client().get("/healthz")  # a load balancer asks without TLS
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_gone_cache_but_keeps_the_server_in_the_load_balancer():
    """The site works without Redis: a 503 here would make the load balancer take every app
    server out at once (they share the Redis), turning a degradation into an outage."""
    dead = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/1"}
    caches = {"default": {**dead, "OPTIONS": {"IGNORE_EXCEPTIONS": True}}, "strict": dead}
    with override_settings(CACHES=caches):  # Django resets its cache handlers on this change
        response = Client(secure=True).get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "error: ConnectionError"}


def test_log_lines_are_json_with_request_details(rf):
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Kaputt: %s", ("x",), None
    )
    record.request, record.status_code = rf.get("/dialoge/"), 500
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "Kaputt: x" and entry["level"] == "ERROR"
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/dialoge/", 500)
