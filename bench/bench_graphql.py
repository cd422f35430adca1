"""GraphQL reads on a synthetic 10,000-actor SQLite store, through the real app (Starlette
TestClient, in process): a page of 50 actors with their relations, and a depth-2 neighbourhood.
Baseline "direct store calls": the same data (the page's count, its actors, their relations, the
actors at the other ends and the sources; for the neighbourhood netmap.analysis.paths) read by
calling the store directly, without HTTP and GraphQL. Goal: p50 ≤ 15 ms and GraphQL ≤ 3× that.
Also printed, as floors: one request to a bare Starlette app through the same TestClient, and
an empty GraphQL request; no GraphQL answer can cost less than these."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from bench.bench_store import build
from netmap.analysis.paths import neighbourhood
from netmap.api.app import create_app
from netmap.api.query import encode_cursor
from netmap.settings import Settings
from netmap.store.base import PUBLIC, NodeFilter

PAGE = """query($after: String) { actors(first: 50, after: $after) { totalCount edges { node { id name region
  sources { title } relations { kind since from { id name } to { id name } } } } } }"""
AROUND = """query($id: ID!) { neighbourhood(id: $id, depth: 2) { actors { id name kind }
  relations { kind from { id } to { id } } } }"""
RUNS = 200


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
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[98], statistics.median(cpu)


def bare_answer(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = build(Path(tmp) / "bench.db")
        cursor = encode_cursor(4999)
        with TestClient(create_app(Settings(rate_limit_per_minute=0), store)) as client:

            def graphql_page() -> None:
                body = client.post("/graphql", json={"query": PAGE, "variables": {"after": cursor}}).json()
                assert len(body["data"]["actors"]["edges"]) == 50

            def direct_page() -> None:
                where = NodeFilter(visibility=PUBLIC)
                store.count_nodes(where)
                nodes = store.find_nodes(where, limit=50, offset=5000)
                relations = store.relations_of([n.id for n in nodes])
                store.get_nodes({r.other(i) for i, rels in relations.items() for r in rels})
                store.get_sources({s for n in nodes for s in n.sources})

            def graphql_around() -> None:
                body = client.post("/graphql", json={"query": AROUND, "variables": {"id": "o5000"}}).json()
                assert len(body["data"]["neighbourhood"]["actors"]) > 10

            def direct_around() -> None:
                neighbourhood(store, "o5000", 2, None, PUBLIC)

            def empty_request() -> None:
                assert client.post("/graphql", json={"query": "{ __typename }"}).status_code == 200

            with TestClient(Starlette(routes=[Route("/", bare_answer)])) as bare:
                transport, _, transport_cpu = percentiles(lambda: bare.get("/"))
            print(
                f"floor: one request to a bare Starlette app through the TestClient: p50 {transport:.2f} ms (CPU {transport_cpu:.2f} ms)"
            )
            floor, _, floor_cpu = percentiles(empty_request)
            print(
                f"fixed cost of one request '{{ __typename }}' through HTTP and GraphQL: p50 {floor:.2f} ms (CPU {floor_cpu:.2f} ms)"
            )
            for label, ours, base in (
                ("actors page of 50 with relations", graphql_page, direct_page),
                ("neighbourhood depth 2", graphql_around, direct_around),
            ):
                p50, p99, cpu = percentiles(ours)
                b50, b99, bcpu = percentiles(base)
                goal = "meets" if p50 <= 15 and p50 / b50 <= 3 else "misses"
                print(
                    f"{label}: GraphQL p50 {p50:.2f} ms p99 {p99:.2f} ms (CPU p50 {cpu:.2f} ms); baseline 'direct store calls' "
                    f"p50 {b50:.2f} ms p99 {b99:.2f} ms (CPU p50 {bcpu:.2f} ms); ratio {p50 / b50:.2f}x "
                    f"({goal} the goal p50 ≤ 15 ms, ≤ 3x)"
                )
        store.close()
