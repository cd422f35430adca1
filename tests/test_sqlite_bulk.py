"""The SQLite store's path for large batches (indexes rebuilt after the inserts, foreign keys
checked once at the end), run here on the small fixture graph by lowering its threshold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import netmap.store.sqlite as sqlite_store
from netmap.errors import StoreError
from netmap.ingest.importer import import_path
from netmap.model import Node, Relation
from netmap.store.base import BatchChecker, PutNode, PutRelation
from netmap.store.sqlite import SQLiteStore
from tests.fixtures import ACTORS, RELATIONS


def _indexes(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall()


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every batch of two or more rows per table counts as large."""
    monkeypatch.setattr(sqlite_store, "_BULK_ROWS", 2)


def test_bulk_import_keeps_indexes_foreign_keys_and_history(bulk: None, tmp_path: Path, fixture_file: Path) -> None:
    store = SQLiteStore(tmp_path / "bulk.db")
    fresh = _indexes(tmp_path / "bulk.db")
    report = import_path(store, fixture_file)
    assert report.created["actors"] == len(ACTORS) and report.created["relations"] == len(RELATIONS)
    assert _indexes(tmp_path / "bulk.db") == fresh
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert len(store.history(limit=1000)) == len(ACTORS) + len(RELATIONS) + 2  # and the two sources
    rel = store.find_relations()[0]
    assert [r.id for r in store.relations_of([rel.from_id])[rel.from_id]].count(rel.id) == 1
    # the foreign keys work again after the batch: deleting an actor takes its relations along
    before = store.count_relations()
    store._db.execute("DELETE FROM nodes WHERE id = ?", (rel.from_id,))
    assert store.count_relations() < before
    store.close()


def test_bulk_batch_with_a_dangling_relation_writes_nothing(
    bulk: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a bug let a relation to a missing actor past the checks, the final foreign key
    check rolls the whole batch back, indexes included."""
    store = SQLiteStore(tmp_path / "bulk.db")
    fresh = _indexes(tmp_path / "bulk.db")
    monkeypatch.setattr(BatchChecker, "check", lambda self, changes: None)
    nodes = [Node(id=f"org-{i}", kind="Organisation", name=f"Verein {i}") for i in range(3)]
    relations = [
        Relation(id="rel-1", kind="PART_OF", from_id="org-0", to_id="org-1"),
        Relation(id="rel-2", kind="PART_OF", from_id="org-2", to_id="org-nowhere"),
    ]
    with pytest.raises(StoreError, match="relation whose actor does not exist"):
        store.apply([*map(PutNode, nodes), *map(PutRelation, relations)])
    assert (store.revision(), store.count_nodes(), store.count_relations(), store.history()) == (0, 0, 0, [])
    assert _indexes(tmp_path / "bulk.db") == fresh
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_reading_many_ids_by_one_pass_finds_the_same(
    tmp_path: Path, fixture_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SQLiteStore(tmp_path / "scan.db")
    import_path(store, fixture_file)
    node_ids = [n.id for n in store.find_nodes()][::2] + ["org-nowhere"]
    rel_ids = [r.id for r in store.find_relations()][::2] + ["rel-nowhere"]
    by_lookup = (store.get_nodes(node_ids), store.get_relations(rel_ids))
    monkeypatch.setattr(sqlite_store, "_SCAN_FROM", 1)
    by_scan = (store.get_nodes(node_ids), store.get_relations(rel_ids))
    assert by_scan == by_lookup
    assert sorted(by_scan[0]) == sorted(node_ids[:-1]) and sorted(by_scan[1]) == sorted(rel_ids[:-1])
    store.close()
