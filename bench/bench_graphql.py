"""GraphQL reads on a synthetic 10,000-actor SQLite store: a page of 50 actors with their relations,
and a depth-2 neighbourhood. Goal: p50 ≤ 15 ms and GraphQL ≤ 3× the baseline.

The goal is judged on the REAL SERVER figures: `netmap serve` (uvicorn, a subprocess on
127.0.0.1, a free port) asked by one keep-alive connection from this process. The time of a
request is from sending its bytes to having the answer's bytes (bench/raw_client.py: the request
built once, the answer's body read by Content-Length, as a load-testing tool does); each kind of
answer is checked in full before the timing. Printed beside it: what a Python client with
http.client that encodes each request and decodes each JSON answer sees (that client's own work,
~0.25–0.3 ms per request here, is the caller's cost, not the server's), and the server's CPU per
request (the mean over the run, read from /proc/PID/stat).
Printed too, as a second figure: the same requests to the app in process through Starlette's
TestClient, which adds about 2–3 ms of its own per request (each request crosses to an anyio
portal thread and back); its CPU is this process's (all threads). Like `netmap serve`, this
process first freezes what it has loaded out of the garbage collector's way (`gc.freeze()`).

Baseline "direct store calls": the same data read by calling the store directly, in this process,
without HTTP and GraphQL — for the page the page's count, its actors, their relations, the actors
at the other ends and the sources; for the neighbourhood netmap.analysis.paths.neighbourhood
(which the GraphQL field calls too). GraphQL requests and baseline calls are timed in turns, so a
machine that slows down or speeds up during the run moves both alike.
Timed in turns, the direct call runs after each request with caches as the server leaves them
(as the server's own store call does); timed alone, back to back, it runs with warm caches and is
faster. The goal counts as met only when GraphQL's p50 is within 3x of both.
Floors, printed first: one request to a bare Starlette app answering a constant
(bench/load_baseline.py) and an empty GraphQL request `{ __typename }`; no GraphQL answer can
cost less than these. No answer is cached between requests: every request runs the query
against the store with a fresh context. What is kept is the query text parsed, validated and
compiled (netmap/api/lean_request.py) and the conversion of argument values
(netmap/api/arguments.py)."""

from __future__ import annotations

import gc
import http.client
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from starlette.testclient import TestClient

from bench.bench_load import NETMAP, server_process
from bench.bench_store import build
from bench.raw_client import RawClient
from netmap.analysis.paths import neighbourhood
from netmap.api.app import create_app
from netmap.api.query import encode_cursor
from netmap.settings import Settings
from netmap.store.base import PUBLIC, NodeFilter
from netmap.store.sqlite import SQLiteStore

PAGE = """query($after: String) { actors(first: 50, after: $after) { totalCount edges { node { id name region
  sources { title } relations { kind since from { id name } to { id name } } } } } }"""
AROUND = """query($id: ID!) { neighbourhood(id: $id, depth: 2) { actors { id name kind }
  relations { kind from { id } to { id } } } }"""
RUNS = 200
CURSOR = encode_cursor(4999)
PAGE_BODY: dict[str, object] = {"query": PAGE, "variables": {"after": CURSOR}}
AROUND_BODY: dict[str, object] = {"query": AROUND, "variables": {"id": "o5000"}}
EMPTY_BODY: dict[str, object] = {"query": "{ __typename }"}


def percentiles(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float]:
    """p50 and p99 wall-clock milliseconds over `runs` calls (after 10 warm-up calls), and the
    p50 of CPU milliseconds this process spent (all threads; less disturbed by a busy machine)."""
    for _ in range(10):
        fn()
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return summary(times, cpu)


def checked_page(body: dict[str, object]) -> None:
    edges = body["data"]["actors"]["edges"]  # type: ignore[index]
    assert "errors" not in body and len(edges) == 50, body


def checked_around(body: dict[str, object]) -> None:
    assert "errors" not in body and len(body["data"]["neighbourhood"]["actors"]) > 10, body  # type: ignore[index]


