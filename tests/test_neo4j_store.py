"""The Neo4j store without a server: opening it against a closed port and a broken URL gives
netmap's own errors in plain words (the real driver, a real socket; nothing faked). The store's
behaviour is tested by the contract suite when NETMAP_TEST_NEO4J_URI names a server."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.errors import ConfigError, StoreUnavailableError
from netmap.ingest.seeds import seeds_dir
from netmap.settings import Secret, Settings
from netmap.store import GraphStore, open_store
from tests.conftest import NEO4J_SKIP, NEO4J_URI, neo4j_test_settings


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize("scheme", ["neo4j", "bolt"])
def test_an_unreachable_server_is_named_with_what_to_do(scheme: str) -> None:
    url = f"{scheme}://127.0.0.1:{closed_port()}"
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(url, Settings(neo4j_password=Secret("hunter2")))
    text = str(caught.value)
    assert url in text and "NETMAP_STORE" in text and "neo4j+s://" in text
    assert "hunter2" not in text


def test_a_broken_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cannot be used"):
        open_store("neo4j+s://[::1", Settings())


def test_the_neo4j_store_class_claims_the_whole_protocol() -> None:
    """Every method of the GraphStore protocol exists on Neo4jStore (structural check)."""
    from netmap.store.neo4j import Neo4jStore

    wanted = {n for n in vars(GraphStore) if not n.startswith("_")} - {"kind", "url", "schema"}
    assert wanted <= {n for n in dir(Neo4jStore) if not n.startswith("_")}
    assert Neo4jStore.kind == "neo4j"


@pytest.mark.neo4j
@pytest.mark.skipif(not NEO4J_URI, reason=NEO4J_SKIP)
def test_cli_import_and_export_on_neo4j_match_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`netmap import` and `netmap export` with NETMAP_STORE naming the test server."""
    settings = neo4j_test_settings()
    open_store(settings.store_url, settings).clear()  # type: ignore[attr-defined]
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'a.db'}")
    assert main(["import", str(seeds_dir())]) == 0
    assert main(["export", "-o", str(tmp_path / "sqlite.json")]) == 0
    monkeypatch.setenv("NETMAP_STORE", settings.store_url)
    monkeypatch.setenv("NETMAP_NEO4J_USER", settings.neo4j_user)
    monkeypatch.setenv("NETMAP_NEO4J_PASSWORD", settings.neo4j_password.reveal())
    if settings.neo4j_database:
        monkeypatch.setenv("NETMAP_NEO4J_DATABASE", settings.neo4j_database)
    assert main(["import", str(seeds_dir())]) == 0
    assert main(["export", "-o", str(tmp_path / "neo4j.json")]) == 0
    capsys.readouterr()
    expected = json.loads((tmp_path / "sqlite.json").read_text(encoding="utf-8"))
    actual = json.loads((tmp_path / "neo4j.json").read_text(encoding="utf-8"))
    for key in ("sources", "actors", "relations"):
        assert actual[key] == expected[key], key
