"""Two app servers on different ports share PostgreSQL: one person is served by both in turn
(as behind a load balancer) without losing the session or a form."""

import http.cookiejar
import urllib.request

import pytest
from django.db import connection

from contacts.models import Membership
from dialogues.models import Event, EventFormat
from tests.operations.servers import TOKEN, app_server, free_port, get, post
from weltoffen.models import Field

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
]


def test_one_person_alternates_between_two_servers(member, password, town):
    Membership.objects.create(user=member, municipality=town, status="active")
    a, b = free_port(), free_port()
    jar = http.cookiejar.CookieJar()  # one browser: cookies belong to 127.0.0.1, any port
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with app_server(a), app_server(b):
        _status, page, _headers = get(a, "/konto/anmelden/", browser)
        token = TOKEN.search(page).group(1)
        status, url, _page = post(
            b,
            "/konto/anmelden/",
            {"csrfmiddlewaretoken": token, "username": member.email, "password": password},
            browser,
        )
        assert status == 200 and not url.endswith("/konto/anmelden/")  # logged in on B
        assert "Abmelden" in get(a, "/konto/", browser)[1]  # A knows the session
        _status, form, _headers = get(b, "/dialoge/meine-kommune/neu/", browser)
        token = TOKEN.search(form).group(1)
        status, url, page = post(
            a,
            "/dialoge/meine-kommune/neu/",
            {
                "csrfmiddlewaretoken": token,
                "title": "Über zwei Server eingereicht",
                "format": EventFormat.objects.first().pk,
                "participation": "consult",
                "fields": [Field.objects.first().pk],
                "description": "Ein Abend.",
                "starts_at": "2030-05-04T18:00",
                "ends_at": "2030-05-04T20:00",
                "mode": "in_person",
                "venue_name": "Rathaus",
                "address": "Markt 1\n12345 Ort",
                "organiser_name": "Integrationsbüro",
                "registration": "none",
                "max_group_size": "4",
                "status": "planned",
                "free_of_charge": "on",
            },
            browser,
        )
        assert url.endswith("/dialoge/meine-kommune/"), page[:500]
    assert Event.objects.get().title == "Über zwei Server eingereicht"
