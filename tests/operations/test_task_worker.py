"""Background work on the real queue, as in production: the web server (gunicorn) and the daily
command queue tasks in PostgreSQL (django-tasks-db), a separate worker process (`manage.py
db_worker`) runs them and sends the e-mails (to files here). A registration's mail, a reminder and
a rebuild of the contacts PDF go through the queue and arrive exactly once, even when the same
work is queued twice."""

import http.cookiejar
import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from contacts import pdf
from tests.contacts.factories import ContactPersonFactory
from tests.dialogues.conftest import add_registration, registration_data
from tests.operations.servers import ROOT, TOKEN, app_server, database_url, free_port, get, post
from weltoffen.models import StoredDocument

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
]

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "documents"]}
}


@contextmanager
def worker(env):
    """`manage.py db_worker` for both queues; stopped with SIGTERM (graceful, as systemd does)."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2"]
        + ["--no-startup-delay", "--no-reload", "--verbosity", "0"],
        cwd=ROOT,
        env=os.environ | env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def mails(directory):
    """The e-mails the file backend wrote, as (recipient, subject) pairs."""
    found = []
    for path in sorted(directory.iterdir()):
        for message in path.read_text().split("-" * 79):
            headers = dict(
                line.split(": ", 1) for line in message.strip().splitlines() if ": " in line
            )
            if "To" in headers:
                found.append((headers["To"], headers.get("Subject", "")))
    return found


def download(port, path):
    """(status, headers) of a GET of a file (a PDF is no text)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
        response.read()
        return response.status, dict(response.headers)


def wait_for(condition, timeout=240):  # generous: CI runs it beside other tests
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return condition()


def queue_is_empty():
    return not DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists()


def test_mails_and_pdf_rebuilds_go_through_the_worker_exactly_once(tmp_path, make_event):
    outbox, stored = tmp_path / "mail", tmp_path / "documents"
    outbox.mkdir()
    env = {
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "database",
        "EMAIL_URL": f"filemail:///{outbox}",  # four slashes: an absolute path
        "DOCUMENTS_ROOT": str(stored),
        "SITE_URL": "http://127.0.0.1",
        "LOG_LEVEL": "CRITICAL",
    }
    event = make_event("Dialog im Quartier", registration="platform", capacity=20)
    tomorrow = make_event(
        "Morgen im Rathaus",
        registration="platform",
        starts_at=timezone.localtime() + timedelta(days=1),
    )
    add_registration(tomorrow, "erinnerung@example.org")
    contact = ContactPersonFactory(name="Kim Beispiel", role="Alte Funktion")
    port = free_port()
    with app_server(port, **env), override_settings(TASKS=DATABASE_QUEUE, DOCUMENTS_ROOT=stored):
        browser = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        page = get(port, f"/dialoge/{event.slug}/", browser)[1]
        data = registration_data(email="neu@example.org", csrfmiddlewaretoken=TOKEN.search(page)[1])
        assert post(port, f"/dialoge/{event.slug}/anmelden/", data, browser)[0] == 200
        assert download(port, "/kontakte/ansprechpartner.pdf")[0] == 200  # small: built, stored
        call_command("send_event_reminders", stdout=open(os.devnull, "w"))  # noqa: SIM115
        call_command("send_event_reminders", stdout=open(os.devnull, "w"))  # noqa: SIM115
        contact.role = "Neue Funktion"
        contact.save()
        for _ in range(2):  # two visitors notice the change: one rebuild is queued
            status, headers = download(port, "/kontakte/ansprechpartner.pdf")
            assert status == 200
        first_etag = headers["ETag"]
        assert not os.listdir(outbox)  # nothing was sent by the web server or the command
        queued = DBTaskResult.objects.values_list("task_path", flat=True)
        assert sorted(p.rsplit(".", 1)[1] for p in queued) == [
            "build_directory_pdf",  # queued by the first download (which built it itself)
            "build_directory_pdf",  # queued once after the change, for two downloads
            "deliver_email",  # the registration's mail
            "send_event_reminder",  # the reminder command ran twice
            "send_event_reminder",
        ]

        with worker(env) as process:
            drained = wait_for(queue_is_empty)
            if not drained:
                process.terminate()
                assert drained, process.stderr.read().decode()[-3000:]
        sent = mails(outbox)
        recipients = sorted(to for to, _subject in sent)
        assert recipients == ["erinnerung@example.org", "neu@example.org"], sent
        assert not DBTaskResult.objects.filter(status="FAILED").exists()
        results = DBTaskResult.objects.order_by("return_value")
        builds = results.filter(task_path__endswith="build_directory_pdf")
        assert sorted(builds.values_list("return_value", flat=True)) == ["built", "current"]
        reminders = results.filter(task_path__endswith="send_event_reminder")
        assert sorted(reminders.values_list("return_value", flat=True)) == [False, True]
        document = StoredDocument.objects.get(key=pdf.directory_key(""))
        assert document.version == pdf.selectors.directory_version().key
        status, headers = download(port, "/kontakte/ansprechpartner.pdf")
        assert status == 200 and headers["ETag"] != first_etag  # the rebuilt copy
