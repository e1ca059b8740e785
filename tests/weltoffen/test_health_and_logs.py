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


def test_healthz_is_503_when_the_cache_is_gone():
    broken = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    with override_settings(CACHES=broken):  # Django resets its cache handlers on this change
        response = Client(secure=True).get("/healthz")
    assert response.status_code == 503 and response.json()["cache"].startswith("error")


def test_log_lines_are_json_with_request_details(rf):
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Kaputt: %s", ("x",), None
    )
    record.request, record.status_code = rf.get("/dialoge/"), 500
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "Kaputt: x" and entry["level"] == "ERROR"
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/dialoge/", 500)
