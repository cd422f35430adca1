"""XLSX export: one workbook with the sheets actors, relations and sources (the import format)."""

from __future__ import annotations

import io

from netmap.export import ExportFormat, register
from netmap.export.tables import export_tables
from netmap.store.base import GraphStore


def export_xlsx(
    store: GraphStore, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=False)
    first = workbook.active
    if first is not None:
        workbook.remove(first)
    for table, rows in export_tables(store, visibility, node_ids).items():
        sheet = workbook.create_sheet(table)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


register(
    ExportFormat(
        name="xlsx",
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        extension="xlsx",
        write=export_xlsx,
        description="a workbook with the sheets actors, relations, sources (Excel, LibreOffice; the import format)",
    )
)
