"""Faults with real processes and real SQLite files: kill -9 during writes, a read-only store
file, a full disk, two writer processes at once. After each, the store must open, pass SQLite's
own integrity and foreign-key checks, and hold every batch completely or not at all."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netmap.errors import StoreError
from netmap.schema import default_schema
from netmap.store.base import PutNode
from netmap.store.sqlite import SQLiteStore
from tests.fault_workers import BATCH_NODES, SHARED_ACTOR, batch

ROOT = Path(__file__).resolve().parents[1]
NETMAP = Path(sys.executable).with_name("netmap")
BIG_IMPORT_ACTORS = 15_000  # about 3 s to import on the build machine; the kill lands while it writes


def run_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fault_workers", *args], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )


def assert_consistent(path: Path) -> None:
    """SQLite's own checks on the file, with a plain connection that is not netmap's."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def write_big_import(folder: Path, actors: int) -> None:
    folder.mkdir()
    with open(folder / "sources.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "title", "date"], ["src-gen", "Generated for the fault test", "2024-01-01"]])
    with open(folder / "actors.csv", "w", newline="", encoding="utf-8") as f:
        rows = [[f"org-{i}", "Organisation", f"Organisation {i}", "Kreis Test", "src-gen"] for i in range(actors)]
        csv.writer(f).writerows([["id", "kind", "name", "region", "sources"], *rows])
    with open(folder / "relations.csv", "w", newline="", encoding="utf-8") as f:
        rows = [[f"org-{i}", f"org-{i + 1}", "COOPERATES_WITH", "src-gen"] for i in range(actors - 1)]
        csv.writer(f).writerows([["from", "to", "kind", "sources"], *rows])


def wait_for(condition: object, proc: subprocess.Popen[str], what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert proc.poll() is None, f"the process ended before {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_kill_9_during_a_large_import_leaves_nothing_half_written(tmp_path: Path) -> None:
    folder, db = tmp_path / "big", tmp_path / "netmap.db"
    write_big_import(folder, BIG_IMPORT_ACTORS)
    SQLiteStore(db).close()
    wal = Path(f"{db}-wal")
    env = {**os.environ, "NETMAP_STORE": f"sqlite:///{db}"}
    proc = subprocess.Popen([NETMAP, "import", str(folder)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # The import checks every row first, then writes one transaction; kill once it is writing.
    wait_for(lambda: wal.exists() and wal.stat().st_size > 2_000_000, proc, "the import started writing")
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    assert_consistent(db)
    store = SQLiteStore(db)
    assert (store.count_nodes(), store.count_relations(), store.revision()) == (0, 0, 0)
    assert store.history(limit=10) == []
    store.close()
    # The store takes imports again afterwards.
    small = tmp_path / "small"
    write_big_import(small, 10)
    finished = subprocess.run([NETMAP, "import", str(small)], env=env, capture_output=True, text=True, check=True)
    assert "actors: 10 were created" in finished.stdout
    assert_consistent(db)


def test_kill_9_during_a_stream_of_batches_keeps_each_batch_whole(tmp_path: Path) -> None:
    db = tmp_path / "netmap.db"
    SQLiteStore(db).close()
    proc = run_worker("batches", str(db))
    assert proc.stdout is not None
    committed = -1
    while committed < 40:
        line = proc.stdout.readline()
        assert line, "the batch writer ended by itself"
        committed = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    assert_consistent(db)
    store = SQLiteStore(db)
    regions: dict[str, int] = {}
    for node in store.find_nodes():
        regions[node.region] = regions.get(node.region, 0) + 1
    batches = len(regions)
    assert batches > committed, "a batch whose commit returned is missing"
    assert regions == {f"batch-{k}": BATCH_NODES for k in range(batches)}  # each batch whole, none skipped
    assert store.count_relations() == batches * (BATCH_NODES - 1)
    assert store.revision() == batches
    per_revision: dict[int, int] = {}
    for entry in store.history(limit=100_000):
        per_revision[entry.revision] = per_revision.get(entry.revision, 0) + 1
    assert per_revision == {k + 1: 2 * BATCH_NODES - 1 for k in range(batches)}
    store.close()


def test_two_writer_processes_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "netmap.db"
    store = SQLiteStore(db)
    store.apply(
        [PutNode(default_schema().validate_node({"id": SHARED_ACTOR, "kind": "Organisation", "name": "Shared"}))]
    )
    per_writer = 200
    writers = [run_worker("aliases", str(db), tag, str(per_writer)) for tag in ("left", "right")]
    for proc in writers:
        assert proc.wait(timeout=60) == 0
        assert proc.stdout is not None
        proc.stdout.close()
    aliases = store.get_nodes([SHARED_ACTOR])[SHARED_ACTOR].aliases
    assert sorted(aliases) == sorted(f"{tag}-{i}" for tag in ("left", "right") for i in range(per_writer))
    # Each writer's own aliases are in its own order: every update saw the one before it.
    assert [a for a in aliases if a.startswith("left-")] == [f"left-{i}" for i in range(per_writer)]
    assert store.revision() == 1 + 2 * per_writer
    store.close()
    assert_consistent(db)


@pytest.fixture
def full_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    """A store whose database may not grow: SQLite's max_page_count makes it answer exactly as on
    a full disk (SQLITE_FULL), without filling the machine's disk."""
    store = SQLiteStore(tmp_path / "netmap.db")
    store.apply(batch(0))
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 2}")
    yield store
    store.close()


def test_a_full_disk_gives_a_clear_error_and_changes_nothing(full_store: SQLiteStore, tmp_path: Path) -> None:
    schema = default_schema()
    padding = "x" * 250  # 100 long names: several pages, more than the two left
    big = [
        PutNode(schema.validate_node({"id": f"big-{i}", "kind": "Organisation", "name": f"Big {i} {padding}"}))
        for i in range(100)
    ]
    with pytest.raises(StoreError) as failure:
        full_store.apply(big)
    assert failure.value.message.startswith("The disk or the database is full")
    assert "Nothing was changed" in failure.value.message and "Free space" in failure.value.hint
    assert (full_store.revision(), full_store.count_nodes()) == (1, BATCH_NODES)
    # Once there is room again the same store writes on.
    full_store._db.execute("PRAGMA max_page_count = 1073741823")
    assert full_store.apply(big) == 2
    assert_consistent(tmp_path / "netmap.db")


READ_ONLY_IMPORT = """
import sys
from netmap.cli import main
sys.exit(main(["import", sys.argv[1]]))
"""
# Root ignores permission bits; without these two capabilities it obeys them like any user.
AS_ORDINARY_USER = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs POSIX file permissions")
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0 and not shutil.which("setpriv"),
    reason="runs as root and setpriv (util-linux) is missing: root would ignore the read-only bits",
)
@pytest.mark.parametrize("folder_read_only", [False, True], ids=["file-read-only", "file-and-folder-read-only"])
def test_a_read_only_store_file_gives_a_clear_error_and_changes_nothing(tmp_path: Path, folder_read_only: bool) -> None:
    """`netmap import` into a store file that is chmod 444 (and, like on a read-only mount, in a
    folder where nothing can be created). As root, the import runs without the capabilities that
    let root ignore permission bits, so the bits really hold."""
    folder = tmp_path / "small"
    write_big_import(folder, 10)
    place = tmp_path / "store"
    place.mkdir()
    db = place / "netmap.db"
    store = SQLiteStore(db)
    store.apply(batch(0))
    store.close()  # a clean close checkpoints the WAL and removes -wal and -shm
    db.chmod(0o444)
    if folder_read_only:
        place.chmod(0o555)
    env = {**os.environ, "NETMAP_STORE": f"sqlite:///{db}", "PYTHONDONTWRITEBYTECODE": "1"}
    prefix = AS_ORDINARY_USER if os.geteuid() == 0 else []
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-c", READ_ONLY_IMPORT, str(folder)],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    finally:
        place.chmod(0o755)
        db.chmod(0o644)
    assert result.returncode == 2, result.stderr
    assert f"Error: The store file {db} cannot be" in result.stderr
    assert "writ" in result.stderr and "Traceback" not in result.stderr
    assert_consistent(db)
    store = SQLiteStore(db)
    assert (store.revision(), store.count_nodes()) == (1, BATCH_NODES)
    store.close()
