"""The map pages: `/maps/{slug}` (full page), `/embed/{slug}` (for partner websites), the
map's downloads and the oEmbed endpoint.

Pages are anonymous: they show public actors only. The embed page sends the map's own
`frame-ancestors`, an ETag from the map definition and the store revision, and no cookies.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from netmap.api.map_texts import map_texts
from netmap.api.pages import PAGE_CSP, VIS_VERSION, json_for_script, templates
from netmap.export import available_formats, export_bytes
from netmap.maps.definitions import MapDefinition, find_map
from netmap.maps.render import map_data, select
from netmap.maps.style import language
from netmap.store.base import PUBLIC

EMBED_WIDTH = 800
EMBED_HEIGHT = 600


def _not_found(request: Request, lang: str) -> Response:
    return templates.TemplateResponse(request, "not_found.html", {"lang": lang, "t": map_texts(lang)}, status_code=404)


def _render(request: Request, template: str, definition: MapDefinition, lang: str, **extra: Any) -> Response:
    app = request.app
    store = app.state.store
    above = app.state.settings.map_layout_above
    key = (definition, store.revision(), lang, above)
    data, data_json = app.state.map_pages.get(
        key, lambda: _with_json(map_data(store, definition, PUBLIC, lang, above, app.state.layouts))
    )
    texts = map_texts(lang)
    context = {
        "lang": lang,
        "t": texts,
        "map": definition,
        "title": definition.title(lang),
        "data": data,
        "data_json": data_json,
        "texts_json": json_for_script(texts),
        "vis_version": VIS_VERSION,
        **extra,
    }
    return templates.TemplateResponse(request, template, context)


def _with_json(data: dict[str, Any]) -> tuple[dict[str, Any], Markup]:
    return data, json_for_script(data)


async def map_page(request: Request) -> Response:
    lang = language(request.query_params.get("lang"))
    definition = find_map(request.app.state.store, request.path_params["slug"])
    if definition is None:
        return _not_found(request, lang)
    formats = [{"name": f.name, "extension": f.extension, "description": f.description} for f in available_formats()]
    return _render(request, "map.html", definition, lang, formats=formats)


def embed_csp(definition: MapDefinition) -> str:
    """The page CSP with frame-ancestors from the map's allowlist ('self' always)."""
    ancestors = " ".join(["'self'", *definition.embed_sites])
    return PAGE_CSP.replace("frame-ancestors 'none'", f"frame-ancestors {ancestors}")


def embed_etag(definition: MapDefinition, revision: int, lang: str, layout_above: int) -> str:
    raw = json.dumps([definition.to_dict(), revision, lang, layout_above], sort_keys=True)
    return '"' + hashlib.sha256(raw.encode()).hexdigest()[:32] + '"'


async def embed_page(request: Request) -> Response:
    lang = language(request.query_params.get("lang"))
    store = request.app.state.store
    definition = find_map(store, request.path_params["slug"])
    if definition is None or not definition.public:
        return _not_found(request, lang)
    etag = embed_etag(definition, store.revision(), lang, request.app.state.settings.map_layout_above)
    headers = {
        "ETag": etag,
        "Cache-Control": "public, max-age=60, must-revalidate",
        "Content-Security-Policy": embed_csp(definition),
    }
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    response = _render(request, "embed.html", definition, lang)
    response.headers.update(headers)
    return response


async def map_export(request: Request) -> Response:
    """The map's public subgraph in one export format, as a download."""
    lang = language(request.query_params.get("lang"))
    store = request.app.state.store
    definition = find_map(store, request.path_params["slug"])
    fmt = request.path_params["fmt"]
    if definition is None or fmt not in {f.name for f in available_formats()}:
        return _not_found(request, lang)
    ids = select(store, definition, PUBLIC).node_ids
    body, chosen = export_bytes(store, fmt, PUBLIC, ids)
    filename = f"netmap-{definition.slug}.{chosen.extension}"
    return Response(
        body, media_type=chosen.media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


def iframe_html(src: str, title: str, width: int = EMBED_WIDTH, height: int = EMBED_HEIGHT) -> str:
    from markupsafe import escape

    return (
        f'<iframe src="{escape(src)}" title="{escape(title)}" width="{width}" height="{height}" '
        'style="border:0" loading="lazy"></iframe>'
    )


async def oembed(request: Request) -> Response:
    """oEmbed (https://oembed.com) for CMSs: `?url=<map or embed page>&format=json`."""
    params = request.query_params
    if params.get("format", "json") != "json":
        return JSONResponse({"error": "Only format=json is offered."}, status_code=501)
    target = urlsplit(params.get("url", ""))
    base = urlsplit(str(request.base_url))
    parts = target.path.strip("/").split("/")
    if target.netloc not in ("", base.netloc) or len(parts) != 2 or parts[0] not in ("maps", "embed"):
        return JSONResponse(
            {"error": "url must be a map page of this server, e.g. " + str(request.base_url) + "maps/demo"},
            status_code=404,
        )
    definition = find_map(request.app.state.store, parts[1])
    if definition is None or not definition.public:
        return JSONResponse({"error": "No public map has this address."}, status_code=404)
    lang = language(dict(p.split("=", 1) for p in target.query.split("&") if "=" in p).get("lang"))
    width = min(int(params["maxwidth"]), EMBED_WIDTH) if params.get("maxwidth", "").isdigit() else EMBED_WIDTH
    height = min(int(params["maxheight"]), EMBED_HEIGHT) if params.get("maxheight", "").isdigit() else EMBED_HEIGHT
    origin = f"{base.scheme}://{base.netloc}"
    src = f"{origin}/embed/{definition.slug}" + ("?lang=en" if lang == "en" else "")
    return JSONResponse(
        {
            "version": "1.0",
            "type": "rich",
            "provider_name": "netmap",
            "provider_url": origin + "/",
            "title": definition.title(lang),
            "html": iframe_html(src, definition.title(lang), width, height),
            "width": width,
            "height": height,
        }
    )
