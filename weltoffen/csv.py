"""Spreadsheet-safe CSV cells, one rule for every download (CSV injection, OWASP).

A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage return before
them) as a formula, e.g. =HYPERLINK(…) or a DDE command. Such a cell gets a leading apostrophe, the
spreadsheet's own mark for "text". A plain number or phone number (only digits, spaces and
+ - ( ) / . ,) stays as it is: without letters or other signs it cannot name a function, a cell
or a command, and "+49 69 1234-567" stays readable in the directory export.
"""

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
HARMLESS = re.compile(r"[0-9 +\-()/.,]+")


def defuse(value):
    """The value for a CSV cell; non-text values (numbers, None) pass unchanged."""
    if not isinstance(value, str) or not value.startswith(TRIGGERS):
        return value
    return value if HARMLESS.fullmatch(value) else "'" + value


def restore(value: str) -> str:
    """A cell read back from one of our exports: without the apostrophe defuse() added."""
    return value[1:] if value[:1] == "'" and value[1:2] in TRIGGERS else value
