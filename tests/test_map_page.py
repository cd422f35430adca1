from __future__ import annotations

import html
import json
import re

from starlette.testclient import TestClient

from netmap.store.base import GraphStore, NodeFilter


def test_demo_map_shows_every_public_node_and_no_person(demo_client: TestClient, demo_store: GraphStore) -> None:
    page = demo_client.get("/maps/demo")
    assert page.status_code == 200
    data = json.loads(
        re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page.text, re.S).group(1)
    )  # type: ignore[union-attr]
    public = demo_store.find_nodes(NodeFilter(visibility=frozenset({"public"})))
    assert {n["id"] for n in data["nodes"]} == {n.id for n in public}
    text = html.unescape(page.text)
    assert all(n.name in text for n in public)
    for person in demo_store.find_nodes(NodeFilter(kinds=frozenset({"Person"}))):
        assert person.name not in text
    ids = {n["id"] for n in data["nodes"]}
    assert data["edges"] and all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert {n["color"] for n in data["nodes"]} >= {"#1f77b4", "#d62728", "#2ca02c"}
    assert len({n["size"] for n in data["nodes"]}) > 3


def test_map_page_points_at_no_other_host(demo_client: TestClient) -> None:
    page = demo_client.get("/maps/demo").text
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I)
    assert "http://" not in page and "https://" not in page
    for asset in re.findall(r'(?:src|href)="(/[^"]+)"', page):
        assert demo_client.get(asset).status_code == 200, asset
    for asset in ("/static/map.js",):
        body = demo_client.get(asset).text
        assert "http://" not in body and "https://" not in body


def test_map_page_headers_and_languages(demo_client: TestClient) -> None:
    german = demo_client.get("/maps/demo")
    assert "frame-ancestors 'none'" in german.headers["content-security-policy"]
    assert 'lang="de"' in german.text and "Fördermittelgeber" in german.text
    english = demo_client.get("/maps/demo?lang=en")
    assert 'lang="en"' in english.text and "Funder" in english.text and "Find an actor" in english.text
    assert demo_client.get("/maps/unknown").status_code == 404


def test_names_are_escaped(store: GraphStore) -> None:
    from netmap.api.app import create_app
    from netmap.settings import Settings
    from netmap.store.base import PutNode

    evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    store.apply([PutNode(store.schema.validate_node({"id": "o", "kind": "Organisation", "name": evil}))])
    with TestClient(create_app(Settings(), store)) as client:
        page = client.get("/maps/demo").text
    assert "<script>alert(1)" not in page and "<img src=x" not in page


def test_maps_size_nodes_by_any_analysis_metric(demo_store: GraphStore) -> None:
    from netmap.analysis.centrality import scores as analysis_scores
    from netmap.maps.sizing import METRICS, node_sizes
    from netmap.store.base import snapshot

    graph = snapshot(demo_store, frozenset({"public"}))
    assert {"degree", "betweenness", "pagerank", "constraint"} <= set(METRICS)
    by_betweenness = node_sizes(graph, "betweenness")
    raw = analysis_scores(graph, "betweenness")
    top = max(raw, key=lambda n: raw[n])
    assert by_betweenness[top] == max(by_betweenness.values())
    assert by_betweenness != node_sizes(graph, "degree")
