"""`erasePerson` leaves no trace: after the GraphQL erasure of a public person (so every surface
showed her before), her name and id are in no byte of the SQLite file or its WAL, in no history
entry, no draft, no analysis answer, no map, embed or export — cached or not."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.graphql import build_schema
from netmap.auth.tokens import create_token
from netmap.export import available_formats, export_bytes
from netmap.settings import Settings
from tests.test_privacy_crawl import ANCHOR, PUBLIC_PERSON, build_store, field_query, readable

PERSON_ID, NAME = PUBLIC_PERSON
# the name as UTF-8 and as JSON's \u escape, and a part without the umlaut
NEEDLES = [PERSON_ID, NAME, "Leuchtk", "leuchtkaefer"]

# Where the person shows up for an admin: each asked with every field it offers.
ADMIN_CALLS = {
    "centrality": "(metric: DEGREE, top: 1000)",
    "communities": "",
    "brokers": "(top: 1000)",
    "suggestions": f'(actorId: "{ANCHOR}", top: 1000)',
    "actors": '(first: 100, search: "Leuchtk")',
    "neighbourhood": f'(id: "{ANCHOR}", depth: 2)',
    "fundingFlows": "",
    "duplicates": "",
    "history": "(limit: 1000)",
    "drafts": "",
}


def surfaces(client: TestClient, admin: str) -> dict[str, str]:
    """What an admin and an anonymous visitor can see where the person was shown."""
    seen = {}
    schema = build_schema()._schema
    for name, args in ADMIN_CALLS.items():
        query = field_query(schema, name, schema.query_type.fields[name], args)
        answer = client.post("/graphql", json={"query": query}, headers={"Authorization": f"Bearer {admin}"})
        assert answer.status_code == 200 and "errors" not in answer.json(), answer.text
        seen[name] = answer.text
    for path in [
        "/maps/alles",
        "/embed/alles",
        "/maps/alles?lang=en",
        *(f"/maps/alles/export.{f.name}" for f in available_formats()),
    ]:
        seen[path] = readable(client.get(path).content)
    return seen


def leaks(text: str) -> list[str]:
    folded = text.lower()
    return [n for n in NEEDLES if n.lower() in folded or json.dumps(n)[1:-1].lower() in folded]


def raw_traces(db: Path) -> list[str]:
    """The needles found in the raw bytes of the SQLite file and its WAL (UTF-8 or JSON-escaped)."""
    raw = b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists()).lower()
    return [n for n in NEEDLES if n.lower().encode() in raw or json.dumps(n).lower().encode()[1:-1] in raw]


def test_erase_person_leaves_no_trace(tmp_path: Path) -> None:
    db = tmp_path / "erase.db"
    store = build_store(db)
    admin = create_token(store, "erase-admin", "admin")
    # history with her data in before/after; a draft that names her
    store.update_node(PERSON_ID, lambda n: dataclasses.replace(n, aliases=("P. Leuchtkäfer",)), author="crawl")
    with TestClient(create_app(Settings(rate_limit_per_minute=0), store)) as client:
        text = f"{NAME} von der Agentur für Arbeit Siegen leitet das Projekt."
        query = "mutation($f: String!, $t: String!) { extractDraft(fileName: $f, text: $t) { __typename } }"
        headers = {"Authorization": f"Bearer {admin}"}
        # one draft whose id holds her name (stored anew when redacted), one redacted in place
        for file_name in ("leuchtkaefer.txt", "pressemitteilung.txt"):
            variables = {"f": file_name, "t": text + (" Neu." if file_name[0] == "p" else "")}
            answer = client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
            assert answer.json()["data"]["extractDraft"]["__typename"] == "Draft", answer.text

        before = surfaces(client, admin)  # also fills every cache
        # every surface showed her (the history of everything and the drafts included), so the test can fail
        unseen = {k for k, v in before.items() if not leaks(v)}
        assert unseen == {"suggestions", "fundingFlows", "duplicates"}, unseen  # not a funder, no duplicate
        assert raw_traces(db) == NEEDLES
        assert leaks(json.dumps([h.__dict__ for h in store.history(limit=100_000)], default=str, ensure_ascii=False))

        erase = f'mutation {{ erasePerson(id: "{PERSON_ID}") {{ __typename ... on Erased {{ relationsRemoved }} }} }}'
        answer = client.post("/graphql", json={"query": erase}, headers=headers).json()
        assert answer["data"]["erasePerson"] == {"__typename": "Erased", "relationsRemoved": 1}, answer

        assert raw_traces(db) == []  # while the server still has the store open: no close-time checkpoint helps
        after = surfaces(client, admin)
        for where, seen in after.items():
            assert not leaks(seen), (where, leaks(seen))
    drafts = sorted(i for i, _ in store.list_records("drafts"))
    assert [d.split("-")[0] for d in drafts] == ["geloescht", "pressemitteilung"], drafts  # both kept, redacted
    history = json.dumps([h.__dict__ for h in store.history(limit=100_000)], default=str, ensure_ascii=False)
    assert not leaks(history)
    assert not leaks(json.dumps([store.list_records(c) for c in store.record_collections()], ensure_ascii=False))
    for fmt in available_formats():  # every export with every visibility, as the CLI writes it
        assert not leaks(readable(export_bytes(store, fmt.name, None, None)[0])), fmt.name
    store.close()
    assert raw_traces(db) == []
