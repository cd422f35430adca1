"""Store files that cannot serve as a store: each a StoreError that names the file and says what
to do, through the real CLI (no traceback). Read-only files and a full disk: tests/test_faults.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.cli import main


def run_export(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: Path) -> str:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{store}")
    assert main(["export", "--format", "json"]) == 2
    return capsys.readouterr().err


def test_a_file_that_is_not_a_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Telefonliste Netzwerktreffen\n" * 200, encoding="utf-8")
    err = run_export(monkeypatch, capsys, notes)
    assert f"Error: The file {notes} is not a netmap store, or it is damaged." in err
    assert "restore it from a backup" in err
    assert notes.read_text(encoding="utf-8").startswith("Telefonliste")  # left as it was


def test_a_store_inside_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    err = run_export(monkeypatch, capsys, tmp_path / "plain.txt" / "netmap.db")
    assert "cannot be created" in err and "Check that NETMAP_STORE names a file in a folder" in err


def test_a_store_that_is_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "netmap.db"
    folder.mkdir()
    err = run_export(monkeypatch, capsys, folder)
    assert f"Error: The store file {folder} cannot be opened." in err
