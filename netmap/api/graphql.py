"""The strawberry schema and its ASGI endpoint."""

from __future__ import annotations

import json
from typing import Any

import orjson
import strawberry
from cross_web import HTTPException
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.extensions import DisableIntrospection, MaxAliasesLimiter, QueryDepthLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from netmap.api.analysis_query import AnalysisQuery
from netmap.api.changes import ChangesQuery
from netmap.api.context import Context
from netmap.api.curation import CurationMutation, CurationQuery
from netmap.api.drafts_query import DraftMutation, DraftQuery
from netmap.api.executor import LeanExecutor
from netmap.api.graph_query import GraphQuery
from netmap.api.lean_request import LeanPath, takes_lean_path
from netmap.api.maps_query import MapsMutation, MapsQuery
from netmap.api.mutations import ActorMutation
from netmap.api.query import ActorQuery
from netmap.api.request_errors import decode_json_body, refusal
from netmap.api.request_policy import RequestPolicy
from netmap.api.types import ACTOR_TYPES
from netmap.api.viewer import ANONYMOUS

# Each area of the API adds its root fields as one class here (one module per area).
QUERY_PARTS: tuple[type, ...] = (
    ActorQuery,
    GraphQuery,
    DraftQuery,
    MapsQuery,
    AnalysisQuery,
    CurationQuery,
    ChangesQuery,
)
MUTATION_PARTS: tuple[type, ...] = (ActorMutation, DraftMutation, MapsMutation, CurationMutation)

# Hardening: limits every query must stay within (a planner's real queries are far below them).
MAX_DEPTH = 10
MAX_TOKENS = 2000
MAX_ALIASES = 30


# The depth and alias limits are validation rules, made once here: a limiter made per request
# would bring new rule classes each time, and ValidationCache (keyed by the rules) would never hit.
LIMITS: tuple[type[ASTValidationRule], ...] = (
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
)
CACHE_SIZE = 256  # query texts whose parsing and validation are remembered


def build_schema(production: bool = False) -> strawberry.Schema:
    """The schema; in production without introspection and without "did you mean" suggestions."""
    query = merge_types("Query", QUERY_PARTS)
    mutation = merge_types("Mutation", MUTATION_PARTS) if MUTATION_PARTS else None
    # limits, caches (clients send the same few queries again and again: parse and validate each
    # once) and error masking, as one extension (see netmap/api/request_policy.py)
    extensions: list[Any] = [lambda: RequestPolicy(LIMITS, max_tokens=MAX_TOKENS, cache_size=CACHE_SIZE)]
    if production:
        extensions.append(DisableIntrospection)
    return strawberry.Schema(
        query=query,
        mutation=mutation,
        types=list(ACTOR_TYPES.values()),
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=production),
        execution_context_class=LeanExecutor,
    )


def context_of(scope: Scope) -> Context:
    """A fresh GraphQL context for the request `scope`: the app's store and the viewer
    GraphQLGuard (netmap/api/guards.py) put into the scope (anonymous if none)."""
    state = scope["app"].state
    return Context(
        store=state.store,
        viewer=scope.get("state", {}).get("viewer", ANONYMOUS),
        analysis_approx_above=state.settings.analysis_approx_above,
    )


class GraphQLEndpoint(GraphQL[Context, None]):
    """Strawberry's ASGI app with netmap's context: the app's store and the (anonymous) viewer.
    Common reads take the lean path (netmap/api/lean_request.py) when `lean` is set: GraphQLGuard,
    in front of every /graphql request, offers each one to `answer_at_once` once it has read the
    body; what that does not answer comes here."""

    lean: LeanPath | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope=scope, receive=receive))
        except HTTPException as exc:
            response = refusal(exc)
        await response(scope, receive, send)

    async def answer_at_once(self, scope: Scope, body: bytes, send: Send) -> bool:
        """Answer the request by the lean path, if it can; returns whether it did."""
        if self.lean is None or not takes_lean_path(scope):
            return False
        answer = self.lean.answer(body, lambda: context_of(scope))
        if answer is None:
            return False
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-length", str(len(answer)).encode()), (b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": answer})
        return True

    def decode_json(self, data: str | bytes) -> object:
        return decode_json_body(data)

    def encode_json(self, data: object) -> bytes:
        # a page of 50 actors with their relations is some 60 kB of JSON: orjson writes it in a
        # fraction of json.dumps's time; anything orjson refuses goes the standard way
        try:
            return orjson.dumps(data)
        except orjson.JSONEncodeError:
            return json.dumps(data, separators=(",", ":")).encode()

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        return context_of(request.scope)

    async def render_graphql_ide(self, request: Request) -> Response:
        from netmap.api.pages import templates
        from netmap.api.texts import TEXTS
        from netmap.maps.style import language

        lang = language(request.query_params.get("lang"))
        return templates.TemplateResponse(request, "console.html", {"lang": lang, "t": TEXTS[lang]})


def graphql_endpoint(production: bool) -> GraphQLEndpoint:
    """The /graphql endpoint; the browser console only outside production mode."""
    schema = build_schema(production)
    endpoint = GraphQLEndpoint(schema, graphql_ide=None if production else "graphiql", allow_queries_via_get=False)
    # the lean path only for a schema whose requests need nothing but RequestPolicy's work
    if not schema.directives and not any(extension._implements_resolve() for extension in schema.get_extensions()):
        rules = (*LIMITS, NoSchemaIntrospectionCustomRule) if production else LIMITS
        endpoint.lean = LeanPath(schema, rules, max_tokens=MAX_TOKENS, size=CACHE_SIZE)
    return endpoint
