import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from selfcheck import importing, services
from selfcheck.models import FieldAssignment, Questionnaire
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import join

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"


def completed_round(municipality, user, level, version):
    round_ = services.round_start(municipality=municipality, user=user, title="Runde")
    services.answers_save(
        round_id=round_.pk,
        user=user,
        answers=[AnswerInput(q.pk, level, "") for q in version.questions.filter(field__slug=FIELD)],
    )
    return services.round_complete(round=round_, by=user)


def test_comparison_appears_only_with_five_consenting_municipalities(
    client, municipality_factory, user_factory, version, coordinator, town
):
    own = completed_round(town, coordinator, 4, version)
    services.benchmark_consent_set(municipality=town, allowed=True, by=coordinator)
    others = []
    for n in range(4):
        place = municipality_factory()
        person = join(user_factory(), place, role="coordinator")
        completed_round(place, person, n, version)
        others.append((place, person))
    for place, person in others[:3]:
        services.benchmark_consent_set(municipality=place, allowed=True, by=person)
    client.force_login(coordinator)
    result = f"/selbstcheck/runde/{own.pk}/ergebnis/"
    assert "Vergleich (" not in client.get(result).content.decode()  # only four take part
    place, person = others[3]
    services.benchmark_consent_set(municipality=place, allowed=True, by=person)
    html = client.get(result).content.decode()
    assert "Vergleich (5 Kommunen)" in html
    assert "25 – 50 – 75 %" in html  # quartiles of 0, 25, 50, 75, 100


def test_every_worker_shows_the_comparison_as_it_is_now(
    client, municipality_factory, user_factory, version, coordinator, town
):
    """A round completed or a consent withdrawn in one server process changes the comparison in
    the others, whose cache still holds the figures computed before."""
    from django.core.cache import caches

    def change_elsewhere(change):
        store = caches["default"]  # local memory: what this worker keeps
        kept, expiry = dict(store._cache), dict(store._expire_info)
        change()
        store._cache.clear()
        store._cache.update(kept)
        store._expire_info.update(expiry)

    own = completed_round(town, coordinator, 4, version)
    services.benchmark_consent_set(municipality=town, allowed=True, by=coordinator)
    places = []
    for n in range(5):
        place = municipality_factory()
        person = join(user_factory(), place, role="coordinator")
        services.benchmark_consent_set(municipality=place, allowed=True, by=person)
        places.append((place, person))
        if n < 4:
            completed_round(place, person, n, version)
    client.force_login(coordinator)
    result = f"/selbstcheck/runde/{own.pk}/ergebnis/"
    assert "Vergleich (5 Kommunen)" in client.get(result).content.decode()
    late, late_person = places[4]
    change_elsewhere(lambda: completed_round(late, late_person, 2, version))
    assert "Vergleich (6 Kommunen)" in client.get(result).content.decode()
    first, first_person = places[0]
    change_elsewhere(
        lambda: services.benchmark_consent_set(municipality=first, allowed=False, by=first_person)
    )
    assert "Vergleich (5 Kommunen)" in client.get(result).content.decode()


def test_only_coordinators_change_the_consent(client, coordinator, colleague, town):
    client.force_login(colleague)
    assert client.post("/selbstcheck/vergleich/", {"allowed": "on"}).status_code == 404
    client.force_login(coordinator)
    client.post("/selbstcheck/vergleich/", {"allowed": "on"})
    assert town.benchmark_consent.allowed


def test_assigned_fields_come_first(client, coordinator, colleague, round_, version):
    client.force_login(coordinator)
    field = version.questions.get(
        order=version.questions.filter(field__slug="kommunikation-und-konfliktmanagement")
        .first()
        .order
    ).field
    client.post(
        f"/selbstcheck/runde/{round_.pk}/zustaendigkeiten/",
        {f"field-{field.pk}": [str(colleague.pk), "99999", "x"]},
    )
    assert list(FieldAssignment.objects.values_list("user_id", flat=True)) == [colleague.pk]
    client.force_login(colleague)
    html = client.get(f"/selbstcheck/runde/{round_.pk}/").content.decode()
    assert html.index("Kommunikation und Konfliktmanagement") < html.index(
        "Management und Steuerung"
    )
    assert client.get(f"/selbstcheck/runde/{round_.pk}/zustaendigkeiten/").status_code == 404


