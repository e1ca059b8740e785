"""The directory as CSV (Excel-friendly: UTF-8 with BOM, semicolons) and as vCards."""

import csv
import io
import re

from contacts.models import Bundesland, MunicipalityKind, phone_validator

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


def _safe(value):
    """Cells starting with =, +, - or @ would run as formulas in a spreadsheet."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_phone(text) else text


def _is_phone(text):
    return phone_validator.regex.match(text) is not None


def contacts_csv(contacts, *, for_editors=False) -> bytes:
    columns = COLUMNS + EDITOR_COLUMNS if for_editors else COLUMNS
    row = _editor_row if for_editors else _public_row
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for _, header in columns])
    for contact in contacts:
        writer.writerow([_safe(value) for value in row(contact)])
    return (BOM + out.getvalue()).encode("utf-8")


# --- vCard 3.0 (RFC 2426): understood by Outlook, Thunderbird, phones ---------------------------


def _escape(value: str) -> str:
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 2425)."""
    data, parts = line.encode("utf-8"), []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while cut and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    parts.append(data.decode("utf-8"))
    return "\r\n ".join(parts)


POSTCODE_LINE = re.compile(r"^(\d{5})\s+(.+)$")


def _address_parts(address):
    """(street lines, postcode, town) from a German postal address; the last line "12345 Ort"."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    match = POSTCODE_LINE.match(lines[-1]) if lines else None
    if match:
        return ", ".join(lines[:-1]), match.group(1), match.group(2)
    return ", ".join(lines), "", ""


def vcard(contact) -> str:
    municipality = contact.municipality
    words = [w for w in contact.name.split() if not w.startswith("(")] or [contact.name]
    *given, family = words
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{_escape(contact.name)}",
        f"N:{_escape(family)};{_escape(' '.join(given))};;;",
        f"ORG:{_escape(municipality.name)}"
        + (f";{_escape(contact.department)}" if contact.department else ""),
        f"TITLE:{_escape(contact.role)}",
    ]
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{_escape(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(contact.phone)}")
    address = contact.address or municipality.address
    if address:
        street, postcode, town = _address_parts(address)
        parts = ["", "", street, town, "", postcode, "Deutschland"]
        lines.append("ADR;TYPE=WORK:" + ";".join(_escape(part) for part in parts))
    if municipality.website:
        lines.append(f"URL:{_escape(municipality.website)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def vcards(contacts) -> bytes:
    return "".join(vcard(contact) for contact in contacts).encode("utf-8")
