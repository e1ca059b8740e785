"""Issue 15, item 15: the action plan. Measures are edited with their history (by name), deleted
after a confirmation by their author or a coordinator only, refuse past due dates, show when they
are overdue, filter by status and field in the URL, and come from a suggestion in one step."""

from datetime import timedelta

import pytest
from django.utils import timezone

from selfcheck import services
from selfcheck.models import Measure, MeasureChange
from tests.selfcheck.conftest import join
from weltoffen.models import Field

pytestmark = pytest.mark.django_db
LIST = "/selbstcheck/massnahmen/"


@pytest.fixture
def named(coordinator, colleague):
    coordinator.name, colleague.name = "Erika Mustermann", "Kai Beispiel"
    coordinator.save(), colleague.save()
    return coordinator, colleague


def field(slug="management-und-steuerung"):
    return Field.objects.get(slug=slug)


def make(town, by, title="Integrationskonzept fortschreiben", **extra):
    return services.measure_create(
        municipality=town, by=by, field=extra.pop("field", field()), title=title, **extra
    )


def edit_data(measure, **changes):
    data = {
        "field": measure.field_id,
        "title": measure.title,
        "responsible_unit": measure.responsible_unit,
        "due_date": measure.due_date.isoformat() if measure.due_date else "",
        "status": measure.status,
        "note": measure.note,
    }
    return {**data, **changes}


def test_a_member_edits_a_measure_and_its_history_names_who_changed_what(client, named, town):
    coordinator, colleague = named
    measure = make(town, coordinator)
    due = timezone.localdate() + timedelta(days=30)
    client.force_login(colleague)
    page = client.get(f"{LIST}{measure.pk}/")
    assert page.status_code == 200
    assert 'value="Integrationskonzept fortschreiben"' in page.content.decode()
    response = client.post(
        f"{LIST}{measure.pk}/",
        edit_data(
            measure,
            title="Integrationskonzept 2027 fortschreiben",
            responsible_unit="Stabsstelle Integration",
            due_date=due.isoformat(),
            status="in-progress",
            note="Entwurf im Fachausschuss",
        ),
    )
    assert response.status_code == 302
    measure.refresh_from_db()
    assert (measure.title, measure.responsible_unit, measure.due_date, measure.status) == (
        "Integrationskonzept 2027 fortschreiben",
        "Stabsstelle Integration",
        due,
        "in-progress",
    )
    assert measure.note == "Entwurf im Fachausschuss"
    html = client.get(f"{LIST}{measure.pk}/").content.decode()
    assert f'value="{due.isoformat()}"' in html  # the date input shows the due date it has
    history = html.split('id="measure-history-title"')[1]
    assert "Kai Beispiel" in history and "Erika Mustermann" in history  # changed, created
    assert "Status: offen → in Arbeit" in history
    assert "Maßnahme: Integrationskonzept fortschreiben → Integrationskonzept 2027" in history
    assert f"Frist: – → {due.day}. {due.month}. {due.year}" in history
    assert "Zuständige Stelle: – → Stabsstelle Integration" in history
    assert "@" not in history
    # saving again without a change adds no entry
    client.post(f"{LIST}{measure.pk}/", edit_data(measure))
    assert MeasureChange.objects.filter(measure=measure).count() == 2
    # the status buttons of the list are recorded as well
    client.post(LIST, {"measure": measure.pk, "status": "done"})
    assert MeasureChange.objects.filter(measure=measure).count() == 3


