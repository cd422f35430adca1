"""The storage port: the GraphStore protocol every backend implements, and what they share.

A store keeps nodes, relations and sources. Every change goes through `apply`, which takes a
batch of changes, validates all of them against graph_schema (endpoint kinds included) and
writes them all or none. The revision grows by one with every applied batch.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar, runtime_checkable

import networkx as nx

from netmap.errors import ConflictError, NotFoundError, ValidationError
from netmap.model import Node, Relation, Source
from netmap.schema import GraphSchema


@dataclass(frozen=True)
class NodeFilter:
    """Which nodes to find. Every field that is None does not filter."""

    kinds: frozenset[str] | None = None
    regions: frozenset[str] | None = None
    topic: str | None = None
    search: str | None = None  # case-insensitive substring of name or an alias
    visibility: frozenset[str] | None = None
    ids: frozenset[str] | None = None


PUBLIC = frozenset({"public"})


# -- changes -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PutNode:
    """Create the node, or replace the stored node with the same id."""

    node: Node


@dataclass(frozen=True)
class DeleteNode:
    """Delete a node and every relation that touches it."""

    node_id: str


@dataclass(frozen=True)
class PutRelation:
    relation: Relation


@dataclass(frozen=True)
class DeleteRelation:
    relation_id: str


@dataclass(frozen=True)
class PutSource:
    source: Source


Change = PutNode | DeleteNode | PutRelation | DeleteRelation | PutSource


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change: who, when, what before and after (None where it did not exist)."""

    seq: int
    revision: int
    at: str
    author: str
    action: str  # create, update, delete, erase
    subject_kind: str  # node, relation, source
    subject_id: str
    node_ids: tuple[str, ...]
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def changed_fields(self) -> list[tuple[str, str | None, str | None]]:
        """(field, before, after) of every field the change altered, as text (None where empty;
        lists joined with '|'), ordered by field name."""
        before, after = self.before or {}, self.after or {}
        found = []
        for key in sorted(set(before) | set(after)):
            old, new = _field_text(before.get(key)), _field_text(after.get(key))
            if old != new:
                found.append((key, old, new))
        return found


def _field_text(value: Any) -> str | None:
    if value is None or value == "" or value == []:
        return None
    return "|".join(map(str, value)) if isinstance(value, list) else str(value)


