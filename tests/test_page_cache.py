"""Map pages are built once per store revision and rebuilt as soon as the data changes."""

from __future__ import annotations

from starlette.testclient import TestClient

from netmap.api.page_cache import RevisionCache
from netmap.store.base import GraphStore, PutNode
from netmap.store.sqlite import SQLiteStore


def test_a_page_is_built_once_per_revision(demo_store: GraphStore) -> None:
    cache = RevisionCache(max_pages=2)
    builds: list[str] = []

    def build() -> bytes:
        builds.append("built")
        return f"page at {demo_store.revision()}".encode()

    first = cache.get(demo_store, "map", build)
    assert cache.get(demo_store, "map", build) == first and len(builds) == 1
    demo_store.apply(
        [PutNode(demo_store.schema.validate_node({"id": "org-neu", "kind": "Organisation", "name": "Neu"}))]
    )
    assert cache.get(demo_store, "map", build) != first and len(builds) == 2
    cache.get(demo_store, "other", build)
    cache.get(demo_store, "third", build)  # pushes "map" out (max_pages=2)
    cache.get(demo_store, "map", build)
    assert len(builds) == 5


def test_the_map_page_shows_a_change_made_by_another_writer(demo_client: TestClient, demo_store: SQLiteStore) -> None:
    assert "Neuer Verein Beispielstadt" not in demo_client.get("/maps/demo").text
    other = SQLiteStore(demo_store.path)  # another connection, as another process would have
    other.apply(
        [
            PutNode(
                other.schema.validate_node(
                    {"id": "org-neu", "kind": "Organisation", "name": "Neuer Verein Beispielstadt"}
                )
            )
        ]
    )
    other.close()
    assert "Neuer Verein Beispielstadt" in demo_client.get("/maps/demo").text
