"""The PDFs of the directory and the emergency cards are built by a task and stored: a request
serves the last built copy (ETag, "Stand") while a newer one is being built, and never waits for a
large directory that was never built."""

import io
import json

import pypdf
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.tasks import default_task_backend
from django.test import override_settings
from django.urls import reverse

from contacts import pdf

pytestmark = pytest.mark.django_db

QUEUE = {
    "default": {
        "BACKEND": "django.tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "documents"],
    }
}


def run_queue():
    """What the worker does: run every queued task once (arguments as they come from JSON)."""
    results = list(default_task_backend.results)
    default_task_backend.clear()
    return [result.task.call(**json.loads(json.dumps(result.kwargs))) for result in results]


def text_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return " ".join(
        " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages).split()
    )


@pytest.fixture
def renders(monkeypatch):
    done = []
    original = pdf.render_pdf
    monkeypatch.setattr(pdf, "render_pdf", lambda *a: done.append(a[0]) or original(*a))
    return done


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def change_in_admin(client, contact, **changes):
    data = {
        "municipality": contact.municipality_id,
        "name": contact.name,
        "role": contact.role,
        "department": contact.department,
        "email": contact.email,
        "phone": contact.phone,
        "address": contact.address,
        "is_published": "on",
        "consent_date": contact.consent_date.isoformat(),
        "position": contact.position,
        **changes,
    }
    url = reverse("admin:contacts_contactperson_change", args=[contact.pk])
    return client.post(url, data)


@override_settings(TASKS=QUEUE)
def test_an_admin_edit_queues_a_rebuild_and_meanwhile_the_last_copy_is_served(
    client, editor_client, contact_factory, renders, django_capture_on_commit_callbacks
):
    contact = contact_factory(name="Kim Beispiel", role="Alte Funktion")
    url = reverse("contacts:directory-pdf")
    first = client.get(url)  # small directory, never built: built in this request, stored
    assert first.status_code == 200 and "Alte Funktion" in text_of(first)
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    assert len(renders) == 1 and run_queue() == ["current"]  # the queued build finds it built

    with django_capture_on_commit_callbacks(execute=True):
        assert change_in_admin(editor_client, contact, role="Neue Funktion").status_code == 302
    assert [r.task.name for r in default_task_backend.results] == ["build_directory_pdf"]
    stale = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert stale.status_code == 304  # the worker has not built it yet: the same copy
    assert "Alte Funktion" in text_of(client.get(url)) and len(renders) == 1
    page = client.get(reverse("contacts:index")).content.decode()
    assert "Eine aktualisierte Fassung wird gerade erstellt" in page  # needs the catalogue

    assert run_queue() == ["built"] and len(renders) == 2
    fresh = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert fresh.status_code == 200 and fresh["ETag"] != first["ETag"]
    assert "Neue Funktion" in text_of(fresh) and len(renders) == 2
    assert "wird gerade erstellt" not in client.get(reverse("contacts:index")).content.decode()


@override_settings(TASKS=QUEUE)
def test_a_large_directory_never_built_is_not_built_in_the_request(
    client, contact_factory, renders, monkeypatch
):
    contact_factory(name="Kim Beispiel")
    monkeypatch.setattr(pdf, "SMALL_DIRECTORY", 2)  # as for 11,035 municipalities
    url = reverse("contacts:directory-pdf")
    waiting = [client.get(url) for _ in range(3)]
    assert [r.status_code for r in waiting] == [503] * 3 and waiting[0]["Retry-After"] == "120"
    assert "PDF wird erstellt" in waiting[0].content.decode()  # needs the catalogue
    assert renders == [] and len(default_task_backend.results) == 1  # one build queued, not 3
    run_queue()
    response = client.get(url)
    assert response.status_code == 200 and "Kim Beispiel" in text_of(response)
    assert response["Content-Disposition"].startswith(
        'attachment; filename="ansprechpartner-modellkommunen-20'
    )


def test_a_search_too_large_for_a_pdf_gets_a_german_message(
    client, model_municipality_factory, monkeypatch
):
    for number in range(3):
        model_municipality_factory(name=f"Testhausen {number}")
    monkeypatch.setattr(pdf, "SMALL_DIRECTORY", 2)
    page = client.get(reverse("contacts:index"), {"q": "Testhausen"}).content.decode()
    response = client.get(reverse("contacts:directory-pdf"), {"q": "Testhausen"})
    assert "ansprechpartner.pdf?q=" not in page and "ansprechpartner.csv?q=" in page
    assert response.status_code == 400
    assert "grenzen Sie die Suche ein" in response.content.decode()  # needs the catalogue


def test_the_emergency_card_is_built_once_per_change_of_the_offers(
    client, help_offer_factory, renders
):
    offer = help_offer_factory(organisation="Hessische Hilfe", state="HE")
    url = reverse("contacts:emergency-card", args=["he"])
    for _ in range(3):
        response = client.get(url)
        cache.clear()  # stored, not cached: a Redis restart does not mean building it again
        assert response.status_code == 200 and "Hessische Hilfe" in text_of(response)
    assert len(renders) == 1
    assert response["Content-Disposition"] == 'attachment; filename="notfallkarte-he.pdf"'
    offer.organisation = "Hessische Beratung"
    offer.save()
    assert "Hessische Beratung" in text_of(client.get(url)) and len(renders) == 2


@override_settings(TASKS=QUEUE)
def test_refresh_documents_queues_the_stale_pdfs(client, contact_factory):
    contact = contact_factory(name="Kim Beispiel")
    client.get(reverse("contacts:directory-pdf"), {"land": contact.municipality.state})
    run_queue()
    contact.role = "In der Shell geändert"
    contact.save()
    call_command("refresh_documents", stdout=io.StringIO())
    assert sorted(r.kwargs["state"] for r in default_task_backend.results if r.kwargs) == [
        contact.municipality.state
    ]
