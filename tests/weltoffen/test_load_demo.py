import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from contacts.models import Municipality
from magazine.models import Article
from weltoffen.models import User

pytestmark = pytest.mark.django_db


@override_settings(SECURE_HTTPS=False)
def test_load_demo_is_idempotent_and_prints_the_logins(capsys, client):
    call_command("load_demo")
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "redaktion@example.org / Passwort: demo-redaktion-2026" in out
    assert "koordination@musterstadt.example.org / Passwort: demo-koordination-2026" in out
    assert User.objects.count() == 6  # admin, editor, coordinator, two members, one applicant
    town = Municipality.objects.get(name="Musterstadt (Demo)")
    assert town.memberships.coordinators().count() == 1
    assert town.memberships.active().count() == 3
    assert town.memberships.pending().get().user.email == "anfrage@example.org"
    editor = User.objects.get(email="redaktion@example.org")
    assert editor.groups.filter(name="Redaktion").exists() and not editor.is_superuser
    response = client.post(  # the printed login works
        "/konto/anmelden/", {"username": "admin@example.org", "password": "demo-admin-2026"}
    )
    assert response.status_code == 302
    assert Article.objects.published().count() >= 14  # two per field, visibly fictional
    assert all("(fiktives Beispiel)" in a.teaser for a in Article.objects.all())
    assert town.selfcheck_rounds.completed().count() == 2
    assert town.selfcheck_rounds.open().count() == 1


def test_load_demo_refuses_production_settings():
    with pytest.raises(CommandError, match="nur für die lokale Nutzung"):
        call_command("load_demo")
    assert not User.objects.exists()
