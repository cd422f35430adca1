"""How big each actor is drawn: every map sizes its nodes through `node_sizes`."""

from __future__ import annotations

import math

import networkx as nx

from netmap.analysis.centrality import LOW_IS_HIGH
from netmap.analysis.centrality import METRICS as ANALYSIS_METRICS
from netmap.analysis.centrality import scores as analysis_scores

# The metrics a map may be sized by: every centrality netmap's analysis computes.
METRICS: tuple[str, ...] = tuple(ANALYSIS_METRICS)
MIN_SIZE = 10.0
MAX_SIZE = 40.0


def scores(graph: nx.MultiDiGraph[str], metric: str) -> dict[str, float]:
    """The metric's value per node, turned so that more important is larger: a low Burt
    constraint (a broker) gives a large value; an actor without a score (nan) counts as 0."""
    found = analysis_scores(graph, metric)
    if metric in LOW_IS_HIGH:
        return {node: 0.0 if math.isnan(v) else 1.0 - v for node, v in found.items()}
    return {node: 0.0 if math.isnan(v) else v for node, v in found.items()}


def node_sizes(graph: nx.MultiDiGraph[str], metric: str) -> dict[str, float]:
    """A drawing size per node between MIN_SIZE and MAX_SIZE, growing with the metric's score."""
    values = scores(graph, metric)
    low = min(values.values(), default=0.0)
    high = max(values.values(), default=0.0)
    span = high - low or 1.0
    return {node: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (value - low) / span for node, value in values.items()}
