"""Map pages are cached per store revision and show a change as soon as the data changes."""

from __future__ import annotations

from starlette.testclient import TestClient

from netmap.store.base import PutNode
from netmap.store.sqlite import SQLiteStore


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
