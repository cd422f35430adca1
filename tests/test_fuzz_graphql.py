"""schemathesis (GraphQL mode) over every root field of the real app, with an editor and an admin
token: no 500, every error a clear message (never the masked "Something went wrong"), and a
mutation that fails leaves the store exactly as it was (revision, counts, records)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from graphql import FieldNode, OperationDefinitionNode, parse
from graphql.utilities import introspection_from_schema
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Ok
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.graphql import build_schema
from netmap.auth.tokens import create_token
from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.settings import Settings
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore

PROBLEM_TYPES = {"ValidationProblem", "NotFound", "Forbidden", "Conflict"}
MASKED = "Something went wrong inside netmap"
EXAMPLES = 5  # per field and role: 32 fields × 2 roles × 5 = 320 requests, about 10 s

SCHEMA = schemathesis.graphql.from_dict({"__schema": introspection_from_schema(build_schema()._schema)["__schema"]})
OPERATIONS = {result.ok().label: result.ok() for result in SCHEMA.get_all_operations() if isinstance(result, Ok)}


def store_state(store: GraphStore) -> tuple[Any, ...]:
    """Everything a mutation could change: revision, counts, history length and every record."""
    records = tuple((c, tuple(store.list_records(c))) for c in sorted(store.record_collections()))
    return (
        store.revision(),
        store.count_nodes(),
        store.count_relations(),
        len(store.all_sources()),
        len(store.history(limit=100_000)),
        repr(records),
    )


def with_typename(query: str) -> str:
    """The query with `__typename` asked of the root field's result, so a failure type is seen
    whatever fields schemathesis chose."""
    document = parse(query)
    operation = document.definitions[0]
    assert isinstance(operation, OperationDefinitionNode)
    root = operation.selection_set.selections[0]
    assert isinstance(root, FieldNode)
    if root.selection_set is None or root.selection_set.loc is None:
        return query
    brace = root.selection_set.loc.start + 1  # just after the "{" of the root field's selection
    return query[:brace] + " __typename " + query[brace:]


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, GraphStore, dict[str, str]]]:
    store = SQLiteStore(Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.db")
    import_path(store, seeds_dir())
    tokens = {role: create_token(store, f"fuzz-{role}", role) for role in ("editor", "admin")}
    with TestClient(create_app(Settings(rate_limit_per_minute=0), store)) as client:
        yield client, store, tokens
    store.close()


def test_the_fuzzer_covers_every_root_field() -> None:
    schema = build_schema()._schema
    expected = {f"Query.{name}" for name in schema.query_type.fields}
    expected |= {f"Mutation.{name}" for name in schema.mutation_type.fields} if schema.mutation_type else set()
    assert set(OPERATIONS) == expected and len(expected) > 20


@pytest.mark.parametrize("role", ["editor", "admin"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_fuzzed_field_answers_clearly_and_failures_change_nothing(
    label: str, role: str, fuzz_target: tuple[TestClient, GraphStore, dict[str, str]]
) -> None:
    client, store, tokens = fuzz_target
    headers = {"Authorization": f"Bearer {tokens[role]}"}
    field = label.split(".", 1)[1]

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=OPERATIONS[label].as_strategy())
    def check(case: Any) -> None:
        query = with_typename(case.body)
        before = store_state(store)
        response = client.post("/graphql", json={"query": query}, headers=headers)
        assert response.status_code < 500, response.text
        assert response.status_code == 200, (response.status_code, response.text)
        body = response.json()
        errors = body.get("errors") or []
        for error in errors:
            assert error["message"].strip() and MASKED not in error["message"], (query, error)
        result = (body.get("data") or {}).get(field)
        failed = bool(errors) or (isinstance(result, dict) and result.get("__typename") in PROBLEM_TYPES)
        if failed or label.startswith("Query."):
            assert store_state(store) == before, (query, body)

    check()
