"""Importing tables into a store: everything is checked first, then written in one batch.

An import with one bad row reports every problem (file, row, column, why) and writes nothing.
Re-importing the same data changes nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from netmap.errors import ImportFileError, ImportRowError, ValidationError
from netmap.ingest.phases import PhaseClock
from netmap.ingest.prepare import prepare_tables
from netmap.ingest.tables import Row, Tables, read_paths
from netmap.model import Node, Relation, Source
from netmap.schema import validate_source
from netmap.store.base import Change, GraphStore, PutNode, PutRelation, PutSource

MAX_PROBLEMS = 50


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=lambda: {"actors": 0, "relations": 0, "sources": 0})
    updated: dict[str, int] = field(default_factory=lambda: {"actors": 0, "relations": 0, "sources": 0})
    unchanged: dict[str, int] = field(default_factory=lambda: {"actors": 0, "relations": 0, "sources": 0})
    revision: int | None = None
    dry_run: bool = False
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # per phase, see netmap.ingest.phases

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        parts = []
        for table in ("actors", "relations", "sources"):
            parts.append(
                f"{table}: {self.created[table]} {verb} created, {self.updated[table]} {verb} updated, "
                f"{self.unchanged[table]} unchanged"
            )
        return "\n".join(parts)


def _row_error(row: Row, err: ValidationError, column: str | None = None) -> ImportRowError:
    return ImportRowError(row.file, row.number, column or err.field, f"{err.message.split(': ', 1)[-1]} {err.hint}")


def plan_import(
    store: GraphStore, tables: Tables, clock: PhaseClock | None = None
) -> tuple[list[Change], ImportReport]:
    """Check all rows against graph_schema and the store; return the changes to write."""
    clock = clock or PhaseClock()
    schema = store.schema
    tables, problems = prepare_tables(tables, store)
    report = ImportReport()
    changes: list[Change] = []

    sources: dict[str, Source] = {}
    for row in tables.sources:
        try:
            src = validate_source(row.values)
        except ValidationError as err:
            problems.append(_row_error(row, err))
            continue
        if src.id in sources:
            problems.append(ImportRowError(row.file, row.number, "id", f"the source id {src.id!r} appears twice"))
        sources[src.id] = src
    stored_sources = store.get_sources(sources)
    for src in sources.values():
        old_src = stored_sources.get(src.id)
        counts = report.created if old_src is None else report.unchanged if old_src == src else report.updated
        counts["sources"] += 1
        if old_src != src:
            changes.append(PutSource(src))

    nodes: dict[str, Node] = {}
    node_rows: dict[str, Row] = {}
    for row in tables.actors:
        try:
            node = schema.validate_node(row.values)
        except ValidationError as err:
            problems.append(_row_error(row, err))
            continue
        if node.id in nodes:
            first = node_rows[node.id].number
            problems.append(
                ImportRowError(row.file, row.number, "id", f"the id {node.id!r} is already used in row {first}")
            )
            continue
        nodes[node.id] = node
        node_rows[node.id] = row
    known_sources = set(sources) | set(store.get_sources({s for n in nodes.values() for s in n.sources}))

    relations: dict[str, Relation] = {}
    rel_rows: list[tuple[Row, Relation]] = []
    for row in tables.relations:
        try:
            rel = schema.validate_relation(row.values)
        except ValidationError as err:
            problems.append(_row_error(row, err))
            continue
        if rel.id in relations:
            problems.append(
                ImportRowError(row.file, row.number, "", "the same relation (kind, from, to, since) appears twice")
            )
            continue
        relations[rel.id] = rel
        rel_rows.append((row, rel))
    ends = {r.from_id for r in relations.values()} | {r.to_id for r in relations.values()}
    clock.lap("checking")
    stored_nodes = store.get_nodes(set(nodes) | ends)
    known_sources |= set(store.get_sources({s for r in relations.values() for s in r.sources}))
    clock.lap("matching")
    endpoint_of = {**stored_nodes, **nodes}
    for index, misfit in schema.endpoint_errors([rel for _, rel in rel_rows], endpoint_of.get):
        row, rel = rel_rows[index]
        start, finish = endpoint_of.get(rel.from_id), endpoint_of.get(rel.to_id)
        if start is not None and finish is not None:
            problems.append(_row_error(row, misfit, "kind"))
            continue
        for column, node_id, found in (("from", rel.from_id, start), ("to", rel.to_id, finish)):
            if found is None:
                problems.append(
                    ImportRowError(
                        row.file,
                        row.number,
                        column,
                        f"no actor has the id or name {node_id!r} (neither in this import nor in the store)",
                    )
                )
    for row, rel in rel_rows:
        for sid in rel.sources:
            if sid not in known_sources:
                problems.append(ImportRowError(row.file, row.number, "sources", f"no source has the id {sid!r}"))
    for node_id, node in nodes.items():
        for sid in node.sources:
            if sid not in known_sources:
                row = node_rows[node_id]
                problems.append(ImportRowError(row.file, row.number, "sources", f"no source has the id {sid!r}"))

    if problems:
        problems.sort(key=lambda p: (p.file, p.row))
        shown = problems[:MAX_PROBLEMS]
        more = f" ({len(problems) - MAX_PROBLEMS} more not shown)" if len(problems) > MAX_PROBLEMS else ""
        raise ImportFileError(f"The import has {len(problems)} problem(s){more}:", shown)
    clock.lap("checking")

    changes.extend(_puts(report, "actors", nodes, stored_nodes, PutNode))
    changes.extend(_puts(report, "relations", relations, store.get_relations(relations), PutRelation))
    clock.lap("matching")
    return changes, report


_Item = TypeVar("_Item", Node, Relation)


def _puts(
    report: ImportReport,
    table: str,
    items: dict[str, _Item],
    stored: dict[str, _Item],
    put: Callable[[_Item], Change],
) -> list[Change]:
    """The puts of the items that are new or differ from the stored ones (which keep their
    creation time); counts created, updated and unchanged in `report`."""
    puts: list[Change] = []
    updated = 0
    for item_id, item in items.items():
        old = stored.get(item_id)
        if old is None:
            puts.append(put(item))
        elif not old.same_content(item):
            updated += 1
            puts.append(put(item.stamped(old.created_at, "")))
    report.created[table] += len(puts) - updated
    report.updated[table] += updated
    report.unchanged[table] += len(items) - len(puts)
    return puts


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """A large import allocates millions of objects that all live to the end; the cyclic garbage
    collector would walk them again and again (a third of the time at 400,000 rows)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def import_tables(
    store: GraphStore,
    tables: Tables,
    dry_run: bool = False,
    author: str = "cli",
    clock: PhaseClock | None = None,
) -> ImportReport:
    """Check the tables, then write their changes in one batch (unless `dry_run`). Returns what
    was (or would be) created, updated and unchanged, and the CPU seconds of each phase."""
    clock = clock or PhaseClock()
    with _without_cyclic_gc():
        changes, report = plan_import(store, tables, clock)
        report.dry_run = dry_run
        if not dry_run and changes:
            report.revision = store.apply(changes, author=author)
            clock.lap("writing")
    report.cpu_seconds = clock.seconds
    return report


def import_path(
    store: GraphStore, path: Path | Sequence[Path], dry_run: bool = False, author: str = "cli"
) -> ImportReport:
    """Import an XLSX workbook, CSV files (a folder, or an actors and a relations file) or a JSON
    file; all or nothing. Returns what was (or, with `dry_run`, would be) created, updated, unchanged."""
    paths = [path] if isinstance(path, Path) else list(path)
    clock = PhaseClock()
    with _without_cyclic_gc():
        try:
            tables = read_paths(paths)
        except ImportRowError as err:
            raise ImportFileError("The import cannot be read:", [err]) from None
        clock.lap("reading")
        return import_tables(store, tables, dry_run=dry_run, author=author, clock=clock)
