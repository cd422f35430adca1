"""GraphQL for keeping the network clean: likely `duplicates` and the `mergeActors` mutation."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.permissions import allowed
from netmap.api.results import Conflict, Forbidden, NotFound, ValidationProblem, forbidden, problem_of
from netmap.api.types import Actor, actor_of
from netmap.errors import NetmapError
from netmap.ingest.duplicates import find_duplicates
from netmap.ingest.merge import merge_actors


@strawberry.type(description="Actors of one kind whose names or aliases are the same once normalised.")
class DuplicateGroup:
    key: str = strawberry.field(description="The normalised name they share.")
    kind: str
    actors: list[Actor]


@strawberry.type(description="The actors were merged; `actor` is the one kept.")
class MergeSuccess:
    actor: Actor
    revision: int


MergeResult = Annotated[
    MergeSuccess | ValidationProblem | NotFound | Forbidden | Conflict, strawberry.union("MergeResult")
]


@strawberry.type
class CurationQuery:
    @strawberry.field(description="Likely duplicate actors (same kind, same normalised name or alias).")
    def duplicates(self, info: Info[Context, None]) -> list[DuplicateGroup]:
        groups = find_duplicates(info.context.store, info.context.viewer.visibility)
        return [DuplicateGroup(key=g.key, kind=g.kind, actors=[actor_of(n) for n in g.nodes]) for g in groups]


@strawberry.type
class CurationMutation:
    @strawberry.mutation(
        description="Merge actor `mergeId` into `keepId`: relations re-pointed, name and aliases kept as aliases, "
        "sources kept; the merged actor is deleted. Needs the role editor."
    )
    def merge_actors(self, info: Info[Context, None], keep_id: strawberry.ID, merge_id: strawberry.ID) -> MergeResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        store = info.context.store
        try:
            revision = merge_actors(store, str(keep_id), str(merge_id), author=info.context.viewer.name)
        except NetmapError as err:
            return problem_of(err)
        return MergeSuccess(actor=actor_of(store.get_nodes([str(keep_id)])[str(keep_id)]), revision=revision)
