"""`netmap migrate`: copy a whole netmap from one store to another (e.g. SQLite → Neo4j)."""

from __future__ import annotations

import argparse

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mig = sub.add_parser(
        "migrate",
        help="copy actors, relations, sources, records and history from one store to another",
        description="Copies everything from one store into another and checks both hold the same. "
        "Safe to run again: only what is missing or different is written.",
    )
    mig.add_argument("--from", dest="source", help="store to copy from (default: NETMAP_STORE)")
    mig.add_argument("--to", dest="target", required=True, help="store to copy into, e.g. neo4j://localhost:7687")
    mig.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.ingest.migrate import migrate

    source = open_store(args.source or settings.store_url, settings)
    try:
        target = open_store(args.target, settings)
        try:
            report = migrate(source, target)
        finally:
            target.close()
    finally:
        source.close()
    print(report.summary())
    return 0
