from __future__ import annotations

import json
from pathlib import Path

import pytest

from netmap.errors import ImportFileError
from netmap.ingest.importer import import_path
from netmap.store.base import GraphStore
from tests.fixtures import ACTORS, RELATIONS, fixture_data


def write_tables(folder: Path, actors: str, relations: str = "", sources: str = "") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "actors.csv").write_text(actors, encoding="utf-8")
    if relations:
        (folder / "relations.csv").write_text(relations, encoding="utf-8")
    if sources:
        (folder / "sources.csv").write_text(sources, encoding="utf-8")
    return folder


def state(store: GraphStore) -> tuple[int, int, int]:
    return store.revision(), store.count_nodes(), store.count_relations()


def test_json_import_and_reimport_changes_nothing(store: GraphStore, fixture_file: Path) -> None:
    report = import_path(store, fixture_file)
    assert report.created["actors"] == len(ACTORS) and report.created["relations"] == len(RELATIONS)
    before = state(store)
    again = import_path(store, fixture_file)
    assert again.unchanged["actors"] == len(ACTORS) and again.revision is None
    assert state(store) == before


def test_report_gives_cpu_seconds_per_phase(store: GraphStore, fixture_file: Path) -> None:
    report = import_path(store, fixture_file)
    assert list(report.cpu_seconds) == ["reading", "checking", "matching", "writing"]
    assert all(seconds >= 0 for seconds in report.cpu_seconds.values())
    assert sum(report.cpu_seconds.values()) > 0
    assert import_path(store, fixture_file, dry_run=True).cpu_seconds["writing"] == 0


def test_dry_run_writes_nothing(store: GraphStore, fixture_file: Path) -> None:
    report = import_path(store, fixture_file, dry_run=True)
    assert report.created["actors"] == len(ACTORS)
    assert state(store) == (0, 0, 0)


def test_bad_row_names_row_and_column_and_changes_nothing(graph_store: GraphStore, tmp_path: Path) -> None:
    before = state(graph_store)
    folder = write_tables(
        tmp_path / "bad",
        "id,kind,name\norg-new,Organisation,Neu e.V.\norg-x,Verein,Falsch\n",
        "from,to,kind\norg-new,org-awo,COOPERATES_WITH\norg-new,org-nowhere,COOPERATES_WITH\n",
    )
    with pytest.raises(ImportFileError) as caught:
        import_path(graph_store, folder)
    text = str(caught.value)
    assert "actors.csv, row 3, column 'kind'" in text and "'Verein'" in text
    assert "relations.csv, row 3, column 'to'" in text and "org-nowhere" in text
    assert "Nothing was imported" in text
    assert state(graph_store) == before


def test_disallowed_endpoints_are_reported(graph_store: GraphStore, tmp_path: Path) -> None:
    folder = write_tables(tmp_path / "bad", "id,kind,name\n", "from,to,kind\nperson-erika,org-awo,FUNDS\n")
    with pytest.raises(ImportFileError, match=r"row 2, column 'kind'.*FUNDS may link"):
        import_path(graph_store, folder)


def test_duplicate_ids_and_unknown_sources(store: GraphStore, tmp_path: Path) -> None:
    folder = write_tables(
        tmp_path / "dup",
        "id,kind,name,sources\na,Organisation,A,doc-1\na,Organisation,A2,\nb,Organisation,B,doc-9\n",
        sources="id,title\ndoc-1,Eins\n",
    )
    with pytest.raises(ImportFileError) as caught:
        import_path(store, folder)
    problems = {(p.row, p.column) for p in caught.value.problems}
    assert problems == {(3, "id"), (4, "sources")}
    assert state(store) == (0, 0, 0)


def test_semicolon_and_windows_1252(store: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "excel"
    folder.mkdir()
    (folder / "actors.csv").write_bytes("id;kind;name\nkv;Organisation;Caritasverband Köln\n".encode("cp1252"))
    import_path(store, folder)
    assert store.get_nodes(["kv"])["kv"].name == "Caritasverband Köln"


def test_unreadable_inputs_are_explained(store: GraphStore, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        import_path(store, broken)
    with pytest.raises(ImportFileError, match="does not exist"):
        import_path(store, tmp_path / "missing.xyz")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportFileError, match="holds none of"):
        import_path(store, empty)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps([1, 2]), encoding="utf-8")
    with pytest.raises(ImportFileError, match="expected an object"):
        import_path(store, wrong)


def test_changed_row_is_an_update(graph_store: GraphStore, tmp_path: Path) -> None:
    data = fixture_data()
    data["actors"] = [dict(a, name="AWO Musterland (neu)") if a["id"] == "org-awo" else a for a in data["actors"]]
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = import_path(graph_store, path)
    assert report.updated["actors"] == 1 and report.unchanged["actors"] == len(ACTORS) - 1
    assert graph_store.get_nodes(["org-awo"])["org-awo"].name == "AWO Musterland (neu)"
