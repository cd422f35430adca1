from __future__ import annotations

import json
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.ingest.seeds import seeds_dir
from netmap.store.sqlite import SQLiteStore


def test_import_export_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'a.db'}")
    assert main(["import", str(seeds_dir())]) == 0
    assert "were created" in capsys.readouterr().out
    out = tmp_path / "graph.json"
    assert main(["export", "--format", "json", "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'b.db'}")
    assert main(["import", str(out)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", "-o", str(again)]) == 0
    second = json.loads(again.read_text(encoding="utf-8"))
    for key in ("sources", "actors", "relations"):
        assert second[key] == exported[key]
    assert len(exported["actors"]) == SQLiteStore(tmp_path / "a.db").count_nodes()


def test_public_export_leaves_out_people(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'a.db'}")
    main(["import", str(seeds_dir())])
    capsys.readouterr()
    assert main(["export", "--public"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["actors"] and all(a["kind"] != "Person" and a["visibility"] == "public" for a in data["actors"])


def test_errors_are_plain_words_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'a.db'}")
    assert main(["import", str(tmp_path / "nothing.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.setenv("NETMAP_STORE", "postgres://x")
    assert main(["export"]) == 2
    assert "sqlite:///netmap.db" in capsys.readouterr().err


def test_dry_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'a.db'}")
    assert main(["import", "--dry-run", str(seeds_dir())]) == 0
    assert "would be created" in capsys.readouterr().out
    assert SQLiteStore(tmp_path / "a.db").count_nodes() == 0
