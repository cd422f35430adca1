"""Accepting proposals is safe to repeat and survives a crash between the graph write and the
draft record write; two editors deciding at once both keep their decision."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from netmap.errors import ConflictError
from netmap.ingest.extract import drafts
from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import extract_document
from netmap.store.base import GraphStore

RELEASE = """Neues Projekt in Musterstadt

Musterstadt, 3. Mai 2024 – Der Caritasverband Musterstadt e.V. und das Jobcenter Musterstadt haben eine Kooperationsvereinbarung unterzeichnet. Das Projekt „Wege finden“ wird vom Caritasverband Musterstadt e.V. durchgeführt und aus Mitteln des Europäischen Sozialfonds gefördert.
"""


class Crash(Exception):
    """Stands for the process dying between the two writes of an accept."""


def _draft(store: GraphStore) -> tuple[str, dict[str, str]]:
    draft_id = drafts.save_draft(store, extract_document(document_from_text("musterstadt.txt", RELEASE)))
    return draft_id, {e["name"]: e["id"] for e in drafts.get_draft(store, draft_id)["entities"]}


def _status(store: GraphStore, draft_id: str, proposal_id: str) -> Any:
    draft = drafts.get_draft(store, draft_id)
    return next(p["status"] for p in draft["entities"] + draft["relations"] if p["id"] == proposal_id)


def _crash_on_record_write(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise Crash

    monkeypatch.setattr(store, "update_record", crash)


def test_accept_again_is_refused_and_writes_no_duplicate(store: GraphStore) -> None:
    draft_id, ids = _draft(store)
    node_id = drafts.accept(store, draft_id, ids["Caritasverband Musterstadt e.V."])
    nodes = store.count_nodes()
    with pytest.raises(ConflictError, match="already accepted"):
        drafts.accept(store, draft_id, ids["Caritasverband Musterstadt e.V."])
    assert store.count_nodes() == nodes and store.get_nodes([f"{node_id}-2"]) == {}


def test_a_crash_after_the_graph_write_leaves_a_state_that_accepting_again_completes(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id, ids = _draft(store)
    caritas = ids["Caritasverband Musterstadt e.V."]
    with monkeypatch.context() as patched:
        _crash_on_record_write(store, patched)
        with pytest.raises(Crash):
            drafts.accept(store, draft_id, caritas)
    assert _status(store, draft_id, caritas) == "pending"  # the record write never happened
    nodes, revision = store.count_nodes(), store.revision()
    assert nodes == 1

    node_id = drafts.accept(store, draft_id, caritas)
    assert _status(store, draft_id, caritas) == "accepted"
    assert store.count_nodes() == nodes and store.revision() == revision  # found, not written again
    assert node_id == "org-caritasverband-musterstadt-e-v" and store.get_nodes([f"{node_id}-2"]) == {}
    stored = next(e for e in drafts.get_draft(store, draft_id)["entities"] if e["id"] == caritas)
    assert stored["node_id"] == node_id


def test_a_crash_after_a_relation_write_leaves_no_duplicate_relation(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id, ids = _draft(store)
    drafts.accept(store, draft_id, ids["Caritasverband Musterstadt e.V."])
    drafts.accept(store, draft_id, ids["Wege finden"])
    runs = next(
        r["id"] for r in drafts.get_draft(store, draft_id)["relations"]
        if r["kind"] == "RUNS" and r["to"] == ids["Wege finden"]
    )  # fmt: skip
    with monkeypatch.context() as patched:
        _crash_on_record_write(store, patched)
        with pytest.raises(Crash):
            drafts.accept(store, draft_id, runs)
    assert store.count_relations() == 1 and _status(store, draft_id, runs) == "pending"
    assert drafts.accept(store, draft_id, runs) == f"rel-{draft_id}-{runs}"
    assert store.count_relations() == 1 and _status(store, draft_id, runs) == "accepted"


def test_two_editors_deciding_at_once_both_keep_their_decision(store: GraphStore) -> None:
    draft_id, ids = _draft(store)
    accepted = [ids["Caritasverband Musterstadt e.V."], ids["Wege finden"]]
    rejected = [ids["Jobcenter Musterstadt"], ids["Europäischer Sozialfonds"]]
    start = threading.Barrier(2)

    def decide(accepting: bool) -> None:
        start.wait()
        for proposal in accepted if accepting else rejected:
            if accepting:
                drafts.accept(store, draft_id, proposal, author="editor-a")
            else:
                drafts.reject(store, draft_id, proposal)

    editors = [threading.Thread(target=decide, args=(flag,)) for flag in (True, False)]
    for editor in editors:
        editor.start()
    for editor in editors:
        editor.join()
    assert [_status(store, draft_id, p) for p in accepted] == ["accepted", "accepted"]
    assert [_status(store, draft_id, p) for p in rejected] == ["rejected", "rejected"]
    assert store.count_nodes() == 2
