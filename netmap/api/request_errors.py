"""Requests to /graphql that are not GraphQL over HTTP, answered in plain words.

strawberry refuses a malformed request with a terse English `400 text/plain`; a body that is not
UTF-8 even reached netmap as a 500. Here such requests get a 4xx JSON answer shaped like every
other netmap error, `{"error": ..., "hint": ...}`: what is wrong and how to send it instead.
"""

from __future__ import annotations

import json

from cross_web import HTTPException  # strawberry's own HTTP layer raises this
from starlette.responses import JSONResponse

HOW_TO_SEND = 'Send a POST request with Content-Type: application/json and a UTF-8 JSON body such as {"query": "{ actors { totalCount } }"}.'
NOT_UTF8 = "The request body is not UTF-8 text."
NOT_JSON = "The request body is not valid JSON."
NOT_ONE_OPERATION = "The request body must be one JSON object with a 'query' (and optionally 'variables')."

# strawberry's reasons -> (status, what is wrong); anything else keeps strawberry's own words.
_PLAIN: dict[str, tuple[int, str]] = {
    "Unable to parse request body as JSON": (400, NOT_JSON),
    "Unsupported content type": (
        415,
        "GraphQL requests must be JSON (Content-Type: application/json); forms and other content types "
        "are refused, so that other websites cannot send changes in a visitor's name.",
    ),
    "queries are not allowed when using GET": (
        400,
        "GraphQL over GET is turned off: queries and mutations are accepted only as POST with a JSON body.",
    ),
    "Batching is not enabled": (400, NOT_ONE_OPERATION),
    "No GraphQL query found in the request": (400, "The request has no GraphQL query."),
    "Not Found": (404, "There is no GraphQL console here: NETMAP_ENV=production turns it off."),
}


def decode_json_body(data: str | bytes) -> object:
    """The parsed JSON body: a dict (one operation) or a list (a batch, which strawberry refuses
    with its own message). Raises HTTPException(400) for non-UTF-8, non-JSON or other JSON."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, NOT_UTF8) from None
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError:
        raise HTTPException(400, NOT_JSON) from None
    if not isinstance(parsed, dict | list):
        raise HTTPException(400, NOT_ONE_OPERATION)
    return parsed


def refusal(exc: HTTPException) -> JSONResponse:
    """The JSON answer to a request strawberry (or `decode_json_body`) refused."""
    status, error = _PLAIN.get(exc.reason, (exc.status_code, exc.reason))
    return JSONResponse({"error": error, "hint": HOW_TO_SEND}, status_code=status)
