"""Spreadsheet import: XLSX workbooks and CSV files as coordinators write them (German headers,
German values, no ids, 01.02.2021 dates, 1.234,50 € amounts), and every kind of bad file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from netmap.errors import ImportFileError
from netmap.ingest.importer import import_path
from netmap.store.base import GraphStore

GERMAN_ACTORS = [
    ["Name", "Art/Typ", "Region", "Themen", "Quelle"],
    ["Caritasverband Beispielstadt e.V.", "Organisation", "Beispielkreis", "beratung|sprache", ""],
    ["Jobcenter Beispielkreis", "Organisation", "Beispielkreis", "arbeit", ""],
    ["Ministerium für Integration", "Förderer", "Land", "", ""],
    ["Integrationslots*innen Beispielstadt", "Projekt", "Beispielkreis", "ehrenamt", ""],
    ["Netzwerk Ankommen", "Netzwerk", "Beispielkreis", "", ""],
]
GERMAN_RELATIONS = [
    ["Von", "Nach", "Beziehung", "Seit", "Bis", "Betrag"],
    ["Caritasverband Beispielstadt", "Jobcenter Beispielkreis", "kooperiert mit", "01.02.2021", "", ""],
    ["Ministerium für Integration", "Integrationslotsinnen Beispielstadt", "fördert", "2022", "", "1.234,50 €"],
    ["Caritasverband Beispielstadt e.V.", "Integrationslots*innen Beispielstadt", "trägt", "", "", ""],
    ["Jobcenter Beispielkreis", "Netzwerk Ankommen", "ist Mitglied von", "03.2020", "31.12.2023", ""],
]


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """An XLSX file as LibreOffice or Excel save it (written by openpyxl)."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def state(store: GraphStore) -> tuple[int, int, int]:
    return store.revision(), store.count_nodes(), store.count_relations()


def test_german_workbook_without_ids_imports_and_reimport_changes_nothing(store: GraphStore, tmp_path: Path) -> None:
    book = write_workbook(tmp_path / "partner.xlsx", {"Akteure": GERMAN_ACTORS, "Beziehungen": GERMAN_RELATIONS})
    report = import_path(store, book)
    assert report.created == {"actors": 5, "relations": 4, "sources": 0}
    caritas = store.find_nodes()[0]
    assert caritas.id == "org-caritasverband-beispielstadt" and caritas.topics == ("beratung", "sprache")
    netz = store.get_nodes(["project-netzwerk-ankommen"])["project-netzwerk-ankommen"]
    assert netz.kind == "Project" and netz.properties["type"] == "network"
    funds = store.find_relations(kinds=frozenset({"FUNDS"}))[0]
    assert funds.properties == {"since": "2022", "amount": 1234.5, "currency": "EUR"}
    assert funds.to_id == "project-integrationslots-beispielstadt"
    member = store.find_relations(kinds=frozenset({"MEMBER_OF"}))[0]
    assert (member.properties["since"], member.properties["until"]) == ("2020-03", "2023-12-31")
    coop = store.find_relations(kinds=frozenset({"COOPERATES_WITH"}))[0]
    assert coop.properties["since"] == "2021-02-01"
    before = state(store)
    again = import_path(store, book)
    assert again.unchanged == {"actors": 5, "relations": 4, "sources": 0} and again.revision is None
    assert state(store) == before


def test_rows_without_id_match_stored_actors_by_kind_and_name(graph_store: GraphStore, tmp_path: Path) -> None:
    book = write_workbook(
        tmp_path / "b.xlsx",
        {"actors": [["name", "kind", "region"], ["caritasverband musterland", "Organisation", "Musterland"]]},
    )
    report = import_path(graph_store, book, dry_run=True)
    assert report.updated["actors"] == 1 and report.created["actors"] == 0


