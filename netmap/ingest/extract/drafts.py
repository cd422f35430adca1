"""Drafts: the proposals of one press release, kept as a store record (collection "drafts")
until an editor accepts or rejects each of them. Nothing enters the graph unreviewed.

Accepting writes through `store.apply` (validated, all or nothing) and cites the press release
as the Source (title, date if the text names one, note = file name). People become `internal`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from netmap.errors import ConflictError, NetmapError, NotFoundError
from netmap.ingest.extract.proposals import Extraction
from netmap.model import Node, Relation, Source
from netmap.store.base import GraphStore, PutNode, PutRelation, PutSource

COLLECTION = "drafts"
_PREFIX = {"Organisation": "org", "Funder": "funder", "Project": "project", "Person": "person"}
_RELATION_PROPERTIES = {
    "COOPERATES_WITH": ("form",),
    "FUNDS": ("programme",),
    "RUNS": ("role",),
    "MEMBER_OF": ("role",),
}


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


class DraftError(NetmapError):
    """A review step that cannot be done as asked."""


def slug(text: str) -> str:
    """'Caritasverband Münster e.V.' → 'caritasverband-muenster-e-v'."""
    folded = text.casefold().translate(_FOLD)
    folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80] or "x"


def draft_id_of(extraction: Extraction) -> str:
    digest = hashlib.sha256(extraction.document.text.encode()).hexdigest()[:8]
    return f"{slug(extraction.document.file_name.rsplit('.', 1)[0])[:60]}-{digest}"


def save_draft(store: GraphStore, extraction: Extraction, author: str = "cli") -> str:
    """Keep the proposals as a draft record; returns the draft id. Saving the same text again
    replaces its draft only while nothing of it was decided (checked in the write transaction)."""
    draft_id = draft_id_of(extraction)
    doc = extraction.document
    fresh = {
        "id": draft_id, "file_name": doc.file_name, "title": doc.title, "date": doc.date,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "author": author,
        "entities": [{**e.to_dict(), "status": "pending", "node_id": ""} for e in extraction.entities],
        "relations": [{**r.to_dict(), "status": "pending", "relation_id": ""} for r in extraction.relations],
    }  # fmt: skip
    if store.get_record(COLLECTION, draft_id) is None:
        store.put_record(COLLECTION, draft_id, fresh)
        return draft_id

    def replace_undecided(existing: dict[str, Any]) -> dict[str, Any]:
        if any(p["status"] != "pending" for p in existing["entities"] + existing["relations"]):
            raise ConflictError(
                f"The draft {draft_id!r} of this text already has decisions.",
                f"Review it with `netmap drafts list {draft_id}`.",
            )
        return fresh

    store.update_record(COLLECTION, draft_id, replace_undecided)
    return draft_id


def get_draft(store: GraphStore, draft_id: str) -> dict[str, Any]:
    draft = store.get_record(COLLECTION, draft_id)
    if draft is None:
        raise NotFoundError("draft", draft_id)
    return draft


def list_drafts(store: GraphStore) -> list[dict[str, Any]]:
    return [data for _, data in store.list_records(COLLECTION)]


def _proposal(draft: dict[str, Any], proposal_id: str) -> tuple[str, dict[str, Any]]:
    for part in ("entities", "relations"):
        for item in draft[part]:
            if item["id"] == proposal_id:
                return part, item
    raise NotFoundError(f"proposal in draft {draft['id']!r}", proposal_id)


def source_of(draft: dict[str, Any]) -> Source:
    """The press release as a Source: what accepted facts cite."""
    return Source(id=f"press-{draft['id']}", title=draft["title"], date=draft["date"], note=draft["file_name"])


def _endpoint(draft: dict[str, Any], entity_id: str, relation: dict[str, Any]) -> str:
    _, entity = _proposal(draft, entity_id)
    if entity["status"] == "accepted":
        return str(entity["node_id"])
    if entity["status"] == "pending" and entity.get("match"):
        return str(entity["match"]["id"])
    raise DraftError(
        f"Relation {relation['id']} ({relation['kind']}) needs {entity['kind']} '{entity['name']}' ({entity_id}), "
        f"which is {entity['status']} and not in the graph.",
        f"Accept {entity_id} first (netmap drafts accept {draft['id']} {entity_id}), or reject {relation['id']}.",
    )


def _accept_entity(store: GraphStore, entity: dict[str, Any], source: Source, author: str) -> str:
    """Write an actor proposal (or cite the source on the actor it matches); returns the node id.
    Doing it again after an interrupted accept writes nothing new."""
    if entity.get("match") and store.get_nodes([entity["match"]["id"]]):
        store.apply([PutSource(source)], author=author)

        def cite(node: Node) -> Node:
            return node if source.id in node.sources else replace(node, sources=(*node.sources, source.id))

        store.update_node(entity["match"]["id"], cite, author=author)  # no edit made meanwhile is lost
        return str(entity["match"]["id"])
    node_id, exists = _node_id_for(store, entity, source)
    if exists:
        return node_id  # written by an earlier accept of this proposal that did not finish
    raw: dict[str, Any] = {"id": node_id, "kind": entity["kind"], "name": entity["name"], "sources": [source.id]}
    raw["aliases"] = [a for a in entity.get("aliases", []) if a != entity["name"]]
    if entity["kind"] == "Project":
        raw["type"] = entity.get("type") or "project"
    if entity["kind"] == "Person":
        raw["visibility"] = "internal"
        if entity.get("role"):
            raw["role"] = entity["role"]
    store.apply([PutSource(source), PutNode(store.schema.validate_node(raw))], author=author)
    return node_id


def _node_id_for(store: GraphStore, entity: dict[str, Any], source: Source) -> tuple[str, bool]:
    """The id an accepted actor gets, derived from its kind and name ('org-caritasverband-muenster',
    then '…-2' if another actor has it), and whether that node is already there: a node of the same
    kind and name citing this draft's press release is this proposal, written before."""
    base = f"{_PREFIX[entity['kind']]}-{slug(entity['name'])}"
    for n in range(1, 1000):
        node_id = base if n == 1 else f"{base}-{n}"
        node = store.get_nodes([node_id]).get(node_id)
        if node is None:
            return node_id, False
        if node.kind == entity["kind"] and node.name == entity["name"] and source.id in node.sources:
            return node_id, True
    raise DraftError(f"Too many actors are called {entity['name']!r}.", "Merge the duplicates first (netmap merge).")


