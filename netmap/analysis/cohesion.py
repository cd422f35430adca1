"""Which groups form: communities (Louvain, repeatable with a seed), connected parts, isolates."""

from __future__ import annotations

import networkit as nk
import networkx as nx  # noqa: F401  (the doctests build their graphs with it)
import numpy as np
import scipy.sparse.csgraph as csgraph

from netmap.analysis.compiled import GraphLike, indexed, seed_networkit


def communities(graph: GraphLike, seed: int = 1) -> list[list[str]]:
    """Groups of actors tied more closely to each other than to the rest (Louvain modularity
    optimisation, networkit's PLM; same seed, same answer). Returns the groups, largest first,
    members sorted by id; isolated actors form groups of one. A coordinator sees the circles
    that already work together — and where a group has few ties to the others.

    >>> two_triangles = nx.Graph([(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 4), (3, 4)])
    >>> communities(two_triangles)
    [[1, 2, 3], [4, 5, 6]]
    """
    g = indexed(graph)
    if g.n == 0:
        return []
    seed_networkit(seed)
    threads = nk.getCurrentNumberOfThreads()
    nk.setNumberOfThreads(1)  # one thread: the same seed gives the same groups
    try:
        plm = nk.community.PLM(g.networkit(directed=False), refine=True)
        plm.run()
        labels = plm.getPartition().getVector()
    finally:
        nk.setNumberOfThreads(threads)
    return _groups(g.ids, labels)


def components(graph: GraphLike) -> list[list[str]]:
    """The connected parts of the network (ties read both ways), largest first, members sorted.
    More than one part: some actors have no path at all to the others.

    >>> components(nx.Graph([("a", "b"), ("c", "d"), ("d", "e")]))
    [['c', 'd', 'e'], ['a', 'b']]
    """
    g = indexed(graph)
    if g.n == 0:
        return []
    _, labels = csgraph.connected_components(g.adjacency(), directed=g.directed, connection="weak")
    return _groups(g.ids, labels)


def isolates(graph: GraphLike) -> list[str]:
    """Actors without any tie, sorted by id: nobody in the network works with them yet.

    >>> g = nx.Graph([("a", "b")]); g.add_node("c"); isolates(g)
    ['c']
    """
    g = indexed(graph)
    adj = g.adjacency()
    ties = np.diff(adj.indptr) + np.bincount(adj.indices, minlength=g.n)
    return sorted(g.ids[i] for i in np.flatnonzero(ties == 0))


def _groups(ids: list[str], labels: object) -> list[list[str]]:
    found: dict[int, list[str]] = {}
    for node, label in zip(ids, labels, strict=True):  # type: ignore[call-overload]
        found.setdefault(int(label), []).append(node)
    groups = [sorted(members) for members in found.values()]
    return sorted(groups, key=lambda members: (-len(members), str(members[0])))
