from __future__ import annotations

from starlette.testclient import TestClient

from netmap.auth.tokens import create_token
from netmap.model import Relation
from netmap.store.base import GraphStore, PutRelation
from tests.api_helpers import post

NEIGHBOURS = """query($id: ID!, $depth: Int!, $kinds: [RelationKind!]) {
  neighbourhood(id: $id, depth: $depth, relationKinds: $kinds) { actors { id } relations { kind from { id } to { id } } } }"""
PATH = """query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b) { length actors { id } relations { kind } } }"""


def test_neighbourhood_grows_with_depth_and_follows_only_the_kinds_asked(client: TestClient) -> None:
    one = post(client, NEIGHBOURS, id="org-awo", depth=1)["data"]["neighbourhood"]
    assert [a["id"] for a in one["actors"]][0] == "org-awo"
    assert {a["id"] for a in one["actors"]} == {"org-awo", "org-caritas", "org-jobcenter", "project-lotsen"}
    two = post(client, NEIGHBOURS, id="org-awo", depth=2)["data"]["neighbourhood"]
    assert {a["id"] for a in two["actors"]} == {a["id"] for a in one["actors"]} | {"funder-land", "project-netz"}
    coop = post(client, NEIGHBOURS, id="org-awo", depth=3, kinds=["COOPERATES_WITH"])["data"]["neighbourhood"]
    assert {a["id"] for a in coop["actors"]} == {"org-awo", "org-caritas", "org-jobcenter"}
    assert {r["kind"] for r in coop["relations"]} == {"COOPERATES_WITH"}
    too_deep = post(client, NEIGHBOURS, id="org-awo", depth=4)
    assert "1 to 3" in too_deep["errors"][0]["message"]


def test_anonymous_neighbourhood_and_paths_skip_hidden_actors(client: TestClient, graph_store: GraphStore) -> None:
    three = post(client, NEIGHBOURS, id="org-caritas", depth=3)["data"]["neighbourhood"]
    assert not {"person-erika", "org-geheim"} & {a["id"] for a in three["actors"]}
    assert "person-erika" not in str(three) and "org-geheim" not in str(three)
    assert post(client, NEIGHBOURS, id="person-erika", depth=1)["data"]["neighbourhood"] is None
    assert post(client, PATH, a="person-erika", b="org-awo")["data"]["shortestPath"] is None
    token = create_token(graph_store, "reader", "reader")
    seen = post(client, NEIGHBOURS, token, id="org-caritas", depth=2)["data"]["neighbourhood"]
    assert {"person-erika", "org-geheim"} <= {a["id"] for a in seen["actors"]}
    path = post(client, PATH, token, a="person-erika", b="org-awo")["data"]["shortestPath"]
    assert [a["id"] for a in path["actors"]] == ["person-erika", "org-caritas", "org-awo"]


def test_shortest_path_links_two_actors_through_a_chain(client: TestClient) -> None:
    path = post(client, PATH, a="funder-land", b="org-jobcenter")["data"]["shortestPath"]
    assert path["length"] == 3
    assert [a["id"] for a in path["actors"]] == ["funder-land", "project-lotsen", "org-awo", "org-jobcenter"]
    assert [r["kind"] for r in path["relations"]] == ["FUNDS", "RUNS", "COOPERATES_WITH"]
    only_coop = post(
        client,
        '{ shortestPath(fromId: "funder-land", toId: "org-jobcenter", relationKinds: [COOPERATES_WITH]) { length } }',
    )
    assert only_coop["data"]["shortestPath"] is None
    assert post(client, PATH, a="org-awo", b="no-such")["data"]["shortestPath"] is None


def test_node_finds_actors_by_plain_id(client: TestClient) -> None:
    body = post(client, '{ node(id: "project-netz") { id name ... on Project { type } } }')
    assert body["data"]["node"] == {"id": "project-netz", "name": "Netzwerk Migration Musterland", "type": "network"}
    assert post(client, '{ node(id: "org-geheim") { id } }')["data"]["node"] is None


