"""GraphQL read fields: actors (a Relay connection), one actor, funding flows. Every field shows
only what the viewer may see: anonymous callers get public actors and the relations between them."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info
from strawberry.types.nodes import SelectedField, Selection

from netmap.analysis.flows import Total, in_window, totals, year_of
from netmap.api.context import Context
from netmap.api.types import Actor, ActorKind, Relation, RelationKind, actor_of, relation_of, valid_on
from netmap.model import Relation as RelationValue
from netmap.store.base import GraphStore, NodeFilter

MAX_PAGE = 100


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class ActorEdge:
    cursor: str
    node: Actor


@strawberry.type(description="A page of actors (Relay connection).")
class ActorConnection:
    total_count: int
    edges: list[ActorEdge]
    page_info: PageInfo


@strawberry.type(description="The sum of FUNDS amounts for one funder, recipient or year, in one currency.")
class FundingTotal:
    actor: Actor | None = strawberry.field(description="The funder or recipient (null in totals by year).")
    year: int | None = strawberry.field(description="The year the flows start in (null: no start date given).")
    currency: str
    total: float
    count: int = strawberry.field(description="How many FUNDS relations are summed.")
    without_amount: int = strawberry.field(description="How many of them name no amount (counted as 0).")


@strawberry.type(description="FUNDS relations between the actors asked for, with their totals.")
class FundingFlows:
    flows: list[Relation]
    count: int
    by_funder: list[FundingTotal]
    by_recipient: list[FundingTotal]
    by_year: list[FundingTotal]


def _actor_totals(rows: list[Total], actors: dict[str, Actor]) -> list[FundingTotal]:
    return [
        FundingTotal(
            actor=actors[t.key],
            year=None,
            currency=t.currency,
            total=float(t.total),
            count=t.count,
            without_amount=t.without_amount,
        )
        for t in sorted(rows, key=lambda t: (-t.total, t.key))
    ]


def visible_ends(
    store: GraphStore, relations: list[RelationValue], visibility: frozenset[str] | None
) -> dict[str, Actor]:
    """The end actors of `relations` the viewer may see, by id (one store call)."""
    found = store.get_nodes({i for r in relations for i in (r.from_id, r.to_id)})
    return {i: actor_of(n) for i, n in found.items() if visibility is None or n.visibility in visibility}


def _ids_with_relation(
    store: GraphStore, kind: str, on: date | None, visibility: frozenset[str] | None
) -> frozenset[str]:
    """Ids of actors with a relation of `kind` (valid on `on`) to an actor the viewer may see."""
    relations = [r for r in store.find_relations(kinds=frozenset({kind})) if on is None or valid_on(r, on)]
    seen = visible_ends(store, relations, visibility)
    return frozenset(i for r in relations if r.from_id in seen and r.to_id in seen for i in (r.from_id, r.to_id))


def _fields(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    for selection in selections:
        if isinstance(selection, SelectedField):
            yield selection
        else:  # a fragment: its fields count as the enclosing selection's
            yield from _fields(selection.selections)


def _asked_on_each_actor(info: Info[Context, None]) -> set[str]:
    """The names of the fields a query of `actors` asks for on each actor (edges { node { … } })."""
    return {
        field.name
        for connection in info.selected_fields
        for edges in _fields(connection.selections)
        if edges.name == "edges"
        for node in _fields(edges.selections)
        if node.name == "node"
        for field in _fields(node.selections)
    }


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.b64decode(cursor.encode(), validate=True).decode()
        kind, _, number = text.partition(":")
        if kind != "offset" or not number.isdigit():
            raise ValueError
        return int(number)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ValueError(
            f"The cursor {cursor!r} is not one netmap gave out. Use pageInfo.endCursor from the previous page."
        ) from None


@strawberry.type
class ActorQuery:
    @strawberry.field(description=f"Actors, filtered and paged (at most {MAX_PAGE} per page), ordered by name.")
    def actors(
        self,
        info: Info[Context, None],
        kind: ActorKind | None = None,
        region: str | None = None,
        search: Annotated[str | None, strawberry.argument(description="Part of a name or alias, any case.")] = None,
        topic: Annotated[str | None, strawberry.argument(description="One of the actor's topics, exactly.")] = None,
        has_relation: Annotated[
            RelationKind | None, strawberry.argument(description="Only actors with a relation of this kind.")
        ] = None,
        as_of: Annotated[
            date | None,
            strawberry.argument(
                description="A date: hasRelation and each actor's relations count only relations valid then."
            ),
        ] = None,
        first: int = 20,
        after: str | None = None,
    ) -> ActorConnection:
        if first < 0 or first > MAX_PAGE:
            raise ValueError(f"'first' is {first}; ask for 0 to {MAX_PAGE} actors per page.")
        offset = decode_cursor(after) + 1 if after else 0
        store = info.context.store
        visibility = info.context.viewer.visibility
        where = NodeFilter(
            kinds=frozenset({kind.value}) if kind else None,
            regions=frozenset({region}) if region else None,
            topic=topic or None,
            search=search or None,
            visibility=visibility,
            ids=_ids_with_relation(store, has_relation.value, as_of, visibility) if has_relation else None,
        )
        total = store.count_nodes(where)
        nodes = store.find_nodes(where, limit=first, offset=offset)
        for node in nodes:
            info.context.nodes.prime(node.id, node)
        asked = _asked_on_each_actor(info)
        info.context.prefetch(nodes, relations="relations" in asked, sources="sources" in asked)
        edges = [ActorEdge(cursor=encode_cursor(offset + i), node=actor_of(n, as_of)) for i, n in enumerate(nodes)]
        return ActorConnection(
            total_count=total,
            edges=edges,
            page_info=PageInfo(
                has_next_page=offset + len(nodes) < total,
                has_previous_page=offset > 0,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
        )

    @strawberry.field(description="One actor by id, or null if there is none you may see.")
    async def actor(self, info: Info[Context, None], id: strawberry.ID) -> Actor | None:
        node = await info.context.visible_node(str(id))
        return actor_of(node) if node else None

    @strawberry.field(
        description="Who funds whom: FUNDS relations, optionally from one funder, to one recipient, in one "
        "programme, to recipients in one region and overlapping a period, with totals by funder, by recipient and by year."
    )
    def funding_flows(
        self,
        info: Info[Context, None],
        funder_id: strawberry.ID | None = None,
        recipient_id: strawberry.ID | None = None,
        programme: Annotated[str | None, strawberry.argument(description="The programme's name, exactly.")] = None,
        from_: Annotated[
            date | None, strawberry.argument(name="from", description="Flows running on or after this date.")
        ] = None,
        to: Annotated[date | None, strawberry.argument(description="Flows starting on or before this date.")] = None,
        region: Annotated[
            str | None, strawberry.argument(description="Only flows to recipients in this region.")
        ] = None,
    ) -> FundingFlows:
        store = info.context.store
        relations = store.find_relations(
            kinds=frozenset({"FUNDS"}),
            from_ids=frozenset({str(funder_id)}) if funder_id else None,
            to_ids=frozenset({str(recipient_id)}) if recipient_id else None,
        )
        relations = [
            r
            for r in relations
            if (programme is None or r.properties.get("programme") == programme) and in_window(r, from_, to)
        ]
        actors = visible_ends(store, relations, info.context.viewer.visibility)
        visible = [
            r
            for r in relations
            if r.from_id in actors and r.to_id in actors and (region is None or actors[r.to_id].value.region == region)
        ]
        by_year = [
            FundingTotal(
                actor=None,
                year=int(t.key) if t.key else None,
                currency=t.currency,
                total=float(t.total),
                count=t.count,
                without_amount=t.without_amount,
            )
            for t in totals(visible, year_of)
        ]
        return FundingFlows(
            flows=[relation_of(r, actors) for r in sorted(visible, key=lambda r: r.id)],
            count=len(visible),
            by_funder=_actor_totals(totals(visible, lambda r: r.from_id), actors),
            by_recipient=_actor_totals(totals(visible, lambda r: r.to_id), actors),
            by_year=by_year,
        )
