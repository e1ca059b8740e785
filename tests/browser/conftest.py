"""Browser tests: Debian's Chromium driven by Playwright against a live server, with axe-core."""

import os
import shutil
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from pytest_django.live_server_helper import LiveServer

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
SKIPPED_NOTE = []

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures here
# are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# Each browser test module sets: pytestmark = BROWSER_TEST
# The live server sees only committed data, so the tests are transactional (the reference data
# from the migrations is restored before each one: see tests/conftest.py).
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="session")
def chromium_path():
    path = shutil.which("chromium")
    if path is None:
        message = (
            "Chromium fehlt (apt-get install -y chromium): die Browser-Tests mit axe-core "
            "wurden NICHT ausgeführt."
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        SKIPPED_NOTE.append(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def _plain_http():
    """The live server speaks plain HTTP: the production redirect to HTTPS is off here. Autouse and
    session-wide, so it is in force before the live server builds its middleware."""
    with override_settings(
        SECURE_SSL_REDIRECT=False, SESSION_COOKIE_SECURE=False, CSRF_COOKIE_SECURE=False
    ):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http):
    """Like pytest-django's live server, but static files come from WhiteNoise in our middleware,
    the collected, hashed and compressed files as in production (make test runs collectstatic)."""
    server = LiveServer("127.0.0.1", start=False)
    server.thread.static_handler = lambda app: app
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def site_url(live_server):
    return live_server.url


class PageProblems:
    """What a visitor would not see, but must not happen: requests to other hosts, missing files,
    errors in the console (e.g. Content-Security-Policy violations)."""

    def __init__(self):
        self.off_site, self.failed, self.console_errors = [], [], []

    def check(self):
        assert not self.off_site, f"Requests left 127.0.0.1: {self.off_site}"
        assert not self.failed, f"Files failed to load: {self.failed}"
        assert not self.console_errors, f"Console errors: {self.console_errors}"


@pytest.fixture
def page(new_page):
    """A fresh browser tab. Every request that would leave 127.0.0.1 is blocked and recorded."""
    return new_page()


@pytest.fixture
def new_page(browser, site_url):
    """Opens tabs for several people at once (each its own browser context, closed at the end)."""
    contexts = []

    def open_tab():
        context = browser.new_context(base_url=site_url, locale="de-DE")
        contexts.append(context)
        return _watched(context.new_page())

    yield open_tab
    for context in contexts:
        context.close()


def _watched(tab):
    """Blocks and records requests that would leave 127.0.0.1, failed files and console errors."""
    problems = PageProblems()

    def guard(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            problems.off_site.append(url)
            route.abort()

    def on_response(response):
        if response.status >= 400 and response.request.resource_type != "document":
            problems.failed.append(f"{response.status} {response.url}")

    tab.route("**/*", guard)
    tab.on("response", on_response)

    def on_console(message):
        # Failed sub-resources are caught above; a 404 document is expected on the 404 page.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.console_errors.append(message.text)

    tab.on("console", on_console)
    tab.problems = problems
    return tab


def assert_accessible(page):
    """Fails on any axe-core violation of WCAG 2.0/2.1 A and AA."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    violations = results.response["violations"]
    assert not violations, "axe-core: " + "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    )
