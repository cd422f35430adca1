"""netmap's LeanExecutor gives the same answers and the same errors, at the same paths, as
graphql-core's own executor: on the demo network and on a small schema built to misbehave."""

from __future__ import annotations

import asyncio
from enum import Enum
from typing import Any

import pytest
import strawberry
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from netmap.api.context import Context
from netmap.api.executor import LeanExecutor
from netmap.api.graphql import build_schema
from netmap.api.viewer import ANONYMOUS, Viewer
from netmap.store.base import GraphStore

DEMO_QUERIES = [
    """{ actors(first: 100) { totalCount edges { cursor node { __typename id name kind aliases region topics
       visibility createdAt ... on Project { type } ... on Person { role }
       sources { id title date } relations { id kind since amount from { id name kind } to { __typename id }
       sources { title } } } } pageInfo { hasNextPage endCursor } } }""",
    """{ neighbourhood(id: "org-awo-kv-siegen-wittgenstein-olpe", depth: 2) { actors { id name kind } relations { kind from { id } to { id } } } }""",
    """{ fundingFlows { count flows { amount from { name } to { name } } byFunder { actor { id } total } byYear { year total } } }""",
    """{ node(id: "org-awo-kv-siegen-wittgenstein-olpe") { id ... on Organisation { relations(direction: OUTGOING) { kind to { name } } } } }""",
]


def execute(schema: strawberry.Schema, query: str, store: GraphStore, viewer: Viewer) -> Any:
    return asyncio.run(schema.execute(query, context_value=Context(store=store, viewer=viewer)))


@pytest.mark.parametrize("query", DEMO_QUERIES)
@pytest.mark.parametrize("viewer", [ANONYMOUS, Viewer(role="reader", name="r")], ids=["anonymous", "reader"])
def test_same_answers_on_the_demo_network(demo_store: GraphStore, query: str, viewer: Viewer) -> None:
    lean = build_schema()
    core = build_schema()
    core.execution_context_class = StrawberryGraphQLCoreExecutionContext
    assert lean.execution_context_class is LeanExecutor
    ours, theirs = execute(lean, query, demo_store, viewer), execute(core, query, demo_store, viewer)
    assert ours.errors is None and theirs.errors is None
    assert ours.data == theirs.data
    assert ours.data and any(ours.data.values())


@strawberry.interface
class Thing:
    name: str

    @classmethod
    def resolve_type(cls, obj: Any, info: object, abstract_type: object) -> str:
        if getattr(obj, "name", None) == "nowhere":
            return "Nowhere"  # no such type: an error at this item's path
        return "Widget" if isinstance(obj, Widget) else "Gadget"


@strawberry.type
class Widget(Thing):
    size: int
    label: str | None = None


@strawberry.type
class Gadget(Thing):
    pass


@strawberry.type
class Holder:
    required: Widget
    optional: Thing | None
    things: list[Thing | None]  # a broken item becomes null, the rest stays
    strict_things: list[Widget]

    @strawberry.field
    async def later(self) -> list[Widget]:
        return [Widget(name="late", size=1)]


BROKEN: Any = None  # a value of the wrong kind where the schema promises another


@strawberry.type
class Query:
    @strawberry.field
    def holder(self) -> Holder | None:
        return Holder(
            required=Widget(name="w", size=2),
            optional=Gadget(name="g"),
            things=[
                Widget(name=BROKEN, size=1),
                Gadget(name="g2"),
                Widget(name="w3", size=3, label="x"),
                Gadget(name="nowhere"),
            ],
            strict_things=[Widget(name="ok", size=2**40)],  # too large for Int: an error at its path
        )

    @strawberry.field
    def broken_required(self) -> Holder:
        return Holder(required=BROKEN, optional=None, things=[], strict_things=[])


MISBEHAVING = [
    "{ holder { required { name size label } optional { __typename name ... on Widget { size } } } }",
    "{ holder { things { __typename name ... on Widget { size label } } } }",
    "{ holder { strictThings { name size } } }",
    "{ holder { later { name } things { name } } }",
    "{ brokenRequired { required { name } } }",
    "{ holder { required { name } } brokenRequired { optional { name } required { size } } }",
]


