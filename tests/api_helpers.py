"""Helpers for GraphQL tests: real tokens in the real store, and posting queries with them."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from netmap.auth.tokens import create_token
from netmap.store.base import GraphStore

ROLES = ("anonymous", "reader", "editor", "admin")


def make_tokens(store: GraphStore) -> dict[str, str | None]:
    """A real token for each role (None for anonymous), made through netmap.auth.tokens."""
    tokens: dict[str, str | None] = {"anonymous": None}
    for role in ROLES[1:]:
        tokens[role] = create_token(store, f"test-{role}", role)
    return tokens


def post(client: TestClient, query: str, token: str | None = None, **variables: Any) -> dict[str, Any]:
    """The JSON answer of a GraphQL request that must come back with HTTP 200."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
