"""Who is central: degree, betweenness, closeness, eigenvector and PageRank, each normalised
as networkx normalises it, computed by compiled libraries (see compiled.py).

`scores(graph, metric)` gives any metric (brokerage ones too) by name, for ranking and for
sizing nodes on a map.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import networkit as nk
import networkx as nx  # noqa: F401  (the doctests build their graphs with it)
import numpy as np
import rustworkx as rx
import scipy.sparse as sp

from netmap.analysis import brokerage
from netmap.analysis.compiled import GraphLike, indexed, seed_networkit
from netmap.analysis.subgraph import EVERYTHING, AnalysisFilter

APPROX_ABOVE = 5000  # default of NETMAP_ANALYSIS_APPROX_ABOVE
APPROX_SAMPLES = 400  # source nodes sampled for approximate betweenness


def degree(graph: GraphLike) -> dict[str, float]:
    """Share of the other actors each actor has a direct tie with (0..1; directed: ties in
    plus ties out). High: many direct partners — a well-known, well-connected actor.

    >>> degree(nx.star_graph(3))
    {0: 1.0, 1: 0.3333333333333333, 2: 0.3333333333333333, 3: 0.3333333333333333}
    """
    g = indexed(graph)
    if g.n < 2:
        return g.values(np.ones(g.n)) if g.n else {}
    adj = g.adjacency()
    ties = np.diff(adj.indptr).astype(float)
    if g.directed:
        ties += np.bincount(adj.indices, minlength=g.n)
    return g.values(ties / (g.n - 1))


def betweenness(graph: GraphLike, approx_above: int = APPROX_ABOVE, seed: int = 1) -> dict[str, float]:
    """Share of shortest paths between other actors that run through each actor (0..1).
    High: a broker — information between otherwise separate parts passes this actor.
    Above `approx_above` actors it is estimated from shortest paths of sampled actors.

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    g = indexed(graph)
    if g.n > approx_above:
        seed_networkit(seed)
        est = nk.centrality.EstimateBetweenness(g.networkit(weighted=False), APPROX_SAMPLES, True, True)
        est.run()
        return g.values(est.scores())
    found = rx.betweenness_centrality(g.rustworkx(), normalized=True)
    return g.values(found[i] for i in range(g.n))


def closeness(graph: GraphLike) -> dict[str, float]:
    """How near each actor is to all others it can reach: inverse mean distance, scaled by
    the share of the network it reaches (Wasserman-Faust, as networkx). High: can reach
    everyone in few steps — well placed to spread news.

    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    g = indexed(graph)
    if g.n < 2:
        return g.values(np.zeros(g.n))
    nk_graph = g.networkit(weighted=False, directed=False)
    found = nk.centrality.Closeness(nk_graph, True, nk.centrality.ClosenessVariant.GENERALIZED)
    found.run()
    return g.values(found.scores())


def eigenvector(graph: GraphLike) -> dict[str, float]:
    """Eigenvector centrality (unit length, as networkx): an actor is central if its partners
    are central. High: tied to the influential core of the network.

    >>> {k: round(v, 4) for k, v in eigenvector(nx.path_graph(3)).items()}
    {0: 0.5, 1: 0.7071, 2: 0.5}
    """
    g = indexed(graph)
    if g.n == 0:
        return {}
    rx_graph = g.rustworkx()
    if g.directed:
        rx_graph = rx_graph.to_undirected(multigraph=False)
    found = rx.eigenvector_centrality(rx_graph, weight_fn=float if g.weighted else None, max_iter=100_000, tol=1e-12)
    vector = np.array([found[i] for i in range(g.n)])
    norm = np.linalg.norm(vector)
    return g.values(vector / norm if norm else vector)


def pagerank(graph: GraphLike, alpha: float = 0.85, tol: float = 1e-12, max_iter: int = 1000) -> dict[str, float]:
    """PageRank (sums to 1): the chance a random walk along the ties is at an actor.
    High: much attention flows to this actor through its partners, directly and indirectly.

    >>> {k: round(v, 4) for k, v in pagerank(nx.path_graph(3)).items()}
    {0: 0.2568, 1: 0.4865, 2: 0.2568}
    """
    g = indexed(graph)
    if g.n == 0:
        return {}
    adj = g.adjacency().astype(float)
    out = np.asarray(adj.sum(axis=1)).ravel()
    inv = np.divide(1.0, out, out=np.zeros_like(out), where=out != 0)
    walk = sp.diags_array(inv) @ adj
    dangling = out == 0
    rank = np.full(g.n, 1.0 / g.n)
    for _ in range(max_iter):
        previous = rank
        rank = alpha * (rank @ walk + rank[dangling].sum() / g.n) + (1 - alpha) / g.n
        if np.abs(rank - previous).sum() < g.n * tol:
            break
    return g.values(rank)


METRICS: dict[str, Callable[..., dict[str, float]]] = {
    "degree": degree,
    "betweenness": betweenness,
    "closeness": closeness,
    "eigenvector": eigenvector,
    "pagerank": pagerank,
    "constraint": brokerage.constraint,
    "effective_size": brokerage.effective_size,
}
LOW_IS_HIGH = frozenset({"constraint"})  # a low constraint marks a broker


def scores(
    graph: GraphLike, metric: str, where: AnalysisFilter = EVERYTHING, approx_above: int = APPROX_ABOVE
) -> dict[str, float]:
    """Scores of `metric` (a name in METRICS) by actor id, e.g. to size nodes on a map.

    >>> scores(nx.path_graph(3), "degree")
    {0: 0.5, 1: 1.0, 2: 0.5}
    """
    if metric not in METRICS:
        raise ValueError(f"The metric {metric!r} is not known. Use one of: {', '.join(METRICS)}.")
    g = indexed(graph, where)
    options: dict[str, Any] = {"approx_above": approx_above} if metric == "betweenness" else {}
    return METRICS[metric](g, **options)


def ranked(found: Mapping[str, float], metric: str, top: int | None = None) -> list[tuple[str, float]]:
    """(actor id, score) best first — lowest first for constraint; actors without a score
    (nan, e.g. constraint of an isolated actor) last; ties by id.

    >>> ranked({"a": 0.2, "b": 0.9, "c": 0.2}, "degree", top=2)
    [('b', 0.9), ('a', 0.2)]
    """
    sign = 1.0 if metric in LOW_IS_HIGH else -1.0
    order = sorted(
        found.items(), key=lambda kv: (math.isnan(kv[1]), sign * kv[1] if not math.isnan(kv[1]) else 0, kv[0])
    )
    return order if top is None else order[:top]
