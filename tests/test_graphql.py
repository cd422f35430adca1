from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.settings import Settings
from netmap.store.base import GraphStore
from tests.fixtures import HIDDEN_NAMES, PUBLIC_IDS


def gql(client: TestClient, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


FUNDERS = """{ actors(kind: FUNDER) { totalCount edges { node { id name
  relations(kinds: [FUNDS]) { kind from { name } to { id name } programme sources { title } } } } } }"""


def test_demo_funders_name_the_senate_department_funding_wia(demo_client: TestClient) -> None:
    body = gql(demo_client, FUNDERS)
    assert "errors" not in body
    funders = {e["node"]["name"]: e["node"] for e in body["data"]["actors"]["edges"]}
    senate = funders["Senatsverwaltung für Integration, Arbeit und Soziales"]
    recipients = [r["to"]["name"] for r in senate["relations"]]
    assert "Willkommen in Arbeit Büro Spandau" in recipients
    assert all(r["sources"] for r in senate["relations"])


def test_actor_with_relations_in_both_directions_and_sources(client: TestClient) -> None:
    body = gql(
        client,
        """query($id: ID!) { actor(id: $id) { id name kind aliases topics sources { id title date }
           ... on Organisation { relations { kind from { id } to { id } form role since } }
           outgoing: relations(direction: OUTGOING) { kind } incoming: relations(direction: INCOMING) { kind } } }""",
        id="org-awo",
    )
    actor = body["data"]["actor"]
    assert actor["kind"] == "ORGANISATION" and actor["aliases"] == ["AWO"]
    assert actor["sources"] == [{"id": "doc-1", "title": "Pressemitteilung Eins", "date": "2024-05-01"}]
    kinds = sorted(r["kind"] for r in actor["relations"])
    assert kinds == ["COOPERATES_WITH", "COOPERATES_WITH", "RUNS"]
    assert sorted(r["kind"] for r in actor["outgoing"]) == ["COOPERATES_WITH", "COOPERATES_WITH", "RUNS"]
    assert sorted(r["kind"] for r in actor["incoming"]) == ["COOPERATES_WITH", "COOPERATES_WITH"]


def test_anonymous_callers_see_no_people_and_no_internal_actors(client: TestClient) -> None:
    body = gql(client, "{ actors(first: 100) { totalCount edges { node { id } } } }")
    ids = {e["node"]["id"] for e in body["data"]["actors"]["edges"]}
    assert ids == PUBLIC_IDS and body["data"]["actors"]["totalCount"] == len(PUBLIC_IDS)
    for hidden in ("person-erika", "org-geheim"):
        assert gql(client, "query($id: ID!) { actor(id: $id) { id } }", id=hidden)["data"]["actor"] is None
    netz = gql(client, '{ actor(id: "project-netz") { relations { from { id } } } }')["data"]["actor"]
    assert [r["from"]["id"] for r in netz["relations"]] == ["org-caritas"]
    caritas = gql(client, '{ actor(id: "org-caritas") { relations { from { id } to { id } } } }')
    assert "person-erika" not in str(caritas)
    found = gql(client, '{ actors(search: "Ölweg") { totalCount } }')
    assert found["data"]["actors"]["totalCount"] == 0
    assert not any(name in str(body) for name in HIDDEN_NAMES)


def test_paging_with_cursors(client: TestClient) -> None:
    query = "query($after: String) { actors(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"
    seen: list[str] = []
    after = None
    for _ in range(10):
        page = gql(client, query, after=after)["data"]["actors"]
        seen += [e["node"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == len(PUBLIC_IDS)


def test_filters_kind_region_search(client: TestClient) -> None:
    body = gql(
        client,
        '{ actors(kind: PROJECT, region: "Musterland", search: "lots") { edges { node { id ... on Project { type } } } } }',
    )
    assert body["data"]["actors"]["edges"] == [{"node": {"id": "project-lotsen", "type": "project"}}]


def test_bad_arguments_get_clear_errors(client: TestClient) -> None:
    too_many = gql(client, "{ actors(first: 500) { totalCount } }")
    assert "0 to 100" in too_many["errors"][0]["message"]
    bad_cursor = gql(client, '{ actors(after: "nonsense") { totalCount } }')
    assert "pageInfo.endCursor" in bad_cursor["errors"][0]["message"]
    unknown = gql(client, "{ actors(kind: VEREIN) { totalCount } }")
    assert "VEREIN" in unknown["errors"][0]["message"]


def test_funding_flows(client: TestClient) -> None:
    body = gql(
        client, '{ fundingFlows(funderId: "funder-land") { count flows { to { id } amount currency programme } } }'
    )
    flows = body["data"]["fundingFlows"]
    assert flows["count"] == 1
    assert flows["flows"][0] == {
        "to": {"id": "project-lotsen"},
        "amount": 50000.0,
        "currency": "EUR",
        "programme": "Landesprogramm Lotsen",
    }
    none = gql(client, '{ fundingFlows(recipientId: "org-awo") { count } }')
    assert none["data"]["fundingFlows"]["count"] == 0


def test_console_only_outside_production(graph_store: GraphStore) -> None:
    html = {"accept": "text/html"}
    with TestClient(create_app(Settings(), graph_store)) as dev:
        page = dev.get("/graphql", headers=html)
        assert page.status_code == 200 and "GraphQL-Konsole" in page.text
    with TestClient(create_app(Settings(env="production"), graph_store)) as prod:
        assert prod.get("/graphql", headers=html).status_code != 200
        assert prod.post("/graphql", json={"query": "{ actors { totalCount } }"}).json()["data"]["actors"][
            "totalCount"
        ] == len(PUBLIC_IDS)


def test_health(client: TestClient, graph_store: GraphStore) -> None:
    body = client.get("/health").json()
    assert body["store"] == "sqlite" and body["revision"] == graph_store.revision()
    assert body["counts"]["Person"] == 1 and body["relations"] == graph_store.count_relations()
