"""The German catalogue locale/de/LC_MESSAGES/django.po: every text of the project has German, the
site shows what the catalogue says, and `make messages` keeps what a translator wrote there."""

import gettext
import os
import shutil
import subprocess
import sys

import polib
import pytest
from django.conf import settings

PO = settings.BASE_DIR / "locale/de/LC_MESSAGES/django.po"
NOT_COPIED = shutil.ignore_patterns(
    ".*", "__pycache__", "staticfiles", "media", "test-artifacts", "node_modules", "*.sqlite3"
)


def without_german(po: polib.POFile) -> list[str]:
    return [e.msgid for e in po.untranslated_entries() + po.fuzzy_entries()]


def compiled(po: polib.POFile, mo_path) -> dict[str, str]:
    """What the compiled catalogue answers for each entry, next to what the .po says."""
    with open(mo_path, "rb") as file:
        mo = gettext.GNUTranslations(file)
    differ = {}
    for entry in po.translated_entries():
        if entry.msgid_plural:
            shown = [mo.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
            wanted = [entry.msgstr_plural[0], entry.msgstr_plural[1]]
        elif entry.msgctxt:
            shown, wanted = mo.pgettext(entry.msgctxt, entry.msgid), entry.msgstr
        else:
            shown, wanted = mo.gettext(entry.msgid), entry.msgstr
        if shown != wanted:
            differ[entry.msgid] = shown
    return differ


def test_every_text_in_the_catalogue_has_german():
    po = polib.pofile(str(PO))
    assert len(po) > 900
    assert not without_german(po), "No German (empty or fuzzy) in django.po"


def test_the_site_shows_what_the_catalogue_says():
    """The committed django.mo is compiled from the committed django.po (run make messages)."""
    po = polib.pofile(str(PO))
    assert not compiled(po, PO.with_suffix(".mo")), "django.mo is older than django.po"


def test_make_messages_finds_every_text_and_keeps_a_translators_edit(tmp_path):
    tools = ["make", "xgettext", "msgmerge", "msgfmt"]
    if missing := [tool for tool in tools if shutil.which(tool) is None]:
        message = (
            f"{', '.join(missing)} missing (sudo apt-get install make gettext): "
            "make messages NOT checked."
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    project = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, project, ignore=NOT_COPIED)
    po_path = project / PO.relative_to(settings.BASE_DIR)
    po = polib.pofile(str(po_path))
    edited = po.find("Skip to content")
    hand_edit = edited.msgstr + " (von Hand)"  # a translator's edit of a text in the code
    edited.msgstr = hand_edit
    po.save()

    run = subprocess.run(
        ["make", "-o", "install", "messages", f"PY={sys.executable}"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )

    assert run.returncode == 0, run.stdout + run.stderr
    po = polib.pofile(str(po_path))
    assert po.find("Skip to content").msgstr == hand_edit
    with open(po_path.with_suffix(".mo"), "rb") as file:
        assert gettext.GNUTranslations(file).gettext("Skip to content") == hand_edit
    assert not without_german(po), "Texts of the project without German in django.po"
    assert not compiled(po, po_path.with_suffix(".mo"))
