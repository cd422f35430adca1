"""Who may see and do what, on every root field: anonymous, reader, editor and admin.

Read fields: anonymous callers get public data only ("public"), every token holder gets all ("all").
Write fields: readers and anonymous callers get a Forbidden result and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.graphql import build_schema
from netmap.model import Relation
from netmap.schema import relation_id
from netmap.settings import Settings
from netmap.store.base import GraphStore, PutRelation
from tests.api_helpers import ROLES, make_tokens, post

Body = dict[str, Any]
FUNDS_ID = relation_id("FUNDS", "funder-land", "project-lotsen")


def _write(field: str) -> Callable[[Body], str]:
    def outcome(body: Body) -> str:
        return "forbidden" if body["data"][field]["__typename"] == "Forbidden" else "done"

    return outcome


def _hidden_seen(field: str, hidden: str = "person-erika") -> Callable[[Body], str]:
    def outcome(body: Body) -> str:
        return "all" if hidden in str(body["data"][field]) else "public"

    return outcome


READ = {"anonymous": "public", "reader": "all", "editor": "all", "admin": "all"}
EDIT = {"anonymous": "forbidden", "reader": "forbidden", "editor": "done", "admin": "done"}
ADMIN_WRITE = {"anonymous": "forbidden", "reader": "forbidden", "editor": "forbidden", "admin": "done"}
ANYONE = {"anonymous": "ok", "reader": "ok", "editor": "ok", "admin": "ok"}
READER_UP = {"anonymous": "forbidden", "reader": "done", "editor": "done", "admin": "done"}
ADMIN_READ = {"anonymous": "forbidden", "reader": "forbidden", "editor": "forbidden", "admin": "all"}

# root field -> (query, how to read the answer, expected outcome per role)
MATRIX: dict[str, tuple[str, Callable[[Body], str], dict[str, str]]] = {
    "actors": (
        '{ actors(search: "Erika") { totalCount } }',
        lambda b: "all" if b["data"]["actors"]["totalCount"] == 1 else "public",
        READ,
    ),
    "actor": ('{ actor(id: "person-erika") { id } }', _hidden_seen("actor"), READ),
    "node": ('{ node(id: "org-geheim") { id } }', _hidden_seen("node", "org-geheim"), READ),
    "neighbourhood": ('{ neighbourhood(id: "org-caritas") { actors { id } } }', _hidden_seen("neighbourhood"), READ),
    "shortestPath": (
        '{ shortestPath(fromId: "org-awo", toId: "person-erika") { actors { id } } }',
        _hidden_seen("shortestPath"),
        READ,
    ),
    "fundingFlows": (
        "{ fundingFlows { flows { to { id } } byRecipient { actor { id } } } }",
        _hidden_seen("fundingFlows", "org-geheim"),
        READ,
    ),
    "centrality": ("{ centrality(metric: DEGREE, top: 50) { actor { id } } }", _hidden_seen("centrality"), READ),
    "communities": ("{ communities { members { id } } }", _hidden_seen("communities"), READ),
    "brokers": ("{ brokers(top: 50) { byConstraint { actor { id } } } }", _hidden_seen("brokers"), READ),
    "suggestions": (
        '{ suggestions(actorId: "org-caritas") { actor { id } } }',
        _hidden_seen("suggestions", "org-geheim"),
        READ,
    ),
    "fundingDependency": (
        '{ fundingDependency(actorId: "org-geheim") { actor { id } } }',
        _hidden_seen("fundingDependency", "org-geheim"),
        READ,
    ),
    "singleFunderProjects": (
        "{ singleFunderProjects(kinds: [ORGANISATION, PROJECT]) { actor { id } } }",
        _hidden_seen("singleFunderProjects", "org-geheim"),
        READ,
    ),
    "tokens": (
        "{ tokens { name role } }",
        lambda b: "forbidden" if "needs the role 'admin'" in str(b.get("errors")) else "all",
        ADMIN_READ,
    ),
    "createActor": (
        'mutation { createActor(actor: {id: "org-m", kind: ORGANISATION, name: "M"}) { __typename } }',
        _write("createActor"),
        EDIT,
    ),
    "updateActor": (
        'mutation { updateActor(id: "org-awo", patch: {region: "Anderswo"}) { __typename } }',
        _write("updateActor"),
        EDIT,
    ),
    "deleteActor": ('mutation { deleteActor(id: "org-jobcenter") { __typename } }', _write("deleteActor"), EDIT),
    "createRelation": (
        'mutation { createRelation(relation: {kind: COOPERATES_WITH, from: "org-caritas", to: "org-jobcenter"}) { __typename } }',
        _write("createRelation"),
        EDIT,
    ),
    "updateRelation": (
        f'mutation {{ updateRelation(id: "{FUNDS_ID}", patch: {{amount: 1}}) {{ __typename }} }}',
        _write("updateRelation"),
        EDIT,
    ),
    "deleteRelation": (
        f'mutation {{ deleteRelation(id: "{FUNDS_ID}") {{ __typename }} }}',
        _write("deleteRelation"),
        EDIT,
    ),
    "erasePerson": ('mutation { erasePerson(id: "person-erika") { __typename } }', _write("erasePerson"), ADMIN_WRITE),
    # drafts hold names of people, so even reading them needs an editor; "done" = allowed
    "drafts": ("{ drafts { __typename } }", _write("drafts"), EDIT),
    "extractDraft": (
        'mutation { extractDraft(fileName: "p.txt", text: "Die AWO Kreisverband Musterland lädt ein.") { __typename } }',
        _write("extractDraft"),
        EDIT,
    ),
    "acceptProposal": (
        'mutation { acceptProposal(draftId: "d", proposalId: "p") { __typename } }',
        _write("acceptProposal"),
        EDIT,
    ),
    "rejectProposal": (
        'mutation { rejectProposal(draftId: "d", proposalId: "p") { __typename } }',
        _write("rejectProposal"),
        EDIT,
    ),
    # a map that is not public ("intern") is saved before each run
    "maps": ("{ maps { slug } }", _hidden_seen("maps", "intern"), READ),
    "map": ('{ map(slug: "intern") { slug } }', _hidden_seen("map", "intern"), READ),
    "saveMap": ('mutation { saveMap(map: {slug: "neu", titleDe: "Neu"}) { __typename } }', _write("saveMap"), EDIT),
    "deleteMap": ('mutation { deleteMap(slug: "intern") { __typename } }', _write("deleteMap"), EDIT),
    # duplicates are found among the actors the caller may see; sources are documents, shown to all
    "duplicates": (
        "{ duplicates { actors { id } } }",
        lambda b: "ok" if b["data"]["duplicates"] == [] else "?",
        ANYONE,
    ),
    "sources": ("{ sources { id } }", lambda b: "ok" if len(b["data"]["sources"]) == 2 else "?", ANYONE),
    "history": ('{ history(actorId: "person-erika") { __typename } }', _write("history"), READER_UP),
    "mergeActors": (
        'mutation { mergeActors(keepId: "org-caritas", mergeId: "org-awo") { __typename } }',
        _write("mergeActors"),
        EDIT,
    ),
}


def test_the_matrix_covers_every_root_field() -> None:
    schema = build_schema()._schema
    fields = set(schema.query_type.fields) | set(schema.mutation_type.fields if schema.mutation_type else {})
    missing = fields - MATRIX.keys()
    assert not missing, f"Add these root fields to MATRIX in tests/test_permissions.py: {sorted(missing)}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("field", sorted(MATRIX))
def test_permissions(field: str, role: str, graph_store: GraphStore) -> None:
    graph_store.apply(
        [PutRelation(Relation(id="f-geheim", kind="FUNDS", from_id="funder-land", to_id="org-geheim"))], author="test"
    )
    graph_store.put_record("maps", "intern", {"slug": "intern", "title_de": "Intern", "public": False})
    tokens = make_tokens(graph_store)
    query, outcome, expected = MATRIX[field]
    revision = graph_store.revision()
    with TestClient(create_app(Settings(), graph_store)) as client:
        body = post(client, query, tokens[role])
    assert outcome(body) == expected[role], body
    if expected[role] == "forbidden" and query.startswith("mutation"):
        assert graph_store.revision() == revision
