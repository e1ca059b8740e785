"""The signed-in user comes from the cache (weltoffen.auth_backends), and every change to the
account counts from the next request on."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import HttpsClient

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = HttpsClient()
    client.force_login(user)
    assert client.get("/konto/").status_code == 200  # the user is now in the cache
    return client


def test_the_user_is_read_once_and_then_from_the_cache(member):
    client = signed_in(member)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/konto/").status_code == 200
    assert queries.captured_queries  # the page itself reads the database …
    assert not [q for q in queries.captured_queries if 'FROM "weltoffen_user"' in q["sql"]]


def test_a_deactivated_account_is_signed_out_at_once(member):
    client = signed_in(member)
    member.is_active = False
    member.save()
    response = client.get("/konto/")
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]


def test_a_new_password_signs_out_the_other_sessions(member):
    laptop, phone = signed_in(member), signed_in(member)
    member.set_password("ein-ganz-neues-Passwort-2026")
    member.save()
    assert phone.get("/konto/").status_code == 302
    assert laptop.get("/konto/").status_code == 302
