"""The lean path of /graphql: a read sent as clients send it most — POST, a JSON body with a
query (and variables) already seen — answered without strawberry's view and extension machinery.

Everything in front of /graphql still runs first (GraphQLGuard: body size, token, rate limit).
Here the query text is parsed and validated once, with the very rules of the standard path (the
depth, alias and token limits; no introspection in production), and compiled
(netmap/api/compiled.py). Each request then coerces its variables, makes a fresh context (its own
store reads, its own DataLoaders: nothing is cached between requests) and runs the compiled
query. Anything else takes the standard path, which answers exactly as before: other methods and
content types, batches, `extensions` in the body, parse and validation errors, mutations,
introspection, directives, and every request whose run meets an error (the standard path then
runs it from the start and places, masks and logs the error as always). A query that needed the
standard path three times running for more than its own errors (a value still to be awaited, a
cast object) takes it from then on.
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import DocumentNode, get_operation_ast, parse, specified_rules
from graphql.validation import ASTValidationRule
from starlette.types import Scope
from strawberry.execution import optimized_is_awaitable
from strawberry.schema.schema import validate_document

from netmap.api.compiled import CompiledQuery, Failed, Fallback
from netmap.api.executor import LeanExecutor

BODY_KEYS = frozenset({"query", "variables", "operationName"})
JSON_TYPES = frozenset({b"application/json", b"application/json; charset=utf-8", b"application/json;charset=utf-8"})
MISSES_TO_GIVE_UP = 3


@dataclass
class _Prepared:
    """A query text parsed, validated and compiled (None: the standard path answers it)."""

    document: DocumentNode
    compiled: CompiledQuery | None
    misses: int = 0  # runs in a row that needed the standard path


def takes_lean_path(scope: Scope) -> bool:
    """Whether the request may try the lean path: a POST with a JSON body, not asking for a
    streamed (multipart or event-stream) answer."""
    if scope["method"] != "POST":
        return False
    json_body = False
    for name, value in scope["headers"]:
        if name == b"content-type":
            json_body = value.lower() in JSON_TYPES
        elif name == b"accept" and (b"multipart" in value or b"event-stream" in value):
            return False
    return json_body


class LeanPath:
    """Answers the common reads of one schema (see the module docstring)."""

    def __init__(self, schema: Any, rules: Sequence[type[ASTValidationRule]], max_tokens: int, size: int) -> None:
        self.strawberry_schema = schema
        self.schema = schema._schema
        self.rules = (*specified_rules, *rules)
        self.max_tokens = max_tokens
        self.size = size
        self.prepared: OrderedDict[tuple[str, str | None], _Prepared | None] = OrderedDict()
        self.answered = 0  # requests this path has answered (the standard path answered the others)

    def _prepare(self, query: str, operation_name: str | None) -> _Prepared | None:
        """The query parsed, validated and compiled; None if it has errors (the standard path
        reports them) or is no query operation."""
        try:
            document = parse(query, max_tokens=self.max_tokens)
        except Exception:  # noqa: BLE001 - the standard path reports it
            return None
        if validate_document(self.schema, document, self.rules):
            return None
        operation = get_operation_ast(document, operation_name)
        if operation is None:
            return None
        try:
            compiled = CompiledQuery(self.schema, document, operation)
        except Fallback:
            return None
        return _Prepared(document, compiled)

    def _prepared(self, query: str, operation_name: str | None) -> _Prepared | None:
        key = (query, operation_name)
        if key in self.prepared:
            self.prepared.move_to_end(key)
            return self.prepared[key]
        prepared = self.prepared[key] = self._prepare(query, operation_name)
        while len(self.prepared) > self.size:
            self.prepared.popitem(last=False)
        return prepared

    def answer(self, body: bytes, context: Callable[[], object]) -> bytes | None:
        """The JSON answer to the request `body`, run with a fresh `context()`; None when the
        standard path must answer (see the module docstring).

        The cyclic garbage collector stays off meanwhile: a page of 50 actors makes tens of
        thousands of objects that all die with the request (reference counting frees them), and
        the collector would walk the living ones some four times per page, 8 % of its CPU. The
        run is synchronous (no other request runs meanwhile); cycles made in it are collected
        later as usual."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._answer(body, context)
        finally:
            if enabled:
                gc.enable()

    def _answer(self, body: bytes, context: Callable[[], object]) -> bytes | None:
        try:
            request = orjson.loads(body)
        except orjson.JSONDecodeError:
            return None
        if type(request) is not dict or not request.keys() <= BODY_KEYS:
            return None
        query, variables, operation_name = request.get("query"), request.get("variables"), request.get("operationName")
        if (
            type(query) is not str
            or (variables is not None and type(variables) is not dict)
            or (operation_name is not None and type(operation_name) is not str)
        ):
            return None
        prepared = self._prepared(query, operation_name)
        if prepared is None or prepared.compiled is None:
            return None
        executor = LeanExecutor.build(
            self.schema,
            prepared.document,
            None,
            context(),
            variables,
            operation_name,
            is_awaitable=optimized_is_awaitable,  # type: ignore[arg-type]  # strawberry passes it so too
            operation_extensions=None,
        )
        if not isinstance(executor, LeanExecutor):
            return None  # variables that do not fit: the standard path says why
        try:
            answer = orjson.dumps({"data": prepared.compiled.run(executor)})
        except Failed:
            return None  # this request's own error: the standard path reports it
        except Exception:  # noqa: BLE001 - what the compiled walk does not know, or an answer orjson refuses
            prepared.misses += 1
            if prepared.misses >= MISSES_TO_GIVE_UP:
                prepared.compiled = None
            return None
        prepared.misses = 0
        self.answered += 1
        return answer

