import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_login_with_email_in_any_case(client, member, password):
    response = client.post(
        "/konto/anmelden/", {"username": "MitarbeiterIn@Example.org", "password": password}
    )
    assert response.status_code == 302
    assert client.get("/").context["user"] == member


def test_wrong_password_gets_a_german_message_that_does_not_reveal_the_account(client, member):
    known = client.post("/konto/anmelden/", {"username": member.email, "password": "falsch"})
    unknown = client.post(
        "/konto/anmelden/", {"username": "niemand@example.org", "password": "falsch"}
    )
    assert "E-Mail-Adresse oder Passwort stimmen nicht." in known.content.decode()
    assert known.content.decode().count("stimmen nicht") == unknown.content.decode().count(
        "stimmen nicht"
    )
    assert known.status_code == unknown.status_code == 200


def test_logout_needs_post_and_ends_the_session(client, member):
    client.force_login(member)
    assert client.post("/konto/abmelden/").status_code == 302
    assert not client.get("/").context["user"].is_authenticated


def test_password_reset_sends_a_german_mail_with_a_working_link(client, member):
    response = client.post("/konto/passwort-vergessen/", {"email": member.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Neues Passwort für Weltoffene Kommune"
    assert "Guten Tag," in message.body
    assert message.alternatives and '<html lang="de">' in message.alternatives[0].content
    link = re.search(r"https://\S+/konto/passwort-neu/\S+/", message.body).group(0)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert "Neues Passwort wählen" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {
            "new_password1": "Ein-neues-langes-Passwort-77",
            "new_password2": "Ein-neues-langes-Passwort-77",
        },
    )
    assert done.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Ein-neues-langes-Passwort-77")


def test_password_reset_answers_the_same_for_unknown_addresses(client):
    response = client.post(
        "/konto/passwort-vergessen/", {"email": "unbekannt@example.org"}, follow=True
    )
    assert "Bitte prüfen Sie Ihr Postfach" in response.content.decode()
    assert mail.outbox == []


def test_password_change_rejects_weak_passwords_in_german(client, member, password):
    client.force_login(member)
    response = client.post(
        "/konto/passwort-aendern/",
        {
            "old_password": password,
            "new_password1": "12345678",
            "new_password2": "12345678",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dieses Passwort ist zu kurz" in html or "zu kurz" in html
    assert 'aria-invalid="true"' in html


def test_password_pages_need_login(client):
    response = client.get("/konto/passwort-aendern/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/konto/anmelden/")


def test_brute_force_on_the_login_locks_that_address_from_that_client(
    client, member, password, user_factory
):
    for attempt in range(5):
        address = member.email.upper() if attempt % 2 else member.email  # case does not help
        client.post("/konto/anmelden/", {"username": address, "password": "falsch"})
    response = client.post("/konto/anmelden/", {"username": member.email, "password": password})
    assert response.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in response.content.decode()
    assert "_auth_user_id" not in client.session  # not even the right password gets through
    other = user_factory(email="kollegin@example.org")
    response = client.post("/konto/anmelden/", {"username": other.email, "password": password})
    assert response.status_code == 302  # colleagues on the same network are not locked out


def test_behind_the_proxy_the_lockout_counts_per_client_not_per_address_alone(
    client, member, password, settings
):
    """Nobody can lock a colleague out from another network by guessing their address."""
    settings.BEHIND_PROXY = True
    attacker = {"HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    for _ in range(5):
        client.post("/konto/anmelden/", {"username": member.email, "password": "x"}, **attacker)
    owner = {"HTTP_X_FORWARDED_FOR": "198.51.100.20"}
    response = client.post(
        "/konto/anmelden/", {"username": member.email, "password": password}, **owner
    )
    assert response.status_code == 302
