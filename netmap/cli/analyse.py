"""`netmap analyse`: centrality ranking, communities or partner suggestions for the store."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import Any

from netmap.errors import ConfigError
from netmap.settings import Settings
from netmap.store import open_store

METRIC_NAMES = ("betweenness", "closeness", "degree", "eigenvector", "pagerank", "constraint", "effective_size")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("analyse", help="rank actors by a metric, find communities or suggest partners")
    what = cmd.add_mutually_exclusive_group()
    what.add_argument(
        "--metric", choices=METRIC_NAMES, default="betweenness", help="metric to rank by (default betweenness)"
    )
    what.add_argument("--communities", action="store_true", help="list the communities (Louvain, seed 1)")
    what.add_argument("--suggest", metavar="ACTOR_ID", help="suggest new partners for this actor")
    cmd.add_argument("--top", type=int, default=10, help="how many actors to show (default 10)")
    cmd.add_argument("--format", choices=("table", "json", "csv"), default="table")
    cmd.add_argument("--region", action="append", help="only actors of this region (repeatable)")
    cmd.add_argument("--kind", action="append", help="only actors of this kind, e.g. Organisation (repeatable)")
    cmd.add_argument("--relation-kind", action="append", help="only relations of this kind (repeatable)")
    cmd.add_argument("--as-of", help="only relations that hold on this date (YYYY-MM-DD)")
    cmd.add_argument("--public", action="store_true", help="only public actors")
    cmd.add_argument("--directed", action="store_true", help="read relations in their direction")
    cmd.add_argument(
        "--weighted", action="store_true", help="several relations between two actors count as a stronger tie"
    )
    cmd.add_argument("--lang", choices=("de", "en"), default="de", help="language of suggestion reasons")
    cmd.set_defaults(func=run)


def _filter(args: argparse.Namespace) -> Any:
    from netmap.analysis.subgraph import AnalysisFilter

    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            raise ConfigError(
                f"--as-of {args.as_of!r} is not a date.", "Write it as YYYY-MM-DD, e.g. 2024-06-30."
            ) from None
    if args.top < 1:
        raise ConfigError(f"--top is {args.top}.", "Ask for at least 1 actor, e.g. --top 10.")
    return AnalysisFilter(
        regions=frozenset(args.region) if args.region else None,
        kinds=frozenset(args.kind) if args.kind else None,
        relation_kinds=frozenset(args.relation_kind) if args.relation_kind else None,
        as_of=as_of,
        visibility=frozenset({"public"}) if args.public else None,
        directed=args.directed,
        weighted=args.weighted,
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.analysis import centrality, cohesion, suggestions
    from netmap.analysis.cache import cache_for
    from netmap.store.base import get_node

    where = _filter(args)
    store = open_store(settings.store_url, settings)
    try:
        cache = cache_for(store, settings.analysis_approx_above)
        graph = cache.graph(where)
        names = {node: data.get("name", node) for node, data in graph.nodes(data=True)}
        rows: list[dict[str, Any]]
        if args.suggest:
            get_node(store, args.suggest)  # a clear error for an unknown id
            found = suggestions.suggest(graph, args.suggest, top=args.top, lang=args.lang)
            rows = [
                {
                    "rank": i,
                    "name": names[s.actor_id],
                    "id": s.actor_id,
                    "score": s.score,
                    "reasons": "; ".join(s.reasons),
                }
                for i, s in enumerate(found, 1)
            ]
        elif args.communities:
            groups = cache.result(where, "communities", lambda: cohesion.communities(cache.indexed(where)))
            rows = [
                {"community": i, "size": len(g), "members": ", ".join(sorted(names[m] for m in g))}
                for i, g in enumerate(groups[: args.top], 1)
            ]
        else:
            scores = cache.scores(args.metric, where)
            rows = [
                {
                    "rank": i,
                    "name": names[node],
                    "id": node,
                    "kind": graph.nodes[node].get("kind", ""),
                    args.metric: round(score, 6),
                }
                for i, (node, score) in enumerate(centrality.ranked(scores, args.metric, args.top), 1)
            ]
    finally:
        store.close()
    _write(rows, args.format)
    return 0


def _write(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        print("No results: the selected part of the network is empty or has no matches." if fmt == "table" else "")
        return
    columns = list(rows[0])
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    width = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(width[c]) for c in columns).rstrip())
    for row in rows:
        print("  ".join(str(row[c]).ljust(width[c]) for c in columns).rstrip())
