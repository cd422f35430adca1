"""Analysis through GraphQL and `netmap analyse`: the same ranking, names for humans, privacy."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from netmap.cli import main
from netmap.store.base import GraphStore
from tests.api_helpers import make_tokens, post
from tests.fixtures import HIDDEN_NAMES

TOP5 = "{ centrality(metric: BETWEENNESS, top: 5) { rank score actor { id name } } }"


def _cli(store: GraphStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{store.url.removeprefix('sqlite:///')}")
    assert main(["analyse", *args]) == 0
    return capsys.readouterr().out


def _ask(client: TestClient, query: str) -> dict[str, Any]:
    body = client.post("/graphql", json={"query": query}).json()
    assert "errors" not in body, body
    return body["data"]  # type: ignore[no-any-return]


def test_cli_and_graphql_give_the_same_public_ranking(
    demo_store: GraphStore, demo_client: TestClient, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(
        _cli(demo_store, monkeypatch, capsys, "--metric", "betweenness", "--top", "5", "--public", "--format", "json")
    )
    answer = _ask(demo_client, TOP5)["centrality"]
    assert [(r["id"], r["betweenness"]) for r in rows] == [(a["actor"]["id"], round(a["score"], 6)) for a in answer]
    assert rows[0]["betweenness"] > rows[-1]["betweenness"] > 0


def test_cli_default_ranking_matches_graphql_for_a_reader_token(
    demo_store: GraphStore, demo_client: TestClient, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    table = _cli(demo_store, monkeypatch, capsys, "--metric", "betweenness", "--top", "5")
    body = post(demo_client, TOP5, make_tokens(demo_store)["reader"])
    names = [a["actor"]["name"] for a in body["data"]["centrality"]]
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["rank", "name"]
    for rank, (line, answer) in enumerate(zip(lines[1:], body["data"]["centrality"], strict=True), 1):
        assert line.startswith(f"{rank} ") and answer["actor"]["name"] in line
        assert float(line.split()[-1]) == round(answer["score"], 6)
    assert len(set(names)) == 5


def test_anonymous_analysis_never_shows_hidden_actors(client: TestClient) -> None:
    query = """{
      centrality(metric: DEGREE, top: 50) { actor { name } }
      communities { members { name } }
      brokers(top: 50) { byConstraint { actor { name } } articulationPoints { name } bridges { source { name } target { name } } }
      suggestions(actorId: "org-caritas") { actor { name } reasons }
      fundingDependency(actorId: "project-lotsen") { topShare herfindahl basis shares { funder { name } share amount } }
      singleFunderProjects { actor { name } }
      actor(id: "org-caritas") { metrics { degree betweenness constraint } }
    }"""
    data = _ask(client, query)
    text = json.dumps(data, ensure_ascii=False)
    for hidden in HIDDEN_NAMES:
        assert hidden not in text
    assert data["fundingDependency"]["shares"] == [
        {"funder": {"name": "Ministerium für Integration"}, "share": 1.0, "amount": 50000.0}
    ]
    assert data["singleFunderProjects"] == [{"actor": {"name": "Integrationslots*innen Musterland"}}]
    # public graph: Caritas's only public tie is AWO (the network project's other member is hidden)
    assert data["actor"]["metrics"]["degree"] == pytest.approx(2 / 5)
    assert {a["actor"]["name"] for a in data["centrality"]} == {
        "Caritasverband Musterland e.V.",
        "AWO Kreisverband Musterland",
        "Jobcenter Musterland",
        "Ministerium für Integration",
        "Integrationslots*innen Musterland",
        "Netzwerk Migration Musterland",
    }


def test_suggestions_for_a_hidden_actor_say_not_found(client: TestClient) -> None:
    body = client.post("/graphql", json={"query": '{ suggestions(actorId: "org-geheim") { score } }'}).json()
    assert "No actor with id 'org-geheim' exists." in body["errors"][0]["message"]


def test_bad_top_is_explained(client: TestClient) -> None:
    body = client.post("/graphql", json={"query": "{ centrality(metric: DEGREE, top: 0) { rank } }"}).json()
    assert "ask for 1 to 1000 actors" in body["errors"][0]["message"]


def test_cli_csv_communities_and_suggestions_use_names(
    demo_store: GraphStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(_cli(demo_store, monkeypatch, capsys, "--metric", "degree", "--top", "3", "--format", "csv"))
        )
    )
    assert len(rows) == 3 and all(r["name"] and r["id"] for r in rows)
    communities = _cli(demo_store, monkeypatch, capsys, "--communities", "--top", "2")
    assert "AWO Kreisverband Siegen-Wittgenstein/Olpe" in communities
    suggested = _cli(demo_store, monkeypatch, capsys, "--suggest", "org-agentur-fuer-arbeit-siegen", "--lang", "en")
    assert "shared partners:" in suggested


def test_cli_refuses_an_unknown_actor_and_a_bad_date(
    demo_store: GraphStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{demo_store.url.removeprefix('sqlite:///')}")
    assert main(["analyse", "--suggest", "org-nobody"]) == 2
    assert "No actor with id 'org-nobody' exists." in capsys.readouterr().err
    assert main(["analyse", "--as-of", "31.12.2024"]) == 2
    assert "Write it as YYYY-MM-DD" in capsys.readouterr().err
