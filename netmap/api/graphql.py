"""The strawberry schema and its ASGI endpoint."""

from __future__ import annotations

from typing import Any

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.extensions import MaskErrors
from strawberry.tools import merge_types

from netmap.api.changes import ChangesQuery
from netmap.api.context import Context
from netmap.api.curation import CurationMutation, CurationQuery
from netmap.api.drafts_query import DraftMutation, DraftQuery
from netmap.api.query import ActorQuery
from netmap.api.types import ACTOR_TYPES
from netmap.api.viewer import ANONYMOUS
from netmap.errors import NetmapError


def _should_mask(error: Any) -> bool:
    """Show netmap's own errors and GraphQL's validation errors; mask everything unexpected."""
    original = getattr(error, "original_error", None)
    return original is not None and not isinstance(original, (NetmapError, ValueError))


# Each area of the API adds its root fields as one class here (one module per area).
QUERY_PARTS: tuple[type, ...] = (ActorQuery, DraftQuery, CurationQuery, ChangesQuery)
MUTATION_PARTS: tuple[type, ...] = (DraftMutation, CurationMutation)


def build_schema() -> strawberry.Schema:
    query = merge_types("Query", QUERY_PARTS)
    mutation = merge_types("Mutation", MUTATION_PARTS) if MUTATION_PARTS else None
    return strawberry.Schema(
        query=query,
        mutation=mutation,
        types=list(ACTOR_TYPES.values()),
        extensions=[
            lambda: MaskErrors(should_mask_error=_should_mask, error_message="Unexpected error. It has been logged.")
        ],
    )


class GraphQLEndpoint(GraphQL[Context, None]):
    """Strawberry's ASGI app with netmap's context: the app's store and the (anonymous) viewer."""

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        return Context(store=request.app.state.store, viewer=ANONYMOUS)

    async def render_graphql_ide(self, request: Request) -> Response:
        from netmap.api.pages import templates
        from netmap.api.texts import TEXTS
        from netmap.maps.style import language

        lang = language(request.query_params.get("lang"))
        return templates.TemplateResponse(request, "console.html", {"lang": lang, "t": TEXTS[lang]})


def graphql_endpoint(production: bool) -> GraphQLEndpoint:
    """The /graphql endpoint; the browser console only outside production mode."""
    return GraphQLEndpoint(build_schema(), graphql_ide=None if production else "graphiql", allow_queries_via_get=False)
