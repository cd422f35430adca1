"""Likely duplicates and merging two actors that are one (store, CLI and GraphQL)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from netmap.api.context import Context
from netmap.api.graphql import build_schema
from netmap.api.viewer import Viewer
from netmap.cli import main
from netmap.errors import ConflictError, NotFoundError
from netmap.ingest.duplicates import find_duplicates
from netmap.ingest.merge import merge_actors
from netmap.model import Node, Relation
from netmap.schema import relation_id
from netmap.store.base import GraphStore, PutNode, PutRelation


def add_double(store: GraphStore) -> None:
    """A second spelling of the Caritas, cooperating with the AWO (as the first one does) and the job centre."""
    rel = Relation(
        relation_id("COOPERATES_WITH", "org-awo", "org-caritas-2", "2021"),
        "COOPERATES_WITH",
        "org-awo",
        "org-caritas-2",
        ("doc-2",),
        {"since": "2021"},
    )
    other = Relation(
        relation_id("COOPERATES_WITH", "org-caritas-2", "org-jobcenter"),
        "COOPERATES_WITH",
        "org-caritas-2",
        "org-jobcenter",
        ("doc-2",),
    )
    store.apply(
        [
            PutNode(
                Node(
                    "org-caritas-2",
                    "Organisation",
                    "Caritasverband Musterland",
                    aliases=("CV Musterland",),
                    topics=("sprache",),
                    sources=("doc-2",),
                )
            ),
            PutRelation(rel),
            PutRelation(other),
        ],
        author="test",
    )


def run(store: GraphStore, query: str, role: str = "editor", **variables: Any) -> dict[str, Any]:
    result = asyncio.run(
        build_schema().execute(query, variable_values=variables, context_value=Context(store, Viewer(role, "anna")))
    )
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data


def test_duplicates_found_by_normalised_name(graph_store: GraphStore) -> None:
    add_double(graph_store)
    groups = find_duplicates(graph_store)
    assert [(g.kind, [n.id for n in g.nodes]) for g in groups] == [("Organisation", ["org-caritas", "org-caritas-2"])]


def test_merge_repoints_relations_keeps_aliases_and_sources(graph_store: GraphStore) -> None:
    add_double(graph_store)
    before_awo = len(graph_store.relations_of(["org-awo"])["org-awo"])
    merge_actors(graph_store, "org-caritas", "org-caritas-2", author="test")
    assert graph_store.get_nodes(["org-caritas-2"]) == {}
    kept = graph_store.get_nodes(["org-caritas"])["org-caritas"]
    assert "Caritasverband Musterland" in kept.aliases and "CV Musterland" in kept.aliases
    assert set(kept.sources) == {"doc-1", "doc-2"} and "sprache" in kept.topics
    relations = graph_store.relations_of(["org-caritas"])["org-caritas"]
    ends = sorted((r.kind, r.other("org-caritas")) for r in relations)
    assert ends.count(("COOPERATES_WITH", "org-awo")) == 1  # the two AWO cooperations became one
    assert ("COOPERATES_WITH", "org-jobcenter") in ends
    joined = next(r for r in relations if r.other("org-caritas") == "org-awo")
    assert "doc-2" in joined.sources
    assert len(graph_store.relations_of(["org-awo"])["org-awo"]) == before_awo - 1
    assert find_duplicates(graph_store) == []


def test_merge_refuses_other_kinds_and_unknown_ids(graph_store: GraphStore) -> None:
    revision = graph_store.revision()
    with pytest.raises(ConflictError, match="only actors of one kind"):
        merge_actors(graph_store, "org-caritas", "funder-land")
    with pytest.raises(NotFoundError):
        merge_actors(graph_store, "org-caritas", "org-nirgends")
    assert graph_store.revision() == revision


MERGE = """mutation($keep: ID!, $merge: ID!) { mergeActors(keepId: $keep, mergeId: $merge) {
  __typename ... on MergeSuccess { actor { id aliases } } ... on Forbidden { requiredRole }
  ... on NotFound { id } ... on Conflict { message } } }"""


def test_graphql_duplicates_and_merge_need_an_editor(graph_store: GraphStore) -> None:
    add_double(graph_store)
    data = run(graph_store, "{ duplicates { key kind actors { id } } }", role="anonymous")
    assert [a["id"] for a in data["duplicates"][0]["actors"]] == ["org-caritas", "org-caritas-2"]
    refused = run(graph_store, MERGE, role="reader", keep="org-caritas", merge="org-caritas-2")["mergeActors"]
    assert refused == {"__typename": "Forbidden", "requiredRole": "editor"}
    assert graph_store.get_nodes(["org-caritas-2"])
    missing = run(graph_store, MERGE, keep="org-caritas", merge="org-x")["mergeActors"]
    assert missing == {"__typename": "NotFound", "id": "org-x"}
    done = run(graph_store, MERGE, keep="org-caritas", merge="org-caritas-2")["mergeActors"]
    assert done["__typename"] == "MergeSuccess" and "CV Musterland" in done["actor"]["aliases"]
    assert graph_store.history("org-caritas", limit=1)[0].author == "anna"


def test_cli_duplicates_and_merge(
    graph_store: GraphStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_double(graph_store)
    monkeypatch.setenv("NETMAP_STORE", graph_store.url)
    assert main(["duplicates"]) == 0
    assert "org-caritas-2  Caritasverband Musterland" in capsys.readouterr().out
    assert main(["merge", "org-caritas", "org-caritas-2"]) == 0
    assert "Merged org-caritas-2 into org-caritas" in capsys.readouterr().out
    assert main(["merge", "org-caritas", "funder-land"]) == 2
    assert "only actors of one kind" in capsys.readouterr().err
    assert graph_store.history("org-caritas", limit=1)[0].author == "cli"
