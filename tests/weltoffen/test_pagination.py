"""The paged lists (magazine, field page, events, archive): old or hand-typed page numbers lead to
a page, never to an error."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(make_article, make_event):
    for number in range(13):  # the magazine shows 12 per page
        make_article(f"Beitrag {number}", days=number + 1)
    for number in range(21):  # the event list shows 20 per page
        make_event(f"Termin {number}", days=number + 1)
        make_event(f"Vorbei {number}", days=-number - 1)


@pytest.mark.parametrize(
    ("url", "first_page", "last_page"),
    [
        ("/magazin/", 12, 1),
        ("/magazin/feld/management-und-steuerung/", 12, 1),
        ("/dialoge/", 20, 1),
        ("/dialoge/archiv/", 20, 1),
    ],
)
def test_page_numbers_out_of_range_show_the_first_or_last_page(
    client, many, url, first_page, last_page
):
    def shown(query):
        response = client.get(url + query)
        assert response.status_code == 200
        return len(response.context["page_obj"].object_list)

    assert shown("") == first_page and shown("?page=abc") == first_page
    assert shown("?page=2") == last_page and shown("?page=99999") == last_page
    assert "Seite 2 von 2" in client.get(url + "?page=2").content.decode()
