"""Reading an XLSX workbook (Excel, LibreOffice) with the sheets actors, relations, sources.

German sheet names (Akteure, Beziehungen, Quellen) are accepted. Spreadsheet dates arrive as
dates, numbers as numbers; `netmap.ingest.prepare` normalises both.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from netmap.errors import ImportFileError
from netmap.ingest.columns import header_key
from netmap.ingest.tables import Row, Tables

SHEET_NAMES = {
    "actors": "actors",
    "akteure": "actors",
    "akteur innen": "actors",
    "akteurinnen": "actors",
    "partner": "actors",
    "relations": "relations",
    "beziehungen": "relations",
    "verbindungen": "relations",
    "sources": "sources",
    "quellen": "sources",
}


def read_xlsx(path: Path) -> Tables:
    """The rows of the workbook's actors, relations and sources sheets."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(
            f"{path.name}: the file is not a readable XLSX workbook ({exc}).",
            [],
        ) from None
    tables = Tables()
    found = False
    try:
        for sheet in workbook.worksheets:
            table = SHEET_NAMES.get(header_key(sheet.title))
            if table is None:
                continue
            found = True
            label = f"{path.name}, sheet '{sheet.title}'"
            rows = sheet.iter_rows(values_only=True)
            header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
            for number, cells in enumerate(rows, start=2):
                values = {h: _cell(c) for h, c in zip(header, cells, strict=False) if h and _cell(c) not in (None, "")}
                if values:
                    getattr(tables, table).append(Row(label, number, values))
    finally:
        workbook.close()
    if not found:
        raise ImportFileError(
            f"{path.name} has no sheet named actors, relations or sources (or Akteure, Beziehungen, Quellen)."
        )
    return tables


def _cell(value: Any) -> Any:
    """Text stripped; whole numbers as text (ids, years); dates and other numbers as they are."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (datetime, date, float)) or value is None:
        return value
    return str(value)
