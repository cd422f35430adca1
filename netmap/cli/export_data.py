"""`netmap export`: the graph out of the store, in any registered format, optionally filtered."""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path

from netmap.errors import NetmapError
from netmap.settings import Settings
from netmap.store import open_store
from netmap.store.base import PUBLIC, GraphStore, NodeFilter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser("export", help="export the graph (graphml, gexf, csv, xlsx, json)")
    exp.add_argument("--format", default="json", help="graphml, gexf, csv (zip, or a folder with -o DIR), xlsx, json")
    exp.add_argument("-o", "--output", help="file to write (default: standard output); for csv also a folder")
    exp.add_argument("--public", action="store_true", help="only public actors and the relations between them")
    exp.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="region=NAME, kind=KIND or public; repeat to combine",
    )
    exp.set_defaults(func=run)


def selection(
    store: GraphStore, filters: list[str], public: bool
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(visibility, node ids) the filters choose; None where they do not filter."""
    regions: set[str] = set()
    kinds: set[str] = set()
    for item in filters:
        key, _, value = item.partition("=")
        if key == "public" and not value:
            public = True
        elif key == "region" and value:
            regions.add(value)
        elif key == "kind" and value:
            kinds.add(value)
        else:
            raise NetmapError(f"The filter {item!r} is not understood.", "Use region=NAME, kind=KIND or public.")
    visibility = PUBLIC if public else None
    if not regions and not kinds:
        return visibility, None
    where = NodeFilter(regions=frozenset(regions) or None, kinds=frozenset(kinds) or None, visibility=visibility)
    return visibility, frozenset(n.id for n in store.find_nodes(where))


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.export import export_bytes

    store = open_store(settings.store_url, settings)
    try:
        visibility, node_ids = selection(store, args.filter, args.public)
        data, fmt = export_bytes(store, args.format, visibility, node_ids)
    finally:
        store.close()
    if args.output:
        target = Path(args.output)
        if fmt.name == "csv" and (target.is_dir() or not target.suffix):
            target.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                archive.extractall(target)
            print(f"Wrote {', '.join(sorted(archive.namelist()))} into {target}")
        else:
            target.write_bytes(data)
            print(f"Wrote {args.output} ({fmt.name}, {len(data):,} bytes)")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
