"""Requests to /graphql that are not GraphQL over HTTP: each gets a clear 4xx JSON answer
(what is wrong, how to send it instead), never a 500, and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.settings import Settings
from netmap.store.base import GraphStore

JSON = {"content-type": "application/json"}
QUERY = b'{"query": "{ actors { totalCount } }"}'

BAD_REQUESTS: dict[str, tuple[dict[str, Any], int, str]] = {
    "malformed JSON": ({"content": b'{"query": ', "headers": JSON}, 400, "not valid JSON"),
    "JSON that is a number": ({"content": b"5", "headers": JSON}, 400, "one JSON object"),
    "JSON that is a list": ({"content": b"[1, 2]", "headers": JSON}, 400, "one JSON object"),
    "query that is not a string": ({"content": b'{"query": 5}', "headers": JSON}, 400, "`query` must be a string"),
    "no query": ({"content": b"{}", "headers": JSON}, 400, "has no GraphQL query"),
    "variables that are not an object": (
        {"content": b'{"query": "{ actors { totalCount } }", "variables": [1]}', "headers": JSON},
        400,
        "`variables` must be an object",
    ),
    "Latin-1 body": (
        {"content": '{"query": "{ actors(search: \\"Bärbel\\") { totalCount } }"}'.encode("latin-1"), "headers": JSON},
        400,
        "not UTF-8",
    ),
    "binary body": ({"content": b"\xff\xfe\x00\x81garbage", "headers": JSON}, 400, "not UTF-8"),
    "text/plain": ({"content": QUERY, "headers": {"content-type": "text/plain"}}, 415, "must be JSON"),
    "no content type": ({"content": QUERY, "headers": {}}, 415, "must be JSON"),
    "XML": ({"content": b"<query/>", "headers": {"content-type": "application/xml"}}, 415, "must be JSON"),
}


@pytest.mark.parametrize("name", list(BAD_REQUESTS))
def test_a_bad_request_gets_a_clear_4xx(client: TestClient, graph_store: GraphStore, name: str) -> None:
    kwargs, status, words = BAD_REQUESTS[name]
    before = graph_store.revision()
    response = client.post("/graphql", **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert words in body["error"]
    assert "Content-Type: application/json" in body["hint"]
    assert graph_store.revision() == before


def test_a_good_request_still_works(client: TestClient) -> None:
    response = client.post("/graphql", content=QUERY, headers=JSON)
    assert response.status_code == 200 and response.json()["data"]["actors"]["totalCount"] > 0


def test_an_oversized_request_gets_413(client: TestClient) -> None:
    padding = "x" * 2_000_000
    response = client.post("/graphql", json={"query": "{ actors { totalCount } }", "variables": {"pad": padding}})
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]


def test_the_console_in_production_is_a_clear_404(graph_store: GraphStore) -> None:
    with TestClient(create_app(Settings(env="production"), graph_store)) as client:
        response = client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert "NETMAP_ENV=production" in response.json()["error"]
