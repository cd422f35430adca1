"""`netmap export`: the graph out of the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser("export", help="export the graph")
    exp.add_argument("--format", default="json", help="json (more formats: see README)")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    exp.add_argument("--public", action="store_true", help="only public actors and the relations between them")
    exp.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.export import export_bytes

    store = open_store(settings.store_url, settings)
    try:
        visibility = frozenset({"public"}) if args.public else None
        data, fmt = export_bytes(store, args.format, visibility)
    finally:
        store.close()
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"Wrote {args.output} ({fmt.name}, {len(data):,} bytes)")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
