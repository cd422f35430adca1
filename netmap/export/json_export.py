"""JSON export in the import format: {"sources": [...], "actors": [...], "relations": [...]}.

`netmap import` reads what this writes, so export → import into an empty store gives the same graph.
"""

from __future__ import annotations

import json
from typing import Any

from netmap.export import ExportFormat, register
from netmap.store.base import GraphStore, NodeFilter


def export_data(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> dict[str, Any]:
    """The graph as plain data. With `visibility` or `node_ids`, only those actors, the
    relations between them and the sources they cite."""
    nodes = store.find_nodes(NodeFilter(visibility=visibility, ids=node_ids))
    ids = {n.id for n in nodes}
    relations = [r for r in store.find_relations() if r.from_id in ids and r.to_id in ids]
    sources = store.all_sources()
    if visibility is not None or node_ids is not None:
        cited = {s for n in nodes for s in n.sources} | {s for r in relations for s in r.sources}
        sources = [s for s in sources if s.id in cited]
    return {
        "format": "netmap-graph",
        "version": 1,
        "revision": store.revision(),
        "sources": [s.to_dict() for s in sources],
        "actors": [n.content() for n in sorted(nodes, key=lambda n: n.id)],
        "relations": [r.content() for r in relations],
    }


def export_json(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> str:
    return json.dumps(export_data(store, visibility, node_ids), ensure_ascii=False, indent=2) + "\n"


register(
    ExportFormat(
        name="json",
        media_type="application/json",
        extension="json",
        write=lambda store, visibility, node_ids: export_json(store, visibility, node_ids).encode("utf-8"),
        description="netmap's import format (node-link JSON): sources, actors, relations",
    )
)
