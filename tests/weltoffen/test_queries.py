import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("extra", [0, 200])
@pytest.mark.parametrize("url", ["/", "/kontakte/", "/handlungsfelder/", "/impressum/"])
def test_public_pages_use_a_bounded_number_of_queries(
    client, municipality_factory, extra, url, django_assert_max_num_queries
):
    municipality_factory.create_batch(extra, is_model_municipality=True)
    with django_assert_max_num_queries(4):
        assert client.get(url).status_code == 200
