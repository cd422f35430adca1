"""Child processes for tests/test_faults.py: real writers that the tests kill or run side by side.

python -m tests.fault_workers batches STORE_PATH         apply tagged batches until killed
python -m tests.fault_workers aliases STORE_PATH TAG N   append N aliases to one actor
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable

from netmap.model import Node
from netmap.schema import default_schema
from netmap.store.base import Change, PutNode, PutRelation
from netmap.store.sqlite import SQLiteStore

BATCH_NODES = 6  # each batch: 6 nodes and 5 relations, all in the region "batch-K"
SHARED_ACTOR = "org-shared"


def batch(k: int) -> list[Change]:
    """Batch number k: a chain of BATCH_NODES organisations tagged with k (partial application
    would leave a region with fewer nodes or relations)."""
    schema = default_schema()
    ids = [f"b{k}-{i}" for i in range(BATCH_NODES)]
    nodes: list[Change] = [
        PutNode(
            schema.validate_node(
                {"id": i, "kind": "Organisation", "name": f"Batch {k} org {i}", "region": f"batch-{k}"}
            )
        )
        for i in ids
    ]
    rels: list[Change] = [
        PutRelation(schema.validate_relation({"kind": "COOPERATES_WITH", "from": a, "to": b}))
        for a, b in zip(ids, ids[1:], strict=False)
    ]
    return nodes + rels


def run_batches(path: str) -> None:
    store = SQLiteStore(path)
    k = 0
    while True:
        store.apply(batch(k), author=f"batch-{k}")
        print(k, flush=True)  # printed only after the commit returned
        k += 1


def with_alias(alias: str) -> Callable[[Node], Node]:
    """An update that appends `alias` to the node's aliases (a read-modify-write)."""
    return lambda node: dataclasses.replace(node, aliases=(*node.aliases, alias))


def append_aliases(path: str, tag: str, count: int) -> None:
    store = SQLiteStore(path)
    for i in range(count):
        store.update_node(SHARED_ACTOR, with_alias(f"{tag}-{i}"), author=tag)
    store.close()


if __name__ == "__main__":
    command, store_path, *rest = sys.argv[1:]
    if command == "batches":
        run_batches(store_path)
    elif command == "aliases":
        append_aliases(store_path, rest[0], int(rest[1]))
    else:
        raise SystemExit(f"unknown command {command!r}")
