"""The signed-in user comes from the shared cache (weltoffen.auth_backends), and every change to
the account counts from the next request on."""

import threading

import pytest
from django.contrib.auth.backends import ModelBackend
from django.db import connection, connections, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from tests.conftest import HttpsClient
from weltoffen import auth_backends

pytestmark = pytest.mark.django_db
USER_QUERY = 'FROM "weltoffen_user"'


@pytest.fixture
def shared_cache(monkeypatch):
    monkeypatch.setattr(auth_backends, "QUIET_SECONDS", 0)  # see test_a_row_read_before_…
    with override_settings(SHARED_CACHE=True):  # one process: the local-memory cache is shared
        yield


def signed_in(user):
    client = HttpsClient()
    client.force_login(user)
    assert client.get("/konto/").status_code == 200  # the user is now in the cache
    return client


def user_queries(client, url="/konto/"):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert queries.captured_queries  # the page itself reads the database …
    return [q for q in queries.captured_queries if USER_QUERY in q["sql"]]


@pytest.mark.usefixtures("shared_cache")
def test_the_user_is_read_once_and_then_from_the_cache(member):
    assert user_queries(signed_in(member)) == []


def test_with_a_cache_per_process_the_user_is_read_every_time(member):
    """Without Redis, a change in one worker would not reach the others' caches."""
    assert len(user_queries(signed_in(member))) == 1


@pytest.mark.usefixtures("shared_cache")
def test_a_deactivated_account_is_signed_out_at_once(member):
    client = signed_in(member)
    member.is_active = False
    member.save()
    response = client.get("/konto/")
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]


@pytest.mark.usefixtures("shared_cache")
def test_a_new_password_signs_out_the_other_sessions(member):
    laptop, phone = signed_in(member), signed_in(member)
    member.set_password("ein-ganz-neues-Passwort-2026")
    member.save()
    assert phone.get("/konto/").status_code == 302
    assert laptop.get("/konto/").status_code == 302


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions")
def test_a_row_read_before_the_commit_is_not_put_back_into_the_cache(editor, monkeypatch):
    """An admin takes away an editor's rights while another request of the editor has read the
    (still uncommitted, so old) row and stores it in the cache only after the commit: that old
    row must not be served afterwards."""
    has_read, committed = threading.Event(), threading.Event()
    read_from_database = ModelBackend.get_user

    def slow_request(self, user_id):
        row = read_from_database(self, user_id)
        if threading.current_thread() is not threading.main_thread():
            has_read.set()
            committed.wait(timeout=10)  # the admin's transaction commits in the meantime
        return row

    monkeypatch.setattr(ModelBackend, "get_user", slow_request)
    backend, seen = auth_backends.CachedModelBackend(), []
    other = threading.Thread(target=_read_in_other_connection, args=(backend, editor, seen))
    with override_settings(SHARED_CACHE=True):
        with transaction.atomic():
            editor.is_staff = False
            editor.save()
            other.start()
            assert has_read.wait(timeout=10)
        committed.set()
        other.join(timeout=10)
        assert seen == [True]  # the other request saw the old row …
        assert backend.get_user(editor.pk).is_staff is False  # … but did not cache it


def _read_in_other_connection(backend, user, seen):
    try:
        seen.append(backend.get_user(user.pk).is_staff)
    finally:
        connections.close_all()
