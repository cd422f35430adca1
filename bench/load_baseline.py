"""The named baseline of bench_load: a bare Starlette app that answers a constant JSON, served by
the same uvicorn (same loop, same HTTP parser) as `netmap serve`. Its figures are what this
machine, this client and this server stack reach with no netmap code in the request."""

from __future__ import annotations

import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


async def constant(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


app = Starlette(routes=[Route("/{path:path}", constant, methods=["GET", "POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
