"""The store contract: every GraphStore implementation must pass these."""

from __future__ import annotations

import pytest

from netmap.errors import NotFoundError, ValidationError
from netmap.model import Source
from netmap.store.base import (
    DeleteNode,
    DeleteRelation,
    GraphStore,
    HistoryEntry,
    NodeFilter,
    PutNode,
    PutRelation,
    PutSource,
    get_node,
    neighbours,
    snapshot,
)
from tests.fixtures import ACTORS, RELATIONS


def org(store: GraphStore, node_id: str, name: str, **extra: object) -> PutNode:
    return PutNode(store.schema.validate_node({"id": node_id, "kind": "Organisation", "name": name, **extra}))


def test_empty_store(store: GraphStore) -> None:
    assert store.revision() == 0
    assert store.count_nodes() == 0
    assert store.counts_by_kind() == {"Organisation": 0, "Funder": 0, "Project": 0, "Person": 0}
    assert store.get_nodes(["nobody"]) == {}
    with pytest.raises(NotFoundError, match="nobody"):
        get_node(store, "nobody")


def test_add_get_update_delete_node(store: GraphStore) -> None:
    rev = store.apply([org(store, "o1", "Erste Organisation", aliases=["EO"], region="R")])
    assert rev == 1
    found = get_node(store, "o1")
    assert found.name == "Erste Organisation" and found.aliases == ("EO",) and found.region == "R"
    assert found.created_at and found.updated_at
    store.apply([org(store, "o1", "Umbenannt")])
    renamed = get_node(store, "o1")
    assert renamed.name == "Umbenannt" and renamed.created_at == found.created_at
    store.apply([DeleteNode("o1")])
    assert store.get_nodes(["o1"]) == {}
    assert store.revision() == 3


def test_revision_grows_with_every_batch(graph_store: GraphStore) -> None:
    before = graph_store.revision()
    graph_store.apply([org(graph_store, "o9", "Neu")])
    assert graph_store.revision() == before + 1


def test_find_filters(graph_store: GraphStore) -> None:
    names = lambda where: [n.id for n in graph_store.find_nodes(where)]  # noqa: E731
    assert set(names(NodeFilter(kinds=frozenset({"Project"})))) == {"project-lotsen", "project-netz"}
    assert names(NodeFilter(regions=frozenset({"Land"}))) == ["funder-land"]
    assert set(names(NodeFilter(topic="ehrenamt"))) == {"org-awo", "project-lotsen"}
    assert names(NodeFilter(search="caritas")) == ["org-caritas"]
    assert names(NodeFilter(search="ÖLWEG")) == ["org-geheim"]
    assert names(NodeFilter(search="lots*")) == ["project-lotsen"]
    assert names(NodeFilter(search="%")) == []
    public = set(names(NodeFilter(visibility=frozenset({"public"}))))
    assert "person-erika" not in public and "org-geheim" not in public and "org-awo" in public
    assert graph_store.count_nodes() == len(ACTORS)
    assert graph_store.count_nodes(NodeFilter(kinds=frozenset({"Organisation"}))) == 4


def test_paging_is_ordered_by_name(graph_store: GraphStore) -> None:
    everything = graph_store.find_nodes()
    assert [n.name.casefold() for n in everything] == sorted(n.name.casefold() for n in everything)
    page = graph_store.find_nodes(limit=3, offset=2)
    assert [n.id for n in page] == [n.id for n in everything[2:5]]


def test_relations_both_directions(graph_store: GraphStore) -> None:
    rels = graph_store.relations_of(["org-awo", "project-lotsen"])
    awo_kinds = sorted(r.kind for r in rels["org-awo"])
    assert awo_kinds == ["COOPERATES_WITH", "COOPERATES_WITH", "RUNS"]
    assert sorted(r.kind for r in rels["project-lotsen"]) == ["FUNDS", "RUNS"]
    only = graph_store.relations_of(["org-awo"], frozenset({"RUNS"}))["org-awo"]
    assert [r.to_id for r in only] == ["project-lotsen"]
    assert graph_store.count_relations() == len(RELATIONS)


def test_find_relations(graph_store: GraphStore) -> None:
    funds = graph_store.find_relations(kinds=frozenset({"FUNDS"}))
    assert len(funds) == 1 and funds[0].properties["amount"] == 50000
    assert graph_store.find_relations(from_ids=frozenset({"funder-land"}), to_ids=frozenset({"org-awo"})) == []


def test_neighbours(graph_store: GraphStore) -> None:
    assert [n.id for n in neighbours(graph_store, "org-awo")] == ["org-caritas", "project-lotsen", "org-jobcenter"]


def test_delete_node_removes_its_relations(graph_store: GraphStore) -> None:
    graph_store.apply([DeleteNode("org-awo")])
    assert all("org-awo" not in (r.from_id, r.to_id) for r in graph_store.find_relations())
    assert graph_store.count_relations() == len(RELATIONS) - 3


def test_delete_relation(graph_store: GraphStore) -> None:
    rel = graph_store.find_relations(kinds=frozenset({"RUNS"}))[0]
    graph_store.apply([DeleteRelation(rel.id)])
    assert graph_store.get_relations([rel.id]) == {}


def test_batch_is_all_or_nothing(graph_store: GraphStore) -> None:
    before = (graph_store.revision(), graph_store.count_nodes(), graph_store.count_relations())
    good = org(graph_store, "o-new", "Neue Organisation")
    bad = PutRelation(graph_store.schema.validate_relation({"kind": "FUNDS", "from": "person-erika", "to": "o-new"}))
    with pytest.raises(ValidationError, match="FUNDS may link"):
        graph_store.apply([good, bad])
    assert (graph_store.revision(), graph_store.count_nodes(), graph_store.count_relations()) == before
    assert graph_store.get_nodes(["o-new"]) == {}


