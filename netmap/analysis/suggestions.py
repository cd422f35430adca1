"""Who should meet whom: organisations that share a region, topics or partners with an actor
but do not cooperate with it yet, each with the reason in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

WORDS = {
    "de": {"region": "gleiche Region: {}", "topics": "gemeinsame Themen: {}", "partners": "gemeinsame Partner: {}"},
    "en": {"region": "same region: {}", "topics": "shared topics: {}", "partners": "shared partners: {}"},
}


@dataclass(frozen=True)
class Suggestion:
    actor_id: str
    score: float  # 2 per shared partner, 1 per shared topic, 0.5 for the same region
    reasons: tuple[str, ...]


def suggest(
    graph: nx.MultiDiGraph[Any],
    actor_id: str,
    top: int = 10,
    lang: str = "de",
    kinds: frozenset[str] = frozenset({"Organisation"}),
) -> list[Suggestion]:
    """Possible new partners for `actor_id`, best first: actors of `kinds` it has no
    COOPERATES_WITH tie with, that share partners (any tie), topics or the region. The reasons
    name what they share (German, or English with lang="en"). A high score: many reasons to meet.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", kind="Organisation", name="A", region="Aachen", topics=["arbeit"])
    >>> g.add_node("b", kind="Organisation", name="B", region="Aachen", topics=["arbeit"])
    >>> g.add_node("c", kind="Organisation", name="C", region="Aachen", topics=[])
    >>> g.add_node("p", kind="Project", name="Lotsen", region="Aachen", topics=[])
    >>> _ = g.add_edge("a", "p", kind="RUNS"); _ = g.add_edge("b", "p", kind="RUNS")
    >>> _ = g.add_edge("a", "c", kind="COOPERATES_WITH")
    >>> [(s.actor_id, s.reasons) for s in suggest(g, "a")]
    [('b', ('gemeinsame Partner: Lotsen', 'gemeinsame Themen: arbeit', 'gleiche Region: Aachen'))]
    """
    if actor_id not in graph:
        return []
    words = WORDS.get(lang, WORDS["de"])
    me = graph.nodes[actor_id]
    undirected = graph.to_undirected(as_view=True)
    partners = set(undirected.neighbors(actor_id)) - {actor_id}
    cooperating = {
        other
        for u, v, data in graph.edges(actor_id, data=True)
        if data.get("kind") == "COOPERATES_WITH"
        for other in (u, v)
    } | {u for u, _, data in graph.in_edges(actor_id, data=True) if data.get("kind") == "COOPERATES_WITH"}
    my_topics = set(me.get("topics") or [])
    found = []
    for other, data in graph.nodes(data=True):
        if other == actor_id or other in cooperating or data.get("kind") not in kinds:
            continue
        shared_partners = sorted(
            partners & set(undirected.neighbors(other)), key=lambda n: graph.nodes[n].get("name", n)
        )
        shared_topics = sorted(my_topics & set(data.get("topics") or []))
        same_region = bool(me.get("region")) and me.get("region") == data.get("region")
        if not shared_partners and not shared_topics:
            continue  # a region alone is too weak a reason
        reasons = []
        if shared_partners:
            reasons.append(words["partners"].format(", ".join(graph.nodes[n].get("name", n) for n in shared_partners)))
        if shared_topics:
            reasons.append(words["topics"].format(", ".join(shared_topics)))
        if same_region:
            reasons.append(words["region"].format(me["region"]))
        score = 2.0 * len(shared_partners) + len(shared_topics) + (0.5 if same_region else 0.0)
        found.append(Suggestion(other, score, tuple(reasons)))
    return sorted(found, key=lambda s: (-s.score, s.actor_id))[:top]
