"""The import template: an XLSX workbook (or CSV files) with every column and a help sheet.

`netmap template` and the web route /template.xlsx hand it out; coordinators fill it in with
LibreOffice or Excel and import it with `netmap import`.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

ACTOR_COLUMNS = ("id", "kind", "name", "type", "aliases", "region", "topics", "visibility", "sources", "role", "note")
RELATION_COLUMNS = (
    "id",
    "from",
    "to",
    "kind",
    "form",
    "role",
    "since",
    "until",
    "amount",
    "currency",
    "period",
    "programme",
    "sources",
    "note",
)
SOURCE_COLUMNS = ("id", "title", "publisher", "date", "url", "note")
COLUMNS = {"actors": ACTOR_COLUMNS, "relations": RELATION_COLUMNS, "sources": SOURCE_COLUMNS}

HELP = (
    "Fill in one row per actor on the sheet 'actors' and one per relation on the sheet 'relations'.",
    "Actors: kind is Organisation, Funder, Project or Person (German: Organisation, Förderer, Projekt, Person); "
    "name is required; id may stay empty (netmap makes one from kind and name).",
    "Relations: from and to are ids or names of actors; kind is COOPERATES_WITH, FUNDS, RUNS, MEMBER_OF, PART_OF "
    "(German: kooperiert mit, fördert, trägt, ist Mitglied von, ist Teil von).",
    "Lists (aliases, topics, sources) separate items with |. Dates: 2021-02-01 or 01.02.2021. Amounts: 1234,50.",
    "Example actor: kind=Organisation, name=Beispielverein e.V., region=Kreis Beispiel, topics=beratung|sprache",
    "Example relation: from=Beispielverein e.V., to=Jobcenter Beispiel, kind=COOPERATES_WITH, since=01.02.2021",
)


def template_xlsx() -> bytes:
    """The template workbook: sheets actors, relations, sources and a help sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for table, columns in COLUMNS.items():
        sheet = workbook.create_sheet(table)
        sheet.append(list(columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet("help")
    for line in HELP:
        help_sheet.append([line])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def template_csv(table: str) -> bytes:
    """One table of the template as CSV (UTF-8 with BOM, so Excel shows umlauts)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS[table])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_template(target: Path) -> list[Path]:
    """Write the template to an .xlsx file, or as three CSV files into a folder; returns the files."""
    if target.suffix.lower() == ".xlsx":
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(template_xlsx())
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for table in COLUMNS:
        path = target / f"{table}.csv"
        path.write_bytes(template_csv(table))
        written.append(path)
    return written
