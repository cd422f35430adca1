"""The store contract for `update_record` (read-modify-write of a record in one write
transaction): every GraphStore implementation must pass these."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from netmap.errors import NotFoundError
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore


def _count(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "count": data["count"] + 1}


def test_update_record_writes_what_the_update_returns(store: GraphStore) -> None:
    store.put_record("drafts", "d1", {"count": 0, "title": "Entwurf"})
    assert store.update_record("drafts", "d1", _count) == {"count": 1, "title": "Entwurf"}
    assert store.get_record("drafts", "d1") == {"count": 1, "title": "Entwurf"}
    assert store.revision() == 0  # records live beside the graph


def test_update_record_of_a_missing_record_changes_nothing(store: GraphStore) -> None:
    with pytest.raises(NotFoundError, match="nothing-here"):
        store.update_record("drafts", "nothing-here", _count)
    assert store.get_record("drafts", "nothing-here") is None


def test_an_update_that_raises_changes_nothing(store: GraphStore) -> None:
    store.put_record("drafts", "d1", {"count": 0})

    def fail(data: dict[str, Any]) -> dict[str, Any]:
        data["count"] = 99  # changed in memory, then the caller changes its mind
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        store.update_record("drafts", "d1", fail)
    assert store.get_record("drafts", "d1") == {"count": 0}


def test_concurrent_updates_lose_nothing(store: GraphStore) -> None:
    store.put_record("drafts", "d1", {"count": 0})
    rounds = 25

    def work() -> None:
        for _ in range(rounds):
            store.update_record("drafts", "d1", _count)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.get_record("drafts", "d1") == {"count": 3 * rounds}


def test_two_sqlite_connections_lose_no_update(tmp_path: Path) -> None:
    """Two store objects on one file (as two processes would have) serialise on the file's write lock."""
    first, second = SQLiteStore(tmp_path / "s.db"), SQLiteStore(tmp_path / "s.db")
    try:
        first.put_record("drafts", "d1", {"count": 0})

        def work(one: SQLiteStore) -> None:
            for _ in range(25):
                one.update_record("drafts", "d1", _count)

        threads = [threading.Thread(target=work, args=(s,)) for s in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert first.get_record("drafts", "d1") == {"count": 50}
    finally:
        first.close()
        second.close()
