"""Drafts: the proposals of one press release, kept as a store record (collection "drafts")
until an editor accepts or rejects each of them. Nothing enters the graph unreviewed.

Accepting writes through `store.apply` (validated, all or nothing) and cites the press release
as the Source (title, date if the text names one, note = file name). People become `internal`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from netmap.errors import ConflictError, NetmapError, NotFoundError
from netmap.ingest.extract.proposals import Extraction
from netmap.model import Relation, Source
from netmap.store.base import Change, GraphStore, PutNode, PutRelation, PutSource

COLLECTION = "drafts"
_PREFIX = {"Organisation": "org", "Funder": "funder", "Project": "project", "Person": "person"}
_RELATION_PROPERTIES = {"COOPERATES_WITH": ("form",), "FUNDS": ("programme",), "RUNS": ("role",), "MEMBER_OF": ("role",)}


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
    replaces its draft only while nothing of it was decided."""
    draft_id = draft_id_of(extraction)
    existing = store.get_record(COLLECTION, draft_id)
    if existing and any(p["status"] != "pending" for p in existing["entities"] + existing["relations"]):
        raise ConflictError(
            f"The draft {draft_id!r} of this text already has decisions.",
            f"Review it with `netmap drafts list {draft_id}`.",
        )
    doc = extraction.document
    store.put_record(COLLECTION, draft_id, {
        "id": draft_id, "file_name": doc.file_name, "title": doc.title, "date": doc.date,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "author": author,
        "entities": [{**e.to_dict(), "status": "pending", "node_id": ""} for e in extraction.entities],
        "relations": [{**r.to_dict(), "status": "pending", "relation_id": ""} for r in extraction.relations],
    })  # fmt: skip
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


def _entity_changes(store: GraphStore, entity: dict[str, Any], source: Source) -> tuple[str, list[Change]]:
    if entity.get("match"):
        node = store.get_nodes([entity["match"]["id"]]).get(entity["match"]["id"])
        if node is not None:
            sources = node.sources if source.id in node.sources else (*node.sources, source.id)
            return node.id, [PutNode(replace(node, sources=sources))]
    base = f"{_PREFIX[entity['kind']]}-{slug(entity['name'])}"
    node_id, n = base, 1
    while store.get_nodes([node_id]):
        n += 1
        node_id = f"{base}-{n}"
    raw: dict[str, Any] = {"id": node_id, "kind": entity["kind"], "name": entity["name"], "sources": [source.id]}
    raw["aliases"] = [a for a in entity.get("aliases", []) if a != entity["name"]]
    if entity["kind"] == "Project":
        raw["type"] = entity.get("type") or "project"
    if entity["kind"] == "Person":
        raw["visibility"] = "internal"
        if entity.get("role"):
            raw["role"] = entity["role"]
    return node_id, [PutNode(store.schema.validate_node(raw))]


def accept(store: GraphStore, draft_id: str, proposal_id: str, author: str = "cli") -> str:
    """Write one proposal into the graph (validated) citing the press release; returns the id of
    the node or relation written. DraftError / ValidationError say why not; nothing changes then."""
    draft = get_draft(store, draft_id)
    part, item = _proposal(draft, proposal_id)
    if item["status"] == "accepted":
        raise ConflictError(f"Proposal {proposal_id} of draft {draft_id!r} is already accepted.", "Nothing to do.")
    source = source_of(draft)
    if part == "entities":
        written, changes = _entity_changes(store, item, source)
        item["node_id"] = written
    else:
        props = {k: v for k, v in item.get("properties", {}).items() if k in _RELATION_PROPERTIES[item["kind"]] and v}
        relation = Relation(
            id=f"rel-{draft_id}-{proposal_id}", kind=item["kind"], from_id=_endpoint(draft, item["from"], item),
            to_id=_endpoint(draft, item["to"], item), sources=(source.id,), properties=props,
        )  # fmt: skip
        written, changes = relation.id, [PutRelation(relation)]
        item["relation_id"] = written
    store.apply([PutSource(source), *changes], author=author)
    item["status"] = "accepted"
    store.put_record(COLLECTION, draft_id, draft)
    return written


def reject(store: GraphStore, draft_id: str, proposal_id: str) -> None:
    """Mark a proposal rejected: it will not enter the graph."""
    draft = get_draft(store, draft_id)
    _, item = _proposal(draft, proposal_id)
    if item["status"] == "accepted":
        raise ConflictError(
            f"Proposal {proposal_id} of draft {draft_id!r} is already in the graph.",
            "Delete it from the graph instead if it is wrong.",
        )
    item["status"] = "rejected"
    store.put_record(COLLECTION, draft_id, draft)