def test_bad_input_when_editing_gets_german_messages_and_changes_nothing(client, named, town):
    coordinator, _ = named
    measure = make(town, coordinator)
    client.force_login(coordinator)
    response = client.post(
        f"{LIST}{measure.pk}/",
        edit_data(measure, title="", status="erfunden", due_date="31.02.2026", field="99999"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dieses Feld ist zwingend erforderlich" in html
    assert "gültige Auswahl" in html and "gültiges Datum" in html
    measure.refresh_from_db()
    assert measure.title == "Integrationskonzept fortschreiben"


def test_due_dates_in_the_past_are_refused_but_an_overdue_measure_can_still_be_closed(
    client, named, town
):
    coordinator, _ = named
    yesterday = timezone.localdate() - timedelta(days=1)
    client.force_login(coordinator)
    response = client.post(
        LIST,
        {
            "field": field().pk,
            "title": "Zu spät",
            "due_date": yesterday.isoformat(),
            "status": "open",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "in der Vergangenheit" in html or "in the past" in html  # catalogue pending
    assert not Measure.objects.exists()
    measure = make(town, coordinator, due_date=timezone.localdate() + timedelta(days=3))
    refused = client.post(
        f"{LIST}{measure.pk}/", edit_data(measure, due_date=yesterday.isoformat())
    )
    assert refused.status_code == 400
    Measure.objects.filter(pk=measure.pk).update(due_date=yesterday)  # time passed: overdue
    measure.refresh_from_db()
    listing = client.get(LIST).content.decode()
    assert "überfällig" in listing or "overdue" in listing
    closed = client.post(f"{LIST}{measure.pk}/", edit_data(measure, status="done"))
    assert closed.status_code == 302  # the passed due date may stay
    measure.refresh_from_db()
    assert measure.status == "done" and not measure.is_overdue


def test_overdue_measures_are_marked_in_text(client, named, town):
    coordinator, _ = named
    late = make(town, coordinator, title="Verspätet", due_date=timezone.localdate())
    Measure.objects.filter(pk=late.pk).update(due_date=timezone.localdate() - timedelta(days=5))
    make(town, coordinator, title="Rechtzeitig", due_date=timezone.localdate() + timedelta(days=5))
    done = make(town, coordinator, title="Erledigt", status="done")
    Measure.objects.filter(pk=done.pk).update(due_date=timezone.localdate() - timedelta(days=5))
    client.force_login(coordinator)
    html = client.get(LIST).content.decode()
    rows = {
        title: html.split(f">{title}</a>")[1].split("</tr>")[0]
        for title in ["Verspätet", "Rechtzeitig", "Erledigt"]
    }
    marker = "badge-overdue"
    assert marker in rows["Verspätet"]
    assert marker not in rows["Rechtzeitig"] and marker not in rows["Erledigt"]
    assert ("1 Maßnahme ist überfällig" in html) or ("1 measure is overdue" in html)


def test_deleting_asks_first_and_only_the_author_or_a_coordinator_may(
    client, named, town, user_factory
):
    coordinator, colleague = named
    third = join(user_factory(email="dritte@musterstadt.example.org", name="Dritte Person"), town)
    by_colleague = make(town, colleague, title="Von Kai")
    by_coordinator = make(town, coordinator, title="Von Erika")
    client.force_login(third)  # neither author nor coordinator: no button, 403
    listing = client.get(LIST).content.decode()
    assert f"{LIST}{by_colleague.pk}/loeschen/" not in listing
    assert client.get(f"{LIST}{by_colleague.pk}/loeschen/").status_code == 403
    assert client.post(f"{LIST}{by_colleague.pk}/loeschen/").status_code == 403
    assert "loeschen" not in client.get(f"{LIST}{by_colleague.pk}/").content.decode()
    client.force_login(colleague)  # the author: their own measure only
    listing = client.get(LIST).content.decode()
    assert f"{LIST}{by_colleague.pk}/loeschen/" in listing
    assert f"{LIST}{by_coordinator.pk}/loeschen/" not in listing
    confirm = client.get(f"{LIST}{by_colleague.pk}/loeschen/")
    assert confirm.status_code == 200 and "Von Kai" in confirm.content.decode()
    assert Measure.objects.filter(pk=by_colleague.pk).exists()  # the GET deletes nothing
    # the old one-click button of the list only leads to the confirmation
    old = client.post(LIST, {"measure": by_colleague.pk, "status": "open", "delete": "1"})
    assert old.headers["Location"] == f"{LIST}{by_colleague.pk}/loeschen/"
    assert Measure.objects.filter(pk=by_colleague.pk).exists()
    done = client.post(f"{LIST}{by_colleague.pk}/loeschen/", follow=True)
    assert (
        "aus dem Maßnahmenplan entfernt" in done.content.decode()
        or "removed" in done.content.decode()
    )
    assert not Measure.objects.filter(pk=by_colleague.pk).exists()
    client.force_login(coordinator)  # coordinators may delete any measure of their municipality
    other = make(town, third, title="Von Dritten")
    assert client.post(f"{LIST}{other.pk}/loeschen/").status_code == 302
    assert not Measure.objects.filter(pk=other.pk).exists()


def test_another_municipality_gets_404_on_every_measure_page(client, named, outsider, town, round_):
    coordinator, _ = named
    measure = make(town, coordinator)
    client.force_login(outsider)  # a coordinator, but of another municipality
    for url in [f"{LIST}{measure.pk}/", f"{LIST}{measure.pk}/loeschen/"]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, edit_data(measure, title="Übernommen")).status_code == 404, url
    response = client.post(
        f"/selbstcheck/runde/{round_.pk}/massnahme-aus-anregung/",
        {"field": field().pk, "title": "Fremde Anregung"},
    )
    assert response.status_code == 404
    measure.refresh_from_db()
    assert measure.title == "Integrationskonzept fortschreiben"
    assert Measure.objects.count() == 1
    for value in ["0", str(2**63), "99999"]:
        assert client.get(f"{LIST}{value}/").status_code == 404


def test_the_list_filters_by_status_and_field_in_the_url(client, named, town):
    coordinator, _ = named
    make(town, coordinator, title="Offen im Feld 1")
    make(town, coordinator, title="Erledigt im Feld 1", status="done")
    make(
        town,
        coordinator,
        title="Offen im Feld 7",
        field=field("kommunikation-und-konfliktmanagement"),
    )
    client.force_login(coordinator)
    html = client.get(LIST, {"status": "open"}).content.decode()
    assert "Offen im Feld 1" in html and "Offen im Feld 7" in html
    assert "Erledigt im Feld 1" not in html.split("<caption")[1].split("</table>")[0]
    html = client.get(
        LIST, {"status": "open", "feld": "kommunikation-und-konfliktmanagement"}
    ).content.decode()
    table = html.split("<caption")[1].split("</table>")[0]
    assert "Offen im Feld 7" in table and "Offen im Feld 1" not in table
    assert 'value="kommunikation-und-konfliktmanagement" selected' in html  # the form keeps it
    bad = client.get(LIST, {"status": "kaputt", "feld": "gibt-es-nicht"})
    assert bad.status_code == 400
    assert "gültige Auswahl" in bad.content.decode()


def test_a_suggestion_becomes_a_measure_in_one_step(client, named, round_, town):
    coordinator, colleague = named
    question = round_.questionnaire.questions.first()
    services.answers_save(
        round_id=round_.pk, user=colleague, answers=[services.AnswerInput(question.pk, 1, "")]
    )  # the field has a score, hence an assessment with suggestions
    client.force_login(colleague)
    result = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    action = f"/selbstcheck/runde/{round_.pk}/massnahme-aus-anregung/"
    assert f'action="{action}"' in result
    # the first suggestion form of the page, as the browser would send it
    form = result.split(f'action="{action}"')[1].split("</form>")[0]
    field_id = form.split('name="field" value="')[1].split('"')[0]
    title = form.split('name="title" value="')[1].split('"')[0]
    response = client.post(action, {"field": field_id, "title": title})
    measure = Measure.objects.get()
    assert response.headers["Location"] == f"{LIST}{measure.pk}/"  # to add unit and due date
    assert (measure.field_id, measure.title, measure.municipality) == (int(field_id), title, town)
    assert measure.created_by == colleague and measure.status == "open"
    again = client.post(action, {"field": field_id, "title": title})  # a second click
    assert again.headers["Location"] == f"{LIST}{measure.pk}/" and Measure.objects.count() == 1
    result = client.get(f"/selbstcheck/runde/{round_.pk}/ergebnis/").content.decode()
    assert f'name="title" value="{title}"' not in result  # offered no more: it is in the plan
    assert client.post(action, {"field": "x", "title": ""}).status_code == 302  # German message
    assert client.get(action).status_code == 302
    assert Measure.objects.count() == 1


@pytest.mark.parametrize("size", [1, 15])
def test_measure_pages_use_a_bounded_number_of_queries(
    client, named, town, round_, size, django_assert_max_num_queries
):
    coordinator, colleague = named
    question = round_.questionnaire.questions.first()
    services.answers_save(
        round_id=round_.pk, user=colleague, answers=[services.AnswerInput(question.pk, 1, "")]
    )
    measures = [make(town, colleague, title=f"Maßnahme {n}", note="x") for n in range(size)]
    target = measures[0]
    for n in range(size):
        services.measure_update(
            measure=target, by=coordinator, title=f"Titel {n}", status="done" if n % 2 else "open"
        )
    client.force_login(coordinator)
    for url in [
        LIST,
        f"{LIST}?status=open&feld=management-und-steuerung",
        f"{LIST}{target.pk}/",
        f"{LIST}{target.pk}/loeschen/",
        f"/selbstcheck/runde/{round_.pk}/ergebnis/",
    ]:
        with django_assert_max_num_queries(16):
            assert client.get(url).status_code == 200, url
    with django_assert_max_num_queries(12):
        client.post(f"{LIST}{target.pk}/", edit_data(target, title="Neu", note="neu"))
    with django_assert_max_num_queries(12):
        client.post(
            f"/selbstcheck/runde/{round_.pk}/massnahme-aus-anregung/",
            {"field": field().pk, "title": "Anregung"},
        )
    with django_assert_max_num_queries(12):
        assert client.post(f"{LIST}{target.pk}/loeschen/").status_code == 302


def test_measure_pages_are_never_kept_by_a_cache(client, named, town):
    from tests.selfcheck.test_cache_headers import assert_private

    coordinator, _ = named
    measure = make(town, coordinator)
    client.force_login(coordinator)
    assert_private(
        client, [f"{LIST}{measure.pk}/", f"{LIST}{measure.pk}/loeschen/", f"{LIST}?status=open"]
    )


def test_site_admins_see_the_histories_in_the_admin(client, named, site_admin, town, round_):
    coordinator, colleague = named
    measure = make(town, coordinator)
    services.measure_update(measure=measure, by=colleague, status="done")
    services.round_complete(round=round_, by=coordinator)
    services.round_reopen(round=round_, by=coordinator, reason="Nachtrag aus dem Workshop")
    client.force_login(site_admin)
    page = client.get(f"/admin/selfcheck/measure/{measure.pk}/change/").content.decode()
    assert "Kai Beispiel" in page or colleague.email in page
    page = client.get(f"/admin/selfcheck/round/{round_.pk}/change/").content.decode()
    assert "Nachtrag aus dem Workshop" in page
