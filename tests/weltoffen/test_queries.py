import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("extra", [0, 200])
@pytest.mark.parametrize("url", ["/", "/kontakte/", "/handlungsfelder/", "/impressum/"])
def test_public_pages_use_a_bounded_number_of_queries(
    client, municipality_factory, make_event, extra, url, django_assert_max_num_queries
):
    for town in municipality_factory.create_batch(extra, is_model_municipality=True)[:20]:
        make_event(f"Dialog in {town.name}", municipality=town)  # the home page lists the next ones
    with django_assert_max_num_queries(6):
        assert client.get(url).status_code == 200