def test_relation_to_missing_actor_is_refused(graph_store: GraphStore) -> None:
    rel = graph_store.schema.validate_relation({"kind": "COOPERATES_WITH", "from": "org-awo", "to": "org-missing"})
    with pytest.raises(ValidationError) as caught:
        graph_store.apply([PutRelation(rel)])
    assert caught.value.value == "org-missing"


def test_cited_sources_must_exist(store: GraphStore) -> None:
    with pytest.raises(ValidationError, match="doc-x"):
        store.apply([org(store, "o1", "Eins", sources=["doc-x"])])
    store.apply([PutSource(Source(id="doc-x", title="Dokument")), org(store, "o1", "Eins", sources=["doc-x"])])
    assert get_node(store, "o1").sources == ("doc-x",)
    assert store.get_sources(["doc-x"])["doc-x"].title == "Dokument"
    assert [s.id for s in store.all_sources()] == ["doc-x"]


def test_snapshot_is_a_networkx_graph(graph_store: GraphStore) -> None:
    graph = snapshot(graph_store)
    assert graph.number_of_nodes() == len(ACTORS)
    assert graph.number_of_edges() == len(RELATIONS)
    assert graph.nodes["project-netz"]["type"] == "network"
    assert graph.graph["revision"] == graph_store.revision()
    public = snapshot(graph_store, frozenset({"public"}))
    assert "person-erika" not in public and "org-geheim" not in public
    assert all(public.has_node(u) and public.has_node(v) for u, v in public.edges())


def test_history_records_who_what_before_and_after(graph_store: GraphStore) -> None:
    graph_store.apply([org(graph_store, "org-awo", "AWO neu")], author="erika")
    entries = graph_store.history("org-awo")
    latest = entries[0]
    assert latest.author == "erika" and latest.action == "update" and latest.subject_id == "org-awo"
    assert latest.before is not None and latest.before["name"] == "AWO Kreisverband Musterland"
    assert latest.after is not None and latest.after["name"] == "AWO neu"
    assert any(e.subject_kind == "relation" and e.action == "create" for e in entries)
    graph_store.apply([DeleteNode("org-jobcenter")])
    deleted = graph_store.history("org-jobcenter")
    assert [e.action for e in deleted[:2]] == ["delete", "delete"]
    assert {e.subject_kind for e in deleted[:2]} == {"node", "relation"}


def test_unchanged_put_records_no_history(graph_store: GraphStore) -> None:
    before = len(graph_store.history(limit=1000))
    same = get_node(graph_store, "org-awo")
    graph_store.apply([PutNode(same)])
    assert len(graph_store.history(limit=1000)) == before


def test_erase_leaves_no_trace(graph_store: GraphStore) -> None:
    revision = graph_store.erase_node("person-erika", author="admin")
    assert revision == graph_store.revision()
    assert graph_store.get_nodes(["person-erika"]) == {}
    assert all("person-erika" not in (r.from_id, r.to_id) for r in graph_store.find_relations())
    everything = repr(graph_store.history(limit=10_000))
    assert "Erika" not in everything and "person-erika" not in everything
    assert graph_store.history(limit=1)[0].action == "erase"
    with pytest.raises(NotFoundError):
        graph_store.erase_node("person-erika", author="admin")


def test_records(store: GraphStore) -> None:
    assert store.get_record("maps", "demo") is None
    store.put_record("maps", "demo", {"title": "Demo", "public": True})
    store.put_record("maps", "alpha", {"title": "A"})
    store.put_record("tokens", "demo", {"role": "reader"})
    assert store.get_record("maps", "demo") == {"title": "Demo", "public": True}
    assert [i for i, _ in store.list_records("maps")] == ["alpha", "demo"]
    assert store.delete_record("maps", "demo") and not store.delete_record("maps", "demo")
    assert store.get_record("tokens", "demo") == {"role": "reader"}


def test_record_collections(store: GraphStore) -> None:
    assert store.record_collections() == []
    store.put_record("tokens", "t", {"role": "reader"})
    store.put_record("maps", "m", {"title": "M"})
    assert store.record_collections() == ["maps", "tokens"]
    store.delete_record("tokens", "t")
    assert store.record_collections() == ["maps"]


def test_import_history_keeps_entries_and_skips_what_is_there(graph_store: GraphStore) -> None:
    copied = HistoryEntry(
        seq=1,
        revision=7,
        at="2024-05-01T10:00:00+00:00",
        author="erika",
        action="update",
        subject_kind="node",
        subject_id="org-awo",
        node_ids=("org-awo",),
        before={"name": "Alt"},
        after={"name": "Neu", "topics": ["ehrenamt"]},
    )
    existing = graph_store.history(limit=1000)
    assert graph_store.import_history([copied, copied]) == 1
    assert graph_store.import_history([copied, *existing]) == 0
    latest = graph_store.history("org-awo", limit=1)[0]
    assert (latest.revision, latest.author, latest.before, latest.after) == (7, "erika", copied.before, copied.after)
    assert latest.seq > max(e.seq for e in existing)
    assert len(graph_store.history(limit=1000)) == len(existing) + 1


def test_deleting_two_partners_in_one_batch_records_their_relation_once(graph_store: GraphStore) -> None:
    shared = [r for r in graph_store.relations_of(["org-awo"])["org-awo"] if r.other("org-awo") == "org-caritas"]
    assert len(shared) == 1
    graph_store.apply([DeleteNode("org-awo"), DeleteNode("org-caritas")], author="erika")
    entries = [e for e in graph_store.history(limit=1000) if e.subject_id == shared[0].id]
    assert [e.action for e in entries] == ["delete", "create"]
