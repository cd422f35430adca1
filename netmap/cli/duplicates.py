"""`netmap duplicates`: actors that are probably one (same kind, same normalised name or alias)."""

from __future__ import annotations

import argparse

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("duplicates", help="list likely duplicate actors (merge them with netmap merge)")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.ingest.duplicates import find_duplicates

    store = open_store(settings.store_url, settings)
    try:
        groups = find_duplicates(store)
    finally:
        store.close()
    if not groups:
        print("No likely duplicates found.")
        return 0
    for group in groups:
        print(f"{group.kind} '{group.key}':")
        for node in group.nodes:
            print(f"    {node.id}  {node.name}")
    print(f"{len(groups)} group(s). Merge two actors with: netmap merge KEEP_ID MERGE_ID")
    return 0
