"""hypothesis-generated tables for every importer (a CSV folder, two CSV files, an XLSX workbook,
a JSON file): each import either succeeds or is refused with an ImportFileError naming file and
row, never another exception, and a refused import leaves the store exactly as it was."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netmap.errors import ImportFileError
from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore
from tests.test_fuzz_graphql import store_state
from tests.test_import_spreadsheets import write_workbook

ACTOR_COLUMNS = ["id", "kind", "name", "type", "aliases", "region", "topics", "visibility", "sources", "role", "note"]
RELATION_COLUMNS = ["from", "to", "kind", "form", "role", "since", "until", "amount", "currency", "period", "programme"]
SOURCE_COLUMNS = ["id", "title", "publisher", "date", "url"]
IDS = ["org-a", "org-b", "person-x", "press-1", "org-agentur-fuer-arbeit-siegen", "", "org a", "ORG-A"]
KINDS = ["Organisation", "Person", "Funder", "Project", "Network", "Förderer", "Projekt", "COOPERATES_WITH", "FUNDS"]
RELATION_KINDS = ["COOPERATES_WITH", "FUNDS", "RUNS", "MEMBER_OF", "kooperiert mit", "fördert", "trägt", "Organisation"]
VALUES = ["public", "internal", "2021", "01.02.2021", "2021-13-45", "1.234,50 €", "-5", "EUR", "a|b", "|", "x" * 300]

# Control characters make a CSV file "not a text table" as a whole (tests/test_import_spreadsheets.py
# covers that) and cannot be stored in a workbook; cells here hold any other text, line breaks too.
text = st.text(st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t"), max_size=12)
cell = st.one_of(st.sampled_from(IDS + KINDS + VALUES), text, st.none())


def column_value(column: str) -> st.SearchStrategy[Any]:
    if column in {"id", "from", "to", "sources"}:
        return st.one_of(st.sampled_from(IDS), cell)
    if column == "kind":
        return st.one_of(st.sampled_from(KINDS + RELATION_KINDS), cell)
    return cell


def rows_of(columns: list[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    row = st.fixed_dictionaries({}, optional={c: column_value(c) for c in columns})
    return st.lists(row, max_size=4)


tables = st.fixed_dictionaries(
    {"actors": rows_of(ACTOR_COLUMNS), "relations": rows_of(RELATION_COLUMNS), "sources": rows_of(SOURCE_COLUMNS)}
)
COLUMNS = {"actors": ACTOR_COLUMNS, "relations": RELATION_COLUMNS, "sources": SOURCE_COLUMNS}


def as_matrix(table: str, rows: list[dict[str, Any]]) -> list[list[Any]]:
    return [COLUMNS[table], *([row.get(c) for c in COLUMNS[table]] for row in rows)]


def write_csv(path: Path, table: str, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(["" if v is None else v for v in r] for r in as_matrix(table, rows))


def csv_folder(folder: Path, data: dict[str, list[dict[str, Any]]]) -> list[Path]:
    for table, rows in data.items():
        write_csv(folder / f"{table}.csv", table, rows)
    return [folder]


def two_csv_files(folder: Path, data: dict[str, list[dict[str, Any]]]) -> list[Path]:
    write_csv(folder / "Akteure.csv", "actors", data["actors"])
    write_csv(folder / "Beziehungen.csv", "relations", data["relations"])
    return [folder / "Akteure.csv", folder / "Beziehungen.csv"]


def xlsx_workbook(folder: Path, data: dict[str, list[dict[str, Any]]]) -> list[Path]:
    sheets = {table: as_matrix(table, rows) for table, rows in data.items()}
    if data["sources"]:  # a spreadsheet date, as Excel stores one
        sheets["sources"][1][3] = date(2021, 2, 1)
    return [write_workbook(folder / "netz.xlsx", sheets)]


def json_file(folder: Path, data: dict[str, list[dict[str, Any]]]) -> list[Path]:
    path = folder / "netz.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return [path]


WRITERS: dict[str, Callable[[Path, dict[str, list[dict[str, Any]]]], list[Path]]] = {
    "csv folder": csv_folder,
    "two csv files": two_csv_files,
    "xlsx": xlsx_workbook,
    "json": json_file,
}


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = SQLiteStore(tmp_path_factory.mktemp("import-fuzz") / "fuzz.db")
    import_path(store, seeds_dir())
    yield store
    store.close()


@pytest.mark.parametrize("importer", sorted(WRITERS))
def test_generated_tables_import_or_are_refused_with_row_and_nothing_changed(
    importer: str, fuzz_store: GraphStore, tmp_path: Path
) -> None:
    outcomes = {"imported": 0, "refused": 0}

    @settings(max_examples=40, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=tables)
    def check(data: dict[str, list[dict[str, Any]]]) -> None:
        folder = tmp_path / "in"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        paths = WRITERS[importer](folder, data)
        before = store_state(fuzz_store)
        try:
            import_path(fuzz_store, paths if len(paths) > 1 else paths[0])
        except ImportFileError as err:
            outcomes["refused"] += 1
            assert store_state(fuzz_store) == before
            assert err.problems, str(err)  # the files are well formed: every refusal names rows
            for problem in err.problems:  # JSON counts entries from 1, tables count the header as row 1
                assert problem.row >= 1 and problem.file and problem.reason.strip(), str(problem)
                assert f"row {problem.row}" in str(err)
        else:
            outcomes["imported"] += 1

    check()
    assert outcomes["imported"] and outcomes["refused"], outcomes  # the generator reaches both paths
