"""The directory as CSV (Excel-friendly: UTF-8 with BOM, semicolons) and as vCards."""

import csv
import io
import re

import vobject

from contacts.models import Bundesland, MunicipalityKind
from weltoffen.csv import defuse

# The column layout of export and import (German headers, documented on the import page).
COLUMNS = [
    ("municipality", "Kommune"),
    ("kind", "Art"),
    ("state", "Bundesland"),
    ("ags", "AGS"),
    ("name", "Name"),
    ("role", "Funktion"),
    ("department", "Fachbereich"),
    ("email", "E-Mail"),
    ("phone", "Telefon"),
    ("address", "Postanschrift"),
]
EDITOR_COLUMNS = [
    ("is_published", "Veröffentlicht"),
    ("consent_date", "Einwilligung am"),
    ("verified_on", "Geprüft am"),
    ("position", "Reihenfolge"),
]
REQUIRED = {"municipality", "kind", "state", "name", "role"}
# Excel opens a CSV as UTF-8 only with the byte order mark, and splits columns at semicolons.
BOM = "\ufeff"


def _public_row(contact):
    municipality = contact.municipality
    return [
        municipality.name,
        MunicipalityKind(municipality.kind).label,
        Bundesland(municipality.state).label,
        municipality.ags,
        contact.name,
        contact.role,
        contact.department,
        contact.email,
        contact.phone,
        contact.address,
    ]


def _editor_row(contact):
    dates = [
        d.strftime("%d.%m.%Y") if d else "" for d in (contact.consent_date, contact.verified_on)
    ]
    return [
        *_public_row(contact),
        "ja" if contact.is_published else "nein",
        *dates,
        contact.position,
    ]


def contacts_csv(contacts, *, for_editors=False) -> bytes:
    columns = COLUMNS + EDITOR_COLUMNS if for_editors else COLUMNS
    row = _editor_row if for_editors else _public_row
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for _, header in columns])
    for contact in contacts:
        writer.writerow([defuse(value) for value in row(contact)])
    return (BOM + out.getvalue()).encode("utf-8")


# --- vCard 3.0 (RFC 2426) with vobject: understood by Outlook, Thunderbird, phones -------------

POSTCODE_LINE = re.compile(r"^(\d{5})\s+(.+)$")


def _address_parts(address):
    """(street lines, postcode, town) from a German postal address; the last line "12345 Ort"."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    match = POSTCODE_LINE.match(lines[-1]) if lines else None
    if match:
        return ", ".join(lines[:-1]), match.group(1), match.group(2)
    return ", ".join(lines), "", ""


def _name_parts(name):
    """vCard N from "Prof. Dr. Anna Beispiel-Muster, M.A. (sie/ihr)": leading words that end
    with a full stop are titles (prefix), what follows a comma is a suffix, brackets are dropped."""
    name, _comma, suffix = name.partition(",")
    words = [w for w in name.split() if not w.startswith("(")]
    prefixes = []
    while len(words) > 1 and words[0].endswith("."):
        prefixes.append(words.pop(0))
    *given, family = words or [name.strip()]
    suffix = " ".join(w for w in suffix.split() if not w.startswith("("))
    return vobject.vcard.Name(
        family=family, given=" ".join(given), prefix=" ".join(prefixes), suffix=suffix
    )


def _add(card, key, value, types=None):
    line = card.add(key)
    line.value = value
    if types:
        line.type_param = types


def vcard(contact) -> str:
    municipality = contact.municipality
    card = vobject.vCard()
    _add(card, "fn", contact.name)
    _add(card, "n", _name_parts(contact.name))
    _add(card, "org", [municipality.name] + ([contact.department] if contact.department else []))
    _add(card, "title", contact.role)
    if contact.email:
        _add(card, "email", contact.email, ["INTERNET", "WORK"])
    if contact.phone:
        _add(card, "tel", contact.phone, ["WORK", "VOICE"])
    address = contact.address or municipality.address
    if address:
        street, postcode, town = _address_parts(address)
        parts = vobject.vcard.Address(
            street=street, city=town, code=postcode, country="Deutschland"
        )
        _add(card, "adr", parts, "WORK")
    if municipality.website:
        _add(card, "url", municipality.website)
    return card.serialize()


def vcards(contacts) -> bytes:
    return "".join(vcard(contact) for contact in contacts).encode("utf-8")
