"""Import of 100,000 actors and 300,000 relations from CSV into an empty SQLite store (and the
same files again, which must change nothing), against a named baseline: the same CSV files read
with csv.reader and written with executemany into two plain SQLite tables (no validation, no
history). Goal: the first import in 30 s or less on the build machine."""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from netmap.ingest.importer import import_path
from netmap.store.sqlite import SQLiteStore

ACTORS = 100_000
RELATIONS = 300_000
KINDS = ("COOPERATES_WITH", "PART_OF")
GOAL_SECONDS = 30.0


def write_files(folder: Path, actors: int = ACTORS, relations: int = RELATIONS) -> None:
    """actors.csv and relations.csv of a synthetic network of organisations."""
    rng = random.Random(11)
    with open(folder / "actors.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "kind", "name", "region", "topics"])
        for i in range(actors):
            writer.writerow([f"org-{i}", "Organisation", f"Organisation {i} e.V.", f"Kreis {i % 50}", "arbeit|sprache"])
    seen: set[tuple[str, int, int]] = set()
    with open(folder / "relations.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["from", "to", "kind", "since"])
        while len(seen) < relations:
            a, b, kind = rng.randrange(actors), rng.randrange(actors), rng.choice(KINDS)
            key = (kind, min(a, b), max(a, b)) if kind == "COOPERATES_WITH" else (kind, a, b)
            if a != b and key not in seen:
                seen.add(key)
                writer.writerow([f"org-{a}", f"org-{b}", kind, str(2000 + (a + b) % 24)])


def baseline(folder: Path, db: Path) -> float:
    """Seconds for csv.reader + executemany into plain tables (the named baseline)."""
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE actors (id TEXT PRIMARY KEY, kind TEXT, name TEXT, region TEXT, topics TEXT)")
    conn.execute("CREATE TABLE relations (from_id TEXT, to_id TEXT, kind TEXT, since TEXT)")
    with conn:
        for table, width in (("actors", 5), ("relations", 4)):
            with open(folder / f"{table}.csv", newline="", encoding="utf-8") as rows:
                reader = csv.reader(rows)
                next(reader)
                conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * width)})", reader)  # noqa: S608
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder)
        rows = ACTORS + RELATIONS
        base = baseline(folder, folder / "baseline.db")
        store = SQLiteStore(folder / "netmap.db")
        start, cpu = time.perf_counter(), time.process_time()
        report = import_path(store, folder)
        first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert report.created["actors"] == ACTORS and report.created["relations"] == RELATIONS, report.summary()
        start, cpu = time.perf_counter(), time.process_time()
        again = import_path(store, folder)
        second, second_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert again.revision is None and store.count_relations() == RELATIONS
        store.close()
    verdict = "meets" if first <= GOAL_SECONDS else "MISSES"
    print(f"baseline (csv.reader + executemany, plain tables): {base:.2f} s, {rows / base:,.0f} rows/s")
    print(
        f"netmap import, empty store: {first:.2f} s (CPU {first_cpu:.2f} s), {rows / first:,.0f} rows/s, "
        f"{first / base:.1f}x baseline ({verdict} the {GOAL_SECONDS:.0f} s goal)"
    )
    print(
        f"netmap re-import (nothing changes): {second:.2f} s (CPU {second_cpu:.2f} s), {rows / second:,.0f} rows/s, "
        f"{second / base:.1f}x baseline"
    )
    for label, done in (("first import", report), ("re-import", again)):
        phases = ", ".join(f"{phase} {seconds:.1f}" for phase, seconds in done.cpu_seconds.items())
        print(f"  CPU seconds per phase, {label}: {phases}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall time grows with it)")


if __name__ == "__main__":
    main()