def test_actor_filters_topic_has_relation_and_as_of(client: TestClient) -> None:
    def ids(args: str) -> set[str]:
        body = post(client, "{ actors(" + args + ") { edges { node { id } } } }")
        return {e["node"]["id"] for e in body["data"]["actors"]["edges"]}

    assert ids('topic: "ehrenamt"') == {"org-awo", "project-lotsen"}
    assert ids("hasRelation: FUNDS") == {"funder-land", "project-lotsen"}
    # the caritas–awo agreement began in 2021; the jobcenter referral has no dates, so holds always
    assert ids('hasRelation: COOPERATES_WITH, asOf: "2020-06-01"') == {"org-awo", "org-jobcenter"}
    assert ids('hasRelation: COOPERATES_WITH, asOf: "2022-06-01"') == {"org-awo", "org-jobcenter", "org-caritas"}
    # anonymous: caritas's only MEMBER_OF relation to a visible actor is project-netz; org-geheim's is hidden
    assert ids("hasRelation: MEMBER_OF") == {"org-caritas", "project-netz"}
    body = post(client, '{ actors(search: "AWO", asOf: "2020-01-01") { edges { node { relations { kind } } } } }')
    assert body["data"]["actors"]["edges"][0]["node"]["relations"] == [{"kind": "COOPERATES_WITH"}, {"kind": "RUNS"}]


FLOWS = """query($programme: String, $from: Date, $to: Date) {
  fundingFlows(programme: $programme, from: $from, to: $to) { count flows { from { id } to { id } amount }
    byFunder { actor { id } currency total count withoutAmount }
    byRecipient { actor { id } total count } byYear { year total count } } }"""


def test_funding_flows_with_totals_by_funder_recipient_and_year(client: TestClient, graph_store: GraphStore) -> None:
    extra = [
        Relation(
            id="f2", kind="FUNDS", from_id="funder-land", to_id="project-netz",
            properties={"amount": 20000.0, "currency": "EUR", "since": "2023", "until": "2024", "programme": "Netze"},
        ),
        Relation(id="f3", kind="FUNDS", from_id="funder-land", to_id="project-netz", properties={"since": "2025-02"}),
        Relation(id="f4", kind="FUNDS", from_id="funder-land", to_id="org-geheim", properties={"amount": 999.0}),
    ]  # fmt: skip
    graph_store.apply([PutRelation(r) for r in extra], author="test")
    flows = post(client, FLOWS)["data"]["fundingFlows"]
    assert flows["count"] == 3 and "org-geheim" not in str(flows)
    assert flows["byFunder"] == [
        {"actor": {"id": "funder-land"}, "currency": "EUR", "total": 70000.0, "count": 3, "withoutAmount": 1}
    ]
    assert flows["byRecipient"] == [
        {"actor": {"id": "project-lotsen"}, "total": 50000.0, "count": 1},
        {"actor": {"id": "project-netz"}, "total": 20000.0, "count": 2},
    ]
    assert flows["byYear"] == [
        {"year": None, "total": 50000.0, "count": 1},
        {"year": 2023, "total": 20000.0, "count": 1},
        {"year": 2025, "total": 0.0, "count": 1},
    ]
    assert post(client, FLOWS, programme="Netze")["data"]["fundingFlows"]["count"] == 1
    assert post(client, '{ fundingFlows(region: "Musterland") { count } }')["data"]["fundingFlows"]["count"] == 3
    assert post(client, '{ fundingFlows(region: "Land") { count } }')["data"]["fundingFlows"]["count"] == 0
    window = post(client, FLOWS, **{"from": "2025-01-01", "to": "2025-12-31"})["data"]["fundingFlows"]
    assert sorted(f["to"]["id"] + str(f["amount"]) for f in window["flows"]) == [
        "project-lotsen50000.0",
        "project-netzNone",
    ]
    reader = create_token(graph_store, "r", "reader")
    assert post(client, FLOWS, reader)["data"]["fundingFlows"]["count"] == 4


def test_anonymous_paths_never_pass_through_a_hidden_actor(client: TestClient, graph_store: GraphStore) -> None:
    shortcut = Relation(id="c-geheim", kind="COOPERATES_WITH", from_id="org-geheim", to_id="org-jobcenter")
    graph_store.apply([PutRelation(shortcut)], author="test")
    reader = create_token(graph_store, "r", "reader")
    seen = post(client, PATH, reader, a="project-netz", b="org-jobcenter")["data"]["shortestPath"]
    assert [a["id"] for a in seen["actors"]] == ["project-netz", "org-geheim", "org-jobcenter"]
    public = post(client, PATH, a="project-netz", b="org-jobcenter")["data"]["shortestPath"]
    assert [a["id"] for a in public["actors"]] == ["project-netz", "org-caritas", "org-awo", "org-jobcenter"]
