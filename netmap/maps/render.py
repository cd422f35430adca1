"""The data of a map page: vis-network nodes and edges of a saved map, for one viewer.

Node and edge lists are built directly (pyvis's `from_nx` is quadratic); the page draws them
with the vis-network build that pyvis ships, served by netmap itself. Every name and note is
plain data here; the page writes it as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import networkx as nx

from netmap.maps.definitions import MapDefinition
from netmap.maps.layout import LayoutCache
from netmap.maps.sizing import node_sizes
from netmap.maps.style import KIND_COLOURS, KIND_LABELS, RELATION_LABELS, RELATION_STYLES
from netmap.model import Node, Relation
from netmap.store.base import GraphStore, NodeFilter

NODE_DETAILS = ("type", "role", "note")
RELATION_DETAILS = ("form", "role", "since", "until", "amount", "currency", "period", "programme", "note")


@dataclass(frozen=True)
class MapSelection:
    """The actors and relations a map shows to one viewer, and their graph."""

    nodes: list[Node]
    relations: list[Relation]
    graph: nx.MultiDiGraph[str]

    @property
    def node_ids(self) -> frozenset[str]:
        return frozenset(n.id for n in self.nodes)


def in_force(relation: Relation, as_of: str) -> bool:
    """Whether the relation holds on the date `as_of` (YYYY[-MM[-DD]]); dates compare at the
    precision both have, so `until 2021` holds all through 2021."""
    since = str(relation.properties.get("since") or "")
    until = str(relation.properties.get("until") or "")
    if since and since[: len(as_of)] > as_of[: len(since)]:
        return False
    return not (until and until[: len(as_of)] < as_of[: len(until)])


def select(store: GraphStore, definition: MapDefinition, visibility: frozenset[str] | None) -> MapSelection:
    """The map's actors (by kind, region and the viewer's visibility) and the relations between
    them (by relation kind, in force on `as_of`)."""
    nodes = store.find_nodes(
        NodeFilter(
            kinds=frozenset(definition.kinds) or None,
            regions=frozenset(definition.regions) or None,
            visibility=visibility,
        )
    )
    ids = {n.id for n in nodes}
    relations = [
        r
        for r in store.find_relations(kinds=frozenset(definition.relation_kinds) or None)
        if r.from_id in ids and r.to_id in ids and (not definition.as_of or in_force(r, definition.as_of))
    ]
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(revision=store.revision())
    for node in nodes:
        graph.add_node(node.id, kind=node.kind, name=node.name, region=node.region, visibility=node.visibility)
    for rel in relations:
        graph.add_edge(rel.from_id, rel.to_id, key=rel.id, kind=rel.kind, **rel.properties)
    return MapSelection(nodes, relations, graph)


def amount_label(relation: Relation) -> str:
    """'250.000 EUR' for a FUNDS relation with an amount, else ''."""
    raw = relation.properties.get("amount")
    if raw in (None, ""):
        return ""
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        return str(raw)
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    text = text.replace(",", "\u2009")
    return f"{text} {relation.properties.get('currency') or 'EUR'}"


def map_data(
    store: GraphStore,
    definition: MapDefinition,
    visibility: frozenset[str] | None,
    lang: str = "de",
    layout_above: int = 300,
    layouts: LayoutCache | None = None,
) -> dict[str, Any]:
    """Nodes (coloured by kind, sized by the map's metric, with details), edges (styled by
    relation kind, FUNDS labelled with the amount), the sources they cite and the legend.
    Above `layout_above` actors every node carries server-computed x/y."""
    chosen = select(store, definition, visibility)
    sizes = node_sizes(chosen.graph, definition.metric)
    positions: dict[str, tuple[float, float]] = {}
    if len(chosen.nodes) > layout_above:
        key = (definition, store.revision(), visibility)
        positions = (layouts or LayoutCache()).positions(key, chosen.graph)
    kind_labels = KIND_LABELS[lang]
    rel_labels = RELATION_LABELS[lang]
    vis_nodes = []
    for n in chosen.nodes:
        node: dict[str, Any] = {
            "id": n.id,
            "label": n.name,
            "title": f"{n.name}\n{kind_labels[n.kind]}" + (f" · {n.region}" if n.region else ""),
            "color": KIND_COLOURS[n.kind],
            "size": round(sizes.get(n.id, 10.0), 2),
            "kind": n.kind,
            "region": n.region,
            "aliases": list(n.aliases),
            "topics": list(n.topics),
            "sources": list(n.sources),
            "degree": chosen.graph.degree(n.id),
            **{k: n.properties[k] for k in NODE_DETAILS if n.properties.get(k)},
        }
        if n.id in positions:
            node["x"], node["y"] = positions[n.id]
        vis_nodes.append(node)
    vis_edges = []
    for r in chosen.relations:
        details = {k: str(r.properties[k]) for k in RELATION_DETAILS if r.properties.get(k) not in (None, "")}
        label = amount_label(r) if r.kind == "FUNDS" else ""
        title = rel_labels[r.kind] + (f" · {label}" if label else "")
        if details.get("programme"):
            title += f" ({details['programme']})"
        edge: dict[str, Any] = {"id": r.id, "from": r.from_id, "to": r.to_id, "kind": r.kind, "title": title}
        edge.update(RELATION_STYLES[r.kind])
        edge.update(details=details, sources=list(r.sources))
        if label:
            edge["label"] = label
        vis_edges.append(edge)
    cited = {s for n in chosen.nodes for s in n.sources} | {s for r in chosen.relations for s in r.sources}
    sources = {sid: s.to_dict() for sid, s in store.get_sources(cited).items()}
    years = sorted({str(e["details"][k])[:4] for e in vis_edges for k in ("since", "until") if k in e["details"]})
    return {
        "slug": definition.slug,
        "metric": definition.metric,
        "revision": store.revision(),
        "positioned": bool(positions),
        "nodes": vis_nodes,
        "edges": vis_edges,
        "sources": sources,
        "years": years,
        "kind_labels": kind_labels,
        "relation_labels": rel_labels,
        "legend": {
            "kinds": [
                {"kind": k, "label": kind_labels[k], "color": c}
                for k, c in KIND_COLOURS.items()
                if any(n.kind == k for n in chosen.nodes)
            ],
            "relations": [{"kind": k, "label": rel_labels[k], **RELATION_STYLES[k]} for k in RELATION_STYLES],
        },
    }
