"""Crawls every anonymous surface of the real app — every GraphQL root field (enumerated from the
schema, each asked with every field it offers), every map and embed page, every public download,
oEmbed, the templates and /health — and asserts that no internal actor and no non-public person
appears anywhere, while a public person does."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graphql import (
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
)
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.graphql import build_schema
from netmap.auth.tokens import create_token
from netmap.export import available_formats
from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.maps.definitions import list_maps, save_map, validate_map
from netmap.settings import Settings
from netmap.store.base import GraphStore, PutNode, PutRelation
from netmap.store.sqlite import SQLiteStore

REGION = "Kreis Siegen-Wittgenstein"
ANCHOR = "org-agentur-fuer-arbeit-siegen"  # a public demo actor the hidden ones are tied to
NEIGHBOUR = "org-jobcenter-kreis-siegen-wittgenstein"
HIDDEN = {
    "person-quastenflosser": "Xaverius Quastenflosser",  # a person, internal by default
    "org-zebrafink-intern": "Geheimrunde Zebrafink",  # an internal organisation
    "funder-mauerassel-intern": "Stiftung Mauerassel",  # an internal funder
}
NOWHERE = "org-gibt-es-nicht"
PUBLIC_PERSON = ("person-paula-leuchtkaefer", "Paula Leuchtkäfer")

# Arguments for each GraphQL root field: every field must be listed, so a new one cannot be forgotten.
QUERY_CALLS: dict[str, list[str]] = {
    "actors": ['(first: 100, search: "Quastenflosser")', '(first: 100, search: "Zebrafink")', "(first: 100)"]
    + [f'(first: 100, after: "{n}")' for n in ("100", "200")]
    + ["(first: 100, hasRelation: FUNDS)", f'(first: 100, region: "{REGION}")', '(first: 100, search: "Leuchtk")'],
    "actor": [f'(id: "{i}")' for i in [*HIDDEN, PUBLIC_PERSON[0]]],
    "node": [f'(id: "{i}")' for i in [*HIDDEN, PUBLIC_PERSON[0]]],
    "neighbourhood": [f'(id: "{i}", depth: 3)' for i in [*HIDDEN, ANCHOR, NEIGHBOUR]],
    "shortestPath": [f'(fromId: "{a}", toId: "{b}")' for a, b in [(ANCHOR, NEIGHBOUR), *((ANCHOR, h) for h in HIDDEN)]]
    + [f'(fromId: "{PUBLIC_PERSON[0]}", toId: "{NEIGHBOUR}")'],
    "fundingFlows": ["", f'(recipientId: "{ANCHOR}")', '(funderId: "funder-mauerassel-intern")'],
    "tokens": [""],
    "drafts": ["", '(id: "x")'],
    "maps": [""],
    "map": ['(slug: "demo")', '(slug: "alles")', '(slug: "intern")'],
    "centrality": [f"(metric: {m}, top: 1000)" for m in ("DEGREE", "BETWEENNESS", "CONSTRAINT")],
    "communities": [""],
    "brokers": ["(top: 1000)"],
    "suggestions": [f'(actorId: "{i}", top: 1000)' for i in [ANCHOR, *HIDDEN]],
    "fundingDependency": [f'(actorId: "{i}")' for i in [ANCHOR, *HIDDEN]],
    "singleFunderProjects": ["", "(kinds: [ORGANISATION, PROJECT, PERSON, FUNDER])"],
    "duplicates": [""],
    "sources": [""],
    "history": ["", f'(actorId: "{ANCHOR}")', '(actorId: "person-quastenflosser")'],
}


def named(kind: Any) -> Any:
    while isinstance(kind, (GraphQLNonNull, GraphQLList)):
        kind = kind.of_type
    return kind


def selection(schema: GraphQLSchema, kind: Any, depth: int) -> str:
    """Every field of `kind` (object, interface or union) down to `depth` levels, with inline
    fragments for each possible type; fields that need arguments are left out."""
    kind = named(kind)
    if isinstance(kind, (GraphQLUnionType, GraphQLInterfaceType)):
        types = schema.get_possible_types(kind)
        return "{ __typename " + " ".join(f"... on {t.name} {selection(schema, t, depth)}" for t in types) + " }"
    assert isinstance(kind, GraphQLObjectType)
    parts = ["__typename"]
    for name, field in kind.fields.items():
        if any(isinstance(a.type, GraphQLNonNull) and a.default_value is None for a in field.args.values()):
            continue
        inner = named(field.type)
        if isinstance(inner, (GraphQLObjectType, GraphQLInterfaceType, GraphQLUnionType)):
            if depth > 0:
                parts.append(name + " " + selection(schema, inner, depth - 1))
        else:
            parts.append(name)
    return "{ " + " ".join(parts) + " }"


def field_query(schema: GraphQLSchema, name: str, field: GraphQLField, args: str) -> str:
    inner = named(field.type)
    picked = (
        selection(schema, inner, 2)
        if isinstance(inner, (GraphQLObjectType, GraphQLInterfaceType, GraphQLUnionType))
        else ""
    )
    return "{ " + name + args + " " + picked + " }"


def readable(body: bytes) -> str:
    """A download as text; zip containers (XLSX, CSV bundles) with every member unpacked."""
    if body.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "\n".join(archive.read(m).decode("utf-8", "replace") for m in archive.namelist())
    return body.decode("utf-8", "replace")


def build_store(path: Path) -> GraphStore:
    store = SQLiteStore(path)
    import_path(store, seeds_dir())
    schema = store.schema  # type: ignore[attr-defined]
    nodes = [
        {"id": "person-quastenflosser", "kind": "Person", "name": HIDDEN["person-quastenflosser"], "region": REGION},
        {
            "id": "org-zebrafink-intern",
            "kind": "Organisation",
            "name": HIDDEN["org-zebrafink-intern"],
            "region": REGION,
            "visibility": "internal",
            "aliases": ["Zebrafink-Kreis"],
        },
        {
            "id": "funder-mauerassel-intern",
            "kind": "Funder",
            "name": HIDDEN["funder-mauerassel-intern"],
            "region": REGION,
            "visibility": "internal",
        },
        {"id": PUBLIC_PERSON[0], "kind": "Person", "name": PUBLIC_PERSON[1], "region": REGION, "visibility": "public"},
    ]
    relations = [
        {"kind": "MEMBER_OF", "from": "person-quastenflosser", "to": ANCHOR},
        {"kind": "MEMBER_OF", "from": "person-quastenflosser", "to": "org-zebrafink-intern"},
        {"kind": "COOPERATES_WITH", "from": "org-zebrafink-intern", "to": ANCHOR},
        {"kind": "COOPERATES_WITH", "from": "org-zebrafink-intern", "to": NEIGHBOUR},
        {
            "kind": "FUNDS",
            "from": "funder-mauerassel-intern",
            "to": ANCHOR,
            "amount": 50000,
            "programme": "Mauerassel-Fonds",
        },
        {"kind": "MEMBER_OF", "from": PUBLIC_PERSON[0], "to": ANCHOR},
    ]
    store.apply(
        [PutNode(schema.validate_node(n)) for n in nodes]
        + [PutRelation(schema.validate_relation(r)) for r in relations],
        author="crawl",
    )
    save_map(store, validate_map({"slug": "alles", "title_de": "Alles", "public": True}))
    save_map(store, validate_map({"slug": "intern", "title_de": "Interne Karte", "public": False}))
    return store


@pytest.fixture
def crawl_client(tmp_path: Path) -> Iterator[tuple[TestClient, GraphStore]]:
    store = build_store(tmp_path / "crawl.db")
    editor = create_token(store, "crawl-editor", "editor")
    with TestClient(create_app(Settings(rate_limit_per_minute=0), store)) as client:
        text = "Xaverius Quastenflosser von der Geheimrunde Zebrafink kooperiert mit der Agentur für Arbeit Siegen."
        query = 'mutation($t: String!) { extractDraft(fileName: "intern.txt", text: $t) { __typename } }'
        answer = client.post(
            "/graphql", json={"query": query, "variables": {"t": text}}, headers={"Authorization": f"Bearer {editor}"}
        )
        assert "errors" not in answer.json(), answer.text  # a draft naming the hidden people now exists
        yield client, store
    store.close()


def test_no_anonymous_surface_shows_a_hidden_actor(crawl_client: tuple[TestClient, GraphStore]) -> None:
    client, store = crawl_client
    schema = build_schema()._schema
    assert set(QUERY_CALLS) == set(schema.query_type.fields), "give the new root field its arguments here"
    seen: dict[str, str] = {}
    for name, field in schema.query_type.fields.items():
        for args in QUERY_CALLS[name]:
            query = field_query(schema, name, field, args)
            response = client.post("/graphql", json={"query": query})
            assert response.status_code == 200, response.text
            body = response.json()
            assert not [e for e in body.get("errors", []) if "Something went wrong" in e["message"]], body
            text = json.dumps(body, ensure_ascii=False)
            asked = [i for i in HIDDEN if f'"{i}"' in args]
            if asked:
                # Asking about a hidden actor answers exactly as asking about one that does not exist
                # (the answer may echo the id the caller sent, nothing more).
                other = client.post("/graphql", json={"query": query.replace(asked[0], NOWHERE)}).json()
                assert text.replace(asked[0], NOWHERE) == json.dumps(other, ensure_ascii=False), (query, text)
                text = text.replace(asked[0], NOWHERE)
            seen[f"graphql {name}{args}"] = text

    slugs = [m.slug for m in list_maps(store)]
    assert {"demo", "alles", "intern"} <= set(slugs)
    paths = [
        "/",
        "/health",
        "/graphql",
        "/template.xlsx",
        *(f"/template/{t}.csv" for t in ("actors", "relations", "sources")),
    ]
    for slug in slugs:
        paths += [f"/maps/{slug}", f"/maps/{slug}?lang=en", f"/embed/{slug}", f"/embed/{slug}?lang=en"]
        paths += [f"/maps/{slug}/export.{f.name}" for f in available_formats()]
        paths += [f"/oembed?url=http://testserver/maps/{slug}", f"/oembed?url=http://testserver/embed/{slug}"]
    for path in paths:
        response = client.get(path)
        assert response.status_code < 500, (path, response.text)
        seen[path] = readable(response.content)

    for where, text in seen.items():
        lowered = text.lower()
        for ident, name in HIDDEN.items():
            assert ident not in lowered and name.lower() not in lowered, (where, name)
        assert "zebrafink" not in lowered and "mauerassel" not in lowered, where

    # The crawl sees what it should: the public person where public actors are shown.
    shown = [w for w, text in seen.items() if PUBLIC_PERSON[1] in text]
    for expected in [
        'graphql actors(first: 100, search: "Leuchtk")',
        f'graphql node(id: "{PUBLIC_PERSON[0]}")',
        "/maps/alles",
        "/embed/alles",
    ]:
        assert expected in shown, (expected, shown)
    assert all(f"/maps/alles/export.{f.name}" in shown for f in available_formats()), shown
