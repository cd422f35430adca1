"""The Starlette app factory: `create_app(settings)` opens the store in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pyvis
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from netmap.api.downloads import template_table, template_workbook
from netmap.api.errors import netmap_error, unexpected_error
from netmap.api.graphql import graphql_endpoint
from netmap.api.guards import GraphQLGuard
from netmap.api.map_pages import embed_page, map_export, map_page, oembed
from netmap.api.pages import PAGE_CSP, VIS_VERSION, health, index
from netmap.errors import NetmapError
from netmap.maps.cache import RecentCache
from netmap.maps.layout import LayoutCache
from netmap.resources import resource_dir
from netmap.settings import Settings
from netmap.store import open_store
from netmap.store.base import GraphStore

VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"


class SecurityHeaders:
    """Adds the security headers to every HTTP response that does not set them itself. Plain ASGI
    (no BaseHTTPMiddleware): it only touches the response start, with no task per request."""

    HEADERS = (
        (b"content-security-policy", PAGE_CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in self.HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def cors(settings: Settings) -> list[Middleware]:
    """CORS for the origins in NETMAP_CORS_ORIGINS; none (closed) when it is unset. Browsers
    send no cookies with these requests; a token must be sent as an Authorization header."""
    if not settings.cors_origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization"],
            max_age=600,
        )
    ]


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> Starlette:
    """The netmap web app. Without `store`, the store named by `settings.store_url` is opened
    at start-up and closed at shutdown."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        own = store is None
        app.state.store = store if store is not None else open_store(settings.store_url, settings)
        try:
            yield
        finally:
            if own:
                app.state.store.close()

    graphql = graphql_endpoint(settings.production)
    routes = [
        Route("/", index),
        Route("/health", health),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        Route("/maps/{slug}", map_page),
        Route("/maps/{slug}/export.{fmt}", map_export),
        Route("/embed/{slug}", embed_page),
        Route("/oembed", oembed),
        Route("/template.xlsx", template_workbook),
        Route("/template/{table}.csv", template_table),
        Mount("/static", StaticFiles(directory=resource_dir("web") / "static"), name="static"),
        Mount(f"/vendor/vis-network-{VIS_VERSION}", StaticFiles(directory=VIS_DIR), name="vis"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            *cors(settings),
            Middleware(SecurityHeaders),
            Middleware(
                GraphQLGuard,
                path="/graphql",
                max_body_bytes=settings.max_body_bytes,
                rate_limit_per_minute=settings.rate_limit_per_minute,
                answer_at_once=graphql.answer_at_once,
            ),
        ],
        exception_handlers={NetmapError: netmap_error, Exception: unexpected_error},
    )
    app.state.settings = settings
    app.state.layouts = LayoutCache()
    app.state.map_pages = RecentCache[Any](size=8)
    return app
