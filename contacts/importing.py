"""CSV import of contact persons: every row is checked first, then all are written or none
(contacts.services.contact_persons_import).

The layout is that of the editors' export (contacts/exports.py); only Kommune, Art, Bundesland,
Name and Funktion are required. A municipality is found by its AGS, else by name, kind and
Bundesland; one not found is created as a model municipality. A contact is matched by municipality,
name and function and updated, else created.
"""

import csv
import io
import re
from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from contacts.exports import COLUMNS, EDITOR_COLUMNS, REQUIRED
from contacts.models import Bundesland, ContactPerson, Municipality, MunicipalityKind
from weltoffen.csv import restore

MAX_FILE_SIZE = 2 * 1024 * 1024
MAX_ROWS = 5000
MAX_PROBLEMS = 50
HEADERS = {header.lower(): key for key, header in COLUMNS + EDITOR_COLUMNS}
LABELS = dict(COLUMNS + EDITOR_COLUMNS)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
YES, NO = {"ja", "j", "yes", "1", "x", "true", "wahr"}, {"nein", "n", "no", "0", "", "false"}


class ContactImportError(Exception):
    """The file cannot be imported; `problems` names each row and column in German."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)")."""
    if b"\x00" in raw:
        raise ContactImportError([_("The file is not a CSV text file.")])
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if CONTROL.search(text):
            break
        return text
    raise ContactImportError(
        [_("The file is not a CSV text file in UTF-8 or Windows-1252 encoding.")]
    )


def parse(text: str) -> list[dict]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as error:
        raise ContactImportError(
            [_("The file is not valid CSV: %(error)s") % {"error": error}]
        ) from error
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ContactImportError([_("The file is empty.")])
    keys = [HEADERS.get(cell.strip().lower()) for cell in rows[0]]
    missing = [LABELS[key] for key, _label in COLUMNS if key in REQUIRED and key not in keys]
    if missing:
        raise ContactImportError(
            [
                _("The header row lacks the columns: %(columns)s.")
                % {"columns": ", ".join(f"„{m}“" for m in missing)}
            ]
        )
    if len(rows) - 1 > MAX_ROWS:
        raise ContactImportError([_("At most %(max)d rows per file.") % {"max": MAX_ROWS}])
    return [
        {key: _cell(cell) for key, cell in zip(keys, row, strict=False) if key} for row in rows[1:]
    ]


def _cell(value):
    """A cell as stored: line breaks as \\n only (a bare \\r could break vCard lines), without
    the apostrophe our export puts before values a spreadsheet would take for formulas."""
    return restore(value.replace("\r\n", "\n").replace("\r", "\n").strip())


def _choice(value, choices):
    wanted = value.strip().lower()
    for code, label in choices:
        if wanted in (code.lower(), str(label).lower()):
            return code
    return None


def _date(value):
    if not value:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            pass
    raise ValidationError(_("Please enter a date as DD.MM.YYYY."))


