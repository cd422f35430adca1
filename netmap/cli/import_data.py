"""`netmap import`: CSV tables or JSON into the store, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", help="import an XLSX workbook, CSV tables or a JSON file (all or nothing)")
    imp.add_argument(
        "path",
        nargs="+",
        help="an .xlsx workbook, a folder with actors.csv/relations.csv/sources.csv, "
        "an actors and a relations CSV file, or a .json file",
    )
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.ingest.importer import import_path

    store = open_store(settings.store_url, settings)
    try:
        report = import_path(store, [Path(p) for p in args.path], dry_run=args.dry_run)
    finally:
        store.close()
    print(report.summary())
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0