def test_export_and_reimport_gives_the_same_questions(version):
    text = importing.export_yaml(version)
    copy = services.questionnaire_create(data=importing.parse_yaml(text))
    assert copy.status == "draft"
    original = list(version.questions.values_list("field__slug", "subtopic", "text"))
    assert list(copy.questions.values_list("field__slug", "subtopic", "text")) == original
    csv_copy = services.questionnaire_create(
        data=importing.parse_csv(importing.export_csv(version), "CSV")
    )
    assert csv_copy.questions.count() == len(original)


@pytest.mark.parametrize(
    "name,content,error",
    [
        (
            "fragen.yaml",
            b"title: x\nfields: [{field: gibt-es-nicht, questions: [{text: Wer}]}]",
            "unbekanntes Handlungsfeld",
        ),
        ("fragen.yaml", b"title: [unclosed", "kein gültiges YAML"),
        ("fragen.csv", b"a;b\n1;2", "braucht die Spalten"),
        ("fragen.pdf", b"%PDF", "yaml- oder .csv-Datei"),
        ("fragen.yaml", "title: x\n".encode("utf-16"), "UTF-8"),
    ],
)
def test_admin_import_refuses_bad_files_in_german(client, site_admin, name, content, error):
    client.force_login(site_admin)
    before = Questionnaire.objects.count()
    response = client.post(
        "/admin/selfcheck/questionnaire/import/", {"file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert Questionnaire.objects.count() == before


def test_admin_import_creates_a_draft_and_published_versions_are_frozen(
    client, site_admin, version
):
    client.force_login(site_admin)
    upload = SimpleUploadedFile("v2.yaml", importing.export_yaml(version).encode())
    response = client.post("/admin/selfcheck/questionnaire/import/", {"file": upload})
    draft = Questionnaire.objects.get(status="draft")
    assert response.headers["Location"] == f"/admin/selfcheck/questionnaire/{draft.pk}/change/"
    frozen = client.get(f"/admin/selfcheck/questionnaire/{version.pk}/change/").content.decode()
    assert 'name="title"' not in frozen  # read-only
    assert 'name="questions-0-text"' not in frozen
    assert (
        'name="title"'
        in client.get(f"/admin/selfcheck/questionnaire/{draft.pk}/change/").content.decode()
    )


def test_editors_maintain_assessment_texts_but_not_answers(client, editor):
    client.force_login(editor)
    assert client.get("/admin/selfcheck/fieldassessment/").status_code == 200
    assert client.get("/admin/selfcheck/round/").status_code == 403
    assert client.get("/admin/selfcheck/questionnaire/").status_code == 403


def test_editors_copy_a_version_as_draft_and_publish_it_in_the_admin(client, site_admin, version):
    client.force_login(site_admin)
    url = "/admin/selfcheck/questionnaire/"
    client.post(url, {"action": "copy_as_draft", "_selected_action": [version.pk]})
    draft = Questionnaire.objects.get(based_on=version)
    assert draft.status == "draft" and draft.title.endswith("(Entwurf)")
    assert draft.questions.count() == version.questions.count()
    client.post(url, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == "published" and Questionnaire.objects.current() == draft
    empty = Questionnaire.objects.create(title="Leer")
    response = client.post(url, {"action": "publish", "_selected_action": [empty.pk]}, follow=True)
    assert "ohne Fragen" in response.content.decode()
    empty.refresh_from_db()
    assert empty.status == "draft"