class _Checker:
    """Validates rows against the database state read once (two queries)."""

    def __init__(self):
        municipalities = list(Municipality.objects.all())
        self.by_ags = {m.ags: m for m in municipalities if m.ags}
        self.by_name = {(m.name.lower(), m.kind, m.state): m for m in municipalities}
        self.by_name_state = {(m.name.lower(), m.state): m for m in municipalities}
        self.existing = {
            (c.municipality_id, c.name, c.role): c for c in ContactPerson.objects.all()
        }
        self.new_municipalities, self.seen = {}, set()

    def municipality(self, row, errors):
        kind = _choice(row.get("kind", ""), MunicipalityKind.choices)
        state = _choice(row.get("state", ""), Bundesland.choices)
        if kind is None:
            errors["kind"] = [_("Unknown kind; allowed: %(values)s.") % _labels(MunicipalityKind)]
        if state is None:
            errors["state"] = [_("Unknown Bundesland; use its name or code (e.g. HE).")]
        ags, name = row.get("ags", ""), row.get("municipality", "")
        if ags in self.by_ags:
            return self.by_ags[ags]
        key = (name.lower(), kind, state)
        if key in self.by_name:
            return self.by_name[key]
        if key in self.new_municipalities:
            return self.new_municipalities[key]
        namesake = self.by_name_state.get((name.lower(), state))
        if namesake is not None and kind:
            errors["kind"] = [
                _(
                    "%(name)s already exists in this Bundesland as “%(kind)s”. Please check the "
                    "kind (a different kind would create a second municipality)."
                )
                % {"name": namesake.name, "kind": namesake.get_kind_display()}
            ]
            return namesake
        municipality = Municipality(
            name=name, kind=kind or "", state=state or "", ags=ags, is_model_municipality=True
        )
        try:
            municipality.full_clean(validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            for key_, messages in error.message_dict.items():
                column = {"name": "municipality"}.get(key_, key_)
                if column not in errors:  # an unknown kind or state is reported once
                    errors[column] = messages
        if not errors and kind and state:
            self.new_municipalities[key] = municipality
            if ags:
                self.by_ags[ags] = municipality
        return municipality

    def contact(self, row, municipality, errors):
        """Columns missing from the file keep the stored values of an existing contact."""
        values = {k: row[k] for k in TEXT_COLUMNS if k in row}
        for key in REQUIRED_CONTACT_COLUMNS:  # a short row lacks cells: they count as empty
            values.setdefault(key, "")
        for key in ("consent_date", "verified_on"):
            if key in row:
                try:
                    values[key] = _date(row[key])
                except ValidationError as error:
                    errors[key] = error.messages
        if "is_published" in row:
            published = row["is_published"].lower()
            if published not in YES | NO:
                errors["is_published"] = [_("Please enter “ja” or “nein”.")]
            values["is_published"] = published in YES
        if "position" in row:
            position = row["position"] or "0"
            if not position.isdecimal() or not position.isascii() or int(position) > 32767:
                errors["position"] = [_("Please enter a whole number from 0.")]
            values["position"] = int(position) if "position" not in errors else 0
        pk = getattr(municipality, "pk", None)
        contact = self.existing.get((pk, values["name"], values["role"])) if pk else None
        contact = contact or ContactPerson(municipality=municipality)
        contact.import_changed = contact.pk is None or any(
            getattr(contact, key) != value for key, value in values.items()
        )
        for key, value in values.items():
            setattr(contact, key, value)
        try:
            contact.full_clean(
                exclude=["municipality"], validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            for key, messages in error.message_dict.items():
                errors.setdefault(key, []).extend(messages)
        self._invariants(contact, errors)
        return contact

    def _invariants(self, contact, errors):
        if not contact.email and not contact.phone:
            errors.setdefault("email", []).append(
                _("Please enter an e-mail address or a phone number.")
            )
        if contact.is_published and contact.consent_date is None:
            errors.setdefault("consent_date", []).append(
                _("A contact person can only be published with the date of their consent.")
            )
        key = (id(contact.municipality), contact.name, contact.role)
        if key in self.seen:
            errors.setdefault("name", []).append(
                _("This person appears twice with this function for this municipality.")
            )
        self.seen.add(key)


TEXT_COLUMNS = ("name", "role", "department", "email", "phone", "address")
REQUIRED_CONTACT_COLUMNS = ("name", "role")


def _labels(choices):
    return {"values": ", ".join(str(label) for label in choices.labels)}


def validate(rows) -> tuple[list, list, list[str]]:
    checker, contacts, problems = _Checker(), [], []
    for number, row in enumerate(rows, start=2):
        errors = {}
        municipality = checker.municipality(row, errors)
        contacts.append(checker.contact(row, municipality, errors))
        for key, messages in errors.items():
            column = LABELS.get(key, key)
            for message in messages:
                problems.append(
                    _("Row %(row)d, column “%(column)s”: %(message)s")
                    % {"row": number, "column": column, "message": message}
                )
    if not rows:
        problems.append(_("The file contains no contact persons."))
    return contacts, list(checker.new_municipalities.values()), problems


def checked(raw: bytes) -> tuple[list, list]:
    """(contacts, new municipalities) of a file, unsaved; raises ContactImportError with every
    problem (at most 50 listed). contacts.services.contact_persons_import() writes them."""
    contacts, municipalities, problems = validate(parse(decode(raw)))
    if problems:
        extra = len(problems) - MAX_PROBLEMS
        listed = problems[:MAX_PROBLEMS]
        if extra > 0:
            listed.append(_("… and %(count)d more problems.") % {"count": extra})
        raise ContactImportError(listed)
    return contacts, municipalities
