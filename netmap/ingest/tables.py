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
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from netmap.errors import ImportFileError, ImportRowError

TABLES = ("sources", "actors", "relations")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters other than tab and line ends
TABLE_WORDS = {
    "relations": ("relation", "beziehung", "verbindung"),
    "sources": ("source", "quelle"),
    "actors": ("actor", "akteur", "partner"),
}


class Row(NamedTuple):  # a tuple: made 400,000 times in a large import, three times faster than a dataclass
    file: str  # file (or sheet) name as the user knows it
    number: int  # row number as a spreadsheet shows it (header = 1)
    values: dict[str, Any]


@dataclass
class Tables:
    sources: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)


def read_path(path: Path) -> Tables:
    """Read a folder of CSV tables, an XLSX workbook, a JSON file or one CSV table."""
    if not path.exists():
        raise ImportFileError(f"{path} does not exist. Check the path and the spelling of the file name.")
    if path.is_dir():
        return read_csv_folder(path)
    if path.suffix.lower() == ".json":
        return read_json(path)
    if path.suffix.lower() == ".xlsx":
        from netmap.ingest.xlsx import read_xlsx

        return read_xlsx(path)
    if path.suffix.lower() == ".csv":
        return read_csv_files([path])
    if path.suffix.lower() == ".zip":
        return read_zip(path)
    raise ImportFileError(
        f"{path.name}: netmap cannot import files of this type; use an .xlsx workbook, CSV files "
        "(actors and relations), a folder of them, or a .json file."
    )


def read_paths(paths: Sequence[Path]) -> Tables:
    """Read one path (see `read_path`) or several CSV files (e.g. an actors and a relations file)."""
    if len(paths) == 1:
        return read_path(paths[0])
    for path in paths:
        if not path.is_file() or path.suffix.lower() != ".csv":
            raise ImportFileError(
                f"{path}: when several files are given, each must be a CSV file (an actors and a relations table)."
            )
    return read_csv_files(paths)


def read_csv_files(paths: Sequence[Path]) -> Tables:
    """CSV files whose table is told by the file name (actors, Akteure, relations, Beziehungen,
    sources, Quellen) or else by the header (Von/Nach or from/to: relations; Titel/title: sources)."""
    tables = Tables()
    for path in paths:
        rows, header = read_csv_with_header(path)
        getattr(tables, table_of(path.stem, header)).extend(rows)
    return tables


def table_of(file_stem: str, header: Sequence[str]) -> str:
    from netmap.ingest.columns import header_key

    stem = header_key(file_stem)
    for table, words in TABLE_WORDS.items():
        if any(word in stem for word in words):
            return table
    keys = {header_key(h) for h in header}
    if keys & {"from", "to", "von", "nach"}:
        return "relations"
    if keys & {"title", "titel"}:
        return "sources"
    return "actors"


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
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            f"{file}: this is a workbook or zip file, not CSV text. Save it with the ending .xlsx and import that."
        )
    if b"\x00" in data[:4096]:
        raise ImportFileError(
            f"{file}: the file holds binary data, not text. Save the table as CSV (UTF-8) or as .xlsx and import again."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"{file}: the file is neither UTF-8 nor Windows-1252 text (byte {exc.start}). "
                "Save it again as CSV (UTF-8)."
            ) from None
    found = _CONTROL.search(text)
    if found is not None:
        control = found.group()
        line = text[: found.start()].count("\n") + 1
        raise ImportFileError(
            f"{file}: line {line} holds the control character {control!r}: this is not a text table. "
            "Save the table as CSV (UTF-8) or as .xlsx and import again."
        )
    return text


def read_csv(file: Path) -> list[Row]:
    return read_csv_with_header(file)[0]


def read_csv_with_header(file: Path) -> tuple[list[Row], list[str]]:
    """The rows of a CSV file and its header."""
    return parse_csv(file.read_bytes(), file.name)


def read_zip(path: Path) -> Tables:
    """A zip of CSV tables, as `netmap export --format csv` writes."""
    import zipfile

    tables = Tables()
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if member.lower().endswith(".csv"):
                    name = f"{path.name}/{member}"
                    rows, header = parse_csv(archive.read(member), name)
                    getattr(tables, table_of(Path(member).stem, header)).extend(rows)
    except zipfile.BadZipFile:
        raise ImportFileError(f"{path.name}: the file is not a readable zip archive.") from None
    return tables


def parse_csv(data: bytes, name: str) -> tuple[list[Row], list[str]]:
    """The rows of CSV bytes and the header; `name` is how messages call the file."""
    text = decode(data, name)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return [], []
    rows: list[Row] = []
    named = all(header)
    try:
        for number, cells in enumerate(reader, start=2):
            stripped = [c.strip() for c in cells]
            if not any(stripped):
                continue
            if len(cells) > len(header):
                raise ImportRowError(
                    name, number, "", f"the row has {len(cells)} cells but the header only {len(header)} columns"
                )
            if named and all(stripped):  # the common case: a value for every named column
                values = dict(zip(header, stripped, strict=False))
            else:
                values = {h: c for h, c in zip(header, stripped, strict=False) if h and c}
            rows.append(Row(name, number, values))
    except csv.Error as exc:
        raise ImportFileError(f"{name}: the CSV cannot be read: {exc}.") from None
    return rows, header


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
