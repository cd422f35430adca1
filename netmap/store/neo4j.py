"""The production store: a Neo4j 5 database through the official `neo4j` driver.

Reads go through `driver.execute_query`, every batch of changes through one managed write
transaction (`session.execute_write`, retried by the driver on transient errors): the revision
counter is taken first (which serialises writers), then the batch is validated inside the
transaction, written with UNWIND statements and its history recorded. All Cypher lives in
`neo4j_cypher.py` (statements) and `neo4j_ddl.py` (constraints, indexes); driver errors are
translated into netmap's errors in `neo4j_errors.py`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction, RoutingControl, Session

from netmap.errors import ConfigError, NotFoundError, StoreError
from netmap.model import Node, Relation, Source
from netmap.schema import GraphSchema, default_schema
from netmap.settings import Settings
from netmap.store import neo4j_cypher as cypher
from netmap.store.base import (
    BatchChecker,
    Change,
    DeleteNode,
    DeleteRelation,
    GraphStore,
    HistoryEntry,
    NodeFilter,
    PutNode,
    PutRelation,
    PutSource,
    by_end,
    erased_id,
    history_key,
    id_taken,
    now,
    search_text,
    updated,
)
from netmap.store.neo4j_ddl import ddl_statements
from netmap.store.neo4j_errors import translated

HistoryRow = dict[str, Any]


def open_neo4j(url: str, settings: Settings) -> GraphStore:
    """Open the Neo4j store at `url` with the NETMAP_NEO4J_* settings (what open_store calls).
    Typed as GraphStore so that mypy checks Neo4jStore against the whole protocol."""
    store: GraphStore = Neo4jStore(url, settings.neo4j_user, settings.neo4j_password.reveal(), settings.neo4j_database)
    return store


class Neo4jStore:
    """GraphStore on a Neo4j database."""

    kind = "neo4j"

    def __init__(
        self, url: str, user: str, password: str, database: str | None = None, schema: GraphSchema | None = None
    ) -> None:
        self.url = url
        self.database = database
        self.schema = schema or default_schema()
        self.vocab = cypher.Vocabulary.of(self.schema)
        try:
            with translated(url):
                self._driver: Driver = GraphDatabase.driver(
                    url,
                    auth=(user, password),
                    max_transaction_retry_time=15.0,
                    warn_notification_severity="OFF",  # server notifications never turn into Python warnings
                )
        except ValueError as exc:
            raise ConfigError(
                f"The Neo4j store URL {url!r} cannot be used: {exc}.",
                "Write it as neo4j://HOST:7687, bolt://HOST:7687 or neo4j+s://HOST for TLS and Aura.",
            ) from exc
        try:
            with translated(url):
                self._driver.verify_connectivity()
                for statement in ddl_statements(self.vocab):
                    self._driver.execute_query(statement, database_=database)
        except BaseException:
            self._driver.close()
            raise

    def close(self) -> None:
        self._driver.close()

    def clear(self) -> None:
        """Delete everything netmap keeps in the database (for tests); constraints stay."""
        self._write(cypher.CLEAR)

    # -- plumbing --------------------------------------------------------------------------
    def _session(self) -> Session:
        """A session for a write transaction, causally chained with execute_query's reads (so a
        read on a cluster member sees the batch just written)."""
        return self._driver.session(
            database=self.database, bookmark_manager=self._driver.execute_query_bookmark_manager
        )

    def _read(self, statement: str, **params: Any) -> list[dict[str, Any]]:
        with translated(self.url):
            records, _, _ = self._driver.execute_query(
                statement, params, routing_=RoutingControl.READ, database_=self.database
            )
        return [record.data() for record in records]

    def _write(self, statement: str, **params: Any) -> list[dict[str, Any]]:
        with translated(self.url):
            records, _, _ = self._driver.execute_query(
                statement, params, routing_=RoutingControl.WRITE, database_=self.database
            )
        return [record.data() for record in records]

    # -- reading ---------------------------------------------------------------------------
    def revision(self) -> int:
        return int(self._read(cypher.READ_REVISION)[0]["revision"])

    def get_nodes(self, ids: Iterable[str]) -> dict[str, Node]:
        rows = self._read(cypher.GET_NODES, ids=list(dict.fromkeys(ids)))
        return {node.id: node for node in (_node(r["node"]) for r in rows)}

    def find_nodes(self, where: NodeFilter = NodeFilter(), limit: int | None = None, offset: int = 0) -> list[Node]:
        if limit is None:
            rows = self._read(cypher.FIND_NODES, offset=offset, **_filter_params(where))
        else:
            rows = self._read(cypher.FIND_NODES_PAGE, offset=offset, limit=limit, **_filter_params(where))
        return [_node(r["node"]) for r in rows]

    def count_nodes(self, where: NodeFilter = NodeFilter()) -> int:
        return int(self._read(cypher.COUNT_NODES, **_filter_params(where))[0]["count"])

    def counts_by_kind(self) -> dict[str, int]:
        counts = {r["kind"]: int(r["count"]) for r in self._read(cypher.COUNTS_BY_KIND)}
        return {kind: counts.get(kind, 0) for kind in self.schema.nodes}

    def get_relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        rows = self._read(cypher.get_relations(self.vocab), ids=list(dict.fromkeys(ids)))
        return {rel.id: rel for rel in map(_relation, rows)}

    def relations_of(self, node_ids: Iterable[str], kinds: frozenset[str] | None = None) -> dict[str, list[Relation]]:
        ids = list(dict.fromkeys(node_ids))
        rows = self._read(cypher.relations_of(self.vocab), ids=ids, kinds=_listed(kinds))
        return by_end(ids, map(_relation, rows))

    def find_relations(
        self,
        kinds: frozenset[str] | None = None,
        from_ids: frozenset[str] | None = None,
        to_ids: frozenset[str] | None = None,
    ) -> list[Relation]:
        rows = self._read(
            cypher.find_relations(self.vocab), kinds=_listed(kinds), from_ids=_listed(from_ids), to_ids=_listed(to_ids)
        )
        return [_relation(r) for r in rows]

    def count_relations(self) -> int:
        return int(self._read(cypher.count_relations(self.vocab))[0]["count"])

    def get_sources(self, ids: Iterable[str]) -> dict[str, Source]:
        rows = self._read(cypher.GET_SOURCES, ids=list(dict.fromkeys(ids)))
        return {s.id: s for s in (Source(**r["source"]) for r in rows)}

    def all_sources(self) -> list[Source]:
        return [Source(**r["source"]) for r in self._read(cypher.ALL_SOURCES)]

    def history(self, node_id: str | None = None, limit: int = 100) -> list[HistoryEntry]:
        return [_history_entry(r["entry"]) for r in self._read(cypher.HISTORY, node_id=node_id, limit=limit)]

    # -- writing ---------------------------------------------------------------------------
    def apply(self, changes: Sequence[Change], author: str = "cli") -> int:
        """Validate every change, then write all in one transaction; return the new revision."""
        with translated(self.url), self._session() as session:
            revision: int = session.execute_write(self._apply, list(changes), author)
        return revision

    def _apply(self, tx: ManagedTransaction, changes: list[Change], author: str) -> int:
        revision = int(tx.run(cypher.NEXT_REVISION).single(strict=True)["revision"])
        return self._apply_locked(tx, _TransactionView(tx, self.vocab), revision, changes, author)

    def update_node(self, node_id: str, update: Callable[[Node], Node], author: str = "cli") -> int:
        """Read the node, pass it to `update` and write what it returns, in one write transaction
        that holds the revision lock from the start, so no other writer changes the node in between."""
        with translated(self.url), self._session() as session:
            revision: int = session.execute_write(self._update_node, node_id, update, author)
        return revision

    def _update_node(self, tx: ManagedTransaction, node_id: str, update: Callable[[Node], Node], author: str) -> int:
        revision = int(tx.run(cypher.NEXT_REVISION).single(strict=True)["revision"])
        view = _TransactionView(tx, self.vocab)
        changed = updated("node", node_id, view.get_nodes([node_id]).get(node_id), update)
        return self._apply_locked(tx, view, revision, [PutNode(changed)], author)

    def update_relation(self, relation_id: str, update: Callable[[Relation], Relation], author: str = "cli") -> int:
        """`update_node` for a relation: read, update and write in one write transaction that holds
        the revision lock from the start."""
        with translated(self.url), self._session() as session:
            revision: int = session.execute_write(self._update_relation, relation_id, update, author)
        return revision

    def _update_relation(
        self, tx: ManagedTransaction, relation_id: str, update: Callable[[Relation], Relation], author: str
    ) -> int:
        revision = int(tx.run(cypher.NEXT_REVISION).single(strict=True)["revision"])
        view = _TransactionView(tx, self.vocab)
        changed = updated("relation", relation_id, view.get_relations([relation_id]).get(relation_id), update)
        return self._apply_locked(tx, view, revision, [PutRelation(changed)], author)

    def create_node(self, node: Node, author: str = "cli") -> int:
        """Write a new node; ConflictError if the id is taken, checked in the write transaction
        after it took the revision lock (so no other netmap writer can create it in between)."""
        with translated(self.url), self._session() as session:
            revision: int = session.execute_write(self._create_node, node, author)
        return revision

    def _create_node(self, tx: ManagedTransaction, node: Node, author: str) -> int:
        revision = int(tx.run(cypher.NEXT_REVISION).single(strict=True)["revision"])
        view = _TransactionView(tx, self.vocab)
        if view.get_nodes([node.id]):
            raise id_taken(node.id)
        return self._apply_locked(tx, view, revision, [PutNode(node)], author)

    def _apply_locked(
        self, tx: ManagedTransaction, view: _TransactionView, revision: int, changes: list[Change], author: str
    ) -> int:
        """Check and write a batch in a transaction that already holds the revision lock."""
        BatchChecker(self.schema, view).check(changes)
        stamp = now()
        history: list[HistoryRow] = []
        for run in _runs(changes):
            history.extend(self._history_of(view, run))
            self._write_run(tx, view, run, stamp)
        _add_history(tx, [{**row, "revision": revision, "at": stamp, "author": author} for row in history])
        return revision

    def _history_of(self, view: _TransactionView, run: list[Change]) -> list[HistoryRow]:
        """The history rows of a run of changes, read before the run is written."""
        first = run[0]
        rows: list[HistoryRow] = []
        if isinstance(first, PutNode):
            old_nodes = view.get_nodes(c.node.id for c in run if isinstance(c, PutNode))
            for c in run:
                assert isinstance(c, PutNode)
                old = old_nodes.get(c.node.id)
                rows += _entry("node", c.node.id, [c.node.id], old.content() if old else None, c.node.content())
        elif isinstance(first, DeleteNode):
            ids = [c.node_id for c in run if isinstance(c, DeleteNode)]
            old_nodes = view.get_nodes(ids)
            touching = view.relations_of(old_nodes)
            gone: set[str] = set()  # a relation between two deleted nodes is deleted (and recorded) once
            for node_id in ids:
                if node_id in old_nodes:
                    for rel in touching[node_id]:
                        if rel.id not in gone:
                            gone.add(rel.id)
                            rows += _entry("relation", rel.id, [rel.from_id, rel.to_id], rel.content(), None)
                    rows += _entry("node", node_id, [node_id], old_nodes[node_id].content(), None)
        elif isinstance(first, PutRelation):
            old_rels = view.get_relations(c.relation.id for c in run if isinstance(c, PutRelation))
            for c in run:
                assert isinstance(c, PutRelation)
                rel, was = c.relation, old_rels.get(c.relation.id)
                rows += _entry(
                    "relation", rel.id, [rel.from_id, rel.to_id], was.content() if was else None, rel.content()
                )
        elif isinstance(first, DeleteRelation):
            old_rels = view.get_relations(c.relation_id for c in run if isinstance(c, DeleteRelation))
            for was in old_rels.values():
                rows += _entry("relation", was.id, [was.from_id, was.to_id], was.content(), None)
        elif isinstance(first, PutSource):
            old_sources = view.get_sources(c.source.id for c in run if isinstance(c, PutSource))
            for c in run:
                assert isinstance(c, PutSource)
                old_src = old_sources.get(c.source.id)
                rows += _entry("source", c.source.id, [], old_src.to_dict() if old_src else None, c.source.to_dict())
        return rows

    def _write_run(self, tx: ManagedTransaction, view: _TransactionView, run: list[Change], stamp: str) -> None:
        first = run[0]
        if isinstance(first, PutNode):
            rows = [_node_row(c.node, stamp) for c in run if isinstance(c, PutNode)]
            _expect_written(tx.run(cypher.put_nodes(self.vocab, first.node.kind), rows=rows).single(strict=True), rows)
        elif isinstance(first, DeleteNode):
            tx.run(cypher.DELETE_NODES, ids=[c.node_id for c in run if isinstance(c, DeleteNode)]).consume()
        elif isinstance(first, PutRelation):
            rels = [c.relation for c in run if isinstance(c, PutRelation)]
            old = view.get_relations(r.id for r in rels)
            # A relationship's type and ends cannot change in Neo4j: such a relation is replaced.
            moved = [
                r
                for r in rels
                if r.id in old and (old[r.id].kind, old[r.id].from_id, old[r.id].to_id) != (r.kind, r.from_id, r.to_id)
            ]
            if moved:
                tx.run(cypher.delete_relations(self.vocab), ids=[r.id for r in moved]).consume()
            created = {r.id: old[r.id].created_at for r in rels if r.id in old}
            rows = [_relation_row(r, created.get(r.id) or stamp, stamp) for r in rels]
            _expect_written(
                tx.run(cypher.put_relations(self.vocab, first.relation.kind), rows=rows).single(strict=True), rows
            )
        elif isinstance(first, DeleteRelation):
            ids = [c.relation_id for c in run if isinstance(c, DeleteRelation)]
            tx.run(cypher.delete_relations(self.vocab), ids=ids).consume()
        elif isinstance(first, PutSource):
            rows = [c.source.to_dict() for c in run if isinstance(c, PutSource)]
            tx.run(cypher.PUT_SOURCES, rows=rows).consume()

    def erase_node(self, node_id: str, author: str) -> int:
        """Delete the node, its relations and every history entry naming it; record only that an
        erasure happened, under a one-way hash of the id."""
        with translated(self.url), self._session() as session:
            revision: int = session.execute_write(self._erase, node_id, author)
        return revision

    def _erase(self, tx: ManagedTransaction, node_id: str, author: str) -> int:
        revision = int(tx.run(cypher.NEXT_REVISION).single(strict=True)["revision"])
        if not tx.run(cypher.NODE_EXISTS, id=node_id).single(strict=True)["found"]:
            raise NotFoundError("actor", node_id)
        tx.run(cypher.DELETE_NODES, ids=[node_id]).consume()
        tx.run(cypher.ERASE_HISTORY, node_id=node_id).consume()
        erased = {"action": "erase", "subject_kind": "node", "subject_id": erased_id(node_id)}
        _add_history(tx, [{**erased, "revision": revision, "at": now(), "author": author}])
        return revision

    def import_history(self, entries: Sequence[HistoryEntry]) -> int:
        """Add copied history entries that are not stored yet; return how many were added."""
        with translated(self.url), self._session() as session:
            added: int = session.execute_write(self._import_history, list(entries))
        return added

    def _import_history(self, tx: ManagedTransaction, entries: list[HistoryEntry]) -> int:
        subjects = sorted({e.subject_id for e in entries})
        stored = {
            history_key(_history_entry(r["entry"])) for r in tx.run(cypher.HISTORY_OF_SUBJECTS, subjects=subjects)
        }
        rows: list[HistoryRow] = []
        for entry in entries:
            if history_key(entry) not in stored:
                stored.add(history_key(entry))
                rows.append(_history_row(entry))
        _add_history(tx, rows)
        return len(rows)

    # -- records ---------------------------------------------------------------------------
    def put_record(self, collection: str, record_id: str, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False)
        self._write(
            cypher.PUT_RECORD, uid=_uid(collection, record_id), collection=collection, id=record_id, data=text, at=now()
        )

    def get_record(self, collection: str, record_id: str) -> dict[str, Any] | None:
        rows = self._read(cypher.GET_RECORD, uid=_uid(collection, record_id))
        return dict(json.loads(rows[0]["data"])) if rows else None

    def list_records(self, collection: str) -> list[tuple[str, dict[str, Any]]]:
        return [(r["id"], dict(json.loads(r["data"]))) for r in self._read(cypher.LIST_RECORDS, collection=collection)]

    def update_record(
        self, collection: str, record_id: str, update: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> dict[str, Any]:
        with translated(self.url), self._session() as session:
            data: dict[str, Any] = session.execute_write(self._update_record, collection, record_id, update)
        return data

    def _update_record(
        self,
        tx: ManagedTransaction,
        collection: str,
        record_id: str,
        update: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> dict[str, Any]:
        uid = _uid(collection, record_id)
        row = tx.run(cypher.LOCK_RECORD, uid=uid, at=now()).single()
        if row is None:
            raise NotFoundError(f"record in {collection!r}", record_id)
        data = update(dict(json.loads(row["data"])))
        text = json.dumps(data, ensure_ascii=False)
        tx.run(cypher.PUT_RECORD, uid=uid, collection=collection, id=record_id, data=text, at=now())
        return data

    def delete_record(self, collection: str, record_id: str) -> bool:
        return int(self._write(cypher.DELETE_RECORD, uid=_uid(collection, record_id))[0]["deleted"]) > 0

    def record_collections(self) -> list[str]:
        return [r["collection"] for r in self._read(cypher.RECORD_COLLECTIONS)]


class _TransactionView:
    """The reads BatchChecker and the history need, inside the write transaction."""

    def __init__(self, tx: ManagedTransaction, vocab: cypher.Vocabulary) -> None:
        self.tx = tx
        self.vocab = vocab

    def get_nodes(self, ids: Iterable[str]) -> dict[str, Node]:
        result = self.tx.run(cypher.GET_NODES, ids=list(dict.fromkeys(ids)))
        return {node.id: node for node in (_node(r["node"]) for r in result)}

    def get_sources(self, ids: Iterable[str]) -> dict[str, Source]:
        result = self.tx.run(cypher.GET_SOURCES, ids=list(dict.fromkeys(ids)))
        return {s.id: s for s in (Source(**r["source"]) for r in result)}

    def get_relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        result = self.tx.run(cypher.get_relations(self.vocab), ids=list(dict.fromkeys(ids)))
        return {rel.id: rel for rel in (_relation(r.data()) for r in result)}

    def relations_of(self, node_ids: Iterable[str]) -> dict[str, list[Relation]]:
        ids = list(node_ids)
        result = self.tx.run(cypher.relations_of(self.vocab), ids=ids, kinds=None)
        return by_end(ids, [_relation(r.data()) for r in result])


# -- conversions ----------------------------------------------------------------------------
def _runs(changes: Sequence[Change]) -> Iterator[list[Change]]:
    """Consecutive changes of one sort (and one kind) that can go in one UNWIND statement. A run
    ends where an id repeats, so each change's history sees the state the change before left."""
    for _, group in groupby(changes, key=_run_key):
        run: list[Change] = []
        seen: set[str] = set()
        for change in group:
            ident = _subject_id(change)
            if ident in seen:
                yield run
                run, seen = [], set()
            run.append(change)
            seen.add(ident)
        if run:
            yield run


