"""`netmap merge KEEP MERGE`: merge two actors that are one into the first."""

from __future__ import annotations

import argparse

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("merge", help="merge actor MERGE into actor KEEP (relations, aliases, sources kept)")
    cmd.add_argument("keep", help="id of the actor that stays")
    cmd.add_argument("merge", help="id of the actor merged into it (then deleted)")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.ingest.merge import merge_actors

    store = open_store(settings.store_url, settings)
    try:
        revision = merge_actors(store, args.keep, args.merge, author="cli")
        kept = store.get_nodes([args.keep])[args.keep]
        count = len(store.relations_of([args.keep])[args.keep])
    finally:
        store.close()
    print(
        f"Merged {args.merge} into {args.keep} ({kept.name}): {count} relations, aliases {', '.join(kept.aliases) or '—'} (revision {revision})"
    )
    return 0
