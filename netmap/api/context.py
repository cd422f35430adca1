"""Per-request GraphQL context: the store, the viewer and DataLoaders that batch store calls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from strawberry.dataloader import DataLoader

from netmap.api.viewer import Viewer
from netmap.model import Node, Relation, Source
from netmap.store.base import GraphStore

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Context:
    store: GraphStore
    viewer: Viewer
    analysis_approx_above: int = 5000  # NETMAP_ANALYSIS_APPROX_ABOVE
    nodes: DataLoader[str, Node | None] = field(init=False)
    # a node's relations whose both ends the viewer may see, and those other ends by id
    relations: DataLoader[str, tuple[list[Relation], dict[str, Node]]] = field(init=False)
    sources: DataLoader[str, Source | None] = field(init=False)

    def __post_init__(self) -> None:
        store = self.store

        async def load_nodes(ids: Sequence[str]) -> list[Node | None]:
            found = store.get_nodes(ids)
            return [found.get(i) for i in ids]

        async def load_relations(ids: Sequence[str]) -> list[tuple[list[Relation], dict[str, Node]]]:
            return self._relations_and_ends(ids)

        async def load_sources(ids: Sequence[str]) -> list[Source | None]:
            found = store.get_sources(ids)
            return [found.get(i) for i in ids]

        self.nodes = DataLoader(load_fn=load_nodes)
        self.relations = DataLoader(load_fn=load_relations)
        self.sources = DataLoader(load_fn=load_sources)

    def _relations_and_ends(self, ids: Sequence[str]) -> list[tuple[list[Relation], dict[str, Node]]]:
        # one store call for the relations and one for all their other ends, whatever the batch size
        found = self.store.relations_of(ids)
        ends = self.store.get_nodes({r.other(i) for i in ids for r in found.get(i, [])})
        seen = {i: n for i, n in ends.items() if self.viewer.can_see(n)}
        answers = []
        for node_id in ids:
            relations = [r for r in found.get(node_id, []) if r.other(node_id) in seen]
            answers.append((relations, {r.other(node_id): seen[r.other(node_id)] for r in relations}))
        return answers

    def prefetch(self, nodes: Sequence[Node], relations: bool, sources: bool) -> None:
        """Load the relations (with their visible ends) and the sources of `nodes` now, one batch
        each, into the loaders' caches: a page that asks for them then answers every actor's
        field at once, without a wait per actor (see `cached`)."""
        if relations:
            wanted = [i for i in dict.fromkeys(n.id for n in nodes) if self.relations.cache_map.get(i) is None]
            if wanted:
                self.relations.prime_many(dict(zip(wanted, self._relations_and_ends(wanted), strict=True)))
        if sources:
            source_ids = list(dict.fromkeys(s for n in nodes for s in n.sources))
            if source_ids:
                found = self.store.get_sources(source_ids)
                self.sources.prime_many({i: found.get(i) for i in source_ids})

    async def visible_node(self, node_id: str) -> Node | None:
        node = await self.nodes.load(node_id)
        return node if self.viewer.can_see(node) else None

    async def visible_relations(self, node_id: str) -> list[Relation]:
        """The relations of a node whose both ends this viewer may see."""
        relations, _ = await self.visible_relations_and_ends(node_id)
        return relations

    async def visible_relations_and_ends(self, node_id: str) -> tuple[list[Relation], dict[str, Node]]:
        """The relations of a node whose both ends this viewer may see, and those other ends by id."""
        return await self.relations.load(node_id)


def cached(loader: DataLoader[K, V], keys: Sequence[K]) -> list[V] | None:
    """The values of `keys` if `loader` holds them all already, else None (load them then)."""
    values = []
    for key in keys:
        future = loader.cache_map.get(key)
        if future is None or not future.done() or future.cancelled() or future.exception() is not None:
            return None
        values.append(future.result())
    return values
