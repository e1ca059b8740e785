import json

import pytest
from django.core import mail

from contacts.models import Membership
from tests.contacts.conftest import link_in_last_mail
from weltoffen import services
from weltoffen.models import User

pytestmark = pytest.mark.django_db

STRONG = "Ein-gutes-Passwort-2026"


def register(client, email, password=STRONG, password2=None, name="Kim Beispiel"):
    return client.post(
        "/konto/registrieren/",
        {
            "name": name,
            "email": email,
            "password1": password,
            "password2": password2 or password,
        },
    )


def test_registration_confirm_and_login(client):
    response = register(client, "Neu@Example.org")
    assert (
        response.status_code == 302
        and response.headers["Location"] == "/konto/registrieren/gesendet/"
    )
    user = User.objects.get(email="neu@example.org")
    assert user.email_confirmed_at is None and user.name == "Kim Beispiel"
    message = mail.outbox[-1]
    assert message.to == ["neu@example.org"]
    assert message.subject == "Bitte bestätigen Sie Ihre E-Mail-Adresse – Weltoffene Kommune"
    assert "vielen Dank für Ihre Registrierung bei Weltoffene Kommune" in message.body
    assert message.alternatives[0].mimetype == "text/html"

    refused = client.post("/konto/anmelden/", {"username": "neu@example.org", "password": STRONG})
    assert "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse" in refused.content.decode()

    link = link_in_last_mail()
    assert "Adresse bestätigen" in client.get(link).content.decode()  # GET changes nothing
    user.refresh_from_db()
    assert user.email_confirmed_at is None
    response = client.post(link)
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email_confirmed_at is not None
    assert client.get("/konto/").context["user"] == user


def test_registering_a_known_address_answers_the_same_and_warns_its_owner(client, member):
    fresh = register(client, "ganz-neu@example.org")
    known = register(client, member.email)
    assert fresh.status_code == known.status_code == 302
    assert fresh.headers["Location"] == known.headers["Location"]
    assert User.objects.filter(email=member.email).count() == 1
    assert mail.outbox[-1].to == [member.email]
    assert "Für sie besteht bereits ein Konto" in mail.outbox[-1].body
    member.refresh_from_db()
    assert member.check_password("ein-sicheres-Testpasswort-2026")  # not changed


@pytest.mark.parametrize(
    "email,error",
    [
        ("keine-adresse", "Bitte gültige E-Mail-Adresse eingeben."),
        ("a" * 5000 + "@example.org", "höchstens 254 Zeichen"),
    ],
)
def test_invalid_addresses_get_a_german_message(client, email, error):
    response = register(client, email)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "password,password2,error",
    [
        ("kurz", None, "Dieses Passwort ist zu kurz."),
        (STRONG, "etwas-anderes-2026", "Die beiden Passwörter stimmen nicht überein."),
        ("1234567890123", None, "Dieses Passwort ist komplett numerisch."),
    ],
)
def test_weak_passwords_get_a_german_message(client, password, password2, error):
    response = register(client, "neu@example.org", password, password2)
    assert error in response.content.decode()
    assert not User.objects.exists()


def test_expired_tampered_and_used_links_are_refused(client, monkeypatch):
    register(client, "neu@example.org")
    link = link_in_last_mail()
    tampered = client.post(link[:-3] + "xx/")
    assert tampered.status_code == 400
    assert "Dieser Link ist ungültig." in tampered.content.decode()
    monkeypatch.setattr(services, "CONFIRM_MAX_AGE", -1)
    expired = client.post(link)
    assert "Dieser Link ist abgelaufen." in expired.content.decode()
    monkeypatch.setattr(services, "CONFIRM_MAX_AGE", 3600)
    assert client.post(link).status_code == 302
    used = client.post(link)
    assert used.status_code == 400
    assert "Diese Adresse ist bereits bestätigt." in used.content.decode()


def login_works(client, password):
    client.logout()
    client.post("/konto/anmelden/", {"username": "neu@example.org", "password": password})
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("owner_first", [True, False], ids=["owner-first", "stranger-first"])
def test_registering_an_unconfirmed_address_again_cannot_take_over_the_account(client, owner_first):
    stranger = {"password": "Angreifer-Passwort-2026", "name": "Falscher Name"}
    first, second = ({}, stranger) if owner_first else (stranger, {})
    register(client, "neu@example.org", **first)
    first_link = link_in_last_mail()
    again = register(client, "neu@example.org", **second)
    assert again.headers["Location"] == "/konto/registrieren/gesendet/"  # the same answer
    user = User.objects.get(email="neu@example.org")
    first_password = first.get("password", STRONG)
    assert user.check_password(first_password)  # a second registration changes nothing
    assert "mehr als einmal registriert" in mail.outbox[-1].body  # the owner hears of it
    assert mail.outbox[-1].to == ["neu@example.org"]
    # Whichever link the address owner follows: they choose name and password now.
    page = client.get(first_link).content.decode()
    assert "id_new_password1" in page and "id_name" in page
    weak = client.post(first_link, {"name": "Kim", "new_password1": "x", "new_password2": "x"})
    assert weak.status_code == 400 and User.objects.get(pk=user.pk).email_confirmed_at is None
    chosen = {"name": "Kim Beispiel", "new_password1": "Mein-eigenes-2026", "new_password2": ""}
    chosen["new_password2"] = chosen["new_password1"]
    assert client.post(first_link, chosen).status_code == 302
    user.refresh_from_db()
    assert user.email_confirmed_at and user.name == "Kim Beispiel"
    assert not login_works(client, stranger["password"]) and not login_works(client, STRONG)
    assert login_works(client, "Mein-eigenes-2026")


