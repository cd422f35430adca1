"""Saved maps through GraphQL: everyone reads public maps; only editors write."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from netmap.api.context import Context
from netmap.api.graphql import build_schema
from netmap.api.viewer import Viewer
from netmap.maps.definitions import find_map
from netmap.store.base import GraphStore

SAVE = """mutation($map: MapInput!) { saveMap(map: $map) {
  __typename
  ... on MapSaved { map { slug titleDe kinds embedSites public } }
  ... on ValidationProblem { field message }
  ... on Forbidden { requiredRole message }
} }"""
DELETE = """mutation($slug: String!) { deleteMap(slug: $slug) {
  __typename ... on MapDeleted { slug } ... on NotFound { id } ... on Forbidden { requiredRole }
} }"""


def run(store: GraphStore, role: str, query: str, **variables: Any) -> dict[str, Any]:
    """Run a query as a viewer with `role` (token handling is tested where tokens live)."""
    result = build_schema().execute_sync(
        query, variable_values=variables, context_value=Context(store, Viewer(role=role))
    )
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data


def test_editor_saves_lists_and_deletes_a_map(store: GraphStore) -> None:
    new = {"slug": "siegen", "titleDe": "Siegen", "kinds": ["Organisation"], "embedSites": ["https://a.example"]}
    saved = run(store, "editor", SAVE, map=new)["saveMap"]
    assert saved == {
        "__typename": "MapSaved",
        "map": {
            "slug": "siegen",
            "titleDe": "Siegen",
            "kinds": ["Organisation"],
            "embedSites": ["https://a.example"],
            "public": False,
        },
    }
    found = find_map(store, "siegen")
    assert found is not None and found.embed_sites == ("https://a.example",)
    assert [m["slug"] for m in run(store, "editor", "{ maps { slug } }")["maps"]] == ["demo", "siegen"]
    assert run(store, "editor", DELETE, slug="siegen")["deleteMap"] == {"__typename": "MapDeleted", "slug": "siegen"}
    assert run(store, "editor", DELETE, slug="siegen")["deleteMap"] == {"__typename": "NotFound", "id": "siegen"}


def test_bad_map_is_a_validation_problem_and_changes_nothing(store: GraphStore) -> None:
    bad = run(store, "editor", SAVE, map={"slug": "x", "titleDe": "X", "relationKinds": ["LIKES"]})["saveMap"]
    assert bad["__typename"] == "ValidationProblem" and bad["field"] == "relation_kinds"
    assert "COOPERATES_WITH" in bad["message"]
    assert find_map(store, "x") is None


def test_readers_and_anonymous_may_not_write_and_anonymous_sees_public_maps_only(store: GraphStore) -> None:
    run(store, "editor", SAVE, map={"slug": "intern", "titleDe": "Intern"})
    for role in ("anonymous", "reader"):
        denied = run(store, role, SAVE, map={"slug": "intern", "titleDe": "Überschrieben"})["saveMap"]
        assert denied["__typename"] == "Forbidden" and denied["requiredRole"] == "editor"
        assert run(store, role, DELETE, slug="intern")["deleteMap"]["__typename"] == "Forbidden"
    assert [m["slug"] for m in run(store, "anonymous", "{ maps { slug } }")["maps"]] == ["demo"]
    assert run(store, "anonymous", '{ map(slug: "intern") { slug } }')["map"] is None
    assert [m["slug"] for m in run(store, "reader", "{ maps { slug } }")["maps"]] == ["demo", "intern"]
    assert run(store, "reader", '{ map(slug: "intern") { slug } }')["map"] == {"slug": "intern"}
    found = find_map(store, "intern")
    assert found is not None and found.title_de == "Intern"


def test_anonymous_http_caller_is_refused(client: TestClient) -> None:
    answer = client.post("/graphql", json={"query": SAVE, "variables": {"map": {"slug": "a", "titleDe": "A"}}})
    assert answer.json()["data"]["saveMap"]["__typename"] == "Forbidden"
