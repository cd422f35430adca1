"""The embedded default store: one SQLite file in WAL mode, zero set-up.

All SQL of this backend lives in this module and in sqlite_migrations/. Writes go through one
connection under one lock, each batch in one `BEGIN IMMEDIATE` transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from netmap.errors import NotFoundError, StoreError
from netmap.model import Node, Relation, Source, assembled
from netmap.schema import GraphSchema, default_schema
from netmap.store.base import (
    BatchChecker,
    Change,
    DeleteNode,
    DeleteRelation,
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
from netmap.store.sqlite_errors import store_error

MIGRATIONS = Path(__file__).with_name("sqlite_migrations")
_NODE_COLUMNS = "id, kind, name, visibility, region, data, created_at, updated_at"
_REL_COLUMNS = "id, kind, from_id, to_id, data, created_at, updated_at"
_CHUNK = 500  # ids per IN (...) query, well below SQLite's variable limit
_ROWS_PER_INSERT = 300  # fewer if SQLite's variable limit is lower (999 before SQLite 3.32)
# Asked for at least _SCAN_FROM ids and at least 1/_SCAN_SHARE of a table's rows, a read scans the table.
_SCAN_FROM, _SCAN_SHARE = 2_000, 8
_BULK_ROWS = 20_000  # a batch that adds this many rows to a table (and doubles it) rebuilds its indexes


def _like_pattern(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SQLiteStore:
    """GraphStore on one SQLite file."""

    kind = "sqlite"

    def __init__(self, path: str | Path, schema: GraphSchema | None = None) -> None:
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        self.schema = schema or default_schema()
        self._lock = threading.RLock()
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA synchronous = NORMAL")
            # up to 64 MiB of page cache (taken as used): large imports insert into indexes at random places
            self._db.execute("PRAGMA cache_size = -65536")
            self._db.execute("PRAGMA temp_store = MEMORY")  # rebuilding an index after a large import sorts in memory
            self._db.execute("PRAGMA secure_delete = ON")  # erased personal data is overwritten, not left in free pages
            self._migrate()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "opening") from exc
        except OSError as exc:
            raise StoreError(
                f"The folder for the store file {self.path} cannot be created: {exc.strerror}.",
                "Check that NETMAP_STORE names a file in a folder (not inside another file) that netmap may create.",
            ) from exc

    # -- set-up ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            current = self._db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            for script in sorted(MIGRATIONS.glob("*.sql")):
                version = int(script.name.split("_", 1)[0])
                if version <= current:
                    continue
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _statements(script.read_text(encoding="utf-8")):
                        self._db.execute(statement)
                    self._db.execute("INSERT INTO schema_version VALUES (?, ?)", (version, now()))
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise

    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise store_error(exc, self.path, "reading") from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE, so it holds the write lock from its first read):
        committed when the block ends, rolled back on any error. Yields the connection."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise store_error(exc, self.path, "writing") from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                # SQLite may already have rolled back by itself (e.g. on SQLITE_FULL).
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise store_error(exc, self.path, "writing") from exc
                raise

    # -- reading ---------------------------------------------------------------------------
    def revision(self) -> int:
        with self._read() as db:
            return int(db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0])

    def get_nodes(self, ids: Iterable[str]) -> dict[str, Node]:
        with self._read() as db:
            return {row[0]: _node(row) for row in _rows_with_ids(db, "nodes", _NODE_COLUMNS, ids)}

    def _where(self, where: NodeFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, values in (
            ("kind", where.kinds),
            ("region", where.regions),
            ("visibility", where.visibility),
            ("id", where.ids),
        ):
            if values is not None:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})" if values else "0")
                params.extend(sorted(values))
        if where.topic:
            clauses.append("EXISTS (SELECT 1 FROM json_each(nodes.data, '$.topics') WHERE value = ?)")
            params.append(where.topic)
        if where.search:
            clauses.append("search LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(where.search))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def find_nodes(self, where: NodeFilter = NodeFilter(), limit: int | None = None, offset: int = 0) -> list[Node]:
        sql, params = self._where(where)
        query = f"SELECT {_NODE_COLUMNS} FROM nodes{sql} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"
        with self._read() as db:
            return [_node(row) for row in db.execute(query, [*params, -1 if limit is None else limit, offset])]

    def count_nodes(self, where: NodeFilter = NodeFilter()) -> int:
        sql, params = self._where(where)
        with self._read() as db:
            return int(db.execute(f"SELECT COUNT(*) FROM nodes{sql}", params).fetchone()[0])

    def counts_by_kind(self) -> dict[str, int]:
        with self._read() as db:
            counts = dict(db.execute("SELECT kind, COUNT(*) FROM nodes GROUP BY kind").fetchall())
        return {kind: int(counts.get(kind, 0)) for kind in self.schema.nodes}

    def count_relations(self) -> int:
        with self._read() as db:
            return int(db.execute("SELECT COUNT(*) FROM relations").fetchone()[0])

    def get_relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        with self._read() as db:
            return {row[0]: _relation(row) for row in _rows_with_ids(db, "relations", _REL_COLUMNS, ids)}

    def relations_of(self, node_ids: Iterable[str], kinds: frozenset[str] | None = None) -> dict[str, list[Relation]]:
        ids = list(dict.fromkeys(node_ids))
        found: list[Relation] = []
        kind_sql, kind_params = "", []
        if kinds is not None:
            kind_sql = f" AND kind IN ({','.join('?' * len(kinds))})" if kinds else " AND 0"
            kind_params = sorted(kinds)
        with self._read() as db:
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT {_REL_COLUMNS} FROM relations WHERE from_id IN ({marks}){kind_sql} "
                    f"UNION SELECT {_REL_COLUMNS} FROM relations WHERE to_id IN ({marks}){kind_sql} ORDER BY kind, id",
                    [*chunk, *kind_params, *chunk, *kind_params],
                )
                found.extend(_relation(row) for row in rows)
        return by_end(ids, found)

    def find_relations(
        self,
        kinds: frozenset[str] | None = None,
        from_ids: frozenset[str] | None = None,
        to_ids: frozenset[str] | None = None,
    ) -> list[Relation]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, values in (("kind", kinds), ("from_id", from_ids), ("to_id", to_ids)):
            if values is not None:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})" if values else "0")
                params.extend(sorted(values))
        sql = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._read() as db:
            return [
                _relation(r) for r in db.execute(f"SELECT {_REL_COLUMNS} FROM relations{sql} ORDER BY kind, id", params)
            ]

    def get_sources(self, ids: Iterable[str]) -> dict[str, Source]:
        found: dict[str, Source] = {}
        with self._read() as db:
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                for sid, data in db.execute(f"SELECT id, data FROM sources WHERE id IN ({marks})", chunk):
                    found[sid] = Source(id=sid, **_from_json(data))
        return found

    def all_sources(self) -> list[Source]:
        with self._read() as db:
            return [
                Source(id=sid, **_from_json(data))
                for sid, data in db.execute("SELECT id, data FROM sources ORDER BY id")
            ]

    # -- writing ---------------------------------------------------------------------------
    def apply(self, changes: Sequence[Change], author: str = "cli") -> int:
        """Validate every change, then write all in one transaction; return the new revision."""
        with self._lock:
            if self._is_bulk(changes):
                return self._apply_bulk(changes, author)
            with self._transaction():
                return self._apply_within(changes, author)

    def _is_bulk(self, changes: Sequence[Change]) -> bool:
        """Whether a batch adds `_BULK_ROWS` relations or more, at least as many as are stored, and
        deletes nothing (deletes cascade through the foreign keys)."""
        puts = 0
        for change in changes:
            if isinstance(change, (DeleteNode, DeleteRelation)):
                return False
            puts += isinstance(change, PutRelation)
        with self._read() as db:
            return _outgrown(db, "relations", puts)

    def _apply_bulk(self, changes: Sequence[Change], author: str) -> int:
        """`apply` for a large batch: foreign keys are checked once for the whole relations table
        at the end of the transaction instead of twice per inserted row (that halves the cost of
        writing relations); any violation rolls everything back. BatchChecker has already proven
        every endpoint exists, so the check at the end guards against a mistake in netmap itself."""
        self._db.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            with self._transaction() as db:
                revision = self._apply_within(changes, author)
                broken = db.execute("PRAGMA foreign_key_check(relations)").fetchone()
                if broken is not None:
                    raise StoreError(
                        "The batch would leave a relation whose actor does not exist; nothing was written.",
                        "This is a mistake in netmap: please report it with the file you imported.",
                    )
                return revision
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

    def update_node(self, node_id: str, update: Callable[[Node], Node], author: str = "cli") -> int:
        """Read the node, pass it to `update` and write the node it returns, all inside one write
        transaction, so a change another writer makes meanwhile is never lost. Returns the new
        revision; NotFoundError if there is no such node."""
        with self._transaction():
            changed = updated("node", node_id, self.get_nodes([node_id]).get(node_id), update)
            return self._apply_within([PutNode(changed)], author)

    def update_relation(self, relation_id: str, update: Callable[[Relation], Relation], author: str = "cli") -> int:
        """`update_node` for a relation (read, update and write in one write transaction)."""
        with self._transaction():
            changed = updated("relation", relation_id, self.get_relations([relation_id]).get(relation_id), update)
            return self._apply_within([PutRelation(changed)], author)

    def create_node(self, node: Node, author: str = "cli") -> int:
        """Write a new node; ConflictError if the id is taken (checked inside the write transaction)."""
        with self._transaction():
            if self.get_nodes([node.id]):
                raise id_taken(node.id)
            return self._apply_within([PutNode(node)], author)

    def _apply_within(self, changes: Sequence[Change], author: str) -> int:
        """Check and write a batch inside the open write transaction; returns the new revision."""
        BatchChecker(self.schema, self).check(changes)
        stamp = now()
        revision = self._next_revision()
        self._write_batch(changes, revision, stamp, author)
        return revision

    def _next_revision(self) -> int:
        self._db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
        return int(self._db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0])

    def _write_batch(self, changes: Sequence[Change], revision: int, stamp: str, author: str) -> None:
        """Record and write a batch. Puts are collected and written many rows per statement, their
        old values fetched in bulk up front; deletes (rare, order-sensitive) go one by one."""
        node_ids = [c.node.id for c in changes if isinstance(c, PutNode)]
        rel_ids = [c.relation.id for c in changes if isinstance(c, PutRelation)]
        src_ids = [c.source.id for c in changes if isinstance(c, PutSource)]
        # subject kind -> id -> content as stored (None: deleted in this batch)
        known: dict[str, dict[str, dict[str, Any] | None]] = {
            "node": {k: v.content() for k, v in self.get_nodes(node_ids).items()},
            "relation": {k: v.content() for k, v in self.get_relations(rel_ids).items()},
            "source": {k: v.to_dict() for k, v in self.get_sources(src_ids).items()},
        }
        rebuild: list[str] = []
        if not any(isinstance(c, (DeleteNode, DeleteRelation)) for c in changes):
            new_nodes = sum(1 for i in node_ids if i not in known["node"])
            new_relations = sum(1 for i in rel_ids if i not in known["relation"])
            rebuild = self._suspend_indexes(
                {"nodes": new_nodes, "relations": new_relations, "history": new_nodes + new_relations}
            )
        stale = False  # after a delete, `known` no longer tells what exists
        history: list[tuple[Any, ...]] = []
        # Rows that do not exist yet are written with a plain INSERT: SQLite's upsert costs about
        # twice as much per row (with the foreign key checks), and most rows of an import are new.
        # Per kind the new rows go first: a later put of the same id in this batch updates them.
        pending: dict[tuple[str, bool], list[tuple[Any, ...]]] = {
            (kind, new): [] for kind in ("node", "relation", "source") for new in (True, False)
        }

        def flush() -> None:
            for kind, sql in (("source", _PUT_SOURCE), ("node", _PUT_NODE), ("relation", _PUT_RELATION)):
                for new in (True, False):
                    rows = pending[(kind, new)]
                    if rows:
                        if new:  # in id order: each insert then appends to the primary key's index
                            rows.sort(key=itemgetter(0))
                        _insert_many(self._db, _insert_only(sql) if new else sql, rows)
                        rows.clear()
            if history:
                _insert_many(self._db, _INSERT_HISTORY, history)
                history.clear()

        def before(kind: str, subject: str) -> dict[str, Any] | None:
            flush()
            if kind == "node":
                found: Any = self.get_nodes([subject]).get(subject)
            elif kind == "relation":
                found = self.get_relations([subject]).get(subject)
            else:
                found = self.get_sources([subject]).get(subject)
            return None if found is None else (found.to_dict() if kind == "source" else found.content())

        record = history.append
        for change in changes:
            if isinstance(change, (PutNode, PutRelation, PutSource)):
                kind, subject, after, node_ids_json, params = _put_parts(change, stamp)
                seen = known[kind]
                old = seen[subject] if subject in seen else before(kind, subject) if stale else None
                if old is None:
                    record((revision, stamp, author, "create", kind, subject, node_ids_json, None, _to_json(after)))
                elif old != after:
                    record(
                        (revision, stamp, author, "update", kind, subject, node_ids_json, _to_json(old), _to_json(after))
                    )
                seen[subject] = after
                pending[(kind, old is None)].append(params)
            else:
                flush()
                self._record_delete(change, revision, stamp, author)
                self._write_delete(change)
                stale = True
                for seen in known.values():
                    seen.clear()
        flush()
        for statement in rebuild:
            self._db.execute(statement)

    def _suspend_indexes(self, new_rows: dict[str, int]) -> list[str]:
        """Drop the secondary indexes of each table that gains at least `_BULK_ROWS` rows and at
        least as many as it holds; return the statements that create them again. SQLite builds an
        index from all rows at once several times faster than it keeps it up to date row by row
        (a large import inserts at random places in each index). Inside the batch's transaction:
        a rollback brings the indexes back. Not for batches with deletes, whose cascades need them."""
        statements: list[str] = []
        for table, count in new_rows.items():
            if not _outgrown(self._db, table, count):
                continue
            indexes = self._db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table,),
            ).fetchall()
            for name, sql in indexes:
                self._db.execute(f'DROP INDEX "{name}"')
                statements.append(sql)
        return statements

    def _record_delete(self, change: DeleteNode | DeleteRelation, revision: int, stamp: str, author: str) -> None:
        """Write the history entries of one delete (before it is applied): a node's relations go
        with it, so each of them is recorded too. Puts are recorded in `_write_batch`."""
        entries: list[tuple[str, str, list[str], dict[str, Any]]] = []
        if isinstance(change, DeleteNode):
            old = self.get_nodes([change.node_id]).get(change.node_id)
            if old is not None:
                for rel in self.relations_of([old.id])[old.id]:
                    entries.append(("relation", rel.id, [rel.from_id, rel.to_id], rel.content()))
                entries.append(("node", old.id, [old.id], old.content()))
        else:
            old_rel = self.get_relations([change.relation_id]).get(change.relation_id)
            if old_rel is not None:
                entries.append(("relation", old_rel.id, [old_rel.from_id, old_rel.to_id], old_rel.content()))
        self._db.executemany(
            _INSERT_HISTORY,
            [
                _history_row(revision, stamp, author, "delete", kind, subject, ids, before, None)
                for kind, subject, ids, before in entries
            ],
        )

    def history(self, node_id: str | None = None, limit: int = 100) -> list[HistoryEntry]:
        where, params = "", []
        if node_id is not None:
            where = " WHERE subject_id = ? OR EXISTS (SELECT 1 FROM json_each(history.node_ids) WHERE value = ?)"
            params = [node_id, node_id]
        query = (
            "SELECT seq, revision, at, author, action, subject_kind, subject_id, node_ids, before, after "
            f"FROM history{where} ORDER BY seq DESC LIMIT ?"
        )
        with self._read() as db:
            rows = db.execute(query, [*params, limit]).fetchall()
        return [_history_entry(r) for r in rows]

    def erase_node(self, node_id: str, author: str) -> int:
        """Delete the node, its relations and every history entry that holds its data; record
        only that an erasure happened (under a one-way hash of the id, which may hold a name)."""
        with self._lock:
            with self._transaction() as db:
                if not db.execute("SELECT 1 FROM nodes WHERE id = ?", (node_id,)).fetchone():
                    raise NotFoundError("actor", node_id)
                db.execute("DELETE FROM nodes WHERE id = ?", (node_id,))
                db.execute(
                    "DELETE FROM history WHERE subject_id = ? "
                    "OR EXISTS (SELECT 1 FROM json_each(history.node_ids) WHERE value = ?)",
                    (node_id, node_id),
                )
                revision = self._next_revision()
                db.execute(
                    _INSERT_HISTORY,
                    _history_row(revision, now(), author, "erase", "node", erased_id(node_id), [], None, None),
                )
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return revision

    # -- backup ----------------------------------------------------------------------------
    def backup_to(self, target: str | Path) -> int:
        """Copy the whole store into the SQLite file `target` with SQLite's online backup API
        (safe while the server writes: the copy is one consistent state). Returns its revision."""
        target = Path(target)
        if target.resolve() == Path(self.path).resolve():
            raise StoreError(f"{target} is the store itself.", "Name another file for the backup.")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            copy = sqlite3.connect(str(target))
            try:
                with self._lock:
                    self._db.backup(copy)
                return int(copy.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0])
            finally:
                copy.close()
        except sqlite3.Error as exc:
            raise StoreError(f"The backup to {target} failed: {exc}.", "Check that the folder is writable.") from exc

    def restore_from(self, source: str | Path) -> int:
        """Replace the whole store by the backup file `source`; returns the restored revision."""
        source = Path(source)
        if not source.is_file():
            raise StoreError(f"The backup file {source} does not exist.", "Check the path.")
        try:
            backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if not {"nodes", "relations", "meta"} <= tables:
                    raise StoreError(f"{source} is not a netmap backup.", "Give a file written by `netmap backup`.")
                with self._lock:
                    backup.backup(self._db)
            finally:
                backup.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{source} cannot be read as a netmap backup: {exc}.", "Give a file written by `netmap backup`."
            ) from exc
        self._migrate()
        return self.revision()

    # -- records ---------------------------------------------------------------------------
    def put_record(self, collection: str, record_id: str, data: dict[str, Any]) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO records (collection, id, data, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (collection, id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (collection, record_id, json.dumps(data, ensure_ascii=False), now()),
            )

    def get_record(self, collection: str, record_id: str) -> dict[str, Any] | None:
        with self._read() as db:
            row = db.execute(
                "SELECT data FROM records WHERE collection = ? AND id = ?", (collection, record_id)
            ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def list_records(self, collection: str) -> list[tuple[str, dict[str, Any]]]:
        with self._read() as db:
            rows = db.execute("SELECT id, data FROM records WHERE collection = ? ORDER BY id", (collection,)).fetchall()
        return [(r[0], dict(json.loads(r[1]))) for r in rows]

    def update_record(
        self, collection: str, record_id: str, update: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> dict[str, Any]:
        with self._transaction() as db:  # BEGIN IMMEDIATE: no other writer between the read and the write
            row = db.execute("SELECT data FROM records WHERE collection = ? AND id = ?", (collection, record_id))
            current = row.fetchone()
            if current is None:
                raise NotFoundError(f"record in {collection!r}", record_id)
            data = update(dict(json.loads(current[0])))
            db.execute(
                "UPDATE records SET data = ?, updated_at = ? WHERE collection = ? AND id = ?",
                (json.dumps(data, ensure_ascii=False), now(), collection, record_id),
            )
        return data

    def delete_record(self, collection: str, record_id: str) -> bool:
        with self._transaction():
            cursor = self._db.execute("DELETE FROM records WHERE collection = ? AND id = ?", (collection, record_id))
            return cursor.rowcount > 0

    def record_collections(self) -> list[str]:
        with self._read() as db:
            return [r[0] for r in db.execute("SELECT DISTINCT collection FROM records ORDER BY collection")]

    def import_history(self, entries: Sequence[HistoryEntry]) -> int:
        """Add copied history entries that are not stored yet; return how many were added."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                subjects = sorted({e.subject_id for e in entries})
                stored: set[tuple[object, ...]] = set()
                for chunk in _chunks(subjects):
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        "SELECT seq, revision, at, author, action, subject_kind, subject_id, node_ids, before, after "
                        f"FROM history WHERE subject_id IN ({marks})",
                        chunk,
                    )
                    stored.update(history_key(_history_entry(r)) for r in rows)
                added = 0
                for entry in entries:
                    key = history_key(entry)
                    if key in stored:
                        continue
                    stored.add(key)
                    self._db.execute(
                        _INSERT_HISTORY,
                        _history_row(
                            entry.revision,
                            entry.at,
                            entry.author,
                            entry.action,
                            entry.subject_kind,
                            entry.subject_id,
                            list(entry.node_ids),
                            entry.before,
                            entry.after,
                        ),
                    )
                    added += 1
                self._db.execute("COMMIT")
                return added
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def _write_delete(self, change: DeleteNode | DeleteRelation) -> None:
        if isinstance(change, DeleteNode):
            self._db.execute("DELETE FROM nodes WHERE id = ?", (change.node_id,))
        else:
            self._db.execute("DELETE FROM relations WHERE id = ?", (change.relation_id,))


