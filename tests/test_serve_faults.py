"""A real `netmap serve` subprocess: killed with SIGKILL in the middle of a stream of GraphQL
mutations, the store opens again, passes SQLite's checks and holds every mutation that was
answered with success; and its output never shows a secret (the Neo4j password, a token)."""

from __future__ import annotations

import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from netmap.auth.tokens import create_token
from netmap.ingest.seeds import load_demo_if_empty
from netmap.store.sqlite import SQLiteStore
from tests.live_server import free_port
from tests.test_faults import assert_consistent

CREATE = "mutation($id: String!) { createActor(actor: {id: $id, kind: ORGANISATION, name: $id}) { __typename } }"


def start_server(db: Path, log: Path, extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """`netmap serve` on a free port with its stdout and stderr in `log`; returns it once /health answers."""
    port = free_port()
    env = {**os.environ, "NETMAP_STORE": f"sqlite:///{db}", "NETMAP_RATE_LIMIT": "0", **(extra_env or {})}
    cmd = [sys.executable, "-c", "from netmap.cli import main; raise SystemExit(main())", "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/health", timeout=1):
                return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("netmap serve did not answer:\n" + log.read_text()) from None
            time.sleep(0.1)


def graphql(base: str, query: str, token: str | None, variables: dict[str, Any] | None = None) -> tuple[int, Any]:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(base + "/graphql", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def prepared_store(db: Path) -> str:
    store = SQLiteStore(db)
    try:
        return create_token(store, "stream-editor", "editor")
    finally:
        store.close()


def test_kill_9_of_the_server_during_mutations_keeps_every_answered_one(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    token = prepared_store(db)
    proc, base = start_server(db, tmp_path / "serve.log")
    confirmed: list[str] = []
    failures: list[BaseException] = []

    def stream() -> None:
        for i in range(100_000):
            actor_id = f"org-stream-{i}"
            try:
                status, body = graphql(base, CREATE, token, {"id": actor_id})
            # the server is gone: no connection, or an answer cut off by the kill (IncompleteRead)
            except (OSError, ValueError, http.client.HTTPException) as err:
                failures.append(err)
                return
            if status == 200 and body["data"]["createActor"]["__typename"] == "ActorSaved":
                confirmed.append(actor_id)

    client = threading.Thread(target=stream)
    client.start()
    deadline = time.monotonic() + 30
    while len(confirmed) < 40 and time.monotonic() < deadline and client.is_alive():
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    client.join(timeout=15)
    assert not client.is_alive() and failures, "the client noticed the kill"
    assert len(confirmed) >= 40, confirmed

    assert_consistent(db)
    store = SQLiteStore(db)
    try:
        stored = store.get_nodes(confirmed)
        assert sorted(stored) == sorted(confirmed)  # every answered mutation is there
        # at most the one in flight at the kill is there without its answer; each whole
        assert store.revision() in (len(confirmed), len(confirmed) + 1)
        assert store.count_nodes() == store.revision()
    finally:
        store.close()


def test_serve_logs_no_secret(tmp_path: Path) -> None:
    db = tmp_path / "secret.db"
    seeded = SQLiteStore(db)
    load_demo_if_empty(seeded)
    seeded.close()
    token = prepared_store(db)
    password = "neo4j-Pw-7c1d9e"  # noqa: S105  (a made-up secret the log must never show)
    wrong = token[:-4] + "XXXX"
    log = tmp_path / "serve.log"
    proc, base = start_server(db, log, {"NETMAP_NEO4J_PASSWORD": password, "NETMAP_ENV": "production"})
    try:
        assert (
            graphql(base, CREATE, token, {"id": "org-logged"})[1]["data"]["createActor"]["__typename"] == "ActorSaved"
        )
        assert graphql(base, "{ actors { totalCount } }", wrong)[0] == 401
        assert graphql(base, "{ tokens { name } }", token)[0] == 200
        assert graphql(base, "{ nosuchfield }", token)[0] == 200  # a validation error
        urllib.request.urlopen(base + "/maps/demo", timeout=10).read()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    output = log.read_text()
    assert "netmap serves the store" in output  # the log was captured
    for secret in (password, token, wrong, token[len("netmap_") :]):
        assert secret not in output


def test_store_file_holds_no_token() -> None:
    """Only the hash of a token is stored: the raw bytes of the store file never hold it."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "tokens.db"
        token = prepared_store(db)
        raw = db.read_bytes() + (Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b"")
        assert token.encode() not in raw and token[len("netmap_") :].encode() not in raw
        assert sqlite3.connect(db).execute("SELECT count(*) FROM records").fetchone()[0] >= 1
