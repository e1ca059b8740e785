"""nginx in front of gunicorn with the micro-cache of docs/nginx/cache.conf: anonymous pages are
answered from nginx's cache, a signed-in page or a personal download never is, and an editor's
change shows once the page's max-age has passed."""

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from contacts.models import Membership, MembershipStatus
from magazine.models import Article
from tests.operations.servers import ROOT, app_server, free_port, get, logged_in_browser

NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
]
if NGINX is None:
    if os.environ.get("CI"):
        pytest.fail("nginx is missing (apt-get install nginx)", pytrace=False)
    pytestmark.append(pytest.mark.skip(reason="nginx is missing (apt-get install nginx)"))

CONFIG = """
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
{user}
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    proxy_cache_path {tmp}/cache levels=1:2 keys_zone=weltoffen:1m max_size=50m inactive=10m;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_set_header Host $host;
            include {include};
        }}
    }}
}}
"""


@contextmanager
def nginx(port, upstream, tmp: Path):
    user = "user root;" if os.geteuid() == 0 else ""
    config = tmp / "nginx.conf"
    config.write_text(
        CONFIG.format(
            tmp=tmp, user=user, port=port, upstream=upstream, include=ROOT / "docs/nginx/cache.conf"
        )
    )
    server = subprocess.Popen([NGINX, "-c", str(config), "-p", str(tmp)])
    try:
        for _ in range(100):
            try:
                get(port, "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield
    finally:
        server.terminate()
        server.wait(timeout=30)


def cached_files_contain(tmp: Path, text: str) -> bool:
    return any(
        text.encode() in path.read_bytes() for path in (tmp / "cache").rglob("*") if path.is_file()
    )


def test_nginx_keeps_anonymous_pages_and_never_personal_ones(
    tmp_path, member, password, town, make_article
):
    member.name = "Paula Privat"
    member.save()
    Membership.objects.create(user=member, municipality=town, status=MembershipStatus.ACTIVE)
    article = make_article("Erste Fassung des Beitrags")
    app, front = free_port(), free_port()
    with app_server(app, CACHE_MAX_AGE="5"), nginx(front, app, tmp_path):
        first = get(front, "/magazin/")
        second = get(front, "/magazin/")
        assert first[2]["X-Cache-Status"] == "MISS"
        assert second[2]["X-Cache-Status"] == "HIT"
        assert "Erste Fassung des Beitrags" in second[1]

        browser = logged_in_browser(front, member.email, password)
        for path in ("/magazin/", "/konto/", "/konto/meine-daten/"):
            for _ in range(2):
                status, body, headers = get(front, path, browser)
                assert status == 200, path
                assert headers["X-Cache-Status"] == "BYPASS", path
        assert "Abmelden" in get(front, "/magazin/", browser)[1]  # the signed-in header
        assert member.email in get(front, "/konto/", browser)[1]
        assert "Paula Privat" in get(front, "/konto/meine-daten/", browser)[1]
        anonymous = get(front, "/magazin/")
        assert anonymous[2]["X-Cache-Status"] == "HIT"
        assert "Abmelden" not in anonymous[1]
        assert not cached_files_contain(tmp_path, "Paula Privat")
        assert not cached_files_contain(tmp_path, member.email)

        get(front, "/magazin/")  # a fresh copy for the next five seconds
        Article.objects.filter(pk=article.pk).update(title="Zweite Fassung des Beitrags")
        assert "Erste Fassung des Beitrags" in get(front, "/magazin/")[1]  # still nginx's copy
        for _ in range(100):  # max-age is 5 s
            if "Zweite Fassung des Beitrags" in get(front, "/magazin/")[1]:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the editor's change never reached the cached page")
