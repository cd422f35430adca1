"""Exports: every format through export_bytes; CSV, XLSX and JSON round-trip through the importer
into an empty store; GraphML and GEXF are read back by networkx."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest

from netmap.cli import main
from netmap.export import export_bytes
from netmap.export.json_export import export_data
from netmap.ingest.importer import import_path
from netmap.store.base import PUBLIC, GraphStore
from netmap.store.sqlite import SQLiteStore


def graph_of(store: GraphStore) -> dict[str, object]:
    data = export_data(store)
    return {key: data[key] for key in ("sources", "actors", "relations")}


@pytest.mark.parametrize("fmt, suffix", [("csv", ".zip"), ("xlsx", ".xlsx"), ("json", ".json")])
def test_round_trip_into_an_empty_store_gives_the_same_graph(
    demo_store: GraphStore, tmp_path: Path, fmt: str, suffix: str
) -> None:
    data, chosen = export_bytes(demo_store, fmt)
    assert chosen.extension == suffix.lstrip(".")
    path = tmp_path / f"export{suffix}"
    path.write_bytes(data)
    empty = SQLiteStore(tmp_path / "empty.db")
    try:
        report = import_path(empty, path)
        assert report.created["actors"] == demo_store.count_nodes()
        assert graph_of(empty) == graph_of(demo_store)
        assert import_path(empty, path).revision is None  # and again: nothing changes
    finally:
        empty.close()


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_formats_are_read_back_by_networkx(demo_store: GraphStore, fmt: str, reader: object) -> None:
    data, _ = export_bytes(demo_store, fmt)
    graph = reader(io.BytesIO(data))  # type: ignore[operator]
    assert graph.number_of_nodes() == demo_store.count_nodes()
    assert graph.number_of_edges() == demo_store.count_relations()
    some = demo_store.find_nodes()[0]
    attrs = graph.nodes[some.id]
    assert attrs["kind"] == some.kind and attrs["label"] == some.name
    assert attrs["topics"] == "|".join(some.topics)
    kinds = {attrs["kind"] for _, _, attrs in graph.edges(data=True)}
    assert kinds == {r.kind for r in demo_store.find_relations()}


def test_public_export_leaves_out_internal_actors(graph_store: GraphStore) -> None:
    data, _ = export_bytes(graph_store, "gexf", PUBLIC)
    graph = nx.read_gexf(io.BytesIO(data))
    assert "org-geheim" not in graph and "person-erika" not in graph
    assert "org-awo" in graph


def test_cli_export_with_filters_and_csv_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_file: Path
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'a.db'}")
    assert main(["import", str(fixture_file)]) == 0
    out = tmp_path / "orgs.json"
    assert (
        main(["export", "--format", "json", "--filter", "kind=Organisation", "--filter", "public", "-o", str(out)]) == 0
    )
    actors = json.loads(out.read_text(encoding="utf-8"))["actors"]
    assert {a["id"] for a in actors} == {"org-awo", "org-caritas", "org-jobcenter"}
    folder = tmp_path / "tables"
    assert main(["export", "--format", "csv", "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["actors.csv", "relations.csv", "sources.csv"]
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'b.db'}")
    assert main(["import", str(folder)]) == 0
    assert main(["export", "--format", "gexf", "--filter", "region=Land", "-o", str(tmp_path / "land.gexf")]) == 0
    assert list(nx.read_gexf(tmp_path / "land.gexf").nodes) == ["funder-land"]
    assert main(["export", "--format", "gexf", "--filter", "colour=red"]) == 2
