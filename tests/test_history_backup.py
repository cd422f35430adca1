"""History (GraphQL and CLI) and backup/restore of the SQLite store, also while it is written."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from netmap.api.context import Context
from netmap.api.graphql import build_schema
from netmap.api.viewer import Viewer
from netmap.cli import main
from netmap.model import Node
from netmap.store.base import GraphStore, PutNode, get_node
from netmap.store.sqlite import SQLiteStore

HISTORY = """query($id: ID) { history(actorId: $id) { __typename
  ... on History { changes { author action subjectId fields { field before after } } }
  ... on Forbidden { requiredRole } ... on NotFound { id } } }"""


def run(store: GraphStore, query: str, role: str, **variables: Any) -> dict[str, Any]:
    result = asyncio.run(
        build_schema().execute(query, variable_values=variables, context_value=Context(store, Viewer(role, role)))
    )
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data


def rename(store: GraphStore, node_id: str, name: str, author: str) -> None:
    from dataclasses import replace

    store.apply([PutNode(replace(get_node(store, node_id), name=name))], author=author)


def test_graphql_history_for_readers_only(graph_store: GraphStore) -> None:
    rename(graph_store, "org-awo", "AWO Musterland", "anna")
    assert run(graph_store, HISTORY, "anonymous", id="org-awo")["history"] == {
        "__typename": "Forbidden",
        "requiredRole": "reader",
    }
    changes = run(graph_store, HISTORY, "reader", id="org-awo")["history"]["changes"]
    newest = changes[0]
    assert newest["author"] == "anna" and newest["action"] == "update" and newest["subjectId"] == "org-awo"
    assert newest["fields"] == [{"field": "name", "before": "AWO Kreisverband Musterland", "after": "AWO Musterland"}]
    assert any(c["action"] == "create" and c["author"] == "cli" for c in changes)
    assert run(graph_store, HISTORY, "reader", id="org-nie")["history"]["__typename"] == "NotFound"


def test_graphql_sources(graph_store: GraphStore) -> None:
    sources = run(graph_store, "{ sources { id title publisher date } }", "anonymous")["sources"]
    assert sources[0] == {
        "id": "doc-1",
        "title": "Pressemitteilung Eins",
        "publisher": "Kreis Musterland",
        "date": "2024-05-01",
    }


def test_cli_history_shows_before_and_after(
    graph_store: GraphStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rename(graph_store, "org-awo", "AWO Musterland", "cli")
    monkeypatch.setenv("NETMAP_STORE", graph_store.url)
    assert main(["history", "org-awo"]) == 0
    out = capsys.readouterr().out
    assert "cli  update node org-awo" in out
    assert "name: AWO Kreisverband Musterland → AWO Musterland" in out
    assert main(["history", "org-nie"]) == 0
    assert "No recorded changes of org-nie." in capsys.readouterr().out


def test_backup_while_another_connection_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "live.db"
    SQLiteStore(db).close()
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:  # the running server: its own connection, writing all the time
        store = SQLiteStore(db)
        try:
            while not stop.is_set():
                number = len(written)
                store.apply([PutNode(Node(f"org-{number}", "Organisation", f"Verein {number}"))], author="server")
                written.append(number)
        finally:
            store.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{db}")
        backups = [tmp_path / f"backup-{i}.db" for i in range(3)]
        for backup in backups:
            assert main(["backup", str(backup)]) == 0
    finally:
        stop.set()
        thread.join()
    for backup in backups:
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        restored = SQLiteStore(backup)
        try:  # one consistent state: every revision wrote exactly one node
            assert restored.count_nodes() == restored.revision() >= 20
        finally:
            restored.close()
    assert len(written) > 20


def test_restore_refuses_a_store_with_data_without_force(
    graph_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", graph_store.url)
    backup = tmp_path / "backup.db"
    assert main(["backup", str(backup)]) == 0
    count = graph_store.count_nodes()
    rename(graph_store, "org-awo", "Später geändert", "cli")
    assert main(["restore", str(backup)]) == 2
    assert "holds data" in capsys.readouterr().err
    assert get_node(graph_store, "org-awo").name == "Später geändert"
    assert main(["restore", str(backup), "--force"]) == 0
    assert get_node(graph_store, "org-awo").name == "AWO Kreisverband Musterland"
    assert graph_store.count_nodes() == count
    empty = tmp_path / "empty.db"
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{empty}")
    assert main(["restore", str(backup)]) == 0
    assert SQLiteStore(empty).count_nodes() == count
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello", encoding="utf-8")
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'other.db'}")
    assert main(["restore", str(not_a_backup)]) == 2
    assert "cannot be read as a netmap backup" in capsys.readouterr().err
