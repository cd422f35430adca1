"""`netmap restore FILE`: replace the store by a backup; refuses a non-empty store without --force."""

from __future__ import annotations

import argparse
from pathlib import Path

from netmap.cli.backup import file_method
from netmap.errors import ConflictError
from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("restore", help="replace the store by a backup file")
    cmd.add_argument("file", help="a file written by netmap backup")
    cmd.add_argument("--force", action="store_true", help="overwrite a store that holds data")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings.store_url, settings)
    try:
        restore_from = file_method(store, "restore_from", settings)
        if (store.count_nodes() or store.revision()) and not args.force:
            raise ConflictError(
                f"The store {settings.store_shown} holds data ({store.count_nodes()} actors, revision {store.revision()}).",
                "Restoring would replace all of it. Back it up first, then run the restore again with --force.",
            )
        revision = restore_from(Path(args.file))
        actors = store.count_nodes()
    finally:
        store.close()
    print(f"Restored {args.file} into {settings.store_shown}: {actors} actors, revision {revision}")
    return 0
