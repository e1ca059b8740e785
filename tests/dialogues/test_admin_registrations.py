"""An event with hundreds of registrations stays editable in the admin: its page links to the
registrations (a paginated list with search, status filter and CSV export) instead of showing
them all as form fields (issue 14, item 4)."""

import re

import pytest
from django.utils import timezone

from dialogues.models import Registration

pytestmark = pytest.mark.django_db


def fill(event, count, status="confirmed", prefix="gast"):
    now = timezone.now()
    Registration.objects.bulk_create(
        Registration(
            event=event,
            name=f"Gast {number}",
            email=f"{prefix}{number}@example.org",
            people=1,
            status=status,
            consented_at=now,
            confirmed_at=now,
        )
        for number in range(count)
    )


def form_fields(page):
    return re.findall(r"<(?:input|select|textarea)\b[^>]*\bname=", page)


@pytest.mark.parametrize("count", [5, 500])
def test_an_event_with_many_registrations_stays_editable(
    client, editor, make_event, count, django_assert_max_num_queries
):
    event = make_event("Großveranstaltung", registration="platform", capacity=1000)
    fill(event, count)
    client.force_login(editor)
    with django_assert_max_num_queries(40):
        response = client.get(f"/admin/dialogues/event/{event.pk}/change/")
    page = response.content.decode()
    assert response.status_code == 200
    assert len(form_fields(page)) < 80  # the event's own fields, not one row per registration
    assert "gast1@example.org" not in page
    link = f'href="/admin/dialogues/registration/?event__id__exact={event.pk}"'
    assert f"{link}>Anmeldungen ({count})</a>" in page


def test_the_linked_list_is_paginated_searchable_filtered_and_exports(client, editor, make_event):
    event = make_event("Großveranstaltung", registration="platform", capacity=1000)
    other = make_event("Andere", registration="platform")
    fill(event, 480)
    fill(event, 20, status="waiting", prefix="warte")
    fill(other, 3, prefix="anders")
    client.force_login(editor)
    url = f"/admin/dialogues/registration/?event__id__exact={event.pk}"
    page = client.get(url).content.decode()
    assert len(re.findall(r'name="_selected_action"', page)) == 50  # one page of 50
    assert "500 Anmeldungen" in page and "anders0@example.org" not in page
    waiting = client.get(url + "&status__exact=waiting").content.decode()
    assert "20 Anmeldungen" in waiting and "warte3@example.org" in waiting
    found = client.get(url + "&q=gast17%40").content.decode()
    assert "gast17@example.org" in found and "gast18@example.org" not in found

    any_row = Registration.objects.filter(event=event).first()
    response = client.post(
        url,
        {"action": "export", "select_across": "1", "index": "0", "_selected_action": [any_row.pk]},
    )
    rows = response.content.decode("utf-8-sig").strip().splitlines()
    assert response["Content-Type"].startswith("text/csv")
    assert len(rows) == 1 + 500 and not any("anders" in row for row in rows)
