"""GraphQL types: actors (an interface with one type per node kind), relations, sources."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import Enum
from typing import Annotated, TypeVar, cast

import strawberry
from strawberry.types import Info

from netmap.api.actor_metrics import ActorMetrics
from netmap.api.context import Context, cached
from netmap.api.viewer import Viewer
from netmap.model import Node
from netmap.model import Relation as RelationValue
from netmap.model import Source as SourceValue
from netmap.schema import date_covers


class _Member(Enum):
    """An enum whose members hash by identity (each member is its only equal) instead of by
    name in Python code: the answers of a page look enum members up in dicts hundreds of times."""

    __hash__ = object.__hash__


@strawberry.enum(description="The kinds of actor in the network.")
class ActorKind(_Member):
    ORGANISATION = "Organisation"
    FUNDER = "Funder"
    PROJECT = "Project"
    PERSON = "Person"


@strawberry.enum(description="The kinds of relation between actors.")
class RelationKind(_Member):
    COOPERATES_WITH = "COOPERATES_WITH"
    FUNDS = "FUNDS"
    RUNS = "RUNS"
    MEMBER_OF = "MEMBER_OF"
    PART_OF = "PART_OF"


@strawberry.enum
class Visibility(_Member):
    PUBLIC = "public"
    INTERNAL = "internal"


@strawberry.enum(
    description="Which relations of an actor: those that start there, end there, or both. Cooperation has no direction and counts for both."
)
class Direction(Enum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"
    BOTH = "both"


@strawberry.type(description="A document a fact is learnt from.")
class Source:
    id: strawberry.ID
    title: str
    publisher: str | None
    date: str | None = strawberry.field(description="YYYY, YYYY-MM or YYYY-MM-DD")
    url: str | None
    note: str | None

    @classmethod
    def of(cls, value: SourceValue) -> Source:
        return cls(
            id=strawberry.ID(value.id),
            title=value.title,
            publisher=value.publisher or None,
            date=value.date or None,
            url=value.url or None,
            note=value.note or None,
        )


def _sources(info: Info[Context, None], ids: tuple[str, ...]) -> list[Source]:
    """The sources `ids`: a list at once when the loader holds them all (or there are none), else
    an awaitable of it, which graphql-core awaits (strawberry takes the GraphQL type from the
    annotation; a sync resolver spares a task per actor when nothing needs waiting for)."""
    found = cached(info.context.sources, ids)
    if found is not None:
        return [Source.of(s) for s in found if s is not None]
    return cast("list[Source]", _load_sources(info, ids))


async def _load_sources(info: Info[Context, None], ids: tuple[str, ...]) -> list[Source]:
    found = await info.context.sources.load_many(list(ids))
    return [Source.of(s) for s in found if s is not None]


@strawberry.interface(description="An organisation, funder, project or person in the network.")
class Actor:
    # Plain fields, filled by `actor_of`: strawberry reads them without a resolver call, which is
    # several times cheaper per field than a method (see bench/bench_graphql.py).
    value: strawberry.Private[Node]
    # Set by `actors(asOf: ...)`: the relations shown are those valid on that date.
    as_of: strawberry.Private[date | None] = None
    id: strawberry.ID
    name: str
    kind: ActorKind
    aliases: list[str] = strawberry.field(description="Other spellings and abbreviations.")
    region: str | None
    topics: list[str]
    visibility: Visibility
    note: str | None
    created_at: str = strawberry.field(name="createdAt")
    updated_at: str = strawberry.field(name="updatedAt")

    # No resolve_type of our own: strawberry's finds the type from the class (`actor_of` makes one
    # class per node kind), and LeanExecutor then remembers it per class instead of asking per actor.

    @strawberry.field(description="Analysis scores of this actor in the network you may see.")
    def metrics(self) -> ActorMetrics:
        return ActorMetrics(actor_id=self.value.id)

    @strawberry.field(description="The documents this actor is named in.")
    def sources(self, info: Info[Context, None]) -> list[Source]:
        return _sources(info, self.value.sources)

    @strawberry.field(description="Relations of this actor (both directions by default) with actors you may see.")
    def relations(
        self,
        info: Info[Context, None],
        kinds: list[RelationKind] | None = None,
        direction: Direction = Direction.BOTH,
        as_of: Annotated[
            date | None, strawberry.argument(description="Only relations valid on this date (since ≤ date ≤ until).")
        ] = None,
    ) -> list[Relation]:
        # at once when the page prefetched them (Context.prefetch), else an awaitable (see _sources)
        found = cached(info.context.relations, (self.value.id,))
        if found is not None:
            return self._relations(info, *found[0], kinds, direction, as_of)
        return cast("list[Relation]", self._load_relations(info, kinds, direction, as_of))

    async def _load_relations(
        self, info: Info[Context, None], kinds: list[RelationKind] | None, direction: Direction, as_of: date | None
    ) -> list[Relation]:
        relations, known = await info.context.visible_relations_and_ends(self.value.id)
        return self._relations(info, relations, known, kinds, direction, as_of)

    def _relations(
        self,
        info: Info[Context, None],
        relations: list[RelationValue],
        known: dict[str, Node],
        kinds: list[RelationKind] | None,
        direction: Direction,
        as_of: date | None,
    ) -> list[Relation]:
        on = as_of or self.as_of
        if on is not None:
            relations = [r for r in relations if valid_on(r, on)]
        wanted = {k.value for k in kinds} if kinds else None
        node_id = self.value.id
        schema = info.context.store.schema

        def along(rel: RelationValue) -> bool:
            if direction == Direction.BOTH or schema.relations[rel.kind].symmetric:
                return True
            return (rel.from_id if direction == Direction.OUTGOING else rel.to_id) == node_id

        chosen = [r for r in relations if (wanted is None or r.kind in wanted) and along(r)]
        ends = visible_actors((known[r.other(node_id)] for r in chosen), info.context.viewer)
        if info.context.viewer.can_see(self.value):
            # this actor itself, unless it carries an asOf date its relations' ends never had
            ends[node_id] = self if self.as_of is None else actor_of(self.value)
        return [relation_of(r, ends) for r in chosen]


@strawberry.type
class Organisation(Actor):
    pass


@strawberry.type
class Funder(Actor):
    pass


@strawberry.type
class Project(Actor):
    type: str = strawberry.field(description="project, programme, network, initiative or event")


@strawberry.type
class Person(Actor):
    role: str | None = strawberry.field(description="The person's function, e.g. Geschäftsführerin.")


ACTOR_TYPES: dict[str, type[Actor]] = {
    "Organisation": Organisation,
    "Funder": Funder,
    "Project": Project,
    "Person": Person,
}


# enum members by value: a dict lookup is several times cheaper than calling the enum class, and a
# page builds hundreds of actors and relations
_ACTOR_KINDS = {k.value: k for k in ActorKind}
_VISIBILITIES = {v.value: v for v in Visibility}
_RELATION_KINDS = {k.value: k for k in RelationKind}


Made = TypeVar("Made")


def filled(cls: type[Made], fields: dict[str, object]) -> Made:
    """An instance of the strawberry type `cls` whose attributes are `fields`: what its dataclass
    `__init__` makes of them when they name every field (tests/test_types_filled.py checks that for
    each type made so), without the keyword call, a third of the cost. A page builds hundreds."""
    made: Made = object.__new__(cls)
    made.__dict__ = fields
    return made


def actor_of(node: Node, as_of: date | None = None) -> Actor:
    """The GraphQL actor of `node`, its fields filled from the node."""
    properties = node.properties
    fields: dict[str, object] = {
        "value": node,
        "as_of": as_of,
        "id": node.id,  # strawberry.ID is a NewType: at run time it only returns its argument
        "name": node.name,
        "kind": _ACTOR_KINDS[node.kind],
        "aliases": list(node.aliases),
        "region": node.region or None,
        "topics": list(node.topics),
        "visibility": _VISIBILITIES[node.visibility],
        "note": properties.get("note"),
        "created_at": node.created_at,
        "updated_at": node.updated_at,
    }
    if node.kind == "Project":
        fields["type"] = str(properties.get("type", "project"))
    elif node.kind == "Person":
        fields["role"] = properties.get("role")
    return filled(ACTOR_TYPES[node.kind], fields)


def valid_on(rel: RelationValue, on: date) -> bool:
    """Whether the relation holds on `on` (its since–until period covers it)."""
    return date_covers(rel.properties.get("since"), rel.properties.get("until"), on)


@strawberry.type(description="A relation between two actors; `from` and `to` follow its direction.")
class Relation:
    # Plain fields, filled by `relation_of` (no resolver call per field; see Actor).
    value: strawberry.Private[RelationValue]
    id: strawberry.ID
    kind: RelationKind
    from_: Actor | None = strawberry.field(name="from")
    to: Actor | None
    form: str | None = strawberry.field(description="For cooperation: agreement, referral, joint event, partnership.")
    role: str | None = strawberry.field(description="For RUNS: Träger or partner; for MEMBER_OF: the member's role.")
    since: str | None
    until: str | None
    amount: float | None = strawberry.field(description="For FUNDS: the amount.")
    currency: str | None
    period: str | None
    programme: str | None = strawberry.field(description="For FUNDS: the funding programme.")
    note: str | None

    @strawberry.field
    def sources(self, info: Info[Context, None]) -> list[Source]:
        return _sources(info, self.value.sources)


def relation_of(value: RelationValue, ends: Mapping[str, Actor]) -> Relation:
    """The GraphQL relation of `value`; `from` and `to` are taken from `ends`, the end actors the
    viewer may see by id (an end not in it is null), so each end actor is built once and shared."""
    props = value.properties
    return filled(
        Relation,
        {
            "value": value,
            "id": value.id,  # as strawberry.ID(value.id) (see actor_of)
            "kind": _RELATION_KINDS[value.kind],
            "from_": ends.get(value.from_id),
            "to": ends.get(value.to_id),
            "form": props.get("form"),
            "role": props.get("role"),
            "since": props.get("since"),
            "until": props.get("until"),
            "amount": props.get("amount"),
            "currency": props.get("currency"),
            "period": props.get("period"),
            "programme": props.get("programme"),
            "note": props.get("note"),
        },
    )


def visible_actors(nodes: Iterable[Node], viewer: Viewer) -> dict[str, Actor]:
    """The actors of those `nodes` the viewer may see, by id."""
    return {n.id: actor_of(n) for n in nodes if viewer.can_see(n)}
