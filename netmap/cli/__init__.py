"""The `netmap` command. Each subcommand lives in its own module here and registers itself;
every command honours NETMAP_STORE."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from netmap.cli import (
    analyse,
    backup,
    drafts,
    duplicates,
    export_data,
    extract,
    history,
    import_data,
    map,
    merge,
    migrate,
    restore,
    serve,
    template,
    token,
)
from netmap.errors import NetmapError
from netmap.settings import Settings

COMMANDS = [
    serve,
    import_data,
    export_data,
    extract,
    drafts,
    migrate,
    token,
    template,
    duplicates,
    merge,
    history,
    analyse,
    backup,
    restore,
    map,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netmap",
        description="Map local integration networks. The store is chosen by NETMAP_STORE (default sqlite:///netmap.db).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
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
