"""`netmap migrate`: from a real SQLite file into every backend (SQLite here; Neo4j when
NETMAP_TEST_NEO4J_URI is set), twice, without duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.cli import main
from netmap.export.json_export import export_data
from netmap.ingest.importer import import_path
from netmap.ingest.migrate import ALL, migrate
from netmap.ingest.seeds import seeds_dir
from netmap.store.base import GraphStore, PutNode, get_node, history_key
from netmap.store.sqlite import SQLiteStore

RECORDS = {
    "maps": {"demo": {"title": "Demo", "public": True}, "funding": {"title": "Förderung", "metric": "pagerank"}},
    "tokens": {"t1": {"role": "editor", "hash": "abc"}},
    "drafts": {"d1": {"text": "Die AWO und die Caritas …"}},
}


def filled_source(path: Path) -> SQLiteStore:
    """The demo network, an edited actor, an erased person, and records of three collections."""
    source = SQLiteStore(path)
    import_path(source, seeds_dir())
    some = source.find_nodes(limit=1)[0]
    source.apply(
        [PutNode(source.schema.validate_node({**some.content(), "name": some.name + " (neu)"}))], author="erika"
    )
    person = next(n for n in source.find_nodes() if n.kind == "Person")
    source.erase_node(person.id, author="admin")
    for collection, records in RECORDS.items():
        for record_id, data in records.items():
            source.put_record(collection, record_id, data)
    return source


def history_keys(store: GraphStore) -> list[tuple[object, ...]]:
    return [history_key(e) for e in store.history(limit=ALL)]


def test_migrate_copies_everything_and_a_second_run_writes_nothing(store: GraphStore, tmp_path: Path) -> None:
    source = filled_source(tmp_path / "source.db")
    report = migrate(source, store)
    first, copied = export_data(source), export_data(store)
    for key in ("sources", "actors", "relations"):
        assert copied[key] == first[key], key
    assert report.counts["actors"] == source.count_nodes() > 50
    assert report.written["relations"] == source.count_relations()
    some = source.find_nodes(limit=1)[0]
    assert get_node(store, some.id).created_at == some.created_at
    for collection, records in RECORDS.items():
        assert dict(store.list_records(collection)) == records
    source_history = history_keys(source)
    target_history = history_keys(store)
    assert set(source_history) <= set(target_history)
    assert [e.action for e in store.history(limit=ALL)].count("erase") == 1
    # The copied history keeps its order and comes before what the copy itself recorded.
    oldest_first = list(reversed(target_history))
    assert oldest_first[: len(source_history)] == list(reversed(source_history))
    assert all(e.author == "migrate" for e in store.history(limit=len(target_history) - len(source_history)))

    revision = store.revision()
    again = migrate(source, store)
    assert not any(again.written.values()), again.written
    assert store.revision() == revision
    assert history_keys(store) == target_history
    assert store.count_nodes() == source.count_nodes() and store.count_relations() == source.count_relations()
    assert "nothing was written" in again.summary()
    source.close()


def test_cli_migrate_between_two_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled_source(tmp_path / "a.db").close()
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["migrate", "--from", a, "--to", b]) == 0
    out = capsys.readouterr().out
    assert "actors:" in out and "records in 'maps': 2 in both stores, 2 written now" in out
    assert main(["migrate", "--from", a, "--to", b]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert SQLiteStore(tmp_path / "b.db").count_nodes() == SQLiteStore(tmp_path / "a.db").count_nodes()


def test_a_target_that_holds_more_is_reported_not_passed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled_source(tmp_path / "a.db").close()
    target = SQLiteStore(tmp_path / "b.db")
    target.apply([PutNode(target.schema.validate_node({"id": "org-extra", "kind": "Organisation", "name": "Extra"}))])
    target.close()
    code = main(["migrate", "--from", f"sqlite:///{tmp_path / 'a.db'}", "--to", f"sqlite:///{tmp_path / 'b.db'}"])
    assert code == 2
    err = capsys.readouterr().err
    assert "1 that only the target has" in err and "Migrate into an empty store" in err


def test_migrating_a_store_into_itself_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert main(["migrate", "--from", url, "--to", url]) == 2
    assert "same store" in capsys.readouterr().err
