"""`netmap export`: the graph out of the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser("export", help="export the graph")
    exp.add_argument("--format", choices=["json"], default="json")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    exp.add_argument("--public", action="store_true", help="only public actors and the relations between them")
    exp.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.export.json_export import export_json

    store = open_store(settings.store_url, settings)
    try:
        visibility = frozenset({"public"}) if args.public else None
        text = export_json(store, visibility)
    finally:
        store.close()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0
