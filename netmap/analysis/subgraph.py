"""Which part of the network an analysis reads: a filter and the subgraph it selects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from netmap.schema import date_covers


@dataclass(frozen=True)
class AnalysisFilter:
    """What to analyse. Every field that is None does not filter.

    `regions`/`kinds` select actors, `relation_kinds` and `as_of` select relations (a relation
    counts on `as_of` if its since/until cover that day), `visibility` the actors a caller may see.
    `directed` reads relations in their direction (PageRank, betweenness, degree); `weighted`
    counts several relations between two actors as a stronger tie (communities, PageRank).
    """

    regions: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    relation_kinds: frozenset[str] | None = None
    as_of: date | None = None
    visibility: frozenset[str] | None = None
    directed: bool = False
    weighted: bool = False

    def key(self) -> tuple[Any, ...]:
        """A hashable, order-free key of this filter (for the cache)."""

        def norm(values: frozenset[str] | None) -> tuple[str, ...] | None:
            return None if values is None else tuple(sorted(values))

        return (
            norm(self.regions),
            norm(self.kinds),
            norm(self.relation_kinds),
            self.as_of.isoformat() if self.as_of else None,
            norm(self.visibility),
            self.directed,
            self.weighted,
        )


EVERYTHING = AnalysisFilter()


def subgraph(graph: nx.MultiDiGraph[str], where: AnalysisFilter = EVERYTHING) -> nx.MultiDiGraph[str]:
    """The part of a store snapshot the filter selects: matching actors and the matching
    relations between them (a new graph; the input is not changed).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="Organisation", region="Aachen", visibility="public")
    >>> g.add_node("b", kind="Organisation", region="Aachen", visibility="internal")
    >>> g.add_node("c", kind="Funder", region="Land", visibility="public")
    >>> _ = g.add_edge("c", "a", kind="FUNDS", until="2020")
    >>> _ = g.add_edge("a", "b", kind="COOPERATES_WITH")
    >>> sorted(subgraph(g, AnalysisFilter(visibility=frozenset({"public"}))).nodes)
    ['a', 'c']
    >>> subgraph(g, AnalysisFilter(as_of=date(2024, 1, 1))).number_of_edges()
    1
    """
    keep = [
        node
        for node, data in graph.nodes(data=True)
        if (where.visibility is None or data.get("visibility", "public") in where.visibility)
        and (where.kinds is None or data.get("kind") in where.kinds)
        and (where.regions is None or data.get("region") in where.regions)
    ]
    result: nx.MultiDiGraph[str] = nx.MultiDiGraph(**graph.graph)
    result.add_nodes_from((n, graph.nodes[n]) for n in keep)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u not in result or v not in result:
            continue
        if where.relation_kinds is not None and data.get("kind") not in where.relation_kinds:
            continue
        if where.as_of is not None and not date_covers(data.get("since"), data.get("until"), where.as_of):
            continue
        result.add_edge(u, v, key=key, **data)
    return result
