"""Load on a real `netmap serve` (uvicorn subprocess on 127.0.0.1, a free port) from this process:
N concurrent clients for S seconds per target, on the demo network and on a 10,000-actor store.

Targets: /maps/demo, /embed/demo (when the route exists), /graphql (a page of actors; the
neighbourhood field when the schema has it) and /health. Reports requests, errors (must be 0),
requests per second and p50/p99 latency, against the named baseline 'bare Starlette constant'
(bench/load_baseline.py: the same uvicorn answering a constant, no netmap code).

Settings (environment): BENCH_LOAD_SECONDS (default 30) per target, BENCH_LOAD_CLIENTS
(default 50). Traffic goes only to 127.0.0.1 and stops by itself after the set time.
Short run: `BENCH_LOAD_SECONDS=3 .venv/bin/python -m bench load`.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx

from bench.load_client import Connection

ROOT = Path(__file__).resolve().parents[1]
NETMAP = Path(sys.executable).with_name("netmap")
HOST = "127.0.0.1"
MAX_REQUESTS = 2_000_000  # a hard bound on the count, whatever the time set
ACTORS_PAGE = "{ actors(first: 50) { totalCount edges { node { id name kind } } } }"


@dataclass(frozen=True)
class Target:
    name: str
    path: str
    body: dict[str, object] | None = None  # JSON body: POST; none: GET


@dataclass
class Result:
    target: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    first_error: str = ""

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def line(self, baseline: float | None) -> str:
        lat = sorted(self.latencies_ms) or [0.0]
        p50 = statistics.median(lat)
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
        ratio = f", {self.per_second / baseline:.2f}x of baseline 'bare Starlette constant'" if baseline else ""
        error = f"  first error: {self.first_error}" if self.first_error else ""
        return (
            f"  {self.target:<32} {self.requests:>7} requests, {self.errors} errors, {self.per_second:8.1f} req/s, "
            f"p50 {p50:7.1f} ms, p99 {p99:7.1f} ms{ratio}{error}"
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(command: list[str], env: dict[str, str], log: Path) -> Iterator[str]:
    """Start a server subprocess on a free port; yield its base URL once /health answers."""
    with server_process(command, env, log) as (base, _):
        yield base


@contextmanager
def server_process(command: list[str], env: dict[str, str], log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start a server subprocess on a free port; yield its base URL and the process once
    /health answers."""
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen([*command, str(port)], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start; its log:\n{log.read_text()}")
            time.sleep(0.1)
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


async def hammer(base: str, target: Target, clients: int, seconds: float) -> Result:
    """`clients` concurrent keep-alive clients send requests to the target until the time is up."""
    port = int(base.rsplit(":", 1)[1])
    latencies: list[float] = []
    errors = 0
    first_error = ""
    deadline = time.perf_counter() + seconds

    async def one_client() -> None:
        nonlocal errors, first_error
        connection = await Connection.open(HOST, port)
        try:
            while time.perf_counter() < deadline and len(latencies) + errors < MAX_REQUESTS:
                start = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(connection.request(target.path, target.body), 30)
                    ok = status == 200 and (target.body is None or b'"errors"' not in body)
                    reason = f"{status} {body[:200]!r}"
                except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
                    ok, reason = False, repr(exc)
                    await connection.close()
                    connection = await Connection.open(HOST, port)
                if ok:
                    latencies.append((time.perf_counter() - start) * 1000)
                else:
                    errors += 1
                    first_error = first_error or reason
        finally:
            await connection.close()

    began = time.perf_counter()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    took = time.perf_counter() - began
    return Result(target.name, len(latencies) + errors, errors, took, latencies, first_error)


def graphql(base: str, query: str) -> dict[str, object]:
    body: dict[str, object] = httpx.post(f"{base}/graphql", json={"query": query}, timeout=30).json()
    return body


def targets_of(base: str) -> tuple[list[Target], list[str]]:
    """The targets this server has, and a note for each one it lacks."""
    notes: list[str] = []
    found = [Target("GET /maps/demo", "/maps/demo")]
    if httpx.get(f"{base}/embed/demo", timeout=30).status_code == 200:
        found.append(Target("GET /embed/demo", "/embed/demo"))
    else:
        notes.append("/embed/demo: skipped, the route does not exist in this netmap")
    found.append(Target("POST /graphql actors page", "/graphql", {"query": ACTORS_PAGE}))
    neighbourhood = neighbourhood_query(base)
    if neighbourhood:
        found.append(Target("POST /graphql neighbourhood", "/graphql", {"query": neighbourhood}))
    else:
        notes.append("/graphql neighbourhood: skipped, the schema has no neighbourhood field")
    found.append(Target("GET /health", "/health"))
    return found, notes


def neighbourhood_query(base: str) -> str | None:
    """A query of the `neighbourhood` root field, built from the schema (None if there is none):
    required arguments filled with the first actor's id, 1 or true; the result's __typename."""
    schema = graphql(
        base,
        "{ __schema { queryType { fields { name args { name type { kind name ofType { kind name } } } "
        "type { kind name ofType { kind name ofType { kind name } } } } } } }",
    )
    fields = schema["data"]["__schema"]["queryType"]["fields"]  # type: ignore[index]
    field = next((f for f in fields if f["name"] in ("neighbourhood", "neighborhood")), None)
    if field is None:
        return None
    actors = graphql(base, "{ actors(first: 1) { edges { node { id } } } }")
    actor_id = actors["data"]["actors"]["edges"][0]["node"]["id"]  # type: ignore[index]
    args = []
    for arg in field["args"]:
        if arg["type"]["kind"] != "NON_NULL":
            continue
        scalar = arg["type"]["ofType"]["name"]
        value = {"ID": json.dumps(actor_id), "String": json.dumps(actor_id), "Int": "1", "Boolean": "true"}.get(scalar)
        if value is None:
            return None
        args.append(f"{arg['name']}: {value}")
    result_type = field["type"]
    while result_type["kind"] in ("NON_NULL", "LIST"):
        result_type = result_type["ofType"]
    selection = " { __typename }" if result_type["kind"] in ("OBJECT", "INTERFACE", "UNION") else ""
    call = f"({', '.join(args)})" if args else ""
    return f"{{ {field['name']}{call}{selection} }}"


def run_store(
    label: str, log_name: str, store_url: str, demo: bool, clients: int, seconds: float, baseline: float, tmp: Path
) -> int:
    env = {**os.environ, "NETMAP_STORE": store_url, "NETMAP_ENV": "development", "NETMAP_RATE_LIMIT": "0"}
    command = [str(NETMAP), "serve", *(["--demo"] if demo else []), "--port"]
    errors = 0
    with server(command, env, tmp / f"{log_name}.log") as base:
        targets, notes = targets_of(base)
        print(f"netmap serve, {label}:")
        for target in targets:
            result = asyncio.run(hammer(base, target, clients, seconds))
            errors += result.errors
            print(result.line(baseline), flush=True)
        for note in notes:
            print(f"  note: {note}")
    return errors


def main() -> None:
    from bench.bench_store import build

    seconds = float(os.environ.get("BENCH_LOAD_SECONDS", "30"))
    clients = int(os.environ.get("BENCH_LOAD_CLIENTS", "50"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{clients} concurrent clients, {seconds:g} s per target, all on {HOST}; "
        f"{os.cpu_count()} cores, load average before the run {load} (other work skews the figures)"
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with server([sys.executable, "-m", "bench.load_baseline"], dict(os.environ), tmp / "baseline.log") as base:
            result = asyncio.run(hammer(base, Target("GET / (constant)", "/"), clients, seconds))
        print("baseline 'bare Starlette constant' (uvicorn, same client):")
        print(result.line(None))
        baseline = result.per_second
        errors = run_store(
            "demo network", "demo", f"sqlite:///{tmp / 'demo.db'}", True, clients, seconds, baseline, tmp
        )
        big = tmp / "big.db"
        build(big).close()
        errors += run_store(
            "10,000 actors / 30,000 relations", "big", f"sqlite:///{big}", False, clients, seconds, baseline, tmp
        )
    print(f"errors in all: {errors}" + ("" if errors == 0 else "  <- MUST BE 0"))
