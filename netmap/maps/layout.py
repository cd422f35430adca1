"""Positions computed on the server for large maps, so the browser draws them with physics off.

Each connected component is laid out on its own (a spring layout when small, a spectral layout
when large: networkx's force layouts take tens of seconds at 5,000 nodes) and the components are
packed row by row, largest first. Results are cached per map, store revision and filter.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx

from netmap.maps.cache import RecentCache

SPRING_UP_TO = 150  # nodes in a component laid out with a spring layout
SPACING = 40.0  # canvas units per unit of node size


def compute_positions(graph: nx.MultiDiGraph[str]) -> dict[str, tuple[float, float]]:
    """Canvas coordinates (x, y) for every node of the graph."""
    simple: nx.Graph[str] = nx.Graph(graph.to_undirected(as_view=True))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    placed: dict[str, tuple[float, float]] = {}
    cursor_x = cursor_y = row_height = 0.0
    row_width = SPACING * 6 * math.sqrt(max(graph.number_of_nodes(), 1))
    for component in components:
        radius = SPACING * 2.2 * math.sqrt(len(component))
        local = _layout(simple.subgraph(component))
        if cursor_x + 2 * radius > row_width and cursor_x > 0:
            cursor_x, cursor_y, row_height = 0.0, cursor_y + row_height, 0.0
        for node, (x, y) in local.items():
            placed[node] = (round(cursor_x + radius + x * radius, 1), round(cursor_y + radius + y * radius, 1))
        cursor_x += 2 * radius + SPACING
        row_height = max(row_height, 2 * radius + SPACING)
    return placed


def _layout(component: nx.Graph[str]) -> dict[str, tuple[float, float]]:
    """Positions within [-1, 1] for one connected component."""
    count = component.number_of_nodes()
    if count == 1:
        return {next(iter(component)): (0.0, 0.0)}
    if count <= SPRING_UP_TO:
        raw = nx.spring_layout(component, seed=7)
    else:
        raw = nx.spectral_layout(component)
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    scale = max(max(map(abs, xs), default=1.0), max(map(abs, ys), default=1.0)) or 1.0
    return {node: (float(p[0]) / scale, float(p[1]) / scale) for node, p in raw.items()}


class LayoutCache(RecentCache[dict[str, tuple[float, float]]]):
    """Positions by key (map, store revision, visibility)."""

    def positions(self, key: Hashable, graph: nx.MultiDiGraph[str]) -> dict[str, tuple[float, float]]:
        """The cached positions for `key`, computed from `graph` the first time."""
        return self.get(key, lambda: compute_positions(graph))
