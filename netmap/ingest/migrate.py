"""Copying a whole netmap from one store to another (`netmap migrate`), through the protocol only.

What is copied: the history (first, so that it comes before anything this copy records), sources,
actors, relations and every record collection (saved maps, tokens, drafts, ...). Only what is
missing or different in the target is written, in validated batches, so a second run writes
nothing. At the end the two stores are compared; a difference is an error, never a silent pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from netmap.errors import ConfigError, StoreError
from netmap.model import Node, Relation, Source
from netmap.store.base import Change, GraphStore, PutNode, PutRelation, PutSource, history_key

BATCH = 500
ALL = 2**31 - 1  # "no limit" for history(), which takes a number
T = TypeVar("T", Node, Relation, Source)


@dataclass
class MigrationReport:
    """What a migration copied (`written`) and what both stores hold afterwards (`counts`)."""

    source: str
    target: str
    written: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"Copied {self.source} → {self.target}."]
        for what, count in self.counts.items():
            lines.append(f"  {what}: {count} in both stores, {self.written.get(what, 0)} written now")
        if not any(self.written.values()):
            lines.append("The target was already up to date: nothing was written.")
        return "\n".join(lines)


def migrate(source: GraphStore, target: GraphStore, author: str = "migrate", batch: int = BATCH) -> MigrationReport:
    """Copy everything from `source` into `target`, check that both hold the same, and return
    the report. Raises StoreError when the stores differ afterwards."""
    if source.url == target.url:
        raise ConfigError(f"--from and --to name the same store ({source.url}).", "Name two different stores.")
    report = MigrationReport(source.url, target.url)
    report.written["history entries"] = target.import_history(list(reversed(source.history(limit=ALL))))

    sources = source.all_sources()
    report.written["sources"] = _copy(
        target, sources, lambda chunk: target.get_sources(s.id for s in chunk), PutSource, author, batch
    )
    nodes = source.find_nodes()
    report.written["actors"] = _copy(
        target,
        nodes,
        lambda chunk: target.get_nodes(n.id for n in chunk),
        PutNode,
        author,
        batch,
        same=lambda a, b: a.content() == b.content() and a.created_at == b.created_at,
    )
    relations = source.find_relations()
    report.written["relations"] = _copy(
        target,
        relations,
        lambda chunk: target.get_relations(r.id for r in chunk),
        PutRelation,
        author,
        batch,
        same=lambda a, b: a.content() == b.content(),
    )
    for collection in source.record_collections():
        stored = dict(target.list_records(collection))
        written = 0
        for record_id, data in source.list_records(collection):
            if stored.get(record_id) != data:
                target.put_record(collection, record_id, data)
                written += 1
        report.written[f"records in {collection!r}"] = written
    _verify(source, target, report)
    return report


def _copy(
    target: GraphStore,
    items: Sequence[T],
    stored_of: Callable[[list[T]], dict[str, T]],
    change: Callable[[T], Change],
    author: str,
    batch: int,
    same: Callable[[T, T], bool] = lambda a, b: a == b,
) -> int:
    """Write the items the target lacks or holds differently, `batch` per apply; return how many."""
    written = 0
    for chunk in _chunks(items, batch):
        stored = stored_of(chunk)
        missing = [item for item in chunk if not _held(stored, item, same)]
        if missing:
            target.apply([change(item) for item in missing], author=author)
            written += len(missing)
    return written


def _held(stored: dict[str, T], item: T, same: Callable[[T, T], bool]) -> bool:
    existing = stored.get(item.id)
    return existing is not None and same(existing, item)


def _verify(source: GraphStore, target: GraphStore, report: MigrationReport) -> None:
    """Compare the two stores; fill report.counts, or raise StoreError naming the difference."""
    pairs = {
        "actors": ({n.id for n in source.find_nodes()}, {n.id for n in target.find_nodes()}),
        "relations": ({r.id for r in source.find_relations()}, {r.id for r in target.find_relations()}),
        "sources": ({s.id for s in source.all_sources()}, {s.id for s in target.all_sources()}),
    }
    for collection in source.record_collections():
        pairs[f"records in {collection!r}"] = (
            {i for i, _ in source.list_records(collection)},
            {i for i, _ in target.list_records(collection)},
        )
    for what, (there, here) in pairs.items():
        if there != here:
            raise StoreError(
                f"After copying, {target.url} holds {len(here)} {what} and {source.url} holds {len(there)}"
                f" ({len(there - here)} missing, {len(here - there)} that only the target has).",
                "Migrate into an empty store, or remove what only the target holds, and run netmap migrate again.",
            )
        report.counts[what] = len(there)
    wanted = {history_key(e) for e in source.history(limit=ALL)}
    held = {history_key(e) for e in target.history(limit=ALL)}
    if not wanted <= held:
        raise StoreError(
            f"After copying, {len(wanted - held)} history entries of {source.url} are missing in {target.url}.",
            "Run netmap migrate again; if they are still missing, report it as a bug.",
        )
    report.counts["history entries"] = len(wanted)


def _chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