def _run_key(change: Change) -> tuple[str, str]:
    if isinstance(change, PutNode):
        return ("node", change.node.kind)
    if isinstance(change, PutRelation):
        return ("relation", change.relation.kind)
    return (type(change).__name__, "")


def _subject_id(change: Change) -> str:
    if isinstance(change, PutNode):
        return change.node.id
    if isinstance(change, DeleteNode):
        return change.node_id
    if isinstance(change, PutRelation):
        return change.relation.id
    if isinstance(change, DeleteRelation):
        return change.relation_id
    return change.source.id


def _entry(
    kind: str, subject: str, node_ids: list[str], before: dict[str, Any] | None, after: dict[str, Any] | None
) -> list[HistoryRow]:
    """One history row, or none when nothing changed."""
    if before == after:
        return []
    action = "delete" if after is None else ("create" if before is None else "update")
    return [
        {
            "action": action,
            "subject_kind": kind,
            "subject_id": subject,
            "node_ids": _stored_list(node_ids),
            "before": None if before is None else json.dumps(before, ensure_ascii=False),
            "after": None if after is None else json.dumps(after, ensure_ascii=False),
        }
    ]


def _add_history(tx: ManagedTransaction, rows: list[HistoryRow]) -> None:
    if not rows:
        return
    last = int(tx.run(cypher.RESERVE_SEQ, count=len(rows)).single(strict=True)["last"])
    first = last - len(rows) + 1
    numbered = [{**row, "seq": first + i} for i, row in enumerate(rows)]
    tx.run(cypher.ADD_HISTORY, rows=numbered).consume()


