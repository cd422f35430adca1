"""A page of actors with their relations costs the same number of store calls for 10 actors as
for 50: the per-request DataLoaders batch them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.model import Node, Relation, Source
from netmap.settings import Settings
from netmap.store.base import PutNode, PutRelation, PutSource
from netmap.store.sqlite import SQLiteStore
from tests.api_helpers import post


class CountingStore:
    """The real SQLiteStore, with a count of every method called on it."""

    def __init__(self, store: SQLiteStore) -> None:
        self._store = store
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return attr(*args, **kwargs)

        return counted


PAGE = """query($first: Int!) { actors(kind: ORGANISATION, first: $first) { edges { node { id name sources { title }
  relations { kind from { id name } to { id name sources { title } } sources { title } } } } } }"""


def _network(path: Path, size: int = 60) -> SQLiteStore:
    store = SQLiteStore(path)
    changes: list[Any] = [PutSource(Source(id="doc", title="Bericht"))]
    changes += [
        PutNode(Node(id=f"o{i:03}", kind="Organisation", name=f"Verein {i:03}", sources=("doc",))) for i in range(size)
    ]
    changes += [
        PutNode(Node(id=f"p{i:03}", kind="Project", name=f"Projekt {i:03}", properties={"type": "project"}))
        for i in range(size)
    ]
    for i in range(size):
        changes.append(
            PutRelation(
                Relation(
                    id=f"r{i}",
                    kind="RUNS",
                    from_id=f"o{i:03}",
                    to_id=f"p{i:03}",
                    properties={"role": "Träger"},
                    sources=("doc",),
                )
            )
        )
        j = (i + 1) % size
        low, high = sorted((f"o{i:03}", f"o{j:03}"))
        changes.append(PutRelation(Relation(id=f"c{i}", kind="COOPERATES_WITH", from_id=low, to_id=high)))
    store.apply(changes)
    return store


def test_store_calls_do_not_grow_with_the_page_size(tmp_path: Path) -> None:
    store = _network(tmp_path / "n.db")
    counting = CountingStore(store)
    calls: dict[int, Counter[str]] = {}
    with TestClient(create_app(Settings(), counting)) as client:  # type: ignore[arg-type]
        for first in (10, 50):
            counting.calls.clear()
            edges = post(client, PAGE, first=first)["data"]["actors"]["edges"]
            assert len(edges) == first and all(len(e["node"]["relations"]) == 3 for e in edges)
            calls[first] = Counter(counting.calls)
    store.close()
    assert calls[10] == calls[50], calls
    assert sum(calls[50].values()) <= 10, calls[50]