def same_as_core(query_type: type, types: list[type], query: str, variables: dict[str, Any] | None = None) -> Any:
    """LeanExecutor's result of `query`, checked to equal graphql-core's: data, error messages and paths."""
    lean = strawberry.Schema(query=query_type, types=types, execution_context_class=LeanExecutor)
    core = strawberry.Schema(query=query_type, types=types)
    ours = asyncio.run(lean.execute(query, variable_values=variables))
    theirs = asyncio.run(core.execute(query, variable_values=variables))
    assert ours.data == theirs.data
    assert [(e.message, e.path) for e in ours.errors or []] == [(e.message, e.path) for e in theirs.errors or []]
    return ours


@pytest.mark.parametrize("query", MISBEHAVING)
def test_same_errors_at_the_same_paths(query: str) -> None:
    ours = same_as_core(Query, [Widget, Gadget], query)
    if "things" in query or "broken" in query.lower() or "strict" in query:
        assert ours.errors, "the query was built to fail somewhere"


@strawberry.interface
class Shape:  # strawberry's own resolve_type: LeanExecutor remembers the answer per class
    name: str


@strawberry.type
class Circle(Shape):
    radius: int


@strawberry.type
class Square(Shape):
    side: int


@strawberry.type
class ShapeQuery:
    @strawberry.field
    def shapes(self) -> list[Shape | None]:
        recast = strawberry.cast(Square, Circle(name="circle cast as square", radius=4))
        recast.side = 4  # type: ignore[attr-defined]
        # a class seen first decides the type of the later ones; a cast one must not follow it,
        # nor a value of a class outside the interface (an error at its own path)
        return [
            Circle(name="c1", radius=1),
            Square(name="s1", side=2),
            recast,
            Circle(name="c2", radius=3),
            BROKEN_SHAPE,
        ]

    @strawberry.field
    def first(self) -> Circle:
        return Circle(name="c", radius=1)

    @strawberry.field
    def wrong(self) -> Circle | None:
        return Square(name="not a circle", side=1)  # type: ignore[return-value]


BROKEN_SHAPE: Any = Widget(name="w", size=1)


@pytest.mark.parametrize(
    "query",
    [
        "{ shapes { __typename name ... on Circle { radius } ... on Square { side } } }",
        "{ first { name radius } wrong { name } shapes { name } }",
    ],
)
def test_types_remembered_per_class_only_where_the_class_decides(query: str) -> None:
    ours = same_as_core(ShapeQuery, [Circle, Square], query)
    assert ours.errors, "the query was built to fail on one item"
    assert ours.data and ours.data["shapes"][2] is not None


class OnlyAdmins(strawberry.BasePermission):
    message = "Admins only."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return False


@strawberry.enum
class Order(Enum):
    UP = "up"
    DOWN = "down"


@strawberry.type
class Box:
    label: str

    # plain resolver fields are called directly by LeanExecutor: arguments (or defaults) converted
    # as strawberry converts them, self/root/info passed as each asks
    @strawberry.field
    def shout(self) -> str:
        return self.label.upper()

    @strawberry.field
    def ordered(self, info: strawberry.Info, order: Order = Order.DOWN, tags: list[str] | None = None) -> str:
        return f"{self.label}:{order.value}:{tags}:{info.field_name}:{info.path.key}"

    @strawberry.field
    @staticmethod
    def rooted(root: Box, limit: int = 2) -> str:
        return root.label[:limit]

    @strawberry.field
    def failing(self) -> str:
        raise ValueError(f"{self.label} cannot answer")

    @strawberry.field
    def missing(self) -> str:
        return None  # type: ignore[return-value]  # null for a non-null field: an error at its path

    @strawberry.field
    def later(self) -> list[str]:
        async def load() -> list[str]:
            return [self.label]

        return load()  # type: ignore[return-value]

    @strawberry.field(permission_classes=[OnlyAdmins])
    def secret(self) -> str | None:
        return "never shown"


@strawberry.type
class BoxQuery:
    @strawberry.field
    def boxes(self) -> list[Box | None]:
        return [Box(label="a"), Box(label="bb")]


@pytest.mark.parametrize(
    "query",
    [
        "query($o: Order!, $t: [String!]) { boxes { ordered(order: $o, tags: $t) again: ordered rooted(limit: 0) } }",
        "{ boxes { label shout ordered rooted later } }",
        '{ boxes { ordered(order: UP, tags: ["x"]) rooted(limit: 1) failing } }',
        "{ boxes { missing } }",
        "{ boxes { secret shout } }",
    ],
)
def test_resolver_fields_called_directly_answer_as_strawberry_does(query: str) -> None:
    ours = same_as_core(BoxQuery, [], query, {"o": "UP", "t": ["p", "q"]})
    assert ours.data and ours.data["boxes"]
