"""`netmap backup FILE`: a consistent copy of the store, also while the server runs."""

from __future__ import annotations

import argparse

from netmap.errors import StoreError
from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("backup", help="copy the store into a backup file (safe while the server runs)")
    cmd.add_argument("file", help="the backup file to write")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings.store_url, settings)
    try:
        backup_to = getattr(store, "backup_to", None)
        if backup_to is None:
            raise StoreError(
                f"netmap backup works for SQLite stores; {settings.store_url} is a {store.kind} store.",
                "Back up Neo4j with its own tools (neo4j-admin database dump), or export with `netmap export`.",
            )
        revision = backup_to(args.file)
    finally:
        store.close()
    print(f"Wrote the backup {args.file} (revision {revision})")
    return 0