def _history_row(entry: HistoryEntry) -> HistoryRow:
    return {
        "revision": entry.revision,
        "at": entry.at,
        "author": entry.author,
        "action": entry.action,
        "subject_kind": entry.subject_kind,
        "subject_id": entry.subject_id,
        "node_ids": _stored_list(entry.node_ids),
        "before": None if entry.before is None else json.dumps(entry.before, ensure_ascii=False),
        "after": None if entry.after is None else json.dumps(entry.after, ensure_ascii=False),
    }


def _history_entry(p: dict[str, Any]) -> HistoryEntry:
    before, after = p.get("before"), p.get("after")
    return HistoryEntry(
        seq=int(p["seq"]),
        revision=int(p["revision"]),
        at=p["at"],
        author=p["author"],
        action=p["action"],
        subject_kind=p["subject_kind"],
        subject_id=p["subject_id"],
        node_ids=tuple(p.get("node_ids") or ()),
        before=None if before is None else json.loads(before),
        after=None if after is None else json.loads(after),
    )


def _node_row(node: Node, stamp: str) -> dict[str, Any]:
    props = {
        **node.properties,
        "id": node.id,
        "kind": node.kind,
        "name": node.name,
        "aliases": _stored_list(node.aliases),
        "region": node.region,
        "topics": _stored_list(node.topics),
        "visibility": node.visibility,
        "sources": _stored_list(node.sources),
        "search": search_text(node.name, node.aliases),
        "sort_name": node.name.casefold(),
        "updated_at": stamp,
    }
    return {"id": node.id, "created_at": node.created_at or stamp, "props": props}


