"""HTML pages and small JSON endpoints: the index, health; the shared template set-up."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from netmap.resources import resource_dir

templates = Jinja2Templates(directory=str(resource_dir("web") / "templates"))
VIS_VERSION = "9.1.2"
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def json_for_script(value: Any) -> Markup:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' survive."""
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


async def index(request: Request) -> Response:
    return RedirectResponse("/maps/demo" + (f"?{request.url.query}" if request.url.query else ""))


async def health(request: Request) -> Response:
    store = request.app.state.store
    return JSONResponse(
        {
            "status": "ok",
            "store": store.kind,
            "revision": store.revision(),
            "counts": store.counts_by_kind(),
            "relations": store.count_relations(),
        }
    )