def _decide(
    draft_id: str, proposal_id: str, status: str, written: str = ""
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """An update of the stored draft that records one decision on the draft as it is now."""

    def update(current: dict[str, Any]) -> dict[str, Any]:
        part, item = _proposal(current, proposal_id)
        if status == "rejected" and item["status"] == "accepted":
            raise ConflictError(
                f"Proposal {proposal_id} of draft {draft_id!r} is already in the graph.",
                "Delete it from the graph instead if it is wrong.",
            )
        item["status"] = status
        if written:
            item["node_id" if part == "entities" else "relation_id"] = written
        return current

    return update


def accept(store: GraphStore, draft_id: str, proposal_id: str, author: str = "cli") -> str:
    """Write one proposal into the graph (validated) citing the press release; returns the id of
    the node or relation written. DraftError / ValidationError say why not; nothing changes then.

    Safe to repeat: the graph write is idempotent (the node id follows from the proposal, the
    relation id from draft and proposal), and the draft record is then updated as it is at that
    moment, in one write transaction, so an accept interrupted between the two writes completes
    without a duplicate, and two editors deciding at once both keep their decision."""
    draft = get_draft(store, draft_id)
    part, item = _proposal(draft, proposal_id)
    if item["status"] == "accepted":
        raise ConflictError(f"Proposal {proposal_id} of draft {draft_id!r} is already accepted.", "Nothing to do.")
    source = source_of(draft)
    if part == "entities":
        written = _accept_entity(store, item, source, author)
    else:
        props = {k: v for k, v in item.get("properties", {}).items() if k in _RELATION_PROPERTIES[item["kind"]] and v}
        relation = Relation(
            id=f"rel-{draft_id}-{proposal_id}", kind=item["kind"], from_id=_endpoint(draft, item["from"], item),
            to_id=_endpoint(draft, item["to"], item), sources=(source.id,), properties=props,
        )  # fmt: skip
        store.apply([PutSource(source), PutRelation(relation)], author=author)
        written = relation.id
    store.update_record(COLLECTION, draft_id, _decide(draft_id, proposal_id, "accepted", written))
    return written


def reject(store: GraphStore, draft_id: str, proposal_id: str) -> None:
    """Mark a proposal rejected: it will not enter the graph."""
    _proposal(get_draft(store, draft_id), proposal_id)  # NotFoundError names what is missing
    store.update_record(COLLECTION, draft_id, _decide(draft_id, proposal_id, "rejected"))
