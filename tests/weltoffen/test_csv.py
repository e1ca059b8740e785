"""One rule for spreadsheet-safe CSV cells in every download."""

import csv
import io

import pytest

from weltoffen.csv import defuse, restore


@pytest.mark.parametrize(
    "typed",
    [
        '=HYPERLINK("http://böse.example","Klick")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "=1+1",
        "-A1",
    ],
)
def test_what_a_spreadsheet_would_run_is_text_and_reads_back_unchanged(typed):
    cell = defuse(typed)
    assert cell == "'" + typed  # the spreadsheet's mark for "text"
    assert restore(cell) == typed


@pytest.mark.parametrize(
    "typed", ["+49 69 1234-567", "-5", "Beispiel", "", "Frau =Muster", "'=schon Text", 3, None]
)
def test_numbers_phone_numbers_and_plain_text_stay_as_typed(typed):
    assert defuse(typed) == typed


def test_a_defused_cell_survives_the_csv_writer():
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerow([defuse("=1;2"), defuse("+49 30 23125 000")])
    assert next(csv.reader(io.StringIO(out.getvalue()), delimiter=";")) == [
        "'=1;2",
        "+49 30 23125 000",
    ]
