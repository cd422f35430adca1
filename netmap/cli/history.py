"""`netmap history [ACTOR_ID]`: who changed what when, before → after."""

from __future__ import annotations

import argparse

from netmap.settings import Settings
from netmap.store import open_store
from netmap.store.base import HistoryEntry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("history", help="show recorded changes (of one actor and its relations)")
    cmd.add_argument("actor_id", nargs="?", help="only changes of this actor and its relations")
    cmd.add_argument("--limit", type=int, default=50, help="how many changes (newest first)")
    cmd.set_defaults(func=run)


def describe(entry: HistoryEntry) -> list[str]:
    """One change as lines: a head line and one line per changed field (before → after)."""
    lines = [
        f"{entry.at}  {entry.author}  {entry.action} {entry.subject_kind} {entry.subject_id}  (revision {entry.revision})"
    ]
    for key, old, new in entry.changed_fields():
        lines.append(f"    {key}: {old or '—'} → {new or '—'}")
    return lines


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings.store_url, settings)
    try:
        entries = store.history(args.actor_id, limit=args.limit)
    finally:
        store.close()
    if not entries:
        print("No recorded changes" + (f" of {args.actor_id}." if args.actor_id else "."))
    for entry in entries:
        print("\n".join(describe(entry)))
    return 0