@runtime_checkable
class GraphStore(Protocol):
    """What netmap needs from a graph database. `sqlite.py` and `neo4j.py` implement it."""

    kind: str  # "sqlite" or "neo4j"
    url: str
    schema: GraphSchema

    def revision(self) -> int:
        """A number that grows with every applied batch of changes."""

    def apply(self, changes: Sequence[Change], author: str = "cli") -> int:
        """Validate and write all changes, or none; return the new revision."""

    def update_node(self, node_id: str, update: Callable[[Node], Node], author: str = "cli") -> int:
        """Read-modify-write of one node without lost updates: read the node, call `update` on it
        and write the node it returns (validated like `apply`), all in one write transaction, so
        no other writer can change the node in between. Use it whenever a new value is computed
        from the stored one (appending an alias, merging properties). Returns the new revision;
        NotFoundError if there is no such node."""

    def create_node(self, node: Node, author: str = "cli") -> int:
        """Write a new node (validated like `apply`) in one write transaction that first makes
        sure the id is free, so two writers creating the same id at once cannot both succeed (the
        later one silently replacing the earlier). Returns the new revision; ConflictError if a
        node with this id exists."""

    def update_relation(self, relation_id: str, update: Callable[[Relation], Relation], author: str = "cli") -> int:
        """`update_node` for a relation: read it, call `update` on it and write the relation it
        returns, in one write transaction. Returns the new revision; NotFoundError if there is no
        such relation."""

    def get_nodes(self, ids: Iterable[str]) -> dict[str, Node]:
        """The nodes with these ids that exist, by id."""

    def find_nodes(self, where: NodeFilter = NodeFilter(), limit: int | None = None, offset: int = 0) -> list[Node]:
        """Nodes matching the filter, ordered by name then id."""

    def count_nodes(self, where: NodeFilter = NodeFilter()) -> int: ...

    def counts_by_kind(self) -> dict[str, int]: ...

    def get_relations(self, ids: Iterable[str]) -> dict[str, Relation]: ...

    def relations_of(self, node_ids: Iterable[str], kinds: frozenset[str] | None = None) -> dict[str, list[Relation]]:
        """For each node id, the relations that start or end there (both directions)."""

    def find_relations(
        self,
        kinds: frozenset[str] | None = None,
        from_ids: frozenset[str] | None = None,
        to_ids: frozenset[str] | None = None,
    ) -> list[Relation]: ...

    def count_relations(self) -> int: ...

    def get_sources(self, ids: Iterable[str]) -> dict[str, Source]: ...

    def all_sources(self) -> list[Source]: ...

    def history(self, node_id: str | None = None, limit: int = 100) -> list[HistoryEntry]:
        """Recorded changes, newest first; with `node_id`, those of that node and its relations."""

    def erase_node(self, node_id: str, author: str) -> int:
        """Delete a node and its relations for good: the history keeps only that an erasure
        happened, with no data of the node. Returns the new revision."""

    # -- records: small documents beside the graph (saved maps, tokens, drafts) ---------------
    def put_record(self, collection: str, record_id: str, data: dict[str, Any]) -> None: ...

    def get_record(self, collection: str, record_id: str) -> dict[str, Any] | None: ...

    def list_records(self, collection: str) -> list[tuple[str, dict[str, Any]]]:
        """(id, data) of every record in the collection, ordered by id."""

    def update_record(
        self, collection: str, record_id: str, update: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> dict[str, Any]:
        """Read a record, pass it to `update` and write what it returns, all in one write
        transaction, so a change another writer makes meanwhile is never lost (compare-and-set).
        Returns what was written; NotFoundError if there is no such record. If `update` raises,
        nothing changes."""

    def delete_record(self, collection: str, record_id: str) -> bool:
        """Delete a record; False if there was none."""

    def record_collections(self) -> list[str]:
        """The names of the collections that hold at least one record, ordered."""

    # -- copying between stores (netmap migrate) -------------------------------------------
    def import_history(self, entries: Sequence[HistoryEntry]) -> int:
        """Add history entries copied from another store, keeping revision, time, author and
        content (the store gives them new sequence numbers, in the order given). An entry equal
        to one already stored (`history_key`) is skipped. Returns how many were added."""

    def close(self) -> None: ...


# -- shared behaviour (functions over the protocol) ----------------------------------------
def now() -> str:
    """The current time in UTC as ISO 8601 text, to the second (what stores stamp changes with)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def search_text(name: str, aliases: Iterable[str]) -> str:
    """The casefolded name and aliases, one per line: what a node's text search looks in."""
    return "\n".join([name, *aliases]).casefold()


def by_end(node_ids: Iterable[str], relations: Iterable[Relation]) -> dict[str, list[Relation]]:
    """For each node id, the relations (in the order given) that start or end there: what
    `relations_of` returns."""
    result: dict[str, list[Relation]] = {i: [] for i in node_ids}
    for rel in relations:
        if rel.from_id in result:
            result[rel.from_id].append(rel)
        if rel.to_id in result and rel.to_id != rel.from_id:
            result[rel.to_id].append(rel)
    return result


def history_key(entry: HistoryEntry) -> tuple[object, ...]:
    """What makes two history entries the same change (everything but the store's sequence number)."""
    return (
        entry.revision,
        entry.at,
        entry.author,
        entry.action,
        entry.subject_kind,
        entry.subject_id,
        tuple(entry.node_ids),
        json.dumps(entry.before, sort_keys=True, ensure_ascii=False),
        json.dumps(entry.after, sort_keys=True, ensure_ascii=False),
    )


class StoredLookup(Protocol):
    """The reads BatchChecker needs: a store, or a view of one inside a write transaction."""

    def get_nodes(self, ids: Iterable[str]) -> dict[str, Node]: ...

    def get_sources(self, ids: Iterable[str]) -> dict[str, Source]: ...


def erased_id(node_id: str) -> str:
    """What the history keeps of an erased node's id: a one-way hash (ids may contain names)."""
    return "erased-" + hashlib.sha256(node_id.encode()).hexdigest()[:16]


Stored = TypeVar("Stored", Node, Relation)


def updated(what: str, ident: str, current: Stored | None, update: Callable[[Stored], Stored]) -> Stored:
    """What `update` makes of the stored `current` (for read-modify-write inside a transaction):
    NotFoundError if nothing is stored under `ident`, ValidationError if the update changed the id."""
    if current is None:
        raise NotFoundError("actor" if what == "node" else what, ident)
    changed = update(current)
    if changed.id != ident:
        raise ValidationError("id", changed.id, f"the id of the {what} being updated, {ident!r}")
    return changed


def id_taken(node_id: str) -> ConflictError:
    """The error for creating a node whose id another node has."""
    return ConflictError(
        f"An actor with id {node_id!r} exists already.", "Change that actor instead, or give the new one another id."
    )


def get_node(store: GraphStore, node_id: str) -> Node:
    found = store.get_nodes([node_id]).get(node_id)
    if found is None:
        raise NotFoundError("actor", node_id)
    return found


def neighbours(store: GraphStore, node_id: str, kinds: frozenset[str] | None = None) -> list[Node]:
    """The nodes one relation away from `node_id`, ordered by name."""
    relations = store.relations_of([node_id], kinds).get(node_id, [])
    found = store.get_nodes({r.other(node_id) for r in relations})
    return sorted(found.values(), key=lambda n: (n.name.casefold(), n.id))


def snapshot(store: GraphStore, visibility: frozenset[str] | None = None) -> nx.MultiDiGraph[str]:
    """The graph as a networkx MultiDiGraph: node attributes from the nodes, one edge per
    relation keyed by its id. With `visibility`, only those nodes and the relations between them."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(revision=store.revision())
    for node in store.find_nodes(NodeFilter(visibility=visibility)):
        graph.add_node(
            node.id,
            kind=node.kind,
            name=node.name,
            region=node.region,
            topics=list(node.topics),
            visibility=node.visibility,
            **{k: v for k, v in node.properties.items() if k in ("type", "role")},
        )
    for rel in store.find_relations():
        if rel.from_id in graph and rel.to_id in graph:
            graph.add_edge(rel.from_id, rel.to_id, key=rel.id, kind=rel.kind, **rel.properties)
    return graph


class BatchChecker:
    """Validates a batch against graph_schema before a store writes it.

    Nodes are re-validated; a relation's endpoints must exist (stored or in the same batch)
    and be of kinds its relation kind allows; cited sources must exist.
    """

    def __init__(self, schema: GraphSchema, store: StoredLookup) -> None:
        self.schema = schema
        self.store = store

    def check(self, changes: Sequence[Change]) -> None:
        pending: dict[str, Node | None] = {}
        pending_sources: set[str] = set()
        relations: list[Relation] = []
        citing: list[Node | Relation] = []  # in the order of the changes, so the first mistake is reported
        vouches_for = self.schema.vouches_for
        for change in changes:
            if isinstance(change, PutRelation):
                rel = change.relation
                if not vouches_for(rel):
                    self.schema.validate_relation(rel.content())
                relations.append(rel)
                if rel.sources:
                    citing.append(rel)
            elif isinstance(change, PutNode):
                node = change.node
                if not vouches_for(node):
                    checked = self.schema.validate_node(node.content())
                    if checked.content() != node.content():
                        raise ValidationError("node", node.id, "a node exactly as graph_schema describes it", node.kind)
                pending[node.id] = node
                if node.sources:
                    citing.append(node)
            elif isinstance(change, DeleteNode):
                pending[change.node_id] = None
            elif isinstance(change, PutSource):
                pending_sources.add(change.source.id)
        wanted = {rel.from_id for rel in relations} | {rel.to_id for rel in relations}
        known: dict[str, Node] = self.store.get_nodes(wanted - pending.keys())
        known.update({k: v for k, v in pending.items() if v is not None})
        for _, err in self.schema.endpoint_errors(relations, known.get):
            raise err
        source_ids = {s for item in citing for s in item.sources} - pending_sources
        existing = self.store.get_sources(source_ids)
        for item in citing:
            for sid in item.sources:
                if sid not in pending_sources and sid not in existing:
                    subject = (
                        f"{item.kind} {item.id!r}" if isinstance(item, Node) else f"{item.kind} relation {item.id!r}"
                    )
                    raise ValidationError("sources", sid, "the id of a source that exists", subject)
