"""The newcomer's path: download the template, fill in five partners, import, see them on the
map, export GEXF for Gephi."""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.cli import main
from netmap.ingest.template import ACTOR_COLUMNS, RELATION_COLUMNS
from netmap.settings import Settings
from netmap.store.sqlite import SQLiteStore

PARTNERS = [
    ("Organisation", "Caritasverband Nordstadt e.V.", "Nordkreis", "migrationsberatung|sprache"),
    ("Organisation", "Jobcenter Nordkreis", "Nordkreis", "arbeit"),
    ("Förderer", "Bundesamt für Migration und Flüchtlinge", "Bund", "integrationskurse"),
    ("Projekt", "Sprachcafé Nordstadt", "Nordkreis", "sprache|ehrenamt"),
    ("Netzwerk", "Runder Tisch Integration Nordkreis", "Nordkreis", ""),
]
LINKS = [
    ("Caritasverband Nordstadt", "Jobcenter Nordkreis", "kooperiert mit", "01.09.2022", None),
    ("Bundesamt für Migration und Flüchtlinge", "Sprachcafé Nordstadt", "fördert", "2023", "12.500,00 €"),
    ("Caritasverband Nordstadt e.V.", "Sprachcafé Nordstadt", "trägt", None, None),
    ("Jobcenter Nordkreis", "Runder Tisch Integration Nordkreis", "ist Mitglied von", "03.2021", None),
]


def test_template_filled_in_imported_mapped_and_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SQLiteStore(tmp_path / "netmap.db")
    with TestClient(create_app(Settings(), store)) as client:
        download = client.get("/template.xlsx")
        assert download.status_code == 200 and "spreadsheetml" in download.headers["content-type"]
        csv_template = client.get("/template/actors.csv")
        assert csv_template.text.lstrip("\ufeff").startswith("id,kind,name,")
        assert client.get("/template/nothing.csv").status_code == 404

        workbook = load_workbook(io.BytesIO(download.content))
        actors, relations = workbook["actors"], workbook["relations"]
        assert [c.value for c in actors[1]] == list(ACTOR_COLUMNS)
        for kind, name, region, topics in PARTNERS:  # typed in by hand, ids left empty
            row = dict.fromkeys(ACTOR_COLUMNS, None) | {
                "kind": kind,
                "name": name,
                "region": region,
                "topics": topics or None,
            }
            actors.append([row[c] for c in ACTOR_COLUMNS])
        for start, end, kind, since, amount in LINKS:
            rel = dict.fromkeys(RELATION_COLUMNS, None) | {
                "from": start,
                "to": end,
                "kind": kind,
                "since": since,
                "amount": amount,
            }
            relations.append([rel[c] for c in RELATION_COLUMNS])
        filled = tmp_path / "meine-partner.xlsx"
        workbook.save(filled)

        monkeypatch.setenv("NETMAP_STORE", store.url)
        assert main(["import", str(filled), "--dry-run"]) == 0
        assert "actors: 5 would be created" in capsys.readouterr().out
        assert main(["import", str(filled)]) == 0
        assert "actors: 5 were created" in capsys.readouterr().out
        assert main(["import", str(filled)]) == 0
        assert "actors: 0 were created, 0 were updated, 5 unchanged" in capsys.readouterr().out

        page = client.get("/maps/demo")
        data = json.loads(
            re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page.text, re.S).group(1)  # type: ignore[union-attr]
        )
        assert len(data["nodes"]) == 5 and len(data["edges"]) == 4
        text = html.unescape(page.text)
        assert all(name in text for _, name, _, _ in PARTNERS)

    gexf = tmp_path / "netzwerk.gexf"
    assert main(["export", "--format", "gexf", "-o", str(gexf)]) == 0
    graph = nx.read_gexf(gexf)
    assert sorted(graph.nodes[n]["label"] for n in graph) == sorted(name for _, name, _, _ in PARTNERS)
    assert graph.number_of_edges() == 4
    funds = [a for _, _, a in graph.edges(data=True) if a["kind"] == "FUNDS"]
    assert funds[0]["amount"] == 12500.0 and funds[0]["currency"] == "EUR"
    store.close()


def test_cli_template_writes_workbook_or_csv_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["template", "-o", str(tmp_path / "vorlage.xlsx")]) == 0
    assert load_workbook(tmp_path / "vorlage.xlsx").sheetnames == ["actors", "relations", "sources", "help"]
    assert main(["template", "-o", str(tmp_path / "csv")]) == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["actors.csv", "relations.csv", "sources.csv"]
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'x.db'}")
    assert main(["import", str(tmp_path / "vorlage.xlsx")]) == 0  # the empty template imports nothing
    assert "actors: 0 were created" in capsys.readouterr().out
