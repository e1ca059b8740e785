import pytest
from django.test import Client


@pytest.mark.django_db
def test_every_page_sends_the_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    script_src = next(part for part in csp.split(";") if "script-src" in part)
    assert "unsafe-inline" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https():
    response = Client().get("/impressum/")
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")


@pytest.mark.django_db
def test_only_the_admin_allows_inline_styles_and_nowhere_inline_scripts(client, editor):
    public = client.get("/").headers["Content-Security-Policy"]
    assert "unsafe-inline" not in public
    client.force_login(editor)
    admin = client.get("/admin/").headers["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in admin
    assert "unsafe-inline" not in next(p for p in admin.split(";") if "script-src" in p)


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_secure_and_http_only(client, member, password):
    login_page = client.get("/konto/anmelden/")
    csrf = login_page.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"
    response = client.post("/konto/anmelden/", {"username": member.email, "password": password})
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