_PUT_NODE = (
    "INSERT INTO nodes (id, kind, name, visibility, region, search, data, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
    "name = excluded.name, visibility = excluded.visibility, region = excluded.region, "
    "search = excluded.search, data = excluded.data, updated_at = excluded.updated_at"
)
_PUT_RELATION = (
    "INSERT INTO relations (id, kind, from_id, to_id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, from_id = excluded.from_id, to_id = excluded.to_id, "
    "data = excluded.data, updated_at = excluded.updated_at"
)
_PUT_SOURCE = "INSERT INTO sources (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data"


def _insert_many(db: sqlite3.Connection, statement: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Run a one-row INSERT statement for every row, `_ROWS_PER_INSERT` rows per statement (one
    VALUES list of many rows): SQLite's work per statement run is larger than per row, so this
    is about a third faster than executemany for large batches. Rows go in in the order given."""
    if not rows:
        return
    per = max(1, min(_ROWS_PER_INSERT, db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(rows[0])))
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        db.execute(_many_rows(statement, len(part)), list(chain.from_iterable(part)))


@lru_cache(maxsize=64)
def _many_rows(statement: str, count: int) -> str:
    """`statement` (INSERT ... VALUES (?, ...) [ON CONFLICT ...]) with `count` rows of placeholders."""
    head, tail = statement.split(" VALUES ", 1)
    end = tail.index(")") + 1
    return f"{head} VALUES {','.join([tail[:end]] * count)}{tail[end:]}"


def _insert_only(upsert: str) -> str:
    """The plain INSERT of an upsert statement (for rows known not to exist)."""
    return upsert.split(" ON CONFLICT ", 1)[0]


def _to_json(value: Any) -> str:
    """Compact JSON text (UTF-8, not ASCII-escaped) of a row's data or a history entry."""
    return orjson.dumps(value).decode()


_from_json = orjson.loads
_dumps = orjson.dumps
_INSERT_HISTORY = (
    "INSERT INTO history (revision, at, author, action, subject_kind, subject_id, node_ids, before, after) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _history_row(
    revision: int,
    stamp: str,
    author: str,
    action: str,
    kind: str,
    subject: str,
    node_ids: list[str],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> tuple[Any, ...]:
    return (
        revision,
        stamp,
        author,
        action,
        kind,
        subject,
        _to_json(node_ids),
        None if before is None else _to_json(before),
        None if after is None else _to_json(after),
    )


def _put_parts(
    change: PutNode | PutRelation | PutSource, stamp: str
) -> tuple[str, str, dict[str, Any], str, tuple[Any, ...]]:
    """(subject kind, id, content for the history, JSON list of the node ids it touches,
    parameters of its upsert). Called once per put of a batch: built without helper calls."""
    if isinstance(change, PutRelation):
        rel = change.relation
        sources = list(rel.sources)
        props = rel.properties
        after = {"id": rel.id, "kind": rel.kind, "from": rel.from_id, "to": rel.to_id, "sources": sources, **props}
        data = _dumps({"sources": sources, "properties": props}).decode()
        params: tuple[Any, ...] = (rel.id, rel.kind, rel.from_id, rel.to_id, data, rel.created_at or stamp, stamp)
        return "relation", rel.id, after, _dumps((rel.from_id, rel.to_id)).decode(), params
    if isinstance(change, PutNode):
        node = change.node
        after = node.content()
        extra = {"aliases": after["aliases"], "topics": after["topics"], "sources": after["sources"]}
        data = _dumps({**extra, "properties": node.properties}).decode()
        search = search_text(node.name, node.aliases)
        params = (
            node.id,
            node.kind,
            node.name,
            node.visibility,
            node.region,
            search,
            data,
            node.created_at or stamp,
            stamp,
        )
        return "node", node.id, after, _dumps((node.id,)).decode(), params
    src = change.source
    after = src.to_dict()
    data = _dumps({k: v for k, v in after.items() if k != "id"}).decode()
    return "source", src.id, after, "[]", (src.id, data)


def _node(row: Sequence[Any]) -> Node:
    node_id, kind, name, visibility, region, data, created, updated = row
    extra = _from_json(data)
    fields = {
        "id": node_id,
        "kind": kind,
        "name": name,
        "aliases": tuple(extra["aliases"]),
        "region": region,
        "topics": tuple(extra["topics"]),
        "visibility": visibility,
        "sources": tuple(extra["sources"]),
        "properties": extra["properties"],
        "created_at": created,
        "updated_at": updated,
    }
    return assembled(Node, fields)  # a re-import reads every stored node: no per-field __init__


def _history_entry(r: Sequence[Any]) -> HistoryEntry:
    return HistoryEntry(
        seq=r[0],
        revision=r[1],
        at=r[2],
        author=r[3],
        action=r[4],
        subject_kind=r[5],
        subject_id=r[6],
        node_ids=tuple(_from_json(r[7])),
        before=None if r[8] is None else _from_json(r[8]),
        after=None if r[9] is None else _from_json(r[9]),
    )


def _relation(row: Sequence[Any]) -> Relation:
    rel_id, kind, from_id, to_id, data, created, updated = row
    extra = _from_json(data)
    fields = {
        "id": rel_id,
        "kind": kind,
        "from_id": from_id,
        "to_id": to_id,
        "sources": tuple(extra["sources"]),
        "properties": extra["properties"],
        "created_at": created,
        "updated_at": updated,
    }
    return assembled(Relation, fields)


def _rows_at_most(db: sqlite3.Connection, table: str) -> int:
    """An upper bound of the rows in `table`: its largest rowid (counting would read every row)."""
    return int(db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0])


def _outgrown(db: sqlite3.Connection, table: str, added: int) -> bool:
    """Whether `added` new rows are a bulk load for `table`: `_BULK_ROWS` or more, and at least
    as many as it holds (the batch at least doubles it)."""
    return added >= _BULK_ROWS and added >= _rows_at_most(db, table)


def _rows_with_ids(db: sqlite3.Connection, table: str, columns: str, ids: Iterable[str]) -> Iterator[Sequence[Any]]:
    """The rows (first column: id) of `table` whose id is one of `ids`: looked up in chunks of
    ids, or, when the ids are many compared with the rows, found in one pass over the table
    (reading all rows in order costs far less than that many lookups at random places)."""
    wanted = dict.fromkeys(ids)  # in the order given, each once
    if len(wanted) >= _SCAN_FROM:
        if len(wanted) * _SCAN_SHARE >= _rows_at_most(db, table):
            yield from (row for row in db.execute(f"SELECT {columns} FROM {table}") if row[0] in wanted)
            return
    for chunk in _chunks(wanted):
        yield from db.execute(f"SELECT {columns} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = list(dict.fromkeys(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _statements(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
