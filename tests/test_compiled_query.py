"""A compiled query (netmap/api/compiled.py) answers exactly what graphql-core's own executor
answers — the same data, in the same order — or, wherever graphql-core reports an error or the
query needs more than the compiled walk knows, gives the request back to the standard path
(Fallback). On the demo network for every role, and on small schemas built to misbehave."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest
import strawberry
from graphql import get_operation_ast, parse
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from netmap.api.compiled import CompiledQuery, Fallback
from netmap.api.context import Context
from netmap.api.executor import LeanExecutor
from netmap.api.graphql import build_schema
from netmap.api.viewer import ROLES, Viewer
from netmap.store.base import GraphStore
from tests.test_lean_executor import (
    DEMO_QUERIES,
    MISBEHAVING,
    BoxQuery,
    Circle,
    Gadget,
    Query,
    ShapeQuery,
    Square,
    Widget,
)

FALLBACK = "fallback"
CENTRE = "org-awo-kv-siegen-wittgenstein-olpe"

# aliases, fragments (named, inline, nested, spread twice), variables with defaults, __typename at
# every level, nulls: each must come out as graphql-core gives it, in graphql-core's order
COMPILED_QUERIES = [
    DEMO_QUERIES[0],
    DEMO_QUERIES[1],
    DEMO_QUERIES[2],
    """query Page($n: Int = 3, $after: String) { __typename first: actors(first: $n, after: $after) { ...Page }
       again: actors(first: 2, kind: ORGANISATION) { totalCount ...Page } }
       fragment Page on ActorConnection { totalCount edges { node { ...Who ...Who id } } pageInfo { endCursor } }
       fragment Who on Actor { __typename id label: name region note ... on Person { role } ... on Project { type }
         relations(direction: OUTGOING) { kind amount currency until from { name } to { ... on Organisation { id } } } }""",
    """query($id: ID!, $kinds: [RelationKind!]) { around: neighbourhood(id: $id, depth: 1, relationKinds: $kinds) {
       actors { name kind visibility topics aliases } relations { id kind form role since } } }""",
    """{ missing: neighbourhood(id: "no-such-actor", depth: 2) { actors { id } } }""",
]
VARIABLES: dict[str, Any] = {"id": CENTRE, "kinds": ["FUNDS", "COOPERATES_WITH"], "after": None}


def compiled(schema: strawberry.Schema, query: str, variables: dict[str, Any] | None, context: Any) -> Any:
    """The data of the compiled query, or FALLBACK."""
    document = parse(query)
    operation = get_operation_ast(document, None)
    assert operation is not None

    async def run() -> Any:
        try:
            executor = LeanExecutor.build(schema._schema, document, None, context, variables, operation_extensions=None)
            assert isinstance(executor, LeanExecutor)
            return CompiledQuery(schema._schema, document, operation).run(executor)
        except Fallback:
            return FALLBACK

    return asyncio.run(run())


def same_as_core(
    schema: strawberry.Schema, query: str, variables: dict[str, Any] | None = None, context: Any = None
) -> Any:
    """The compiled query's data (or FALLBACK), checked against graphql-core's answer: equal
    JSON (order too) when graphql-core answers without errors, FALLBACK when it reports one."""
    ours = compiled(schema, query, variables, context() if callable(context) else context)
    theirs = asyncio.run(
        schema.execute(
            query,
            variable_values=variables,
            context_value=context() if callable(context) else context,
        )
    )
    if theirs.errors:
        assert ours == FALLBACK, theirs.errors
    elif ours != FALLBACK:
        assert orjson.dumps(ours) == orjson.dumps(theirs.data)
    return ours


def core_schema(**kwargs: Any) -> strawberry.Schema:
    return strawberry.Schema(execution_context_class=StrawberryGraphQLCoreExecutionContext, **kwargs)


@pytest.mark.parametrize("query", COMPILED_QUERIES)
@pytest.mark.parametrize("role", ROLES)
def test_compiled_answers_equal_graphql_cores_on_the_demo_network(
    demo_store: GraphStore, query: str, role: str
) -> None:
    schema = build_schema()
    schema.execution_context_class = StrawberryGraphQLCoreExecutionContext  # the reference answer
    ours = same_as_core(schema, query, VARIABLES, lambda: Context(store=demo_store, viewer=Viewer(role=role)))
    assert ours != FALLBACK, "these queries are answered by the compiled walk"
    assert list(ours) == [
        n.alias.value if n.alias else n.name.value for n in parse(query).definitions[0].selection_set.selections
    ]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "query",
    [
        DEMO_QUERIES[3],  # `node` is an async resolver
        '{ actors(first: 2, after: "not-a-cursor") { totalCount } }',  # the resolver raises
        "{ actors(first: 500) { totalCount } }",  # so it does here
        "{ tokens { name } }",  # Forbidden for all but admins
        '{ actors(first: 1) { totalCount } t: __type(name: "Actor") { name } }',  # introspection
        "{ actors(first: 1) @include(if: true) { totalCount } }",  # directives
        '{ neighbourhood(id: "org-awo-kv-siegen-wittgenstein-olpe") { actors { id relations { kind } } } }',
    ],
)
@pytest.mark.parametrize("role", ["anonymous", "admin"])
def test_what_the_compiled_walk_does_not_know_goes_back(demo_store: GraphStore, query: str, role: str) -> None:
    schema = build_schema()
    schema.execution_context_class = StrawberryGraphQLCoreExecutionContext
    ours = same_as_core(schema, query, None, lambda: Context(store=demo_store, viewer=Viewer(role=role)))
    if not (role == "admin" and "tokens" in query):
        assert ours == FALLBACK


@pytest.mark.parametrize("query", MISBEHAVING)
def test_misbehaving_values_go_back(query: str) -> None:
    assert same_as_core(core_schema(query=Query, types=[Widget, Gadget]), query) == FALLBACK


@pytest.mark.parametrize(
    "query, answered",
    [
        ("{ shapes { __typename name ... on Circle { radius } ... on Square { side } } }", False),
        ("{ first { name radius } wrong { name } }", True),  # a Square where a Circle is due: a Shape, let pass
        ("{ first { __typename name radius } }", True),
    ],
)
def test_types_decided_as_strawberry_decides(query: str, answered: bool) -> None:
    ours = same_as_core(core_schema(query=ShapeQuery, types=[Circle, Square]), query)
    assert (ours != FALLBACK) is answered


@pytest.mark.parametrize(
    "query, answered",
    [
        (
            "query($o: Order!, $t: [String!]) { boxes { ordered(order: $o, tags: $t) again: ordered rooted(limit: 0) "
            "label shout } }",
            True,
        ),
        ('{ boxes { ordered(order: UP, tags: ["x"]) rooted(limit: 1) failing } }', False),  # raises
        ("{ boxes { missing } }", False),  # null for a non-null field
        ("{ boxes { later } }", False),  # an awaitable
        ("{ boxes { secret shout } }", False),  # a permission class
    ],
)
def test_resolvers_called_as_strawberry_calls_them(query: str, answered: bool) -> None:
    ours = same_as_core(core_schema(query=BoxQuery), query, {"o": "UP", "t": ["p", "q"]})
    assert (ours != FALLBACK) is answered
    if answered:  # info.path and info.field_name as graphql-core gives them
        assert ours["boxes"][1]["ordered"] == "bb:up:['p', 'q']:ordered:ordered"


def test_arguments_remembered_per_value_answer_each_requests_own() -> None:
    schema = core_schema(query=BoxQuery)
    query = "query($o: Order!, $t: [String!]) { boxes { ordered(order: $o, tags: $t) again: ordered(order: $o) } }"
    for order, tags in (("UP", ["p"]), ("DOWN", None), ("UP", None), ("DOWN", ["q", "r"])):
        ours = same_as_core(schema, query, {"o": order, "t": tags})
        assert ours["boxes"][0] == {
            "ordered": f"a:{order.lower()}:{tags}:ordered:ordered",
            "again": f"a:{order.lower()}:None:ordered:again",
        }
