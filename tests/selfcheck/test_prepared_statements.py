"""PostgreSQL plans frequent statements once per connection (server-side binding with a prepare
threshold in settings; Django turns preparing off by default)."""

import pytest
from django.db import connection

from selfcheck import selectors, services

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only (CI)"),
]


def test_the_round_query_is_prepared_after_a_few_requests(town, coordinator):
    round_ = services.round_start(municipality=town, user=coordinator, title="Runde")
    for _ in range(6):
        selectors.round_for_member(coordinator, round_.pk)
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any("FROM selfcheck_round WHERE id = $1" in statement for statement in prepared)
