"""GraphQL fields about how actors hang together: `node`, `neighbourhood`, `shortestPath`; and
`tokens` for admins. The walking is done by netmap/analysis/paths.py through visible actors only."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from netmap.analysis.paths import MAX_DEPTH, neighbourhood, shortest_path
from netmap.api.context import Context
from netmap.api.permissions import Forbidden, allowed
from netmap.api.types import Actor, Relation, RelationKind, actor_of, relation_of, visible_actors
from netmap.auth.tokens import list_tokens


@strawberry.type(
    description="The actors around one actor (the centre first, then by distance) and the relations among them."
)
class Neighbourhood:
    actors: list[Actor]
    relations: list[Relation]


@strawberry.type(description="A chain between two actors: relations[i] links actors[i] and actors[i + 1].")
class ActorPath:
    actors: list[Actor]
    relations: list[Relation]
    length: int = strawberry.field(description="The number of relations in the chain.")


@strawberry.type(description="An API token (never the token itself).")
class TokenInfo:
    name: str
    role: str
    created_at: str


def _kinds(kinds: list[RelationKind] | None) -> frozenset[str] | None:
    return frozenset(k.value for k in kinds) if kinds else None


@strawberry.type
class GraphQuery:
    @strawberry.field(
        description="Any actor by its id (netmap's ids are plain strings such as org-awo, not encoded), "
        "or null if there is none you may see."
    )
    async def node(self, info: Info[Context, None], id: strawberry.ID) -> Actor | None:
        found = await info.context.visible_node(str(id))
        return actor_of(found) if found else None

    @strawberry.field(description=f"The actors at most `depth` (1–{MAX_DEPTH}) relations away, and their relations.")
    def neighbourhood(
        self,
        info: Info[Context, None],
        id: strawberry.ID,
        depth: int = 1,
        relation_kinds: Annotated[
            list[RelationKind] | None, strawberry.argument(description="Follow only these kinds of relation.")
        ] = None,
    ) -> Neighbourhood | None:
        if not 1 <= depth <= MAX_DEPTH:
            raise ValueError(f"'depth' is {depth}; ask for 1 to {MAX_DEPTH}.")
        found = neighbourhood(
            info.context.store, str(id), depth, _kinds(relation_kinds), info.context.viewer.visibility
        )
        if found is None:
            return None
        ends = visible_actors(found.nodes, info.context.viewer)
        return Neighbourhood(actors=list(ends.values()), relations=[relation_of(r, ends) for r in found.relations])

    @strawberry.field(
        description="The shortest chain of relations (either direction) between two actors, through actors "
        "you may see; null if they are not connected within 8 steps."
    )
    def shortest_path(
        self,
        info: Info[Context, None],
        from_id: strawberry.ID,
        to_id: strawberry.ID,
        relation_kinds: list[RelationKind] | None = None,
    ) -> ActorPath | None:
        found = shortest_path(
            info.context.store, str(from_id), str(to_id), _kinds(relation_kinds), info.context.viewer.visibility
        )
        if found is None:
            return None
        ends = visible_actors(found.nodes, info.context.viewer)
        return ActorPath(
            actors=[ends[n.id] for n in found.nodes],
            relations=[relation_of(r, ends) for r in found.relations],
            length=len(found.relations),
        )

    @strawberry.field(description="The API tokens (names and roles). Admins only.")
    def tokens(self, info: Info[Context, None]) -> list[TokenInfo]:
        if not allowed(info, "admin"):
            raise Forbidden("admin")
        return [TokenInfo(name=t.name, role=t.role, created_at=t.created_at) for t in list_tokens(info.context.store)]
