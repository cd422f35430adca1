"""The `netmap` command: serve, import, export. Every command honours NETMAP_STORE."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from netmap.errors import NetmapError
from netmap.settings import Settings
from netmap.store import open_store


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from netmap.api.app import create_app
    from netmap.ingest.seeds import load_demo_if_empty

    store = open_store(settings.store_url, settings)
    try:
        if args.demo:
            report = load_demo_if_empty(store)
            if report is not None:
                print(f"Loaded the demo network into the empty store:\n{report.summary()}")
        counts = store.counts_by_kind()
    finally:
        store.close()
    base = f"http://{args.host}:{args.port}"
    print(f"netmap serves the store {settings.store_url} ({sum(counts.values())} actors)")
    print(f"  map:     {base}/maps/demo")
    print(f"  GraphQL: {base}/graphql")
    print(f"  health:  {base}/health")
    sys.stdout.flush()
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.ingest.importer import import_path

    store = open_store(settings.store_url, settings)
    try:
        report = import_path(store, Path(args.path), dry_run=args.dry_run)
    finally:
        store.close()
    print(report.summary())
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netmap",
        description="Map local integration networks. The store is chosen by NETMAP_STORE (default sqlite:///netmap.db).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="serve the map pages and GraphQL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo", action="store_true", help="load the demo network first if the store is empty")
    serve.set_defaults(func=cmd_serve)

    imp = sub.add_parser("import", help="import a folder of CSV tables or a JSON file (all or nothing)")
    imp.add_argument("path", help="folder with actors.csv, relations.csv, sources.csv, or a .json file")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="export the graph")
    exp.add_argument("--format", choices=["json"], default="json")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    exp.add_argument("--public", action="store_true", help="only public actors and the relations between them")
    exp.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        return int(args.func(args, settings))
    except NetmapError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