def test_a_single_registration_confirms_with_one_button(client):
    register(client, "neu@example.org")
    page = client.get(link_in_last_mail()).content.decode()
    assert "id_new_password1" not in page and "Adresse bestätigen" in page


def test_resend_answers_the_same_for_any_address(client):
    register(client, "neu@example.org")
    sent = len(mail.outbox)
    unknown = client.post("/konto/bestaetigung-erneut/", {"email": "niemand@example.org"})
    pending = client.post("/konto/bestaetigung-erneut/", {"email": "neu@example.org"})
    assert unknown.headers["Location"] == pending.headers["Location"]
    assert len(mail.outbox) == sent + 1
    assert mail.outbox[-1].to == ["neu@example.org"]


def test_e_mails_a_user_triggers_are_rate_limited(client):
    for _ in range(6):
        client.post("/konto/bestaetigung-erneut/", {"email": "x@example.org"})
        register(client, "neu@example.org")
        client.post("/konto/passwort-vergessen/", {"email": "neu@example.org"})
    to_new = [m for m in mail.outbox if m.to == ["neu@example.org"]]
    assert len(to_new) == 6  # 3 confirmations + 3 password resets per hour, not 12


def test_change_email_needs_the_password_and_a_confirmation(client, member, password):
    client.force_login(member)
    wrong = client.post("/konto/email-aendern/", {"new_email": "neu@example.org", "password": "x"})
    assert "Das Passwort ist nicht korrekt." in wrong.content.decode()
    client.post("/konto/email-aendern/", {"new_email": "neu@example.org", "password": password})
    assert mail.outbox[-1].to == ["neu@example.org"]
    member.refresh_from_db()
    assert member.email == "mitarbeiterin@example.org"
    client.post(link_in_last_mail())
    member.refresh_from_db()
    assert member.email == "neu@example.org"


def test_data_export_contains_what_is_stored_about_me_only(client, coordinator, team_member):
    client.force_login(team_member)
    response = client.get("/konto/meine-daten/")
    assert response["Content-Disposition"].startswith('attachment; filename="meine-daten-')
    data = json.loads(response.content)
    assert data["konto"]["email"] == team_member.email
    assert data["kontakte"]["mitgliedschaften"][0]["kommune"] == "Musterstadt"
    assert coordinator.email not in response.content.decode()


def test_last_coordinator_must_hand_over_before_deleting(
    client, coordinator, team_member, password
):
    client.force_login(coordinator)
    page = client.get("/konto/loeschen/").content.decode()
    assert "Sie sind die einzige Koordinator:in von Musterstadt" in page
    client.post("/konto/loeschen/", {"password": password, "confirm": "on"})
    assert User.objects.filter(pk=coordinator.pk).exists()


def test_delete_account_removes_personal_data(client, coordinator, team_member, password):
    client.force_login(team_member)
    wrong = client.post("/konto/loeschen/", {"password": "falsch", "confirm": "on"})
    assert "Das Passwort ist nicht korrekt." in wrong.content.decode()
    response = client.post("/konto/loeschen/", {"password": password, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(email=team_member.email).exists()
    assert not Membership.objects.filter(user_id=team_member.pk).exists()
    assert client.get("/konto/").headers["Location"].startswith("/konto/anmelden/")  # logged out


def test_an_account_needs_a_name_which_colleagues_see_instead_of_the_address(client):
    nameless = register(client, "neu@example.org", name="  ")
    assert "Dieses Feld ist zwingend erforderlich." in nameless.content.decode()
    assert not User.objects.exists()
    legacy = User.objects.create_user(email="alt@example.org", password=STRONG)
    assert legacy.get_full_name() == "(kein Name angegeben)"  # never the e-mail address
    client.force_login(legacy)
    assert "Bitte tragen Sie" in client.get("/konto/").content.decode()
    client.post("/konto/name/", {"name": "Alex Muster"})
    legacy.refresh_from_db()
    assert legacy.get_full_name() == "Alex Muster"
    assert "Bitte tragen Sie" not in client.get("/konto/").content.decode()
