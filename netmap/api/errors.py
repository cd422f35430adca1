"""Mapping netmap's errors to HTTP responses, in one place."""

from __future__ import annotations

import logging
import uuid

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from netmap.errors import ConflictError, NetmapError, NotFoundError, StoreUnavailableError, ValidationError

log = logging.getLogger("netmap.api")

STATUS = {
    ValidationError: 422,
    NotFoundError: 404,
    ConflictError: 409,
    StoreUnavailableError: 503,
}


async def netmap_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NetmapError)
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
    return JSONResponse({"error": exc.message, "hint": exc.hint}, status_code=status)


async def unexpected_error(request: Request, exc: Exception) -> Response:
    error_id = uuid.uuid4().hex[:12]
    log.exception("unexpected error %s on %s", error_id, request.url.path, exc_info=exc)
    return JSONResponse(
        {"error": "Something went wrong inside netmap.", "hint": f"Please report error id {error_id}."},
        status_code=500,
    )
