"""Map pages in headless Chromium: the demo map and a 5,000-actor map, drawn and interactive,
with page weight; against the baseline 'pyvis from_nx + default physics' on a 500-actor graph
(time-boxed). Goals (issue #5): demo map <= 1 s, 5,000 actors <= 3 s."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.maps.definitions import save_map, validate_map
from netmap.schema import default_schema
from netmap.store.base import PutNode, PutRelation
from netmap.store.sqlite import SQLiteStore
from tests.live_server import launch_chromium, netmap_server

BASELINE_NODES = 500
BASELINE_LIMIT_S = 30.0


def build_large(path: Path, actors: int = 5_000, relations: int = 12_000) -> None:
    store = SQLiteStore(path)
    schema = default_schema()
    rng = random.Random(5)
    kinds = ["Organisation"] * 6 + ["Project"] * 3 + ["Funder"]
    nodes = [
        schema.validate_node({"id": f"n{i}", "kind": kinds[i % len(kinds)], "name": f"Akteur {i}"})
        for i in range(actors)
    ]
    orgs = [n.id for n in nodes if n.kind == "Organisation"]
    rels: dict[str, Any] = {}
    while len(rels) < relations:
        a, b = rng.choice(orgs), rng.choice(orgs)
        if a != b:
            rel = schema.validate_relation({"kind": "COOPERATES_WITH", "from": a, "to": b})
            rels[rel.id] = rel
    store.apply([*(PutNode(n) for n in nodes), *(PutRelation(r) for r in rels.values())])
    save_map(store, validate_map({"slug": "gross", "title_de": "Großes Netz", "public": True}))
    store.close()


def draw(page: Any, url: str) -> tuple[float, int, int]:
    """Seconds until the map is drawn and answers a selection; bytes of the page and its
    resources (decoded, as the Resource Timing API reports them); number of resources."""
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function("() => window.netmapReady === true", timeout=120_000)
    page.evaluate(
        "() => { const n = window.netmapNetwork; n.selectNodes([n.body.nodeIndices[0]]); return n.getSelectedNodes().length; }"
    )
    elapsed = time.perf_counter() - start
    size, count = page.evaluate(
        """() => {
        const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
        return [entries.reduce((sum, e) => sum + e.decodedBodySize, 0), entries.length];
    }"""
    )
    return elapsed, int(size), int(count)


def pyvis_baseline(page: Any, folder: Path) -> float | None:
    """Seconds until pyvis's page (from_nx, default physics, vis-network inlined) has settled,
    or None past BASELINE_LIMIT_S."""
    import networkx as nx
    from pyvis.network import Network

    graph = nx.gnm_random_graph(BASELINE_NODES, BASELINE_NODES * 2, seed=5)
    net = Network(height="900px", width="100%", cdn_resources="in_line")
    net.from_nx(graph)
    html = folder / "pyvis.html"
    net.write_html(str(html))
    start = time.perf_counter()
    page.goto(html.as_uri())
    try:
        page.wait_for_function(
            "() => window.network && window.network.physics && window.network.physics.stabilized === true",
            timeout=BASELINE_LIMIT_S * 1000,
            polling=100,
        )
    except Exception:  # noqa: BLE001  (playwright's TimeoutError)
        return None
    return time.perf_counter() - start


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        folder = Path(tmp)
        demo_db, large_db = folder / "demo.db", folder / "large.db"
        demo = SQLiteStore(demo_db)
        import_path(demo, seeds_dir())
        demo.close()
        start = time.perf_counter()
        build_large(large_db)
        print(f"built a 5,000-actor / 12,000-relation store in {time.perf_counter() - start:.1f} s")
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        outside: list[str] = []

        def only_local(route: Any) -> None:
            if route.request.url.startswith(("http://127.0.0.1", "file://", "data:")):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_local)
        page = context.new_page()
        with netmap_server(f"sqlite:///{demo_db}") as base:
            draw(page, base + "/maps/demo")  # warm the server and the browser cache once
            page = context.new_page()
            seconds, size, requests = draw(page, base + "/maps/demo")
            print(
                f"demo map (52 actors): drawn and interactive in {seconds:.2f} s (goal <= 1 s); {size / 1024:.0f} KiB in {requests} requests"
            )
        with netmap_server(f"sqlite:///{large_db}") as base:
            page = context.new_page()
            cold, size, requests = draw(page, base + "/maps/gross")
            page = context.new_page()
            warm, _, _ = draw(page, base + "/maps/gross")
            print(
                f"5,000-actor map: drawn and interactive in {warm:.2f} s with the layout cached (goal <= 3 s), "
                f"{cold:.2f} s on the first request (server layout); {size / 1024:.0f} KiB in {requests} requests"
            )
        print(f"requests from netmap's pages to other hosts (blocked): {len(outside)}")
        outside.clear()
        page = context.new_page()
        baseline = pyvis_baseline(page, folder)
        browser.close()
        if baseline is None:
            print(
                f"baseline 'pyvis from_nx + default physics, {BASELINE_NODES} actors': not settled after {BASELINE_LIMIT_S:.0f} s; "
                f"ratio netmap 5,000 actors / baseline {BASELINE_NODES} actors <= {warm / BASELINE_LIMIT_S:.2f}x"
            )
        else:
            print(
                f"baseline 'pyvis from_nx + default physics, {BASELINE_NODES} actors': settled in {baseline:.2f} s; "
                f"ratio netmap 5,000 actors / baseline {BASELINE_NODES} actors {warm / baseline:.2f}x"
            )
        print(f"requests from the pyvis baseline page to other hosts (blocked): {len(outside)}")
