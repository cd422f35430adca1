"""`netmap backup FILE`: a consistent copy of the store, also while the server runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netmap.errors import StoreError
from netmap.settings import Settings
from netmap.store import open_store
from netmap.store.base import GraphStore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("backup", help="copy the store into a backup file (safe while the server runs)")
    cmd.add_argument("file", help="the backup file to write")
    cmd.set_defaults(func=run)


def file_method(store: GraphStore, name: str, settings: Settings) -> Callable[[Path], Any]:
    """The store's backup_to/restore_from; only the SQLite store has them."""
    method: Callable[[Path], Any] | None = getattr(store, name, None)
    if method is None:
        raise StoreError(
            f"netmap backup and restore work for SQLite stores; {settings.store_shown} is a {store.kind} store.",
            "Back up Neo4j with its own tools (neo4j-admin database dump), or use `netmap export` and `netmap import`.",
        )
    return method


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings.store_url, settings)
    try:
        revision = file_method(store, "backup_to", settings)(Path(args.file))
    finally:
        store.close()
    print(f"Wrote the backup {args.file} (revision {revision})")
    return 0
