"""Per-request GraphQL context: the store, the viewer and DataLoaders that batch store calls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from strawberry.dataloader import DataLoader

from netmap.api.viewer import Viewer
from netmap.model import Node, Relation, Source
from netmap.store.base import GraphStore


@dataclass
class Context:
    store: GraphStore
    viewer: Viewer
    nodes: DataLoader[str, Node | None] = field(init=False)
    relations: DataLoader[str, list[Relation]] = field(init=False)
    sources: DataLoader[str, Source | None] = field(init=False)

    def __post_init__(self) -> None:
        store = self.store

        async def load_nodes(ids: Sequence[str]) -> list[Node | None]:
            found = store.get_nodes(ids)
            return [found.get(i) for i in ids]

        async def load_relations(ids: Sequence[str]) -> list[list[Relation]]:
            found = store.relations_of(ids)
            return [found.get(i, []) for i in ids]

        async def load_sources(ids: Sequence[str]) -> list[Source | None]:
            found = store.get_sources(ids)
            return [found.get(i) for i in ids]

        self.nodes = DataLoader(load_fn=load_nodes)
        self.relations = DataLoader(load_fn=load_relations)
        self.sources = DataLoader(load_fn=load_sources)

    async def visible_node(self, node_id: str) -> Node | None:
        node = await self.nodes.load(node_id)
        return node if self.viewer.can_see(node) else None

    async def visible_relations(self, node_id: str) -> list[Relation]:
        """The relations of a node whose both ends this viewer may see."""
        relations, _ = await self.visible_relations_and_ends(node_id)
        return relations

    async def visible_relations_and_ends(self, node_id: str) -> tuple[list[Relation], dict[str, Node]]:
        """The relations of a node whose both ends this viewer may see, and those other ends by id."""
        relations = await self.relations.load(node_id)
        others = await self.nodes.load_many([r.other(node_id) for r in relations])
        seen = {o.id: o for o in others if o is not None and self.viewer.can_see(o)}
        return [r for r in relations if r.other(node_id) in seen], seen
