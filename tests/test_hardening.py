"""Each limit in front of GraphQL, proven against the real app."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.graphql import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from netmap.api.guards import TokenBuckets
from netmap.auth.tokens import create_token
from netmap.settings import Settings
from netmap.store.base import GraphStore
from tests.api_helpers import post


def test_deep_queries_are_refused(client: TestClient) -> None:
    nested = "relations { to { " * MAX_DEPTH + "id" + " } }" * MAX_DEPTH
    body = post(client, '{ actor(id: "org-awo") { ' + nested + " } }")
    assert "exceeds maximum operation depth" in body["errors"][0]["message"] and body["data"] is None
    shallow = post(client, '{ actor(id: "org-awo") { relations { to { relations { to { id } } } } } }')
    assert "errors" not in shallow


def test_too_many_tokens_and_aliases_are_refused(client: TestClient) -> None:
    many_tokens = "{ " + " ".join("__typename" for _ in range(MAX_TOKENS)) + " }"
    assert f"more than {MAX_TOKENS} tokens" in post(client, many_tokens)["errors"][0]["message"]
    aliases = " ".join(f'a{i}: actor(id: "org-awo") {{ id }}' for i in range(MAX_ALIASES + 1))
    assert "aliases found" in post(client, "{ " + aliases + " }")["errors"][0]["message"]


def test_page_size_is_capped(client: TestClient) -> None:
    assert "0 to 100" in post(client, "{ actors(first: 101) { totalCount } }")["errors"][0]["message"]
    assert "errors" not in post(client, "{ actors(first: 100) { totalCount } }")


def test_large_bodies_get_413_with_and_without_a_declared_length(graph_store: GraphStore) -> None:
    with TestClient(create_app(Settings(max_body_bytes=1000), graph_store)) as client:
        big = '{"query": "{ actors { totalCount } }", "x": "' + "a" * 2000 + '"}'
        declared = client.post("/graphql", content=big, headers={"content-type": "application/json"})
        assert declared.status_code == 413 and "larger than 1,000 bytes" in declared.json()["error"]

        def chunks() -> Iterator[bytes]:
            for _ in range(5):
                yield b" " * 400

        streamed = client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        small = client.post("/graphql", json={"query": "{ actors { totalCount } }"})
        assert small.status_code == 200 and small.json()["data"]["actors"]["totalCount"] == 6


def test_rate_limit_answers_429_with_retry_after(graph_store: GraphStore) -> None:
    with TestClient(create_app(Settings(rate_limit_per_minute=3), graph_store)) as client:
        codes = [client.post("/graphql", json={"query": "{ __typename }"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = client.post("/graphql", json={"query": "{ __typename }"})
        assert refused.json()["hint"].startswith("Wait 20 seconds") and refused.headers["Retry-After"] == "20"
        assert client.get("/health").status_code == 200  # only /graphql is limited


def test_token_buckets_refill_over_time() -> None:
    buckets = TokenBuckets(per_minute=60)
    assert all(buckets.take("a", now=0.0) == 0 for _ in range(60))
    assert buckets.take("a", now=0.0) == 1.0
    assert buckets.take("b", now=0.0) == 0  # every client has its own bucket
    assert buckets.take("a", now=1.0) == 0


def test_token_buckets_forget_clients_that_are_not_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("netmap.api.guards.MAX_CLIENTS", 3)
    buckets = TokenBuckets(per_minute=60)
    for client in "abcd":
        buckets.take(client, now=0.0)
    buckets.take("e", now=61.0)
    assert set(buckets.buckets) == {"e"}


INTROSPECT = "{ __schema { queryType { name } } }"
TYPO = "{ actors { totalCont } }"


def test_production_has_no_introspection_no_suggestions_no_console(graph_store: GraphStore) -> None:
    with TestClient(create_app(Settings(), graph_store)) as dev:
        assert post(dev, INTROSPECT)["data"]["__schema"]["queryType"]["name"] == "Query"
        assert "Did you mean 'totalCount'?" in post(dev, TYPO)["errors"][0]["message"]
    with TestClient(create_app(Settings(env="production"), graph_store)) as prod:
        refused = post(prod, INTROSPECT)
        assert "introspection" in refused["errors"][0]["message"].lower() and refused["data"] is None
        typo = post(prod, TYPO)["errors"][0]["message"]
        assert "totalCont" in typo and "Did you mean" not in typo
        assert prod.get("/graphql", headers={"accept": "text/html"}).status_code != 200


def test_unexpected_errors_are_masked_with_an_id_that_is_logged(
    graph_store: GraphStore, caplog: pytest.LogCaptureFixture
) -> None:
    admin = create_token(graph_store, "ada", "admin")
    graph_store.put_record("tokens", "broken", {"note": "written by hand, without role and hash"})
    with TestClient(create_app(Settings(), graph_store)) as client:
        with caplog.at_level(logging.ERROR, logger="netmap.api"):
            body = post(client, "{ tokens { name } }", admin)
    message = body["errors"][0]["message"]
    error_id = body["errors"][0]["extensions"]["errorId"]
    assert message == f"Something went wrong inside netmap. Please report error id {error_id}."
    assert "role" not in message
    assert any(error_id in r.getMessage() and r.exc_info for r in caplog.records)
