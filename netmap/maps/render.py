"""The data of a map page: vis-network nodes and edges for the actors a viewer may see.

Node and edge lists are built directly (pyvis's `from_nx` is quadratic); the page draws them
with the vis-network build that pyvis ships, served by netmap itself.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from netmap.maps.style import KIND_COLOURS, KIND_LABELS, RELATION_LABELS, RELATION_STYLES
from netmap.store.base import GraphStore, NodeFilter

MIN_SIZE = 10
MAX_SIZE = 40


def map_data(store: GraphStore, visibility: frozenset[str] | None, lang: str = "de") -> dict[str, Any]:
    """Nodes (coloured by kind, sized by degree) and edges (styled by relation kind) of every
    actor with the given visibility and the relations between them."""
    nodes = store.find_nodes(NodeFilter(visibility=visibility))
    ids = {n.id for n in nodes}
    relations = [r for r in store.find_relations() if r.from_id in ids and r.to_id in ids]
    degree: Counter[str] = Counter()
    for rel in relations:
        degree[rel.from_id] += 1
        degree[rel.to_id] += 1
    top = max(degree.values(), default=1)
    kind_labels = KIND_LABELS[lang]
    rel_labels = RELATION_LABELS[lang]
    vis_nodes = [
        {
            "id": n.id,
            "label": n.name,
            "title": f"{n.name}\n{kind_labels[n.kind]}" + (f" · {n.region}" if n.region else ""),
            "group": n.kind,
            "color": KIND_COLOURS[n.kind],
            "size": MIN_SIZE + (MAX_SIZE - MIN_SIZE) * degree[n.id] / top,
            "kind": n.kind,
            "region": n.region,
            "aliases": list(n.aliases),
            "degree": degree[n.id],
        }
        for n in nodes
    ]
    vis_edges = [
        {
            "id": r.id,
            "from": r.from_id,
            "to": r.to_id,
            "kind": r.kind,
            "title": rel_labels[r.kind] + (f" ({r.properties['programme']})" if r.properties.get("programme") else ""),
            **RELATION_STYLES[r.kind],
        }
        for r in relations
    ]
    return {
        "revision": store.revision(),
        "nodes": vis_nodes,
        "edges": vis_edges,
        "legend": {
            "kinds": [{"kind": k, "label": kind_labels[k], "color": c} for k, c in KIND_COLOURS.items()],
            "relations": [{"kind": k, "label": rel_labels[k], **RELATION_STYLES[k]} for k in RELATION_STYLES],
        },
    }
