"""GraphQL writes: create, update and delete actors and relations (editors), erase a person for
good (admins). Every write is validated against graph_schema by `store.apply` before anything is
stored; expected failures come back as typed results, and the token's name is the author."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import strawberry
from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.permissions import allowed
from netmap.api.results import Conflict, Forbidden, NotFound, ValidationProblem, forbidden, problem_of
from netmap.api.types import Actor, ActorKind, Relation, RelationKind, Visibility, actor_of, relation_of, visible_actors
from netmap.errors import ConflictError, NetmapError, NotFoundError
from netmap.ingest.extract.redact import redact_person
from netmap.store.base import Change, DeleteNode, DeleteRelation, PutRelation


@strawberry.input(description="An actor. Fields a kind does not have (type, role) must stay empty.")
class ActorInput:
    id: str
    kind: ActorKind
    name: str
    aliases: list[str] | None = None
    region: str | None = None
    topics: list[str] | None = None
    visibility: Visibility | None = strawberry.field(
        default=None, description="Default: Person internal, others public."
    )
    sources: list[str] | None = None
    note: str | None = None
    type: str | None = strawberry.field(
        default=None, description="Project only: project, programme, network, initiative, event."
    )
    role: str | None = strawberry.field(default=None, description="Person only: their function.")


@strawberry.input(description="The fields to change; fields left out stay as they are.")
class ActorPatch:
    name: str | None = None
    aliases: list[str] | None = None
    region: str | None = None
    topics: list[str] | None = None
    visibility: Visibility | None = None
    sources: list[str] | None = None
    note: str | None = None
    type: str | None = None
    role: str | None = None


@strawberry.input(description="A relation; properties a kind does not have must stay empty.")
class RelationInput:
    kind: RelationKind
    from_: str = strawberry.field(name="from")
    to: str
    form: str | None = None
    role: str | None = None
    since: str | None = None
    until: str | None = None
    amount: float | None = None
    currency: str | None = None
    period: str | None = None
    programme: str | None = None
    note: str | None = None
    sources: list[str] | None = None


@strawberry.input(description="The properties to change; left out stays, endpoints and kind cannot change.")
class RelationPatch:
    form: str | None = None
    role: str | None = None
    since: str | None = None
    until: str | None = None
    amount: float | None = None
    currency: str | None = None
    period: str | None = None
    programme: str | None = None
    note: str | None = None
    sources: list[str] | None = None


@strawberry.type
class ActorSaved:
    actor: Actor


@strawberry.type
class RelationSaved:
    relation: Relation


@strawberry.type(description="The thing is gone.")
class Deleted:
    id: strawberry.ID


@strawberry.type(description="The person, their relations and their data in the history are gone for good.")
class Erased:
    id: strawberry.ID
    relations_removed: int


ActorResult = Annotated[
    ActorSaved | ValidationProblem | NotFound | Forbidden | Conflict, strawberry.union("ActorResult")
]
RelationResult = Annotated[
    RelationSaved | ValidationProblem | NotFound | Forbidden | Conflict, strawberry.union("RelationResult")
]
DeleteResult = Annotated[Deleted | NotFound | Forbidden, strawberry.union("DeleteResult")]
EraseResult = Annotated[Erased | ValidationProblem | NotFound | Forbidden, strawberry.union("EraseResult")]


Saved = TypeVar("Saved")


def _given(fields: object) -> dict[str, Any]:
    """The input's fields that were given, as graph_schema's flat dict (enums as their values)."""
    raw = {k: v for k, v in vars(fields).items() if v is not None}
    if "from_" in raw:
        raw["from"] = raw.pop("from_")
    return {k: (v.value if isinstance(v, (ActorKind, RelationKind, Visibility)) else v) for k, v in raw.items()}


def _save_relation(info: Info[Context, None], raw: dict[str, Any]) -> RelationResult:
    store = info.context.store
    try:
        rel = store.schema.validate_relation(raw)
        store.apply([PutRelation(rel)], author=info.context.viewer.name)
    except NetmapError as err:
        return problem_of(err)
    return _relation_saved(info, rel.id)


def _relation_saved(info: Info[Context, None], relation_id: str) -> RelationSaved:
    store = info.context.store
    saved = store.get_relations([relation_id])[relation_id]
    ends = visible_actors(store.get_nodes([saved.from_id, saved.to_id]).values(), info.context.viewer)
    return RelationSaved(relation=relation_of(saved, ends))


def _delete(
    info: Info[Context, None], what: str, ident: str, exists: Callable[[str], bool], change: Change
) -> DeleteResult:
    """Delete one thing as an editor: Forbidden, NotFound, or Deleted."""
    if not allowed(info, "editor"):
        return forbidden("editor")
    if not exists(ident):
        return NotFound(id=ident, message=str(NotFoundError(what, ident)))
    try:
        info.context.store.apply([change], author=info.context.viewer.name)
    except NetmapError as err:
        return NotFound(id=ident, message=str(err))
    return Deleted(id=strawberry.ID(ident))


@strawberry.type
class ActorMutation:
    @strawberry.mutation(description="Add an actor (editors).")
    def create_actor(self, info: Info[Context, None], actor: ActorInput) -> ActorResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        store = info.context.store
        try:
            node = store.schema.validate_node(_given(actor))
            # the id is checked inside the write transaction: of two editors creating the same id
            # at once, the later one gets Conflict instead of silently replacing the earlier one
            store.create_node(node, author=info.context.viewer.name)
        except ConflictError:
            return Conflict(message=f"An actor with id {actor.id!r} exists already. Use updateActor to change it.")
        except NetmapError as err:
            return problem_of(err)
        return ActorSaved(actor=actor_of(store.get_nodes([node.id])[node.id]))

    @strawberry.mutation(description="Change some fields of an actor (editors).")
    def update_actor(self, info: Info[Context, None], id: strawberry.ID, patch: ActorPatch) -> ActorResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        store, given = info.context.store, _given(patch)
        try:
            # read, patch and write in one write transaction: two editors changing different
            # fields of one actor at once both keep their change
            store.update_node(
                str(id), lambda node: store.schema.validate_node({**node.content(), **given}), info.context.viewer.name
            )
        except NetmapError as err:
            return problem_of(err)
        return ActorSaved(actor=actor_of(store.get_nodes([str(id)])[str(id)]))

    @strawberry.mutation(description="Delete an actor and every relation that touches it (editors).")
    def delete_actor(self, info: Info[Context, None], id: strawberry.ID) -> DeleteResult:
        return _delete(info, "actor", str(id), lambda i: bool(info.context.store.get_nodes([i])), DeleteNode(str(id)))

    @strawberry.mutation(description="Add a relation between two existing actors (editors).")
    def create_relation(self, info: Info[Context, None], relation: RelationInput) -> RelationResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        return _save_relation(info, _given(relation))

    @strawberry.mutation(description="Change some properties of a relation (editors).")
    def update_relation(self, info: Info[Context, None], id: strawberry.ID, patch: RelationPatch) -> RelationResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        store, given = info.context.store, _given(patch)
        try:
            # read, patch and write in one write transaction (like updateActor): a change another
            # editor makes to the relation meanwhile is kept
            store.update_relation(
                str(id),
                lambda rel: store.schema.validate_relation({**rel.content(), **given}),
                info.context.viewer.name,
            )
        except NetmapError as err:
            return problem_of(err)
        return _relation_saved(info, str(id))

    @strawberry.mutation(description="Delete a relation (editors).")
    def delete_relation(self, info: Info[Context, None], id: strawberry.ID) -> DeleteResult:
        store = info.context.store
        return _delete(info, "relation", str(id), lambda i: bool(store.get_relations([i])), DeleteRelation(str(id)))

    @strawberry.mutation(
        description="Erase a person for good (admins): the person, their relations and their data in the "
        "history are removed; the history keeps only that an erasure happened."
    )
    def erase_person(self, info: Info[Context, None], id: strawberry.ID) -> EraseResult:
        if not allowed(info, "admin"):
            return forbidden("admin")
        store = info.context.store
        node = store.get_nodes([str(id)]).get(str(id))
        if node is None:
            return NotFound(id=str(id), message=f"No person with id {str(id)!r} exists. Check the id.")
        if node.kind != "Person":
            return ValidationProblem(
                field="id", message=f"{node.name!r} is a {node.kind}, not a person. Use deleteActor."
            )
        removed = len(store.relations_of([node.id]).get(node.id, []))
        # drafts may name the person (proposals from press releases); redacted first, so that the
        # erasure's checkpoint also flushes the old draft pages out of the WAL
        redact_person(store, node)
        store.erase_node(node.id, author=info.context.viewer.name)
        # this request's loaders may hold the person or relations to them; the API keeps no other cache
        for loader in (info.context.nodes, info.context.relations):
            loader.clear_all()
        return Erased(id=id, relations_removed=removed)
