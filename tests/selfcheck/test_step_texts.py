"""The autosave script shows German status texts; they come from the page (django.po), not from
the script."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_step_page_gives_the_autosave_script_its_german_texts(client, coordinator, round_):
    client.force_login(coordinator)
    page = client.get(f"/selbstcheck/runde/{round_.pk}/feld/management-und-steuerung/")
    script = re.search(r"<script [^>]*autosave[^>]*>", page.content.decode()).group(0)
    assert 'data-saving="Wird gespeichert …"' in script
    assert 'data-saved="Gespeichert."' in script
    assert 'data-not-saved="Nicht gespeichert:"' in script
    assert 'data-failed="Nicht gespeichert – bitte mit der Schaltfläche unten speichern."' in script
    assert 'data-offline="Keine Verbindung – bitte mit der Schaltfläche unten speichern."' in script
