"""From a pasted press release to the map: extract, save a draft, review, accept, see it."""

from __future__ import annotations

import asyncio
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.context import Context
from netmap.api.graphql import build_schema
from netmap.api.viewer import Viewer
from netmap.cli import main
from netmap.errors import ConflictError
from netmap.ingest.extract import drafts
from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.matching import actor_index, match_existing
from netmap.ingest.extract.proposals import extract_document
from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.settings import Settings
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore

RELEASE = """Caritas und Jobcenter Siegen-Wittgenstein starten Lotsenprojekt

Siegen, 03.05.2024 – Der Caritasverband Siegen-Wittgenstein e.V. und das Jobcenter Kreis Siegen-Wittgenstein haben eine Kooperationsvereinbarung unterzeichnet. Das Projekt „Wegweiser Arbeit“ wird vom Caritasverband Siegen-Wittgenstein e.V. durchgeführt und aus Mitteln des Europäischen Sozialfonds gefördert.
Lena Vogt, Projektleiterin des Caritasverbandes Siegen-Wittgenstein e.V., stellte das Projekt vor.
"""


def _ids(draft: dict[str, Any]) -> dict[str, str]:
    return {e["name"]: e["id"] for e in draft["entities"]}


def _relation(draft: dict[str, Any], kind: str, source: str, target: str) -> str:
    ids = _ids(draft)
    return next(r["id"] for r in draft["relations"] if r["kind"] == kind and {r["from"], r["to"]} == {ids[source], ids[target]})


def test_draft_review_writes_only_accepted_facts_with_their_source(store: GraphStore) -> None:
    import_path(store, seeds_dir())
    before_nodes, before_relations = store.count_nodes(), store.count_relations()
    extraction = extract_document(document_from_text("wegweiser.txt", RELEASE))
    assert match_existing(extraction, actor_index(store)) >= 2
    draft_id = drafts.save_draft(store, extraction)
    assert (store.count_nodes(), store.count_relations()) == (before_nodes, before_relations)  # nothing unreviewed

    draft = drafts.get_draft(store, draft_id)
    ids = _ids(draft)
    caritas = next(e for e in draft["entities"] if e["id"] == ids["Caritasverband Siegen-Wittgenstein e.V."])
    assert caritas["match"]["id"] == "org-caritas-siegen-wittgenstein"
    funds = _relation(draft, "FUNDS", "Europäischer Sozialfonds", "Wegweiser Arbeit")
    with pytest.raises(Exception, match="Accept e\\d+ first"):
        drafts.accept(store, draft_id, funds)
    assert store.count_relations() == before_relations

    project = drafts.accept(store, draft_id, ids["Wegweiser Arbeit"])
    funder = drafts.accept(store, draft_id, ids["Europäischer Sozialfonds"])
    person = drafts.accept(store, draft_id, ids["Lena Vogt"])
    drafts.accept(store, draft_id, funds)
    runs = _relation(draft, "RUNS", "Caritasverband Siegen-Wittgenstein e.V.", "Wegweiser Arbeit")
    drafts.accept(store, draft_id, runs)  # the matched Caritasverband needs no accepting of its own
    drafts.reject(store, draft_id, _relation(draft, "MEMBER_OF", "Lena Vogt", "Caritasverband Siegen-Wittgenstein e.V."))
    with pytest.raises(ConflictError):
        drafts.accept(store, draft_id, ids["Wegweiser Arbeit"])

    source_id = f"press-{draft_id}"
    source = store.get_sources([source_id])[source_id]
    assert (source.title, source.date, source.note) == (
        "Caritas und Jobcenter Siegen-Wittgenstein starten Lotsenprojekt", "2024-05-03", "wegweiser.txt",
    )  # fmt: skip
    nodes = store.get_nodes([project, funder, person])
    assert all(source_id in n.sources for n in nodes.values())
    assert nodes[person].visibility == "internal" and nodes[project].visibility == "public"
    assert store.count_nodes() == before_nodes + 3
    assert store.count_relations() == before_relations + 2
    statuses = {p["id"]: p["status"] for p in drafts.get_draft(store, draft_id)["relations"]}
    assert statuses[funds] == "accepted" and list(statuses.values()).count("rejected") == 1


