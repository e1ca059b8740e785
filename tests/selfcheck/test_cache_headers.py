"""Who may keep a response: public pages for everybody a minute long (browsers, the nginx front),
personal pages and downloads never."""

import pytest

from selfcheck import services


def no_store(response):
    control = response["Cache-Control"]
    return "private" in control and "no-store" in control and "public" not in control


@pytest.mark.django_db
def test_anonymous_pages_are_public_for_a_minute_and_answer_304_when_unchanged(
    client, make_article
):
    make_article("Vielfalt im Rathaus")
    for url in ("/", "/magazin/", "/kontakte/", "/handlungsfelder/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=60", url
        assert response.has_header("ETag"), url
        again = client.get(url, headers={"If-None-Match": response["ETag"]})
        assert again.status_code == 304, url


@pytest.mark.django_db
def test_max_age_is_a_setting(client, settings):
    settings.CACHE_MAX_AGE = 15
    assert client.get("/magazin/")["Cache-Control"] == "public, max-age=15"


@pytest.mark.django_db
def test_pages_with_a_form_token_are_never_shared(client):
    response = client.get("/konto/anmelden/")
    assert "csrftoken" in response.cookies
    assert no_store(response)


@pytest.mark.django_db
def test_every_personal_page_and_download_is_private_no_store(client, coordinator, round_, version):
    question = version.questions.select_related("field").first()
    services.answers_save(
        round_id=round_.pk,
        user=coordinator,
        answers=[services.AnswerInput(question.pk, 2, "")],
    )
    client.force_login(coordinator)
    slug = question.field.slug
    urls = [
        "/",
        "/magazin/",
        "/konto/",
        "/konto/meine-daten/",
        "/selbstcheck/",
        f"/selbstcheck/runde/{round_.pk}/",
        f"/selbstcheck/runde/{round_.pk}/feld/{slug}/",
        f"/selbstcheck/runde/{round_.pk}/team/{slug}/",
        f"/selbstcheck/runde/{round_.pk}/antworten.csv",
        "/selbstcheck/verlauf/",
        "/selbstcheck/massnahmen/",
    ]
    assert_private(client, urls)
    services.round_complete(round=round_, by=coordinator)
    assert_private(
        client,
        [
            f"/selbstcheck/runde/{round_.pk}/ergebnis/",
            f"/selbstcheck/runde/{round_.pk}/bericht.pdf",
        ],
    )


def assert_private(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert no_store(response), (url, response["Cache-Control"])


@pytest.mark.django_db
def test_an_event_page_with_free_places_is_never_shared(client, make_event):
    event = make_event("Mit Anmeldung", registration="platform", capacity=20)
    response = client.get(event.get_absolute_url())
    assert "20" in response.content.decode()  # the free places
    assert no_store(response)
    plain = make_event("Ohne Anmeldung", registration="none")
    assert client.get(plain.get_absolute_url())["Cache-Control"] == "public, max-age=60"


@pytest.mark.django_db
def test_a_304_keeps_the_public_header_so_caches_may_keep_their_copy(client):
    etag = client.get("/magazin/")["ETag"]
    again = client.get("/magazin/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["Cache-Control"] == "public, max-age=60"


@pytest.mark.django_db
def test_an_invitation_link_is_never_shared_even_without_a_form(client, town, coordinator, member):
    from contacts.models import Invitation
    from weltoffen.tokens import make_token

    invitation = Invitation.objects.create(
        municipality=town, email=member.email, invited_by=coordinator
    )
    token = make_token("invite", {"i": invitation.pk, "e": invitation.email})
    response = client.get(f"/kontakte/einladung/{token}/")
    assert response.status_code == 200
    assert town.name in response.content.decode()
    assert "csrftoken" not in response.cookies  # an account exists: the page has no form
    assert no_store(response)


@pytest.mark.django_db
def test_the_event_list_with_free_places_is_kept_only_ten_seconds(client, make_event):
    make_event("Mit Anmeldung", registration="platform", capacity=20)
    assert client.get("/dialoge/")["Cache-Control"] == "public, max-age=10"


@pytest.mark.django_db
def test_a_calendar_subscription_may_be_kept_a_quarter_of_an_hour(client, make_event):
    make_event("Im Kalender")
    response = client.get("/dialoge/kalender.ics")
    assert "Im Kalender" in response.content.decode()
    assert response["Cache-Control"] == "public, max-age=900"
