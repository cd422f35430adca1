"""GraphQL read fields: actors (a Relay connection), one actor, funding flows."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

import strawberry
from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.types import Actor, ActorKind, Relation, actor_of
from netmap.store.base import NodeFilter

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


@strawberry.type(description="FUNDS relations between the actors asked for.")
class FundingFlows:
    flows: list[Relation]
    count: int


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
        first: int = 20,
        after: str | None = None,
    ) -> ActorConnection:
        if first < 0 or first > MAX_PAGE:
            raise ValueError(f"'first' is {first}; ask for 0 to {MAX_PAGE} actors per page.")
        offset = decode_cursor(after) + 1 if after else 0
        where = NodeFilter(
            kinds=frozenset({kind.value}) if kind else None,
            regions=frozenset({region}) if region else None,
            search=search or None,
            visibility=info.context.viewer.visibility,
        )
        store = info.context.store
        total = store.count_nodes(where)
        nodes = store.find_nodes(where, limit=first, offset=offset)
        for node in nodes:
            info.context.nodes.prime(node.id, node)
        edges = [ActorEdge(cursor=encode_cursor(offset + i), node=actor_of(n)) for i, n in enumerate(nodes)]
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
        description="Who funds whom: FUNDS relations, optionally from one funder and/or to one recipient."
    )
    async def funding_flows(
        self,
        info: Info[Context, None],
        funder_id: strawberry.ID | None = None,
        recipient_id: strawberry.ID | None = None,
    ) -> FundingFlows:
        relations = info.context.store.find_relations(
            kinds=frozenset({"FUNDS"}),
            from_ids=frozenset({str(funder_id)}) if funder_id else None,
            to_ids=frozenset({str(recipient_id)}) if recipient_id else None,
        )
        ends = await info.context.nodes.load_many([i for r in relations for i in (r.from_id, r.to_id)])
        seen = {n.id for n in ends if info.context.viewer.can_see(n)}  # type: ignore[union-attr]
        visible = [Relation(value=r) for r in relations if r.from_id in seen and r.to_id in seen]
        return FundingFlows(flows=visible, count=len(visible))
