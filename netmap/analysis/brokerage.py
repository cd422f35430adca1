"""Who brokers between others: Burt's constraint and effective size (structural holes), and
the actors and ties whose loss splits the network (articulation points, bridges).

Constraint and effective size are computed for the undirected, unweighted graph with sparse
matrix products (the same values as networkx's `constraint` and `effective_size`).
"""

from __future__ import annotations

from typing import Any

import networkx as nx  # noqa: F401  (the doctests build their graphs with it)
import numpy as np
import rustworkx as rx
import scipy.sparse as sp

from netmap.analysis.compiled import GraphLike, Indexed, indexed


def _undirected_binary(g: Indexed) -> sp.csr_array:
    adj = g.adjacency()
    if g.directed:
        adj = adj + adj.T
    adj = adj.tocsr()
    adj.data = np.ones_like(adj.data)
    return adj


def constraint(graph: GraphLike) -> dict[str, float]:
    """Burt's constraint (0..1+): how much an actor's partners are tied to each other.
    LOW: a broker whose partners do not know each other — it holds structural holes and can
    bring separate groups together. High: embedded in a closed clique. nan for isolated actors.

    >>> {k: round(v, 4) for k, v in constraint(nx.star_graph(2)).items()}
    {0: 0.5, 1: 1.0, 2: 1.0}
    """
    g = indexed(graph)
    adj = _undirected_binary(g)
    deg = np.diff(adj.indptr).astype(float)
    inv = np.divide(1.0, deg, out=np.zeros_like(deg), where=deg != 0)
    share = (sp.diags_array(inv) @ adj).tocsr()  # p_ij = 1 / deg_i for each partner j
    indirect = (share @ share).multiply(adj)  # sum_q p_iq p_qj, only where i and j are tied
    local = (share + indirect).tocsr()
    local.data = local.data**2
    values = np.asarray(local.sum(axis=1)).ravel()
    values[deg == 0] = np.nan
    return g.values(values)


def effective_size(graph: GraphLike) -> dict[str, float]:
    """Burt's effective size: the number of partners minus how redundant they are (ties among
    them). High: many partners who each open a different door — non-redundant contacts.
    nan for isolated actors.

    >>> effective_size(nx.star_graph(2))
    {0: 2.0, 1: 1.0, 2: 1.0}
    """
    g = indexed(graph)
    adj = _undirected_binary(g)
    deg = np.diff(adj.indptr).astype(float)
    ties_among = np.asarray((adj @ adj).multiply(adj).sum(axis=1)).ravel()  # 2 x ties among partners
    with np.errstate(divide="ignore", invalid="ignore"):
        values = deg - ties_among / deg
    values[deg == 0] = np.nan
    return g.values(values)


def articulation_points(graph: GraphLike) -> list[str]:
    """Actors whose loss splits a connected part of the network in two, sorted by id.
    Each is a single point of failure: without it, some partners lose their only link.

    >>> articulation_points(nx.path_graph(["a", "b", "c"]))
    ['b']
    """
    g = indexed(graph)
    found = rx.articulation_points(_undirected_rx(g))
    return sorted(g.ids[i] for i in found)


def bridges(graph: GraphLike) -> list[tuple[str, str]]:
    """Ties whose loss splits a connected part of the network, as sorted (id, id) pairs.
    Each is the only connection between two groups.

    >>> bridges(nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))
    [('c', 'd')]
    """
    g = indexed(graph)
    found = rx.bridges(_undirected_rx(g))
    return sorted(tuple(sorted((g.ids[a], g.ids[b]))) for a, b in found)  # type: ignore[misc]


def _undirected_rx(g: Indexed) -> Any:
    graph = g.rustworkx()
    return graph.to_undirected(multigraph=False) if g.directed else graph
