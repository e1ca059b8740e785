"""The official municipality register of the Federal Statistical Office (Destatis), file GV100AD
(Gemeindeverzeichnis, fixed-width text, read by the gv100ad-py package): every Gemeinde and Kreis
becomes a municipality that staff can find and join. Names, kinds and Länder follow the register;
everything else (contacts, model-municipality flag, teams) stays as it is."""

import re
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from gv100ad.entities.district import District
from gv100ad.entities.district_type import DistrictType
from gv100ad.entities.municipality import Municipality as RegisterMunicipality
from gv100ad.entities.municipality_type import MunicipalityType
from gv100ad.reader import GV100ADReader

from contacts.models import Municipality, MunicipalityKind

# The first two digits of the AGS name the Land.
STATES = {
    "01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE", "07": "RP", "08": "BW",
    "09": "BY", "10": "SL", "11": "BE", "12": "BB", "13": "MV", "14": "SN", "15": "ST", "16": "TH",
}  # fmt: skip
CITY_STATES = {"02", "11"}  # Hamburg and Berlin: one municipality that is the Land
GEMEINDE_KINDS = {
    MunicipalityType.KREISFREIE_STADT: MunicipalityKind.KREISFREIE_STADT,
    MunicipalityType.STADTKREIS: MunicipalityKind.KREISFREIE_STADT,
    MunicipalityType.STADT: MunicipalityKind.STADT,
    MunicipalityType.GROSSE_KREISSTADT: MunicipalityKind.STADT,
    MunicipalityType.MARKT: MunicipalityKind.GEMEINDE,
    MunicipalityType.KREISANGEHOERIGE_GEMEINDE: MunicipalityKind.GEMEINDE,
}  # unlisted: gemeindefreie Gebiete (forests, lakes), which no one works for
# Kreisfreie Städte appear as Kreis and as Gemeinde: the Gemeinde record stands for them.
KREIS_TYPES = {DistrictType.KREIS, DistrictType.LANDKREIS, DistrictType.REGIONALVERBAND}
# "Heidelberg, Stadt", "Darmstadt, Wissenschaftsstadt", "Marktl, M": the register's title suffix.
TITLE_SUFFIX = re.compile(r",\s*(?:[\w.\- ]*stadt|Markt|Flecken|St|M|Gem)\.?$", re.IGNORECASE)


class RegisterError(Exception):
    """The file is not a GV100AD register; the message says why, in German."""


@dataclass
class RegisterResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _entries(lines):
    """(AGS, name, kind, state, Kreis AGS) of the Gemeinden and Kreise in the file."""
    source = _LineSource(lines)
    kreise = {}
    entries = []
    try:
        for record in GV100ADReader(source).read():
            if isinstance(record, District) and record.type in KREIS_TYPES:
                kreise[record.regional_code] = record.name
                entries.append((record.regional_code, record.name, MunicipalityKind.LANDKREIS))
            elif isinstance(record, RegisterMunicipality) and record.type in GEMEINDE_KINDS:
                ags = record.regional_code
                kind = GEMEINDE_KINDS[record.type]
                if ags[:2] in CITY_STATES:
                    kind = MunicipalityKind.STADTSTAAT
                entries.append((ags, TITLE_SUFFIX.sub("", record.name).strip(), kind))
    except (ValueError, IndexError) as error:
        raise RegisterError(
            f"Zeile {source.number}: keine gültige Zeile einer GV100AD-Datei ({error})."
        ) from error
    if not entries:
        raise RegisterError("Die Datei enthält keine Gemeinden: ist es eine GV100AD-Datei?")
    return entries, kreise


class _LineSource:
    """The reader asks for lines one by one (readline), as from an open text file."""

    def __init__(self, lines):
        self._lines = iter(lines)
        self.number = 0

    def readline(self):
        self.number += 1
        return next(self._lines, "")


def _named(entries, kreise):
    """Namesakes of the same kind in one Land get their Kreis in brackets ("Hausen (Rhön-Grabfeld)")
    so that each name stays unique, as search results and the directory need."""
    rows = [(ags, name, kind, STATES[ags[:2]]) for ags, name, kind in entries if ags[:2] in STATES]
    count = Counter((name, kind, state) for _ags, name, kind, state in rows)
    named = {}
    for ags, name, kind, state in rows:
        if count[(name, kind, state)] > 1 and kreise.get(ags[:5]):
            name = f"{name} ({kreise[ags[:5]]})"
        named[ags] = (name[:150], kind, state)
    return named


@transaction.atomic
def register_import(lines) -> RegisterResult:
    """Adds and updates the register's municipalities, matched by AGS (or, for municipalities
    entered before without one, by name, kind and Land). Running it again changes nothing."""
    named = _named(*_entries(lines))
    result = RegisterResult()
    by_ags = {m.ags: m for m in Municipality.objects.exclude(ags="")}
    by_name = {(m.name, m.kind, m.state): m for m in Municipality.objects.filter(ags="")}
    new, changed, now = [], [], timezone.now()
    for ags, (name, kind, state) in named.items():
        existing = by_ags.get(ags) or by_name.pop((name, kind, state), None)
        if existing is None:
            new.append(Municipality(ags=ags, name=name, kind=kind, state=state))
        elif (existing.ags, existing.name, existing.kind, existing.state) != (
            ags,
            name,
            kind,
            state,
        ):
            existing.ags, existing.name, existing.kind, existing.state = ags, name, kind, state
            existing.updated_at = now
            changed.append(existing)
        else:
            result.unchanged += 1
    Municipality.objects.bulk_create(new, batch_size=1000)
    Municipality.objects.bulk_update(
        changed, ["ags", "name", "kind", "state", "updated_at"], batch_size=1000
    )
    result.created, result.updated = len(new), len(changed)
    return result