def test_two_csv_files_with_german_headers_in_windows_1252(store: GraphStore, tmp_path: Path) -> None:
    actors = tmp_path / "Partner.csv"
    relations = tmp_path / "Verbindungen.csv"
    actors.write_bytes("Name;Art\nDiakonie Süd;Organisation\nAWO Süd;Organisation\n".encode("cp1252"))
    relations.write_bytes("Von;Nach;Beziehung;Seit\nDiakonie Süd;AWO Süd;kooperiert mit;15.03.2019\n".encode("cp1252"))
    report = import_path(store, [actors, relations])
    assert report.created["actors"] == 2 and report.created["relations"] == 1
    assert store.find_relations()[0].properties["since"] == "2019-03-15"


BAD_FILES = [
    # (actors rows, relations rows, expected fragments of the message)
    ([["name", "kind"], ["Verein X", "Firma"]], None, ["sheet 'actors', row 2, column 'kind'", "'Firma'", "Allowed"]),
    (
        [["name", "kind"], ["A", "Organisation"]],
        [["from", "to", "kind"], ["A", "Niemand", "kooperiert mit"]],
        ["sheet 'relations', row 2, column 'to'", "'Niemand'"],
    ),
    (
        [["name", "kind"], ["A", "Organisation"], ["B", "Förderer"]],
        [["from", "to", "kind"], ["A", "B", "RUNS"]],
        ["sheet 'relations', row 2, column 'kind'", "RUNS may link"],
    ),
    (
        [["name", "kind"], ["A", "Organisation"], ["B", "Organisation"]],
        [["from", "to", "kind", "Seit"], ["A", "B", "COOPERATES_WITH", "gestern"]],
        ["sheet 'relations', row 2, column 'since'", "'gestern' is not a date"],
    ),
    (
        [["name", "kind"], ["A", "Förderer"], ["B", "Organisation"]],
        [["from", "to", "kind", "Betrag"], ["A", "B", "FUNDS", "viel Geld"]],
        ["sheet 'relations', row 2, column 'amount'", "'viel Geld' is not an amount"],
    ),
    (
        [["name", "kind", "region"], ["", "Organisation", "Nord"]],
        None,
        ["sheet 'actors', row 2, column 'name'", "name is missing"],
    ),
    (
        [["id", "name", "kind"], ["a", "A", "Organisation"], ["a", "B", "Organisation"]],
        None,
        ["sheet 'actors', row 3, column 'id'", "already used in row 2"],
    ),
]


@pytest.mark.parametrize("actors, relations, expected", BAD_FILES)
def test_bad_workbook_is_refused_with_place_and_reason(
    graph_store: GraphStore,
    tmp_path: Path,
    actors: list[list[Any]],
    relations: list[list[Any]] | None,
    expected: list[str],
) -> None:
    before = state(graph_store)
    sheets = {"actors": actors} | ({"relations": relations} if relations else {})
    book = write_workbook(tmp_path / "bad.xlsx", sheets)
    with pytest.raises(ImportFileError) as caught:
        import_path(graph_store, book)
    text = str(caught.value)
    assert "bad.xlsx" in text and "Nothing was imported" in text
    for fragment in expected:
        assert fragment in text
    assert state(graph_store) == before


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"name,kind\nA,Organisation\n\x00\x01\x02\xff\xfe", "binary data"),
        (b"PK\x03\x04garbage", "not CSV text"),
        (b"name,kind\n\x81\x8d\x90,Organisation\n", "neither UTF-8 nor Windows-1252"),
        (b"name,kind\nA\x07\x1b,Organisation\n", "line 2 holds the control character"),
    ],
)
def test_garbage_bytes_are_refused(graph_store: GraphStore, tmp_path: Path, data: bytes, expected: str) -> None:
    before = state(graph_store)
    path = tmp_path / "actors.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=expected) as caught:
        import_path(graph_store, path)
    assert "actors.csv" in str(caught.value)
    assert state(graph_store) == before


def test_a_broken_xlsx_is_explained(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"this is no workbook")
    with pytest.raises(ImportFileError, match="kaputt.xlsx: the file is not a readable XLSX workbook"):
        import_path(store, path)
    other = write_workbook(tmp_path / "other.xlsx", {"Tabelle1": [["a"]]})
    with pytest.raises(ImportFileError, match="has no sheet named actors"):
        import_path(store, other)
