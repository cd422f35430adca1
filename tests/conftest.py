from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.settings import Secret, Settings
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore
from tests.fixtures import fixture_data

NEO4J_URI = os.environ.get("NETMAP_TEST_NEO4J_URI")
NEO4J_SKIP = "NETMAP_TEST_NEO4J_URI is not set: no Neo4j server to test against on this machine"


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see no NETMAP_* variables unless they set them."""
    for key in list(os.environ):
        if key.startswith("NETMAP_") and not key.startswith("NETMAP_TEST_"):
            monkeypatch.delenv(key)


def neo4j_test_settings() -> Settings:
    """Settings for the test Neo4j server: NETMAP_TEST_NEO4J_URI, _USER, _PASSWORD, _DATABASE."""
    return Settings(
        store_url=NEO4J_URI or "",
        neo4j_user=os.environ.get("NETMAP_TEST_NEO4J_USER", "neo4j"),
        neo4j_password=Secret(os.environ.get("NETMAP_TEST_NEO4J_PASSWORD", "")),
        neo4j_database=os.environ.get("NETMAP_TEST_NEO4J_DATABASE") or None,
    )


def _open_store(kind: str, tmp_path: Path) -> GraphStore:
    if kind == "sqlite":
        return SQLiteStore(tmp_path / "netmap.db")
    from netmap.store import open_store

    store = open_store(NEO4J_URI or "", neo4j_test_settings())
    store.clear()  # type: ignore[attr-defined]
    return store


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("neo4j", marks=[pytest.mark.neo4j, pytest.mark.skipif(not NEO4J_URI, reason=NEO4J_SKIP)]),
    ]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store of every backend (the contract suite runs over each)."""
    opened = _open_store(request.param, tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def fixture_file(tmp_path: Path) -> Path:
    path = tmp_path / "fixture.json"
    path.write_text(json.dumps(fixture_data(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def graph_store(store: GraphStore, fixture_file: Path) -> GraphStore:
    """A store of every backend holding the small known graph of tests/fixtures.py."""
    import_path(store, fixture_file)
    return store


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[GraphStore]:
    """A SQLite store holding the demo network from seeds/."""
    opened = SQLiteStore(tmp_path / "demo.db")
    import_path(opened, seeds_dir())
    yield opened
    opened.close()


@pytest.fixture
def demo_client(demo_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), demo_store)) as client:
        yield client


@pytest.fixture
def client(graph_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), graph_store)) as client:
        yield client