def _graphql(store: GraphStore, role: str, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    result = asyncio.run(
        build_schema().execute(query, variable_values=variables, context_value=Context(store=store, viewer=Viewer(role=role)))
    )
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data


def test_graphql_review_for_editors_only(demo_store: GraphStore) -> None:
    extract = """mutation($t: String!) { extractDraft(fileName: "w.txt", text: $t) {
        __typename ... on Draft { id actors { id name kind status matchId } relations { id kind fromName toName } }
        ... on Forbidden { requiredRole } } }"""
    assert _graphql(demo_store, "anonymous", extract, {"t": RELEASE})["extractDraft"]["__typename"] == "Forbidden"
    draft = _graphql(demo_store, "editor", extract, {"t": RELEASE})["extractDraft"]
    assert draft["__typename"] == "Draft"
    actor = next(a for a in draft["actors"] if a["name"] == "Wegweiser Arbeit")
    decide = """mutation($d: String!, $p: String!) { acceptProposal(draftId: $d, proposalId: $p) {
        __typename ... on ProposalDecision { status writtenId } ... on ValidationProblem { message }
        ... on NotFound { message } } }"""
    accepted = _graphql(demo_store, "editor", decide, {"d": draft["id"], "p": actor["id"]})["acceptProposal"]
    assert accepted == {"__typename": "ProposalDecision", "status": "accepted", "writtenId": "project-wegweiser-arbeit"}
    missing = _graphql(demo_store, "editor", decide, {"d": draft["id"], "p": "e999"})["acceptProposal"]
    assert missing["__typename"] == "NotFound"
    listed = _graphql(demo_store, "editor", "{ drafts { ... on DraftList { drafts { id actors { id status } } } } }")
    statuses = {a["id"]: a["status"] for a in listed["drafts"]["drafts"][0]["actors"]}
    assert statuses[actor["id"]] == "accepted"
    anonymous = _graphql(demo_store, "anonymous", "{ drafts { __typename } }")
    assert anonymous["drafts"]["__typename"] == "Forbidden"


def test_newcomer_flow_from_pasted_file_to_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "netmap.db"
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{db}")
    assert main(["import", str(seeds_dir())]) == 0
    release = tmp_path / "pressemitteilung.txt"
    release.write_text(RELEASE, encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", "--format", "json", str(release)]) == 0
    shown = json.loads(capsys.readouterr().out)[0]
    assert shown["draft"] is None and any(e["name"] == "Wegweiser Arbeit" for e in shown["entities"])
    assert main(["extract", "--save", str(release)]) == 0
    out = capsys.readouterr().out
    draft_id = re.search(r"Saved as draft (\S+)\.", out).group(1)  # type: ignore[union-attr]
    assert main(["drafts", "list", draft_id]) == 0
    listing = capsys.readouterr().out
    project = re.search(r"(e\d+)\s+pending\s+Project\s+Wegweiser Arbeit", listing).group(1)  # type: ignore[union-attr]
    assert main(["drafts", "accept", draft_id, project]) == 0
    assert "accepted" in capsys.readouterr().out
    assert main(["drafts", "accept", draft_id, "e999"]) == 2
    assert "No proposal" in capsys.readouterr().out

    store = SQLiteStore(db)
    try:
        with TestClient(create_app(Settings(), store)) as client:
            page = client.get("/maps/demo")
    finally:
        store.close()
    data = json.loads(re.search(r'id="map-data">(.*?)</script>', page.text, re.S).group(1))  # type: ignore[union-attr]
    assert "project-wegweiser-arbeit" in {n["id"] for n in data["nodes"]}
    assert "Wegweiser Arbeit" in html.unescape(page.text)
    assert "Lena Vogt" not in html.unescape(page.text)