def _node(p: dict[str, Any]) -> Node:
    return Node(
        id=p["id"],
        kind=p["kind"],
        name=p["name"],
        aliases=tuple(p.get("aliases") or ()),
        region=p.get("region") or "",
        topics=tuple(p.get("topics") or ()),
        visibility=p["visibility"],
        sources=tuple(p.get("sources") or ()),
        properties={k: v for k, v in p.items() if k not in cypher.NODE_KEYS},
        created_at=p.get("created_at") or "",
        updated_at=p.get("updated_at") or "",
    )


def _relation_row(rel: Relation, created_at: str, stamp: str) -> dict[str, Any]:
    props = {**rel.properties, "id": rel.id, "sources": _stored_list(rel.sources), "updated_at": stamp}
    return {
        "id": rel.id,
        "from_id": rel.from_id,
        "to_id": rel.to_id,
        "created_at": rel.created_at or created_at,
        "props": props,
    }


def _relation(row: dict[str, Any]) -> Relation:
    p = row["props"]
    return Relation(
        id=row["id"],
        kind=row["kind"],
        from_id=row["from_id"],
        to_id=row["to_id"],
        sources=tuple(p.get("sources") or ()),
        properties={k: v for k, v in p.items() if k not in cypher.RELATION_KEYS},
        created_at=p.get("created_at") or "",
        updated_at=p.get("updated_at") or "",
    )


def _expect_written(record: Any, rows: list[dict[str, Any]]) -> None:
    """Guard: every row of an UNWIND write found its nodes (BatchChecker checked they exist)."""
    if int(record["written"]) != len(rows):
        raise StoreError(
            f"Neo4j wrote {record['written']} of {len(rows)} items; the batch was rolled back.",
            "Try again; if it persists, another program may be changing the netmap nodes.",
        )


def _filter_params(where: NodeFilter) -> dict[str, Any]:
    return {
        "kinds": _listed(where.kinds),
        "regions": _listed(where.regions),
        "topic": where.topic or None,
        "search": where.search.casefold() if where.search else None,
        "visibility": _listed(where.visibility),
        "ids": _listed(where.ids),
    }


def _stored_list(items: Iterable[str]) -> list[str] | None:
    """A list as a property value: an empty list is left out (null), which reads back as ()."""
    return list(items) or None


def _listed(values: frozenset[str] | None) -> list[str] | None:
    return None if values is None else sorted(values)


def _uid(collection: str, record_id: str) -> str:
    return f"{collection}/{record_id}"