def direct_calls(store: SQLiteStore) -> tuple[Callable[[], None], Callable[[], None]]:
    """The baseline: the page's and the neighbourhood's data read from the store directly."""

    def direct_page() -> None:
        where = NodeFilter(visibility=PUBLIC)
        store.count_nodes(where)
        nodes = store.find_nodes(where, limit=50, offset=5000)
        relations = store.relations_of([n.id for n in nodes])
        store.get_nodes({r.other(i) for i, rels in relations.items() for r in rels})
        store.get_sources({s for n in nodes for s in n.sources})

    def direct_around() -> None:
        neighbourhood(store, "o5000", 2, None, PUBLIC)

    return direct_page, direct_around


class Client:
    """One keep-alive HTTP connection to a server on 127.0.0.1."""

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=30)

    def post(self, path: str, body: dict[str, object]) -> dict[str, object]:
        self.connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        response = self.connection.getresponse()
        data = response.read()
        assert response.status == 200, data[:300]
        answer: dict[str, object] = json.loads(data)
        return answer

    def get(self, path: str) -> bytes:
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        data = response.read()
        assert response.status == 200, data[:300]
        return data


def server_cpu_ms(pid: int) -> float:
    """CPU milliseconds (user + system, all threads) the process `pid` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measured(fn: Callable[[], object], pid: int | None) -> tuple[float, float, float]:
    """p50 and p99 wall-clock ms of `fn`, and its CPU ms: the mean per request of the server
    process `pid`, or (no pid) the p50 of this process's."""
    if pid is None:
        return percentiles(fn)
    for _ in range(10):
        fn()
    before = server_cpu_ms(pid)
    p50, p99, _ = percentiles(fn, RUNS)
    return p50, p99, (server_cpu_ms(pid) - before) / (RUNS + 10)


def summary(times: list[float], cpu: list[float]) -> tuple[float, float, float]:
    """p50 and p99 of the wall-clock `times` and the p50 of the `cpu` times (ms)."""
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[98], statistics.median(cpu)


def interleaved(
    ours: Callable[[], object], base: Callable[[], object], runs: int = RUNS
) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """`summary` of `ours` and of `base`, timed in turns (which goes first alternates) after 10
    warm-up calls each, so that a machine slowing down or speeding up during the run moves both
    alike and the ratio between them stays fair."""
    for _ in range(10):
        ours()
        base()
    samples: dict[str, tuple[list[float], list[float]]] = {"ours": ([], []), "base": ([], [])}
    for turn in range(runs):
        order = (("ours", ours), ("base", base)) if turn % 2 == 0 else (("base", base), ("ours", ours))
        for name, fn in order:
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            samples[name][0].append((time.perf_counter() - start) * 1000)
            samples[name][1].append((time.process_time() - start_cpu) * 1000)
    return summary(*samples["ours"]), summary(*samples["base"])


def report(
    label: str,
    cpu_label: str,
    ours: Callable[[], object],
    base: Callable[[], object],
    pid: int | None,
    full_client: Callable[[], object] | None = None,
) -> None:
    """Print GraphQL's figures for `ours` beside the baseline's, the two timed in turns, and the
    baseline timed alone; the verdict on the goal only for the real server (`pid` given), and
    for it what `full_client` (the same request through http.client and json) takes."""
    before = server_cpu_ms(pid) if pid is not None else 0.0
    (p50, p99, cpu), (b50, b99, bcpu) = interleaved(ours, base)
    client = ""
    if pid is not None:
        # the client's own share of each request's wall-clock time (it builds the request and
        # parses the answer): server CPU + client CPU is about the wall-clock time on this machine
        client = f", this client's CPU p50 {cpu:.2f} ms"
        cpu = (server_cpu_ms(pid) - before) / (RUNS + 10)
    alone, _, _ = percentiles(base)
    met = p50 <= 15 and p50 / b50 <= 3 and p50 / alone <= 3
    goal = (
        ("meets" if met else "misses") if pid is not None else "not judged here; would " + ("meet" if met else "miss")
    )
    print(
        f"  {label}: GraphQL p50 {p50:.2f} ms p99 {p99:.2f} ms ({cpu_label} {cpu:.2f} ms{client}); baseline 'direct store calls' "
        f"p50 {b50:.2f} ms p99 {b99:.2f} ms (CPU p50 {bcpu:.2f} ms); ratio {p50 / b50:.2f}x "
        f"({goal} the goal p50 ≤ 15 ms, ≤ 3x)\n"
        f"    the baseline timed alone, {RUNS} calls back to back (warm caches): p50 {alone:.2f} ms, "
        f"GraphQL {p50 / alone:.2f}x that",
        flush=True,
    )
    if full_client is not None:
        f50, f99, _ = percentiles(full_client)
        print(f"    as a Python client with http.client and json sees it: p50 {f50:.2f} ms p99 {f99:.2f} ms", flush=True)


