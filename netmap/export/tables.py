"""The graph as the three import tables (actors, relations, sources) of flat cells, shared by the
CSV and XLSX exports so that `netmap import` reads back what they write."""

from __future__ import annotations

from typing import Any

from netmap.export.json_export import export_data
from netmap.ingest.template import COLUMNS
from netmap.store.base import GraphStore


def export_tables(
    store: GraphStore, visibility: frozenset[str] | None, node_ids: frozenset[str] | None
) -> dict[str, list[list[Any]]]:
    """For each table, the header row and one row per item; lists joined with '|', amounts as numbers."""
    data = export_data(store, visibility, node_ids)
    tables: dict[str, list[list[Any]]] = {}
    for table, columns in COLUMNS.items():
        rows: list[list[Any]] = [list(columns)]
        for item in data[table]:
            rows.append([_cell(item.get(column)) for column in columns])
        tables[table] = rows
    return tables


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
