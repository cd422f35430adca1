"""GraphQL types: actors (an interface with one type per node kind), relations, sources."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.types import Info

from netmap.api.context import Context
from netmap.model import Node
from netmap.model import Relation as RelationValue
from netmap.model import Source as SourceValue
from netmap.schema import date_covers


@strawberry.enum(description="The kinds of actor in the network.")
class ActorKind(Enum):
    ORGANISATION = "Organisation"
    FUNDER = "Funder"
    PROJECT = "Project"
    PERSON = "Person"


@strawberry.enum(description="The kinds of relation between actors.")
class RelationKind(Enum):
    COOPERATES_WITH = "COOPERATES_WITH"
    FUNDS = "FUNDS"
    RUNS = "RUNS"
    MEMBER_OF = "MEMBER_OF"
    PART_OF = "PART_OF"


@strawberry.enum
class Visibility(Enum):
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


async def _sources(info: Info[Context, None], ids: tuple[str, ...]) -> list[Source]:
    found = await info.context.sources.load_many(list(ids))
    return [Source.of(s) for s in found if s is not None]


@strawberry.interface(description="An organisation, funder, project or person in the network.")
class Actor:
    value: strawberry.Private[Node]
    # Set by `actors(asOf: ...)`: the relations shown are those valid on that date.
    as_of: strawberry.Private[date | None] = None

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.value.id)

    @strawberry.field
    def name(self) -> str:
        return self.value.name

    @strawberry.field
    def kind(self) -> ActorKind:
        return ActorKind(self.value.kind)

    @strawberry.field(description="Other spellings and abbreviations.")
    def aliases(self) -> list[str]:
        return list(self.value.aliases)

    @strawberry.field
    def region(self) -> str | None:
        return self.value.region or None

    @strawberry.field
    def topics(self) -> list[str]:
        return list(self.value.topics)

    @strawberry.field
    def visibility(self) -> Visibility:
        return Visibility(self.value.visibility)

    @strawberry.field
    def note(self) -> str | None:
        return self.value.properties.get("note")

    @strawberry.field(name="createdAt")
    def created_at(self) -> str:
        return self.value.created_at

    @strawberry.field(name="updatedAt")
    def updated_at(self) -> str:
        return self.value.updated_at

    @strawberry.field(description="The documents this actor is named in.")
    async def sources(self, info: Info[Context, None]) -> list[Source]:
        return await _sources(info, self.value.sources)

    @strawberry.field(description="Relations of this actor (both directions by default) with actors you may see.")
    async def relations(
        self,
        info: Info[Context, None],
        kinds: list[RelationKind] | None = None,
        direction: Direction = Direction.BOTH,
        as_of: Annotated[
            date | None, strawberry.argument(description="Only relations valid on this date (since ≤ date ≤ until).")
        ] = None,
    ) -> list[Relation]:
        relations, known = await info.context.visible_relations_and_ends(self.value.id)
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

        ends = {**known, node_id: self.value}
        return [Relation(value=r, ends=ends) for r in relations if (wanted is None or r.kind in wanted) and along(r)]


@strawberry.type
class Organisation(Actor):
    pass


@strawberry.type
class Funder(Actor):
    pass


@strawberry.type
class Project(Actor):
    @strawberry.field(description="project, programme, network, initiative or event")
    def type(self) -> str:
        return str(self.value.properties.get("type", "project"))


@strawberry.type
class Person(Actor):
    @strawberry.field(description="The person's function, e.g. Geschäftsführerin.")
    def role(self) -> str | None:
        return self.value.properties.get("role")


ACTOR_TYPES: dict[str, type[Actor]] = {
    "Organisation": Organisation,
    "Funder": Funder,
    "Project": Project,
    "Person": Person,
}


def actor_of(node: Node, as_of: date | None = None) -> Actor:
    return ACTOR_TYPES[node.kind](value=node, as_of=as_of)


def valid_on(rel: RelationValue, on: date) -> bool:
    """Whether the relation holds on `on` (its since–until period covers it)."""
    return date_covers(rel.properties.get("since"), rel.properties.get("until"), on)


@strawberry.type(description="A relation between two actors; `from` and `to` follow its direction.")
class Relation:
    value: strawberry.Private[RelationValue]
    # The end actors, already loaded by whoever made this Relation: `from` and `to` then resolve
    # without one awaited load per relation (the biggest cost of a page of actors with relations).
    # Without them each end costs a store call of its own.
    ends: strawberry.Private[Mapping[str, Node] | None] = None

    def _end(self, info: Info[Context, None], node_id: str) -> Actor | None:
        if self.ends is None:
            node = info.context.store.get_nodes([node_id]).get(node_id)
        else:
            node = self.ends.get(node_id)
        return actor_of(node) if node is not None and info.context.viewer.can_see(node) else None

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.value.id)

    @strawberry.field
    def kind(self) -> RelationKind:
        return RelationKind(self.value.kind)

    @strawberry.field(name="from")
    def from_(self, info: Info[Context, None]) -> Actor | None:
        return self._end(info, self.value.from_id)

    @strawberry.field
    def to(self, info: Info[Context, None]) -> Actor | None:
        return self._end(info, self.value.to_id)

    @strawberry.field(description="For cooperation: agreement, referral, joint event, partnership.")
    def form(self) -> str | None:
        return self.value.properties.get("form")

    @strawberry.field(description="For RUNS: Träger or partner; for MEMBER_OF: the member's role.")
    def role(self) -> str | None:
        return self.value.properties.get("role")

    @strawberry.field
    def since(self) -> str | None:
        return self.value.properties.get("since")

    @strawberry.field
    def until(self) -> str | None:
        return self.value.properties.get("until")

    @strawberry.field(description="For FUNDS: the amount.")
    def amount(self) -> float | None:
        return self.value.properties.get("amount")

    @strawberry.field
    def currency(self) -> str | None:
        return self.value.properties.get("currency")

    @strawberry.field
    def period(self) -> str | None:
        return self.value.properties.get("period")

    @strawberry.field(description="For FUNDS: the funding programme.")
    def programme(self) -> str | None:
        return self.value.properties.get("programme")

    @strawberry.field
    def note(self) -> str | None:
        return self.value.properties.get("note")

    @strawberry.field
    async def sources(self, info: Info[Context, None]) -> list[Source]:
        return await _sources(info, self.value.sources)
