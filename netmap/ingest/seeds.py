"""The demo network: seeds/ holds it in the import format, learnt from the seed press releases."""

from __future__ import annotations

from pathlib import Path

from netmap.ingest.importer import ImportReport, import_path
from netmap.resources import resource_dir
from netmap.store.base import GraphStore


def seeds_dir() -> Path:
    return resource_dir("seeds")


def load_demo_if_empty(store: GraphStore) -> ImportReport | None:
    """Import the demo network when the store holds no actor; return the report, or None."""
    if store.count_nodes() > 0:
        return None
    return import_path(store, seeds_dir(), author="demo")
