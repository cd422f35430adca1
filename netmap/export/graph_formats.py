"""GraphML and GEXF exports (Gephi, yEd, Cytoscape, networkx), written by networkx.

Every node carries label (its name), kind, aliases, region, topics, visibility, sources and its
properties; every edge its relation id, kind, sources and properties. Lists are joined with '|'
because neither format has list attributes.
"""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from netmap.export import ExportFormat, register
from netmap.export.json_export import export_data
from netmap.store.base import GraphStore


def export_graph(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> nx.MultiDiGraph[str]:
    """The exported actors and relations as a networkx MultiDiGraph with flat attributes."""
    data = export_data(store, visibility, node_ids)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for actor in data["actors"]:
        attrs = _flat({k: v for k, v in actor.items() if k != "id"})
        graph.add_node(actor["id"], label=actor["name"], **attrs)
    for rel in data["relations"]:
        attrs = _flat({k: v for k, v in rel.items() if k not in ("from", "to")})
        graph.add_edge(rel["from"], rel["to"], key=rel["id"], label=rel["kind"], **attrs)
    return graph


def _flat(values: dict[str, Any]) -> dict[str, Any]:
    return {k: "|".join(v) if isinstance(v, list) else v for k, v in values.items()}


def export_graphml(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(export_graph(store, visibility, node_ids), out, encoding="utf-8")
    return out.getvalue()


def export_gexf(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> bytes:
    graph = export_graph(store, visibility, node_ids)
    for _, _, attrs in graph.edges(data=True):
        attrs.pop("label", None)  # GEXF edge labels clash with networkx's own; the kind is kept
    out = io.BytesIO()
    nx.write_gexf(graph, out, encoding="utf-8")
    return out.getvalue()


register(
    ExportFormat(
        name="graphml",
        media_type="application/graphml+xml",
        extension="graphml",
        write=export_graphml,
        description="GraphML (Gephi, yEd, Cytoscape, networkx)",
    )
)
register(
    ExportFormat(
        name="gexf",
        media_type="application/gexf+xml",
        extension="gexf",
        write=export_gexf,
        description="GEXF 1.2 (Gephi, networkx)",
    )
)
