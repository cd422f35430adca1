"""The demo network learnt from the seed texts, loaded through the real importer."""

from __future__ import annotations

import csv
from pathlib import Path

from netmap.ingest.seeds import seeds_dir
from netmap.store.base import GraphStore, NodeFilter


def _rows(name: str) -> list[dict[str, str]]:
    with (seeds_dir() / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_demo_counts_by_kind_match_the_seed_files(demo_store: GraphStore) -> None:
    expected: dict[str, int] = {}
    for row in _rows("actors.csv"):
        expected[row["kind"]] = expected.get(row["kind"], 0) + 1
    assert demo_store.counts_by_kind() == expected
    assert 60 <= sum(expected.values()) <= 90
    assert demo_store.count_relations() == len(_rows("relations.csv"))
    assert all(expected[k] > 0 for k in ("Organisation", "Funder", "Project", "Person"))


def test_demo_covers_the_four_regions(demo_store: GraphStore) -> None:
    regions = {n.region for n in demo_store.find_nodes()}
    assert {"Kreis Siegen-Wittgenstein", "Berlin", "Landkreis Zwickau", "Aachen", "NRW"} <= regions


def test_every_fact_cites_an_existing_source(demo_store: GraphStore) -> None:
    sources = {s.id for s in demo_store.all_sources()}
    assert len(sources) == 5
    assert all(n.sources and set(n.sources) <= sources for n in demo_store.find_nodes())
    assert all(r.sources and set(r.sources) <= sources for r in demo_store.find_relations())
    notes = {s.note for s in demo_store.all_sources()}
    seed_texts = {p.name for p in (Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt")}
    if seed_texts:
        assert notes == seed_texts


def test_people_in_the_demo_are_internal(demo_store: GraphStore) -> None:
    people = demo_store.find_nodes(NodeFilter(kinds=frozenset({"Person"})))
    assert people and all(p.visibility == "internal" for p in people)


def test_the_senate_department_funds_the_wia_office(demo_store: GraphStore) -> None:
    funds = demo_store.find_relations(kinds=frozenset({"FUNDS"}))
    nodes = demo_store.get_nodes({r.from_id for r in funds} | {r.to_id for r in funds})
    funders_of_wia = [
        nodes[r.from_id].name
        for r in funds
        if "Willkommen in Arbeit" in nodes[r.to_id].name and "Spandau" in nodes[r.to_id].name
    ]
    assert funders_of_wia == ["Senatsverwaltung für Integration, Arbeit und Soziales"]


def test_seed_texts_are_not_copied_into_notes() -> None:
    seed_dir = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    texts = " ".join(p.read_text(encoding="utf-8") for p in seed_dir.glob("*.txt"))
    if not texts:
        return
    notes = [row.get("note", "") for name in ("actors.csv", "relations.csv") for row in _rows(name)]
    for note in notes:
        # a note may repeat a name, never a whole sentence: no run of 12 words from a seed text
        words = note.split()
        for start in range(max(0, len(words) - 11)):
            assert " ".join(words[start : start + 12]) not in texts, note
