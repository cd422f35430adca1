"""Reading import files into rows: a folder of CSV files or one JSON file.

The public import format is three tables:
  sources.csv    id, title, publisher, date, url, note
  actors.csv     id, kind, name, type, aliases, region, topics, visibility, sources, note, role
  relations.csv  id (optional), from, to, kind, form, role, since, until, amount, currency,
                 period, programme, sources, note
List cells (aliases, topics, sources) separate items with `|`. A JSON file holds the same as
{"sources": [...], "actors": [...], "relations": [...]}, as `netmap export --format json` writes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netmap.errors import ImportFileError, ImportRowError

TABLES = ("sources", "actors", "relations")


@dataclass(frozen=True)
class Row:
    file: str  # file (or sheet) name as the user knows it
    number: int  # row number as a spreadsheet shows it (header = 1)
    values: dict[str, Any]


@dataclass
class Tables:
    sources: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)


def read_path(path: Path) -> Tables:
    """Read a folder of CSV tables or a JSON file."""
    if not path.exists():
        raise ImportFileError(f"{path} does not exist. Check the path and the spelling of the file name.")
    if path.is_dir():
        return read_csv_folder(path)
    if path.suffix.lower() == ".json":
        return read_json(path)
    if path.suffix.lower() == ".csv":
        raise ImportFileError(
            f"{path.name} is a single CSV file; netmap imports a folder that holds actors.csv, "
            "relations.csv and (optionally) sources.csv, or a JSON file."
        )
    raise ImportFileError(
        f"{path.name}: netmap cannot import files of this type; use a folder of CSV files or a .json file."
    )


def read_csv_folder(folder: Path) -> Tables:
    tables = Tables()
    found = False
    for name in TABLES:
        file = folder / f"{name}.csv"
        if file.exists():
            found = True
            getattr(tables, name).extend(read_csv(file))
    if not found:
        raise ImportFileError(f"The folder {folder} holds none of actors.csv, relations.csv, sources.csv.")
    return tables


def decode(data: bytes, file: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel writes German CSV."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"{file}: the file is neither UTF-8 nor Windows-1252 text (byte {exc.start})."
            ) from None


def read_csv(file: Path) -> list[Row]:
    text = decode(file.read_bytes(), file.name)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return []
    rows: list[Row] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise ImportRowError(
                    file.name, number, "", f"the row has {len(cells)} cells but the header only {len(header)} columns"
                )
            values = {h: c.strip() for h, c in zip(header, cells, strict=False) if h and c.strip() != ""}
            rows.append(Row(file.name, number, values))
    except csv.Error as exc:
        raise ImportFileError(f"{file.name}: the CSV cannot be read: {exc}.") from None
    return rows


def read_json(file: Path) -> Tables:
    try:
        data = json.loads(decode(file.read_bytes(), file.name))
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"{file.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    if not isinstance(data, dict) or not any(k in data for k in TABLES):
        raise ImportFileError(f"{file.name}: expected an object with the lists 'sources', 'actors' and 'relations'.")
    tables = Tables()
    for name in TABLES:
        items = data.get(name, [])
        if not isinstance(items, list):
            raise ImportFileError(f"{file.name}: '{name}' must be a list.")
        for index, item in enumerate(items):
            label = f"{file.name} ({name})"
            if not isinstance(item, dict):
                raise ImportRowError(label, index + 1, "", "each entry must be an object")
            values = {
                k: v for k, v in item.items() if k not in ("created_at", "updated_at") and v not in (None, "", [])
            }
            getattr(tables, name).append(Row(label, index + 1, values))
    return tables
