"""The compiled libraries behind netmap's analysis, fed from one indexed copy of a graph.

networkx stays netmap's graph model; for arithmetic a graph is turned once into integer edge
arrays, and from those into a scipy sparse matrix, a networkit graph or a rustworkx graph as a
metric needs. Which library does which metric was chosen by measurement (bench/bench_analysis.py)
and licence: networkit (MIT) and rustworkx (Apache-2.0); igraph (GPL) is only a bench baseline.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import networkit as nk
import networkx as nx
import numpy as np
import rustworkx as rx
import scipy.sparse as sp

from netmap.analysis.subgraph import EVERYTHING, AnalysisFilter

SYMMETRIC_KINDS = frozenset({"COOPERATES_WITH"})


class Indexed:
    """A graph as integer edge arrays: node i is `ids[i]`; several relations between two
    actors become one tie whose weight counts them (or sums their `weight` attribute)."""

    def __init__(self, graph: nx.Graph[Any] | nx.MultiDiGraph[Any], where: AnalysisFilter = EVERYTHING) -> None:
        self.ids: list[str] = list(graph.nodes)
        self.index = {node: i for i, node in enumerate(self.ids)}
        self.n = len(self.ids)
        self.directed = where.directed and graph.is_directed()
        self.weighted = where.weighted
        ties: dict[tuple[int, int], float] = {}
        for u, v, data in graph.edges(data=True):
            a, b = self.index[u], self.index[v]
            if a == b:
                continue
            weight = float(data.get("weight", 1.0))
            pairs = [(a, b)]
            if self.directed and data.get("kind") in SYMMETRIC_KINDS:
                pairs.append((b, a))
            elif not self.directed and a > b:
                pairs = [(b, a)]
            for pair in pairs:
                ties[pair] = ties.get(pair, 0.0) + weight
        self.src = np.fromiter((p[0] for p in ties), dtype=np.int64, count=len(ties))
        self.dst = np.fromiter((p[1] for p in ties), dtype=np.int64, count=len(ties))
        self.weight = np.fromiter(ties.values(), dtype=np.float64, count=len(ties))
        if not self.weighted:
            self.weight = np.ones_like(self.weight)
        self._nk: dict[tuple[bool, bool], Any] = {}
        self._rx: Any = None
        self._adj: sp.csr_array | None = None

    def values(self, scores: Any) -> dict[str, float]:
        """Scores by node index as a dict keyed by actor id."""
        return {node: float(score) for node, score in zip(self.ids, scores, strict=True)}

    def adjacency(self) -> sp.csr_array:
        """Sparse adjacency matrix (symmetric unless directed; entries are tie weights)."""
        if self._adj is None:
            rows, cols, data = self.src, self.dst, self.weight
            if not self.directed:
                rows, cols, data = (
                    np.concatenate([rows, cols]),
                    np.concatenate([cols, rows]),
                    np.concatenate([data] * 2),
                )
            self._adj = sp.csr_array((data, (rows, cols)), shape=(self.n, self.n))
        return self._adj

    def networkit(self, weighted: bool | None = None, directed: bool | None = None) -> Any:
        """The graph for networkit (built once per kind). Distance-based metrics ask for it
        unweighted: networkit reads weights as distances, netmap's weights are tie strengths."""
        weighted = self.weighted if weighted is None else weighted
        directed = self.directed if directed is None else directed
        key = (weighted, directed)
        if key not in self._nk:
            graph = nk.Graph(self.n, weighted=weighted, directed=directed)
            if len(self.src):
                graph.addEdges((self.weight, (self.src, self.dst)), checkMultiEdge=self.directed and not directed)
            self._nk[key] = graph
        return self._nk[key]

    def rustworkx(self) -> Any:
        """The graph for rustworkx (built once)."""
        if self._rx is None:
            graph: Any = rx.PyDiGraph() if self.directed else rx.PyGraph()
            graph.add_nodes_from(range(self.n))
            graph.add_edges_from(list(zip(self.src.tolist(), self.dst.tolist(), self.weight.tolist(), strict=True)))
            self._rx = graph
        return self._rx


GraphLike: TypeAlias = "nx.Graph[Any] | nx.MultiDiGraph[Any] | Indexed"


def indexed(graph: GraphLike, where: AnalysisFilter = EVERYTHING) -> Indexed:
    """The indexed form of a graph (an Indexed passes through, so callers can share one)."""
    return graph if isinstance(graph, Indexed) else Indexed(graph, where)


def seed_networkit(seed: int) -> None:
    """Make networkit's randomised algorithms repeatable."""
    nk.setSeed(seed, False)
