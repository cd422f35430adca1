"""Opening a store from its URL (NETMAP_STORE)."""

from __future__ import annotations

import importlib

from netmap.errors import ConfigError
from netmap.settings import Settings
from netmap.store.base import GraphStore


def open_store(url: str, settings: Settings | None = None) -> GraphStore:
    """Open the store a URL names: `sqlite:///PATH` (relative), `sqlite:////ABSOLUTE/PATH`,
    or `neo4j://HOST:PORT` / `neo4j+s://HOST` / `bolt://HOST:PORT`."""
    if url.startswith("sqlite:///"):
        from netmap.store.sqlite import SQLiteStore

        path = url.removeprefix("sqlite:///")
        if not path:
            raise ConfigError(f"The store URL {url!r} names no file.", "Write it as sqlite:///netmap.db.")
        return SQLiteStore(path)
    if url.split("://", 1)[0] in {"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}:
        try:
            backend = importlib.import_module("netmap.store.neo4j")
        except ImportError:
            raise ConfigError("This netmap has no Neo4j backend yet.", "Use a sqlite:/// store URL.") from None
        opened: GraphStore = backend.open_neo4j(url, settings or Settings.from_env())
        return opened
    raise ConfigError(
        f"The store URL {url!r} is not understood.",
        "Use sqlite:///netmap.db for the embedded store or neo4j://HOST:7687 for Neo4j.",
    )