def main() -> None:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average before the run {load} (other work skews wall-clock times)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "bench.db"
        store = build(path)
        direct_page, direct_around = direct_calls(store)

        print("REAL SERVER (the goal is judged on these): `netmap serve` (uvicorn subprocess), one keep-alive client")
        with server_process([sys.executable, "-m", "bench.load_baseline"], dict(os.environ), tmp / "bare.log") as (
            bare_base,
            bare,
        ):
            bare_client = RawClient(bare_base)
            bare_request = bare_client.get("/")
            p50, _, cpu = measured(lambda: bare_client.exchange(bare_request), bare.pid)
        print(f"  floor: bare Starlette constant on the same uvicorn: p50 {p50:.2f} ms (server CPU {cpu:.2f} ms)")
        env = {**os.environ, "NETMAP_STORE": f"sqlite:///{path}", "NETMAP_RATE_LIMIT": "0", "NETMAP_ENV": "development"}
        with server_process([str(NETMAP), "serve", "--port"], env, tmp / "netmap.log") as (netmap_base, netmap):
            raw = RawClient(netmap_base)
            empty, page, around = (raw.post_json("/graphql", body) for body in (EMPTY_BODY, PAGE_BODY, AROUND_BODY))
            client = Client(netmap_base)
            p50, _, cpu = measured(lambda: raw.exchange(empty), netmap.pid)
            print(
                f"  fixed cost of '{{ __typename }}' through HTTP and GraphQL: p50 {p50:.2f} ms (server CPU {cpu:.2f} ms)"
            )
            checked_page(json.loads(raw.exchange(page)))
            checked_around(json.loads(raw.exchange(around)))
            report(
                "actors page of 50 with relations",
                "server CPU mean",
                lambda: raw.exchange(page),
                direct_page,
                netmap.pid,
                lambda: client.post("/graphql", PAGE_BODY),
            )
            report(
                "neighbourhood depth 2",
                "server CPU mean",
                lambda: raw.exchange(around),
                direct_around,
                netmap.pid,
                lambda: client.post("/graphql", AROUND_BODY),
            )

        print("IN PROCESS through Starlette's TestClient (adds its portal-thread hop to every request)")
        # as `netmap serve` does: what is loaded by now (the 10,000-actor build included) is frozen
        # out of the garbage collector's way, for GraphQL and the baseline alike
        gc.collect()
        gc.freeze()
        with TestClient(create_app(Settings(rate_limit_per_minute=0), store)) as test_client:
            checked_page(test_client.post("/graphql", json=PAGE_BODY).json())
            checked_around(test_client.post("/graphql", json=AROUND_BODY).json())
            p50, _, cpu = percentiles(lambda: test_client.post("/graphql", json=EMPTY_BODY))
            print(f"  fixed cost of '{{ __typename }}': p50 {p50:.2f} ms (CPU {cpu:.2f} ms)")
            report(
                "actors page of 50 with relations",
                "CPU p50",
                lambda: test_client.post("/graphql", json=PAGE_BODY),
                direct_page,
                None,
            )
            report(
                "neighbourhood depth 2",
                "CPU p50",
                lambda: test_client.post("/graphql", json=AROUND_BODY),
                direct_around,
                None,
            )
        store.close()
