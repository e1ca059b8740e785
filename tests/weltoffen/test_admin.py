import pytest

from contacts.models import Municipality
from weltoffen.models import Page

pytestmark = pytest.mark.django_db


def test_admin_is_german_with_the_site_name(client, site_admin):
    client.force_login(site_admin)
    html = client.get("/admin/").content.decode()
    assert "Weltoffene Kommune – Verwaltung" in html
    assert 'lang="de"' in html


def test_editor_can_edit_a_municipality(client, editor):
    client.force_login(editor)
    potsdam = Municipality.objects.get(name="Potsdam")
    url = f"/admin/contacts/municipality/{potsdam.pk}/change/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name": "Potsdam",
            "kind": potsdam.kind,
            "state": potsdam.state,
            "ags": potsdam.ags,
            "website": "https://www.potsdam.de/weltoffen/",
            "is_model_municipality": "on",
            # the inline of contact persons (editors may edit them)
            "contact_persons-TOTAL_FORMS": "0",
            "contact_persons-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    potsdam.refresh_from_db()
    assert potsdam.website == "https://www.potsdam.de/weltoffen/"


def test_editor_cannot_see_users(client, editor):
    client.force_login(editor)
    assert client.get("/admin/weltoffen/user/").status_code == 403
    assert "/admin/weltoffen/user/" not in client.get("/admin/").content.decode()


def test_page_text_is_sanitised_on_save(client, editor):
    client.force_login(editor)
    page = Page.objects.get(slug="impressum")
    client.post(
        f"/admin/weltoffen/page/{page.pk}/change/",
        {
            "title": "Impressum",
            "slug": "impressum",
            "body": '<p onclick="x()">Musterverein</p><script>alert(1)</script>'
            '<a href="javascript:x">y</a>',
        },
    )
    page.refresh_from_db()
    assert "Musterverein" in page.body
    assert (
        "script" not in page.body and "onclick" not in page.body and "javascript" not in page.body
    )


def test_invalid_ags_gets_a_german_message(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/contacts/municipality/add/",
        {
            "name": "Musterdorf",
            "kind": "gemeinde",
            "state": "HE",
            "ags": "12a",
        },
    )
    assert response.status_code == 200
    assert "Der AGS hat 2, 5 oder 8 Ziffern." in response.content.decode()
    assert not Municipality.objects.filter(name="Musterdorf").exists()


def test_admin_texts_missing_in_djangos_catalogue_are_german(client, site_admin):
    client.force_login(site_admin)
    html = client.get("/admin/contacts/municipality/").content.decode()
    assert ">Ausführen</button>" in html
    assert "– Bitte wählen –" in client.get("/admin/contacts/municipality/add/").content.decode()
