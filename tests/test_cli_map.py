from __future__ import annotations

from pathlib import Path

import pytest

from netmap.cli import main
from netmap.maps.definitions import find_map
from netmap.store.sqlite import SQLiteStore


def test_map_create_list_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "maps.db"
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{db}")
    created = main(
        [
            "map",
            "create",
            "siegen",
            "--title",
            "Siegen",
            "--region",
            "Kreis Siegen-Wittgenstein",
            "--kind",
            "Organisation",
            "--public",
            "--embed-site",
            "https://www.example.org",
        ]
    )
    assert created == 0 and "/embed/siegen" in capsys.readouterr().out
    assert main(["map", "create", "siegen", "--title", "Noch einmal"]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main(["map", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["demo", "siegen"]
    assert "https://www.example.org" in listed[1] and "public" in listed[1]
    assert main(["map", "create", "siegen", "--title", "Neu", "--replace"]) == 0
    store = SQLiteStore(db)
    found = find_map(store, "siegen")
    store.close()
    assert found is not None and found.title_de == "Neu" and not found.public
    assert main(["map", "delete", "siegen"]) == 0
    assert main(["map", "delete", "siegen"]) == 2
    assert "No map with id 'siegen'" in capsys.readouterr().err


def test_bad_map_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'maps.db'}")
    assert main(["map", "create", "x", "--title", "X", "--embed-site", "partner.example"]) == 2
    err = capsys.readouterr().err
    assert "embed_sites" in err and "https://www.example.org" in err
    main(["map", "list"])
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["demo"]
