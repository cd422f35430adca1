"""How big each actor is drawn: every map sizes its nodes through `node_sizes`."""

from __future__ import annotations

import networkx as nx

# The metrics a map may be sized by. When netmap.analysis offers more, list them here.
METRICS: tuple[str, ...] = ("degree",)
MIN_SIZE = 10.0
MAX_SIZE = 40.0


def scores(graph: nx.MultiDiGraph[str], metric: str) -> dict[str, float]:
    """The metric's value per node. Degree counts relations in both directions."""
    return {node: float(value) for node, value in graph.degree()}


def node_sizes(graph: nx.MultiDiGraph[str], metric: str) -> dict[str, float]:
    """A drawing size per node between MIN_SIZE and MAX_SIZE, growing with the metric's score."""
    values = scores(graph, metric)
    low = min(values.values(), default=0.0)
    high = max(values.values(), default=0.0)
    span = high - low or 1.0
    return {node: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (value - low) / span for node, value in values.items()}
