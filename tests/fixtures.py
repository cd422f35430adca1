"""A small known graph for tests, written through the real import path."""

from __future__ import annotations

from typing import Any

SOURCES: list[dict[str, Any]] = [
    {"id": "doc-1", "title": "Pressemitteilung Eins", "publisher": "Kreis Musterland", "date": "2024-05-01"},
    {"id": "doc-2", "title": "Pressemitteilung Zwei", "date": "2023"},
]

ACTORS: list[dict[str, Any]] = [
    {
        "id": "org-caritas",
        "kind": "Organisation",
        "name": "Caritasverband Musterland e.V.",
        "aliases": ["Caritas"],
        "region": "Musterland",
        "topics": ["migrationsberatung"],
        "sources": ["doc-1"],
    },
    {
        "id": "org-awo",
        "kind": "Organisation",
        "name": "AWO Kreisverband Musterland",
        "aliases": ["AWO"],
        "region": "Musterland",
        "topics": ["migrationsberatung", "ehrenamt"],
        "sources": ["doc-1"],
    },
    {
        "id": "org-jobcenter",
        "kind": "Organisation",
        "name": "Jobcenter Musterland",
        "region": "Musterland",
        "topics": ["arbeit"],
        "sources": ["doc-2"],
    },
    {
        "id": "org-geheim",
        "kind": "Organisation",
        "name": "Interne Arbeitsgruppe Ölweg",
        "region": "Musterland",
        "visibility": "internal",
        "sources": ["doc-2"],
    },
    {
        "id": "funder-land",
        "kind": "Funder",
        "name": "Ministerium für Integration",
        "region": "Land",
        "sources": ["doc-1"],
    },
    {
        "id": "project-lotsen",
        "kind": "Project",
        "name": "Integrationslots*innen Musterland",
        "type": "project",
        "region": "Musterland",
        "topics": ["ehrenamt"],
        "sources": ["doc-1"],
    },
    {
        "id": "project-netz",
        "kind": "Project",
        "name": "Netzwerk Migration Musterland",
        "type": "network",
        "region": "Musterland",
        "sources": ["doc-2"],
    },
    {
        "id": "person-erika",
        "kind": "Person",
        "name": "Erika Beispiel",
        "role": "Geschäftsführerin",
        "region": "Musterland",
        "sources": ["doc-1"],
    },
]

RELATIONS: list[dict[str, Any]] = [
    {
        "kind": "COOPERATES_WITH",
        "from": "org-caritas",
        "to": "org-awo",
        "form": "agreement",
        "since": "2021",
        "sources": ["doc-1"],
    },
    {"kind": "COOPERATES_WITH", "from": "org-jobcenter", "to": "org-awo", "form": "referral", "sources": ["doc-2"]},
    {
        "kind": "FUNDS",
        "from": "funder-land",
        "to": "project-lotsen",
        "amount": 50000,
        "currency": "EUR",
        "programme": "Landesprogramm Lotsen",
        "sources": ["doc-1"],
    },
    {"kind": "RUNS", "from": "org-awo", "to": "project-lotsen", "role": "Träger", "sources": ["doc-1"]},
    {"kind": "MEMBER_OF", "from": "org-caritas", "to": "project-netz", "role": "Partner", "sources": ["doc-2"]},
    {"kind": "MEMBER_OF", "from": "org-geheim", "to": "project-netz", "sources": ["doc-2"]},
    {
        "kind": "MEMBER_OF",
        "from": "person-erika",
        "to": "org-caritas",
        "role": "Geschäftsführerin",
        "sources": ["doc-1"],
    },
]

PUBLIC_IDS = {a["id"] for a in ACTORS if a["kind"] != "Person" and a.get("visibility", "public") == "public"}
HIDDEN_NAMES = [a["name"] for a in ACTORS if a["id"] not in PUBLIC_IDS]


def fixture_data() -> dict[str, Any]:
    return {"sources": SOURCES, "actors": ACTORS, "relations": RELATIONS}
