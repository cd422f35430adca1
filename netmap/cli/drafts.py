"""`netmap drafts`: review extracted proposals: list drafts, accept or reject proposals."""

from __future__ import annotations

import argparse
from typing import Any

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("drafts", help="review drafts from `netmap extract --save`: list, accept, reject")
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("list", help="list drafts, or the proposals of one draft")
    show.add_argument("draft", nargs="?", help="a draft id: show its proposals and their status")
    for name, verb in (("accept", "write into the graph, citing the press release"), ("reject", "mark as rejected")):
        act = actions.add_parser(name, help=f"{verb}: proposals by id (e1, r2, …)")
        act.add_argument("draft", help="the draft id")
        act.add_argument("proposals", nargs="*", metavar="ID", help="proposal ids, e.g. e1 e3 r2")
        act.add_argument("--all", action="store_true", help="every pending proposal (actors first)")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.errors import NetmapError
    from netmap.ingest.extract import drafts

    store = open_store(settings.store_url, settings)
    try:
        if args.action == "list":
            print(_show(drafts.get_draft(store, args.draft)) if args.draft else _overview(drafts.list_drafts(store)))
            return 0
        draft = drafts.get_draft(store, args.draft)
        ids = list(args.proposals)
        if args.all:
            ids += [p["id"] for p in draft["entities"] + draft["relations"] if p["status"] == "pending"]
        if not ids:
            raise NetmapError("No proposal named.", f"Name proposal ids (see netmap drafts list {args.draft}) or use --all.")
        failed = 0
        for proposal_id in ids:
            try:
                if args.action == "accept":
                    written = drafts.accept(store, args.draft, proposal_id)
                    print(f"accepted {proposal_id} → {written}")
                else:
                    drafts.reject(store, args.draft, proposal_id)
                    print(f"rejected {proposal_id}")
            except NetmapError as err:
                failed += 1
                print(f"not done {proposal_id}: {err}")
        return 2 if failed else 0
    finally:
        store.close()


def _overview(all_drafts: list[dict[str, Any]]) -> str:
    if not all_drafts:
        return "No drafts. Make one with: netmap extract --save FILE"
    lines = [f"{'draft':<40} {'pending':>7} {'accepted':>8} {'rejected':>8}  title"]
    for d in all_drafts:
        items = d["entities"] + d["relations"]
        count = {s: sum(p["status"] == s for p in items) for s in ("pending", "accepted", "rejected")}
        lines.append(f"{d['id']:<40} {count['pending']:>7} {count['accepted']:>8} {count['rejected']:>8}  {d['title'][:60]}")
    return "\n".join(lines)


def _show(draft: dict[str, Any]) -> str:
    names = {e["id"]: e["name"] for e in draft["entities"]}
    lines = [f"draft {draft['id']}: {draft['title']} ({draft['file_name']}{', ' + draft['date'] if draft['date'] else ''})"]
    for e in draft["entities"]:
        match = f" = existing {e['match']['id']}" if e.get("match") else ""
        extra = e.get("role") or (e.get("type") if e["kind"] == "Project" else "")
        lines.append(f"  {e['id']:<5} {e['status']:<9} {e['kind']:<12} {e['name']}{f' ({extra})' if extra else ''}{match}")
    for r in draft["relations"]:
        lines.append(
            f"  {r['id']:<5} {r['status']:<9} {r['kind']:<16} {names.get(r['from'], r['from'])} ({r['from']}) → "
            f"{names.get(r['to'], r['to'])} ({r['to']})"
        )
    return "\n".join(lines)
