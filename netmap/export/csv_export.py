"""CSV export: a zip of actors.csv, relations.csv and sources.csv in the import format."""

from __future__ import annotations

import csv
import io
import zipfile

from netmap.export import ExportFormat, register
from netmap.export.tables import export_tables
from netmap.store.base import GraphStore


def export_csv_zip(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> bytes:
    """A zip archive holding the three CSV tables (UTF-8, ',' separated)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table, rows in export_tables(store, visibility, node_ids).items():
            text = io.StringIO()
            csv.writer(text, lineterminator="\n").writerows(rows)
            archive.writestr(f"{table}.csv", text.getvalue().encode("utf-8"))
    return out.getvalue()


register(
    ExportFormat(
        name="csv",
        media_type="application/zip",
        extension="zip",
        write=export_csv_zip,
        description="actors.csv, relations.csv and sources.csv in a zip (the import format)",
    )
)
