"""The public pages of the demo site are valid HTML (Nu Html Checker, vnu-jar from npm, run on
Java) and no internal link leads to an error page."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
VNU = Path(os.environ.get("VNU_JAR", ROOT / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
HREF = re.compile(r'href="([^"#]*)')
MAX_PAGES = 400
# Links a crawler must not follow (they change state on GET or need a login) or files, not pages.
SKIP = ("/admin/", "/konto/abmelden/", "/media/", "/static/")
FILES = (".pdf", ".ics", ".csv", ".vcf", ".xml", "/feed/")

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site():
    with override_settings(SECURE_HTTPS=False):
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def crawl(client):
    """All pages reachable from the home page through internal links: {path: (status, html)}."""
    seen, queue, pages = set(), ["/"], {}
    while queue and len(pages) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.streaming:  # stored files (PDFs) are streamed; only their status matters
            b"".join(response.streaming_content)  # read through the test client's wrapper,
            pages[path] = (response.status_code, "")  # which keeps the test's connection open
            continue
        pages[path] = (response.status_code, response.content.decode(errors="replace"))
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for href in HREF.findall(response.content.decode()):
            link = urldefrag(href.replace("&amp;", "&"))[0]
            internal = link.startswith("/") and not link.startswith(("//", *SKIP))
            if internal and link not in seen:
                queue.append(link)
    return pages


def test_no_internal_link_is_broken(client, demo_site):
    pages = crawl(client)
    assert len(pages) > 60  # the whole demo site, not just the home page
    broken = {path: status for path, (status, _html) in pages.items() if status >= 400}
    assert not broken, broken


def test_public_pages_are_valid_html(client, demo_site, tmp_path):
    if shutil.which("java") is None or not VNU.exists():
        message = (
            "Nu Html Checker not available (needs Java and vnu.jar: sudo apt-get install "
            "default-jre-headless npm, then make test installs vnu-jar): HTML NOT checked."
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    pages = crawl(client)
    files = []
    for number, (path, (status, html)) in enumerate(pages.items()):
        is_page = status == 200 and html.lstrip().lower().startswith("<!doctype html")
        if is_page and not urlsplit(path).path.endswith(FILES):
            file = tmp_path / f"page{number}.html"
            file.write_text(html, encoding="utf-8")
            files.append((file, path))
    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *[str(f) for f, _ in files],
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.stderr.strip().startswith("{"), f"vnu did not run: {result.stderr[:500]}"
    messages = json.loads(result.stderr)["messages"]
    by_file = {str(f): path for f, path in files}
    errors = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"line {m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert len(files) > 40
    assert not errors, "\n".join(errors[:40])
