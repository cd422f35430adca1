"""Download routes: the import template as /template.xlsx and /template/{table}.csv."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from netmap.ingest.template import COLUMNS, template_csv, template_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def template_workbook(request: Request) -> Response:
    return Response(
        template_xlsx(), media_type=XLSX, headers={"Content-Disposition": 'attachment; filename="netmap-vorlage.xlsx"'}
    )


async def template_table(request: Request) -> Response:
    table = request.path_params["table"]
    if table not in COLUMNS:
        return Response(
            f"There is no template table {table!r}; use actors, relations or sources.\n",
            status_code=404,
            media_type="text/plain; charset=utf-8",
        )
    return Response(
        template_csv(table),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{table}.csv"'},
    )
