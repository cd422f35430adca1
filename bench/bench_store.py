"""Store reads on a synthetic 10,000-actor SQLite store: page of 50 with relations, against a
baseline of the same rows read with one plain SQL query."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from netmap.schema import default_schema
from netmap.store.base import PutNode, PutRelation
from netmap.store.sqlite import SQLiteStore


def build(path: Path, actors: int = 10_000, relations: int = 30_000) -> SQLiteStore:
    store = SQLiteStore(path)
    schema = default_schema()
    rng = random.Random(7)
    nodes = [
        schema.validate_node({"id": f"o{i}", "kind": "Organisation", "name": f"Organisation {i}"})
        for i in range(actors)
    ]
    rels = {}
    while len(rels) < relations:
        a, b = rng.randrange(actors), rng.randrange(actors)
        if a != b:
            rel = schema.validate_relation({"kind": "COOPERATES_WITH", "from": f"o{a}", "to": f"o{b}"})
            rels[rel.id] = rel
    store.apply([*(PutNode(n) for n in nodes), *(PutRelation(r) for r in rels.values())])
    return store


def timed(fn: object, runs: int = 50) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        start = time.perf_counter()
        store = build(path)
        print(f"built 10,000 actors / 30,000 relations in {time.perf_counter() - start:.2f} s")

        def netmap_page() -> None:
            nodes = store.find_nodes(limit=50, offset=5000)
            store.relations_of([n.id for n in nodes])

        raw = sqlite3.connect(path)

        def baseline_page() -> None:
            ids = [
                r[0] for r in raw.execute("SELECT id FROM nodes ORDER BY name COLLATE NOCASE, id LIMIT 50 OFFSET 5000")
            ]
            marks = ",".join("?" * len(ids))
            sql = f"SELECT * FROM relations WHERE from_id IN ({marks}) OR to_id IN ({marks})"  # noqa: S608
            raw.execute(sql, ids + ids).fetchall()

        ours = statistics.median(timed(netmap_page))
        base = statistics.median(timed(baseline_page))
        print(
            f"page of 50 with relations: netmap store p50 {ours:.2f} ms, baseline 'raw sqlite3' p50 {base:.2f} ms, ratio {ours / base:.2f}x"
        )
        store.close()
        raw.close()
