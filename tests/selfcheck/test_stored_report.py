"""The report PDF of a completed round is built once, by a task when the round is completed, and
stored; members of its municipality get it from storage, nobody else gets it at all."""

import io
import json
import os

import pytest
from django.core.management import call_command
from django.tasks import default_task_backend
from django.test import override_settings
from django.utils import timezone
from pypdf import PdfReader

from selfcheck import reports, services
from weltoffen.models import Field, StoredDocument

pytestmark = pytest.mark.django_db

QUEUE = {
    "default": {
        "BACKEND": "django.tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "documents"],
    }
}


@pytest.fixture
def renders(monkeypatch):
    done = []
    original = reports.render_pdf
    monkeypatch.setattr(reports, "render_pdf", lambda *a: done.append(a[0]) or original(*a))
    return done


def text_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    pages = PdfReader(io.BytesIO(body)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@override_settings(TASKS=QUEUE)
def test_completing_a_round_queues_its_report_which_is_then_served_from_storage(
    client, coordinator, outsider, round_, renders, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.round_complete(round=round_, by=coordinator)
    (queued,) = default_task_backend.results
    assert queued.task.name == "build_round_report" and renders == []
    assert queued.task.call(**json.loads(json.dumps(queued.kwargs))) == "built"
    assert queued.task.call(**queued.kwargs) == "current" and len(renders) == 1  # twice: once

    url = f"/selbstcheck/runde/{round_.pk}/bericht.pdf"
    client.force_login(coordinator)
    response = client.get(url)
    assert response.status_code == 200 and len(renders) == 1  # from storage
    round_.refresh_from_db()
    year = timezone.localtime(round_.completed_at).year
    name = f"selbstcheck-musterstadt-{year}-1.pdf"  # municipality and round, not a database id
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "Musterstadt" in text_of(response)

    client.force_login(outsider)  # another municipality: as if the round did not exist
    assert client.get(url).status_code == 404


def test_a_new_measure_in_the_action_plan_rebuilds_the_stored_report(
    client, coordinator, round_, renders
):
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    url = f"/selbstcheck/runde/{round_.pk}/bericht.pdf"
    assert "Sprachcafé im Rathaus" not in text_of(client.get(url))
    client.get(url)
    assert len(renders) == 1
    services.measure_create(
        municipality=round_.municipality,
        by=coordinator,
        field=Field.objects.first(),
        title="Sprachcafé im Rathaus",
    )
    assert "Sprachcafé im Rathaus" in text_of(client.get(url)) and len(renders) == 2


def test_the_reports_of_deleted_rounds_are_removed(client, coordinator, round_):
    services.round_complete(round=round_, by=coordinator)
    client.force_login(coordinator)
    client.get(f"/selbstcheck/runde/{round_.pk}/bericht.pdf")
    document = StoredDocument.objects.get(key=reports.report_key(round_.pk))
    path = document.file.path
    round_.delete()
    call_command("refresh_documents", stdout=io.StringIO())
    assert not StoredDocument.objects.filter(pk=document.pk).exists()
    assert not os.path.exists(path)
