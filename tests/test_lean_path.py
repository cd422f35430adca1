"""The lean path of /graphql (netmap/api/lean_request.py) answers byte for byte what the
standard path answers, for every role; it is taken for plain JSON reads only, and everything
else — errors, mutations, introspection, GET, other content types, batches — is answered by the
standard path as before."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import parse
from starlette.applications import Starlette
from starlette.testclient import TestClient
from strawberry.schema.schema import validate_document

from netmap.api.app import create_app
from netmap.api.graphql import GraphQLEndpoint
from netmap.api.lean_request import MISSES_TO_GIVE_UP, LeanPath
from netmap.settings import Settings
from netmap.store.base import GraphStore
from tests.api_helpers import ROLES, make_tokens
from tests.test_compiled_query import COMPILED_QUERIES, VARIABLES

ERROR_ID = re.compile(rb"[0-9a-f]{12}")

STANDARD_ONLY = [
    '{ node(id: "org-awo-kv-siegen-wittgenstein-olpe") { id name } }',  # an async resolver
    '{ actors(first: 2, after: "not-a-cursor") { totalCount } }',  # the resolver raises
    "{ tokens { name role } }",  # Forbidden for all but admins
    "{ actors(first: 1) { edges { node { nosuchfield } } } }",  # a validation error
    "{ actors(first: 1) @skip(if: false) { totalCount } }",  # directives
    '{ __type(name: "Actor") { name } }',  # introspection
    'mutation { deleteActor(id: "nobody") { __typename } }',  # a mutation
    "{ actors(first: 1) { totalCount }",  # a syntax error
    "query($n: Int!) { actors(first: $n) { totalCount } }",  # a variable missing
]


def endpoint_of(app: Starlette) -> GraphQLEndpoint:
    for route in app.routes:
        endpoint = getattr(route, "endpoint", None)
        if isinstance(endpoint, GraphQLEndpoint):
            return endpoint
    raise AssertionError("no GraphQL endpoint")


@pytest.fixture
def clients(demo_store: GraphStore) -> Iterator[tuple[TestClient, TestClient, LeanPath]]:
    """A client of the app with the lean path, one of the same app without it, and the lean path."""
    lean_app, plain_app = create_app(Settings(), demo_store), create_app(Settings(), demo_store)
    lean = endpoint_of(lean_app).lean
    assert lean is not None
    endpoint_of(plain_app).lean = None
    with TestClient(lean_app) as lean_client, TestClient(plain_app) as plain_client:
        yield lean_client, plain_client, lean


def answers(client: TestClient, body: Any, headers: dict[str, str]) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """Status, every header and the body of the answer to `body`."""
    response = client.post("/graphql", json=body, headers=headers)
    # a masked error's id is new each time; everything else must be equal
    return response.status_code, response.headers.raw, ERROR_ID.sub(b"<id>", response.content)


def lean_answered(lean: LeanPath, client: TestClient, body: Any, headers: dict[str, str]) -> tuple[Any, bool]:
    """The answer to `body` and whether the lean path gave it."""
    before = lean.answered
    answer = answers(client, body, headers)
    return answer, lean.answered == before + 1


@pytest.mark.parametrize("role", ROLES)
def test_the_same_answers_with_and_without_the_lean_path(
    demo_store: GraphStore, clients: tuple[TestClient, TestClient, LeanPath], role: str
) -> None:
    lean_client, plain_client, lean = clients
    token = make_tokens(demo_store)[role]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    for query in [*COMPILED_QUERIES, *STANDARD_ONLY]:
        body = {"query": query, "variables": VARIABLES if "$" in query and "$n" not in query else {}}
        ours, lean_path = lean_answered(lean, lean_client, body, headers)
        assert ours == answers(plain_client, body, headers), query
        admins_tokens = role == "admin" and "tokens" in query  # allowed: a plain read then
        assert lean_path is (query in COMPILED_QUERIES or admins_tokens), query
        if query in COMPILED_QUERIES:
            assert ours[0] == 200 and b'"errors"' not in ours[2]


@pytest.mark.parametrize(
    "send",
    [
        lambda c, q: c.post("/graphql", json=[{"query": q}]),  # a batch
        lambda c, q: c.post("/graphql", json={"query": q, "extensions": {}}),
        lambda c, q: c.post("/graphql", content=q, headers={"Content-Type": "application/graphql"}),
        lambda c, q: c.get("/graphql", params={"query": q}),
        lambda c, q: c.post("/graphql", json={"query": q}, headers={"Accept": "multipart/mixed"}),
    ],
    ids=["batch", "extensions", "content-type", "get", "multipart"],
)
def test_only_plain_json_posts_take_the_lean_path(clients: tuple[TestClient, TestClient, LeanPath], send: Any) -> None:
    lean_client, plain_client, lean = clients
    query = "{ actors(first: 2) { totalCount } }"
    ours, theirs = send(lean_client, query), send(plain_client, query)
    assert (ours.status_code, ours.content) == (theirs.status_code, theirs.content)
    assert not lean.prepared and lean.answered == 0


def test_a_query_that_keeps_needing_the_standard_path_takes_it_from_then_on(
    clients: tuple[TestClient, TestClient, LeanPath],
) -> None:
    lean_client, _, lean = clients
    # each actor's relations outside `actors` are loaded later (awaited): the compiled walk gives up
    query = '{ neighbourhood(id: "org-awo-kv-siegen-wittgenstein-olpe") { actors { id relations { kind } } } }'
    for run in range(MISSES_TO_GIVE_UP + 1):
        body = lean_client.post("/graphql", json={"query": query}).json()
        assert "errors" not in body and body["data"]["neighbourhood"]["actors"]
        prepared = lean.prepared[(query, None)]
        assert prepared is not None
        assert (prepared.compiled is None) is (run + 1 >= MISSES_TO_GIVE_UP)


def test_production_refuses_introspection_on_the_lean_path(demo_store: GraphStore) -> None:
    query = "{ __schema { types { name } } }"
    with TestClient(create_app(Settings(env="production"), demo_store)) as client:
        body = client.post("/graphql", json={"query": query}).json()
        assert body["data"] is None and "introspection" in body["errors"][0]["message"].lower()
        lean = endpoint_of(client.app).lean  # type: ignore[arg-type]
        assert lean is not None and lean.prepared == {(query, None): None}
        # refused by the lean path's own validation too, not only by its compiler
        assert validate_document(lean.schema, parse(query), lean.rules)


def test_a_requests_own_errors_do_not_cost_its_query_the_lean_path(
    clients: tuple[TestClient, TestClient, LeanPath],
) -> None:
    lean_client, plain_client, lean = clients
    query = "query($after: String) { actors(first: 2, after: $after) { edges { node { name } } } }"
    for _ in range(MISSES_TO_GIVE_UP + 1):  # a cursor netmap never gave out: the resolver raises
        body = {"query": query, "variables": {"after": "not-a-cursor"}}
        ours = lean_client.post("/graphql", json=body).json()
        assert ours == plain_client.post("/graphql", json=body).json()
        assert "cursor" in ours["errors"][0]["message"]
        assert lean.answered == 0
    good = {"query": query, "variables": {"after": None}}
    ours, lean_path = lean_answered(lean, lean_client, good, {})
    assert lean_path and ours == answers(plain_client, good, {})


def test_the_garbage_collector_is_on_again_after_a_lean_answer(
    clients: tuple[TestClient, TestClient, LeanPath],
) -> None:
    lean_client, _, lean = clients
    assert gc.isenabled()
    body = lean_client.post("/graphql", json={"query": COMPILED_QUERIES[1]}).json()
    assert "errors" not in body and lean.answered == 1
    assert gc.isenabled()
    gc.disable()  # and stays off for a caller that had turned it off
    try:
        lean_client.post("/graphql", json={"query": COMPILED_QUERIES[1]})
        assert lean.answered == 2 and not gc.isenabled()
    finally:
        gc.enable()
