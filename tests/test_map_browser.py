"""The map pages in headless Chromium against a real `netmap serve` on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.maps.definitions import save_map, validate_map
from netmap.store.base import PUBLIC, NodeFilter, PutNode
from netmap.store.sqlite import SQLiteStore
from tests.live_server import ARTIFACTS, CHROMIUM, launch_chromium, netmap_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="/usr/bin/chromium is missing: run `make browser`"),
]
sync_api = pytest.importorskip("playwright.sync_api")
EVIL = '<img src=x onerror="window.netmapXss=1"><b>Böse</b>'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, set[str], int]]:
    """The demo network plus a private map; yields (base URL, public actor names, actor count)."""
    path = tmp_path_factory.mktemp("browser") / "netmap.db"
    store = SQLiteStore(path)
    import_path(store, seeds_dir())
    save_map(store, validate_map({"slug": "intern", "title_de": "Intern", "public": False}))
    evil = store.schema.validate_node(
        {"id": "org-evil", "kind": "Organisation", "name": EVIL, "note": EVIL, "aliases": ["Boese"]}
    )
    store.apply([PutNode(evil)])
    public = store.find_nodes(NodeFilter(visibility=PUBLIC))
    store.close()
    with netmap_server(f"sqlite:///{path}") as base:
        yield base, {n.name for n in public}, len(public)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A fresh page and the list of every URL it requested."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    yield page, requested
    context.close()


def _open_map(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => window.netmapReady === true", timeout=15_000)


def _search(tab: Any, text: str, selected: str | None = None) -> None:
    """Search as a visitor does; wait until an actor (`selected`, if given) is selected."""
    tab.fill("#search", text)
    tab.press("#search", "Enter")
    if selected is None:
        tab.wait_for_function("() => window.netmapNetwork.getSelectedNodes().length === 1")
    else:
        tab.wait_for_function("id => window.netmapNetwork.getSelectedNodes()[0] === id", arg=selected)


def test_demo_map_draws_every_actor_and_stays_on_127(server: tuple[str, set[str], int], page: Any) -> None:
    base, _, count = server
    tab, requested = page
    _open_map(tab, base + "/maps/demo")
    drawn = tab.evaluate("Object.keys(window.netmapNetwork.getPositions()).length")
    assert drawn == count
    rows = tab.locator("#actor-table tbody tr").count()
    assert rows == count
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "map-demo.png"), full_page=True)
    hosts = {urlsplit(u).hostname for u in requested if not u.startswith("data:")}
    assert hosts == {"127.0.0.1"}, requested


def test_search_focuses_actor_and_click_shows_sources(server: tuple[str, set[str], int], page: Any) -> None:
    base, _, _ = server
    tab, _ = page
    _open_map(tab, base + "/maps/demo")
    _search(tab, "Caritasverband")
    # Two actors match: the other one is offered as a button next to the first hit.
    tab.locator("#search-status button", has_text="Caritasverband Siegen-Wittgenstein").click()
    tab.wait_for_function("() => window.netmapNetwork.getSelectedNodes()[0] === 'org-caritas-siegen-wittgenstein'")
    assert tab.evaluate("window.netmapNetwork.getSelectedNodes()[0]") == "org-caritas-siegen-wittgenstein"
    assert "Caritasverband Siegen-Wittgenstein" in tab.inner_text("#search-status")
    details = tab.inner_text("#details")
    assert "Caritasverband Siegen-Wittgenstein e.V." in details
    assert "Agentur für Arbeit Siegen" in details  # a relation
    assert "Gemeinsamer Workshop" in details  # its source
    tab.screenshot(path=str(ARTIFACTS / "map-demo-caritas.png"))

    # A click on the canvas at an actor's position opens its details too.
    target = "org-jobcenter-kreis-siegen-wittgenstein"
    point = tab.evaluate(
        "id => { const n = window.netmapNetwork; const p = n.getPositions([id])[id]; return n.canvasToDOM(p); }", target
    )
    box = tab.locator("#network").bounding_box()
    tab.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    tab.wait_for_function("() => document.querySelector('#details h2').textContent.startsWith('Jobcenter')")
    assert "Quellen" in tab.inner_text("#details")
    assert "(Vereinbarung, 2021" in tab.inner_text("#details")  # enum values in German too


def test_embed_of_private_map_is_404_and_headers(server: tuple[str, set[str], int], page: Any) -> None:
    base, _, count = server
    tab, requested = page
    private = tab.goto(base + "/embed/intern")
    assert private.status == 404
    embed = tab.goto(base + "/embed/demo")
    assert embed.status == 200
    assert "frame-ancestors 'self'" in embed.headers["content-security-policy"]
    assert "set-cookie" not in embed.headers
    tab.wait_for_function("() => window.netmapReady === true")
    assert tab.evaluate("Object.keys(window.netmapNetwork.getPositions()).length") == count
    full = tab.goto(base + "/maps/demo")
    assert "frame-ancestors 'none'" in full.headers["content-security-policy"]
    assert {urlsplit(u).hostname for u in requested if not u.startswith("data:")} == {"127.0.0.1"}


def test_embed_snippet_shows_the_map_on_another_site(
    server: tuple[str, set[str], int], page: Any, tmp_path: Path
) -> None:
    """The 'done when' of the issue: copy the snippet into a plain page served from another port."""
    import subprocess
    import sys

    from tests.live_server import free_port

    base, _, _ = server
    tab, _ = page
    _open_map(tab, base + "/maps/demo")
    snippet = tab.input_value("#embed-snippet")
    assert snippet.startswith(f'<iframe src="{base}/embed/demo"')
    (tmp_path / "index.html").write_text(
        f"<!doctype html><html><body><h1>Partner site</h1>{snippet}</body></html>", encoding="utf-8"
    )
    port = free_port()
    site = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                tab.goto(f"http://127.0.0.1:{port}/index.html")
                break
            except sync_api.Error:
                tab.wait_for_timeout(100)
        frame = tab.frame_locator("iframe")
        frame.locator("#network canvas").wait_for(timeout=15_000)
        inner = next(f for f in tab.frames if "/embed/demo" in f.url)
        inner.wait_for_function("() => window.netmapReady === true", timeout=15_000)
        assert inner.evaluate("Object.keys(window.netmapNetwork.getPositions()).length") > 10
        tab.screenshot(path=str(ARTIFACTS / "embed-on-partner-site.png"))
    finally:
        site.terminate()
        site.wait(timeout=10)


def test_toggles_time_slider_table_and_keyboard(server: tuple[str, set[str], int], page: Any) -> None:
    base, _, _ = server
    tab, _ = page
    _open_map(tab, base + "/maps/demo")
    hidden = "ids => ids.filter(id => window.netmapNetwork.body.nodes[id].options.hidden).length"
    projects = tab.evaluate(
        "() => Object.values(window.netmapNetwork.body.nodes).filter(n => n.options.color.background === '#2ca02c').map(n => n.id)"
    )
    assert projects and tab.evaluate(hidden, projects) == 0
    tab.locator(".kind-toggle[value=Project]").uncheck()
    assert tab.evaluate(hidden, projects) == len(projects)
    tab.locator(".kind-toggle[value=Project]").check()
    assert tab.evaluate(hidden, projects) == 0

    # The Siegen cooperation agreement holds since 2021: hidden as of 2020, shown as of 2021.
    edge = tab.evaluate(
        "() => Object.values(window.netmapNetwork.body.edges).find(e => e.fromId === 'org-agentur-fuer-arbeit-siegen' && e.toId === 'org-caritas-siegen-wittgenstein').id"
    )
    edge_hidden = "id => window.netmapNetwork.body.edges[id].options.hidden"
    tab.locator("#as-of").fill("2020")
    assert tab.evaluate(edge_hidden, edge) is True
    assert tab.inner_text("#as-of-value") == "2020"
    tab.locator("#as-of").fill("2021")
    assert tab.evaluate(edge_hidden, edge) is False

    tab.locator("th button[data-sort=degree]").click()
    tab.locator("th button[data-sort=degree]").click()
    assert tab.get_attribute("th:has(button[data-sort=degree])", "aria-sort") == "descending"
    degrees = [
        int(d) for d in tab.eval_on_selector_all("#actor-table tbody tr", "rows => rows.map(r => r.dataset.degree)")
    ]
    assert degrees == sorted(degrees, reverse=True)

    with tab.expect_download() as download:
        tab.locator("#download-png").click()
    assert download.value.suggested_filename == "netmap-demo.png"
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # Keyboard only: focus the first actor of the table and press Enter.
    first = tab.locator("#actor-table tbody tr button").first
    first.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => document.activeElement && document.activeElement.id === 'details'")
    assert first.inner_text() in tab.inner_text("#details h2")


def test_names_are_shown_as_text_never_as_html(server: tuple[str, set[str], int], page: Any) -> None:
    base, _, _ = server
    tab, _ = page
    _open_map(tab, base + "/maps/demo")
    _search(tab, "Boese", "org-evil")
    assert tab.inner_text("#details h2") == EVIL
    assert tab.locator("#details img, #details b, #search-status img").count() == 0
    # Hover shows vis-network's tooltip, which it fills with innerText.
    tab.wait_for_timeout(600)  # the camera's move to the found actor
    point = tab.evaluate(
        "() => { const n = window.netmapNetwork; return n.canvasToDOM(n.getPositions(['org-evil'])['org-evil']); }"
    )
    box = tab.locator("#network").bounding_box()
    tab.mouse.move(box["x"] + point["x"] - 20, box["y"] + point["y"] - 20)
    tab.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=5)
    tab.wait_for_selector(".vis-tooltip", state="visible", timeout=5_000)
    assert EVIL in tab.inner_text(".vis-tooltip")
    assert tab.locator(".vis-tooltip img").count() == 0
    assert tab.evaluate("() => window.netmapXss") is None


def test_neighbourhood_focus(server: tuple[str, set[str], int], page: Any) -> None:
    base, _, count = server
    tab, _ = page
    _open_map(tab, base + "/maps/demo")
    shown = "() => Object.values(window.netmapNetwork.body.nodes).filter(n => !n.options.hidden).length"
    _search(tab, "Caritasverband Siegen", "org-caritas-siegen-wittgenstein")
    assert tab.evaluate(shown) == count
    tab.select_option("#focus-depth", "1")
    one = tab.evaluate(shown)
    neighbours = tab.evaluate("() => window.netmapNetwork.getConnectedNodes('org-caritas-siegen-wittgenstein').length")
    assert one == neighbours + 1
    tab.select_option("#focus-depth", "2")
    assert one < tab.evaluate(shown) < count
    tab.select_option("#focus-depth", "0")
    assert tab.evaluate(shown) == count
