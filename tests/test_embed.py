"""/maps/{slug}, /embed/{slug}, downloads and oEmbed through the real app (TestClient)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from starlette.testclient import TestClient

from netmap.maps.definitions import save_map, validate_map
from netmap.store.base import GraphStore, PutNode
from tests.fixtures import HIDDEN_NAMES, PUBLIC_IDS


def page_data(text: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', text, re.S)
    assert found
    return dict(json.loads(found.group(1)))


def save(store: GraphStore, **fields: Any) -> None:
    save_map(store, validate_map({"title_de": "Karte", **fields}))


def test_embed_shows_public_data_only_even_if_the_filter_includes_people(
    client: TestClient, graph_store: GraphStore
) -> None:
    save(graph_store, slug="alle", kinds=["Organisation", "Person", "Project", "Funder"], public=True)
    for url in ("/embed/alle", "/maps/alle"):
        page = client.get(url)
        assert page.status_code == 200, url
        data = page_data(page.text)
        assert {n["id"] for n in data["nodes"]} == PUBLIC_IDS
        ids = {n["id"] for n in data["nodes"]}
        assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
        text = html.unescape(page.text)
        for name in HIDDEN_NAMES:
            assert name not in text, (url, name)


def test_explicitly_public_person_appears(client: TestClient, graph_store: GraphStore) -> None:
    person = graph_store.schema.validate_node(
        {"id": "person-oeffentlich", "kind": "Person", "name": "Paula Öffentlich", "visibility": "public"}
    )
    graph_store.apply([PutNode(person)])
    save(graph_store, slug="alle", public=True)
    data = page_data(client.get("/embed/alle").text)
    assert "person-oeffentlich" in {n["id"] for n in data["nodes"]}
    assert "person-erika" not in {n["id"] for n in data["nodes"]}


def test_private_map_has_a_page_but_no_embed(client: TestClient, graph_store: GraphStore) -> None:
    save(graph_store, slug="intern", public=False)
    assert client.get("/embed/intern").status_code == 404
    assert client.get("/embed/nirgends").status_code == 404
    page = client.get("/maps/intern")
    assert page.status_code == 200 and "embed-snippet" not in page.text
    assert client.get("/oembed", params={"url": "http://testserver/maps/intern"}).status_code == 404


def test_frame_ancestors_from_the_allowlist(client: TestClient, graph_store: GraphStore) -> None:
    save(graph_store, slug="partner", public=True, embed_sites=["https://www.partner.example"])
    save(graph_store, slug="offen", public=True)
    partner = client.get("/embed/partner").headers["content-security-policy"]
    assert "frame-ancestors 'self' https://www.partner.example" in partner
    assert "script-src 'self'" in partner and "'none'" not in partner.split("frame-ancestors")[1]
    assert "frame-ancestors 'self';" in client.get("/embed/offen").headers["content-security-policy"] + ";"
    for other in ("/maps/partner", "/health", "/embed/nirgends"):
        assert "frame-ancestors 'none'" in client.get(other).headers["content-security-policy"], other


def test_embed_etag_cache_control_no_cookies(client: TestClient, graph_store: GraphStore) -> None:
    first = client.get("/embed/demo")
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"] and "set-cookie" not in first.headers
    again = client.get("/embed/demo", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/embed/demo?lang=en").headers["etag"] != etag
    graph_store.apply(
        [PutNode(graph_store.schema.validate_node({"id": "org-neu", "kind": "Organisation", "name": "Neu"}))]
    )
    changed = client.get("/embed/demo", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    save(graph_store, slug="demo", title_de="Andere Demo", public=True)
    assert client.get("/embed/demo").headers["etag"] != changed.headers["etag"]


def test_embed_page_is_minimal_and_loads_nothing_from_other_hosts(client: TestClient) -> None:
    page = client.get("/embed/demo").text
    assert 'id="search"' in page and "Legende" in page
    assert "actor-table" not in page and "embed-snippet" not in page
    assert "http://" not in page and "https://" not in page
    for asset in re.findall(r'(?:src|href)="(/[^"]+)"', page):
        assert client.get(asset).status_code == 200, asset


def test_downloads_list_registered_formats_and_hold_the_public_subgraph(client: TestClient) -> None:
    from netmap.export import available_formats

    page = client.get("/maps/demo").text
    for fmt in available_formats():
        assert f'href="/maps/demo/export.{fmt.name}"' in page
    download = client.get("/maps/demo/export.json")
    assert download.status_code == 200
    assert 'filename="netmap-demo.json"' in download.headers["content-disposition"]
    exported = download.json()
    assert {a["id"] for a in exported["actors"]} == PUBLIC_IDS
    assert client.get("/maps/demo/export.doc").status_code == 404


def test_oembed(client: TestClient) -> None:
    answer = client.get(
        "/oembed", params={"url": "http://testserver/maps/demo?lang=en", "format": "json", "maxwidth": 500}
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["type"] == "rich" and body["version"] == "1.0" and body["width"] == 500
    assert '<iframe src="http://testserver/embed/demo?lang=en"' in body["html"]
    assert body["title"] == "Integration network (demo)"
    assert client.get("/oembed", params={"url": "http://evil.example/maps/demo"}).status_code == 404
    assert client.get("/oembed", params={"url": "http://testserver/maps/demo", "format": "xml"}).status_code == 501


def test_map_page_has_table_legend_toggles_and_english(client: TestClient) -> None:
    german = client.get("/maps/demo").text
    assert 'id="actor-table"' in german and 'class="kind-toggle"' in german and "Herunterladen" in german
    assert ">Kopieren</button>" in german
    assert german.count("<tr data-id=") == len(PUBLIC_IDS)
    english = client.get("/maps/demo?lang=en").text
    assert "Download" in english and "Embed on a website" in english and "Integration network (demo)" in english


def test_maps_above_the_threshold_come_with_positions(graph_store: GraphStore) -> None:
    from netmap.api.app import create_app
    from netmap.settings import Settings

    with TestClient(create_app(Settings(map_layout_above=3), graph_store)) as small_threshold:
        data = page_data(small_threshold.get("/embed/demo").text)
    assert data["positioned"] and all(isinstance(n["x"], float) for n in data["nodes"])
