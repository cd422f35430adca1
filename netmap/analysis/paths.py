"""How actors are connected: the neighbourhood around one actor and the shortest chain between two.

Both walk the store level by level (one `relations_of` and one `get_nodes` call per level, never
one per actor) and treat relations as undirected. With `visibility`, only nodes of those
visibilities are walked through, so hidden actors never appear in or between the results.
"""

from __future__ import annotations

from dataclasses import dataclass

from netmap.errors import ValidationError
from netmap.model import Node, Relation
from netmap.store.base import GraphStore

MAX_DEPTH = 3
MAX_PATH_HOPS = 8


@dataclass(frozen=True)
class Neighbourhood:
    """The actors within reach (the centre first, then by distance and name) and the relations
    among them that were walked."""

    nodes: list[Node]
    relations: list[Relation]


def _visible(node: Node | None, visibility: frozenset[str] | None) -> bool:
    return node is not None and (visibility is None or node.visibility in visibility)


def _step(
    store: GraphStore,
    frontier: set[str],
    kinds: frozenset[str] | None,
    visibility: frozenset[str] | None,
    known: dict[str, Node],
) -> list[Relation]:
    """The relations leaving `frontier` whose other end may be seen; new ends are added to `known`."""
    found = store.relations_of(frontier, kinds)
    relations = {r.id: r for rels in found.values() for r in rels}
    unknown = {r.other(i) for i, rels in found.items() for r in rels} - known.keys()
    for node_id, node in store.get_nodes(unknown).items():
        if _visible(node, visibility):
            known[node_id] = node
    return [r for r in relations.values() if r.from_id in known and r.to_id in known]


def neighbourhood(
    store: GraphStore,
    centre_id: str,
    depth: int = 1,
    kinds: frozenset[str] | None = None,
    visibility: frozenset[str] | None = None,
) -> Neighbourhood | None:
    """The actors at most `depth` (1–3) relations away from `centre_id`, and the relations among
    them; None if the centre does not exist or may not be seen."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValidationError("depth", depth, f"a whole number from 1 to {MAX_DEPTH}")
    centre = store.get_nodes([centre_id]).get(centre_id)
    if not _visible(centre, visibility):
        return None
    assert centre is not None
    known: dict[str, Node] = {centre_id: centre}
    distance = {centre_id: 0}
    relations: dict[str, Relation] = {}
    frontier = {centre_id}
    for level in range(1, depth + 1):
        if not frontier:
            break
        for rel in _step(store, frontier, kinds, visibility, known):
            relations[rel.id] = rel
        frontier = {i for i in known if i not in distance}
        distance.update({i: level for i in frontier})
    nodes = sorted(known.values(), key=lambda n: (distance[n.id], n.name.casefold(), n.id))
    return Neighbourhood(nodes=nodes, relations=sorted(relations.values(), key=lambda r: r.id))


@dataclass(frozen=True)
class Path:
    """A chain from one actor to another: `nodes[i]` and `nodes[i + 1]` are linked by `relations[i]`."""

    nodes: list[Node]
    relations: list[Relation]


def shortest_path(
    store: GraphStore,
    from_id: str,
    to_id: str,
    kinds: frozenset[str] | None = None,
    visibility: frozenset[str] | None = None,
    max_hops: int = MAX_PATH_HOPS,
) -> Path | None:
    """The shortest chain of relations (either direction) from `from_id` to `to_id` through
    visible actors only, at most `max_hops` long; None if there is none (or an end is hidden).
    Among equally short chains the one found first in id order is returned."""
    ends = store.get_nodes([from_id, to_id])
    if not (_visible(ends.get(from_id), visibility) and _visible(ends.get(to_id), visibility)):
        return None
    known: dict[str, Node] = dict(ends)
    came_by: dict[str, tuple[str, Relation] | None] = {from_id: None}
    frontier = {from_id}
    for _ in range(max_hops):
        if to_id in came_by or not frontier:
            break
        reached: set[str] = set()
        for rel in sorted(_step(store, frontier, kinds, visibility, known), key=lambda r: r.id):
            for here, there in ((rel.from_id, rel.to_id), (rel.to_id, rel.from_id)):
                if here in frontier and there not in came_by:
                    came_by[there] = (here, rel)
                    reached.add(there)
        frontier = reached
    if to_id not in came_by:
        return None
    chain_nodes = [known[to_id]]
    chain_relations: list[Relation] = []
    step = came_by[to_id]
    while step is not None:
        previous, rel = step
        chain_relations.append(rel)
        chain_nodes.append(known[previous])
        step = came_by[previous]
    return Path(nodes=chain_nodes[::-1], relations=chain_relations[::-1])
