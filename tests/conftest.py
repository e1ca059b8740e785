import importlib
import shutil
from datetime import timedelta

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.utils import timezone, translation

from dialogues.models import EventFormat
from magazine.models import ArticleType
from tests.factories import (
    DEFAULT_PASSWORD,
    ArticleFactory,
    EventFactory,
    MunicipalityFactory,
    UserFactory,
)
from weltoffen.permissions import EDITOR_GROUP

_served_by = {}


def pytest_report_header(config):
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"database: {db['ENGINE'].rsplit('.', 1)[-1]} ({db.get('HOST') or db['NAME']})"


def pytest_terminal_summary(terminalreporter):
    if _served_by:
        terminalreporter.write_line(f"Tests served by database: {_served_by['text']}")
    if shutil.which("chromium") is None:
        terminalreporter.write_sep("!", "BROWSER-TESTS ÜBERSPRUNGEN", red=True, bold=True)
        terminalreporter.write_line(
            "Chromium fehlt: Die Browser- und Barrierefreiheitstests (axe-core) liefen NICHT.\n"
            "Installieren mit: sudo apt-get install -y chromium   (CI bricht in diesem Fall ab.)",
            red=True,
            bold=True,
        )


@pytest.fixture(scope="session", autouse=True)
def _record_database(django_db_setup, django_db_blocker):
    """Remember which database server served the tests, for the summary line in the CI log."""
    if connection.vendor == "postgresql" and not connection.settings_dict["NAME"].startswith(
        "test"
    ):
        return  # only tests without a database were selected: pytest-django created none
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT version()")
        else:
            cursor.execute("SELECT 'SQLite ' || sqlite_version()")
        _served_by["text"] = f"{cursor.fetchone()[0]} (database {connection.settings_dict['NAME']})"


# Transactional tests end with a flush that also removes what the data migrations seeded. Django's
# serialized rollback cannot restore it when Playwright's event loop runs in the test thread (the
# connection handler is then a different, context-local object), so the seed functions of these
# migrations run again before every transactional test; they are idempotent.
SEED_MIGRATIONS = [
    "weltoffen.migrations.0002_seed_fields",
    "weltoffen.migrations.0003_seed_pages_and_editor_group",
    "contacts.migrations.0002_seed_model_municipalities",
    "contacts.migrations.0006_coordinates_of_confirmed_model_municipalities",
    "selfcheck.migrations.0002_seed_questionnaire_and_assessments",
    "magazine.migrations.0002_seed_article_types",
    "dialogues.migrations.0002_seed_event_formats",
    "dialogues.migrations.0003_privacy_notice_for_registrations",
]


@pytest.fixture(autouse=True)
def reference_data(request):
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or any(
        name in request.fixturenames for name in ("transactional_db", "live_server")
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    for module in SEED_MIGRATIONS:
        importlib.import_module(module).seed(global_apps, None)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (rate limits, cached pages)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True, scope="session")
def _documents_in_a_temporary_directory(tmp_path_factory):
    """Stored PDFs of the tests go to a directory of this test run, not ./documents."""
    with override_settings(DOCUMENTS_ROOT=tmp_path_factory.mktemp("documents")):
        yield


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Tests create many users; production keeps its Argon2 parameters (tests/hashers.py)."""
    with override_settings(PASSWORD_HASHERS=["tests.hashers.FastArgon2PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


class HttpsClient(Client):
    """A browser on HTTPS, as in production, where plain HTTP is redirected."""

    def generic(self, *args, **kwargs):
        kwargs["secure"] = True
        return super().generic(*args, **kwargs)


@pytest.fixture
def client():
    return HttpsClient()


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def municipality_factory(db):
    return MunicipalityFactory


@pytest.fixture
def town(municipality_factory):
    return municipality_factory(name="Musterstadt")


@pytest.fixture
def other_town(municipality_factory):
    return municipality_factory(name="Beispielhausen")


@pytest.fixture
def password():
    return DEFAULT_PASSWORD


@pytest.fixture
def member(user_factory):
    return user_factory(email="mitarbeiterin@example.org")


@pytest.fixture
def editor(user_factory):
    user = user_factory(email="redakteurin@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return user


@pytest.fixture
def site_admin(user_factory):
    return user_factory(email="admin-test@example.org", is_staff=True, is_superuser=True)


@pytest.fixture
def make_event(db, town):
    """EventFactory with the title first, in `town` unless told, `days` ahead, `hours` long."""

    def make(
        title="Bürgerdialog im Rathaus", *, days=7, hours=2, format_slug="buergerdialog", **extra
    ):
        starts = extra.pop("starts_at", None) or timezone.now() + timedelta(days=days)
        return EventFactory(
            title=title,
            format=EventFormat.objects.get(slug=format_slug),
            municipality=extra.pop("municipality", None) or town,
            starts_at=starts,
            ends_at=starts + timedelta(hours=hours),
            **extra,
        )

    return make


@pytest.fixture
def make_article(db):
    """ArticleFactory with the title first, published `days` ago."""

    def make(title="Ein Beitrag", *, days=1, type_slug="praxistipp", slug=None, **extra):
        if slug:
            extra["slug"] = slug
        return ArticleFactory(
            title=title,
            type=ArticleType.objects.get(slug=type_slug),
            published_at=timezone.now() - timedelta(days=days),
            **extra,
        )

    return make
