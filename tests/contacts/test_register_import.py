"""The official municipality register (GV100AD of Destatis) as `manage.py import_gv100ad` reads it:
a small file in that fixed-width format, made here."""

import pytest
from django.core.management import CommandError, call_command

from contacts.models import Municipality

pytestmark = pytest.mark.django_db


def record(satzart, code, name, kind="", seat=""):
    """One line of a GV100AD file (Gebietsstand 30.09.2026), fields at their official columns."""
    line = f"{satzart}20260930{code:<12}{name:<50}{seat:<50}{kind:<2}".ljust(124)
    if satzart == "60":  # area, inhabitants (total, male), postcode: 10 digits each as published
        line += "    " + f"{1:>11}{2:>11}{1:>11}" + "    " + "69117" + " " * 5 + "  " + "2801"
    return line.ljust(220)


REGISTER = [
    record("10", "08", "Baden-Württemberg", seat="Stuttgart"),
    record("40", "08221", "Heidelberg, Stadtkreis", kind="42"),  # the city stands for it
    record("60", "082210000000", "Heidelberg, Stadt", kind="62"),
    record("40", "08226", "Rhein-Neckar-Kreis", kind="43", seat="Heidelberg"),
    record("60", "082260840000", "Sinsheim, Stadt", kind="67"),
    record("40", "09673", "Rhön-Grabfeld", kind="44"),
    record("60", "096731310000", "Hausen", kind="64"),
    record("40", "09186", "Pfaffenhofen a.d.Ilm", kind="44"),
    record("60", "091861290000", "Hausen", kind="64"),
    record("60", "096734510000", "Gemeindefreies Gebiet Forst", kind="66"),
    record("60", "110000000000", "Berlin, Stadt", kind="61"),
]


def import_register(tmp_path, lines=REGISTER, encoding="utf-8"):
    path = tmp_path / "GV100AD_30092026.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    call_command("import_gv100ad", str(path))


def test_the_register_brings_every_gemeinde_and_kreis_and_joining_finds_heidelberg(
    tmp_path, client, member
):
    before = set(Municipality.objects.values_list("ags", flat=True))
    import_register(tmp_path)
    imported = {
        m.ags: (m.name, m.kind, m.state) for m in Municipality.objects.exclude(ags__in=before)
    }
    assert imported == {
        "08221000": ("Heidelberg", "kreisfreie-stadt", "BW"),
        "08226": ("Rhein-Neckar-Kreis", "landkreis", "BW"),
        "08226084": ("Sinsheim", "stadt", "BW"),
        "09673": ("Rhön-Grabfeld", "landkreis", "BY"),
        "09673131": ("Hausen (Rhön-Grabfeld)", "gemeinde", "BY"),  # namesakes in one Land
        "09186": ("Pfaffenhofen a.d.Ilm", "landkreis", "BY"),
        "09186129": ("Hausen (Pfaffenhofen a.d.Ilm)", "gemeinde", "BY"),
        "11000000": ("Berlin", "stadtstaat", "BE"),
    }
    client.force_login(member)
    page = client.get("/kontakte/beitreten/", {"q": "heidelberg"}).content.decode()
    assert "Heidelberg" in page and "kreisfreie Stadt, Baden-Württemberg" in page


def test_running_the_import_again_changes_nothing_and_keeps_what_was_entered(
    tmp_path, municipality_factory
):
    entered = municipality_factory(
        name="Heidelberg", kind="kreisfreie-stadt", state="BW", ags="", website="https://x.example"
    )
    import_register(tmp_path)
    entered.refresh_from_db()
    assert entered.ags == "08221000" and entered.website == "https://x.example"  # no duplicate
    stamps = dict(Municipality.objects.values_list("ags", "updated_at"))
    count = Municipality.objects.count()
    import_register(tmp_path, encoding="latin-1")  # older files are Latin-1
    assert Municipality.objects.count() == count
    assert dict(Municipality.objects.values_list("ags", "updated_at")) == stamps


def test_a_file_that_is_not_the_register_imports_nothing(tmp_path):
    with pytest.raises(CommandError, match="keine gültige Zeile einer GV100AD-Datei"):
        import_register(tmp_path, [REGISTER[2], "99 das ist kein Verzeichnis"])
    with pytest.raises(CommandError, match="enthält keine Gemeinden"):
        import_register(tmp_path, [REGISTER[0]])
    assert not Municipality.objects.filter(ags__startswith="0822").exists()
