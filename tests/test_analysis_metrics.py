"""Analysis metrics: hand-checked values on small graphs, agreement with networkx on 1,000 actors."""

from __future__ import annotations

import doctest
import importlib
import math
import pkgutil

import networkx as nx
import numpy as np
import pytest
from scipy.stats import spearmanr

import netmap.analysis
from netmap.analysis import brokerage, centrality, cohesion
from netmap.analysis.compiled import Indexed
from netmap.analysis.subgraph import AnalysisFilter


def test_doctests_of_every_analysis_module_pass() -> None:
    attempted = 0
    for module in pkgutil.iter_modules(netmap.analysis.__path__):
        result = doctest.testmod(importlib.import_module(f"netmap.analysis.{module.name}"))
        assert result.failed == 0, module.name
        attempted += result.attempted
    assert attempted >= 20


def test_star_by_hand() -> None:
    star = nx.star_graph(4)  # hub 0 with four leaves
    assert centrality.degree(star)[0] == 1.0 and centrality.degree(star)[1] == 0.25
    assert centrality.betweenness(star) == {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}
    assert centrality.closeness(star)[1] == pytest.approx(4 / 7)  # distances 1+2+2+2
    # hub: four partners who share no ties -> constraint 4 * (1/4)^2, effective size 4
    assert brokerage.constraint(star)[0] == pytest.approx(0.25)
    assert brokerage.effective_size(star)[0] == 4.0
    assert brokerage.articulation_points(star) == [0]
    assert len(brokerage.bridges(star)) == 4


def test_triangle_with_tail_by_hand() -> None:
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    graph.add_node("e")
    # c: partners a, b (tied to each other), d -> effective size 3 - 2*1/3
    assert brokerage.effective_size(graph)["c"] == pytest.approx(3 - 2 / 3)
    assert math.isnan(brokerage.constraint(graph)["e"])
    assert brokerage.bridges(graph) == [("c", "d")]
    assert cohesion.isolates(graph) == ["e"]
    assert cohesion.components(graph) == [["a", "b", "c", "d"], ["e"]]
    pr = centrality.pagerank(graph)
    assert sum(pr.values()) == pytest.approx(1.0)


@pytest.fixture(scope="module")
def coop_graph() -> nx.Graph[int]:
    """A cooperation-like graph: clustered, heavy-tailed degrees, a few isolated actors."""
    graph = nx.powerlaw_cluster_graph(1000, 3, 0.3, seed=3)
    graph.add_nodes_from([1000, 1001])
    graph.add_edge(1002, 1003)
    return graph


REFERENCE = {
    "degree": nx.degree_centrality,
    "betweenness": nx.betweenness_centrality,
    "closeness": nx.closeness_centrality,
    "eigenvector": lambda g: nx.eigenvector_centrality(g, max_iter=100_000, tol=1e-13),
    "pagerank": lambda g: nx.pagerank(g, tol=1e-13),
    "constraint": nx.constraint,
    "effective_size": nx.effective_size,
}


@pytest.mark.parametrize("metric", list(REFERENCE))
def test_agrees_with_networkx_on_1000_actors(coop_graph: nx.Graph[int], metric: str) -> None:
    expected = REFERENCE[metric](coop_graph)
    found = centrality.scores(coop_graph, metric)
    assert set(found) == set(expected)
    nodes = [n for n in expected if not math.isnan(expected[n])]
    assert all(math.isnan(found[n]) for n in expected if math.isnan(expected[n]))
    ours = np.array([found[n] for n in nodes])
    theirs = np.array([expected[n] for n in nodes])
    assert np.abs(ours - theirs).max() <= 1e-6
    assert spearmanr(ours, theirs).statistic >= 0.999


def test_articulation_points_and_bridges_agree_with_networkx(coop_graph: nx.Graph[int]) -> None:
    assert brokerage.articulation_points(coop_graph) == sorted(nx.articulation_points(coop_graph))
    assert brokerage.bridges(coop_graph) == sorted(tuple(sorted(b)) for b in nx.bridges(coop_graph))


def test_approximate_betweenness_above_the_threshold_ranks_like_exact(coop_graph: nx.Graph[int]) -> None:
    exact = centrality.betweenness(coop_graph)
    approx = centrality.betweenness(coop_graph, approx_above=500)
    assert approx != exact  # sampled, not exact
    nodes = list(exact)
    assert spearmanr([exact[n] for n in nodes], [approx[n] for n in nodes]).statistic >= 0.9


def test_communities_are_repeatable_and_modular(coop_graph: nx.Graph[int]) -> None:
    first = cohesion.communities(coop_graph, seed=5)
    assert first == cohesion.communities(coop_graph, seed=5)
    assert sorted(n for group in first for n in group) == sorted(coop_graph)
    assert nx.community.modularity(coop_graph, first) > 0.4


def test_directed_pagerank_and_betweenness_follow_networkx() -> None:
    graph = nx.gnp_random_graph(200, 0.03, seed=2, directed=True)
    where = AnalysisFilter(directed=True)
    ours = centrality.pagerank(Indexed(graph, where))
    theirs = nx.pagerank(graph, tol=1e-13)
    assert max(abs(ours[n] - theirs[n]) for n in graph) <= 1e-6
    between = centrality.betweenness(Indexed(graph, where))
    expected = nx.betweenness_centrality(graph)
    assert max(abs(between[n] - expected[n]) for n in graph) <= 1e-9


def test_weighted_ties_count_parallel_relations() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", kind="RUNS")
    graph.add_edge("a", "b", kind="FUNDS")
    graph.add_edge("b", "c", kind="RUNS")
    weighted = Indexed(graph, AnalysisFilter(weighted=True))
    assert sorted(weighted.weight.tolist()) == [1.0, 2.0]
    ranks = centrality.pagerank(weighted)
    assert ranks["a"] > ranks["c"]  # a's tie to b is twice as strong as c's


def test_unknown_metric_is_named() -> None:
    with pytest.raises(ValueError, match="not known. Use one of: degree"):
        centrality.scores(nx.path_graph(3), "popularity")
