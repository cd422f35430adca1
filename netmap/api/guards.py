"""ASGI guards in front of /graphql: request body size limit (413), who is asking (401 for a bad
token), and a per-client rate limit (429 with Retry-After). Each answers in plain words."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from netmap.api.auth import BadToken, viewer_of

MAX_CLIENTS = 10_000


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class TokenBuckets:
    """An in-memory token bucket per client: `per_minute` requests, refilled evenly."""

    def __init__(self, per_minute: int) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.buckets: dict[str, _Bucket] = {}

    def take(self, client: str, now: float | None = None) -> float:
        """Take one request from the client's bucket; returns 0 if allowed, else the seconds to wait."""
        now = time.monotonic() if now is None else now
        if len(self.buckets) > MAX_CLIENTS:
            self._forget_full(now)
        bucket = self.buckets.setdefault(client, _Bucket(self.capacity, now))
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0.0
        return (1 - bucket.tokens) / self.rate

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have refilled completely (their clients are not limited now), so
        the table cannot grow without end."""
        full = 60.0  # a bucket refills from empty within one minute
        self.buckets = {k: b for k, b in self.buckets.items() if now - b.stamp < full}


async def _answer(send: Send, status: int, error: str, hint: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": error, "hint": hint}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class GraphQLGuard:
    """Wraps the app; checks requests to `path` before GraphQL sees them and puts the viewer
    into `scope["state"]["viewer"]`."""

    def __init__(
        self,
        app: ASGIApp,
        path: str,
        max_body_bytes: int,
        rate_limit_per_minute: int,
        answer_at_once: Callable[[Scope, bytes, Send], Awaitable[bool]] | None = None,
    ) -> None:
        self.app = app
        self.path = path
        self.answer_at_once = answer_at_once
        self.max_body = max_body_bytes
        self.buckets = TokenBuckets(rate_limit_per_minute) if rate_limit_per_minute > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        too_big = (
            f"The request is larger than {self.max_body:,} bytes.",
            "Send a shorter query, or ask for less in one request.",
        )
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _answer(send, 413, *too_big)
            return
        # Read the body up to the limit (also when no length was declared), then replay it.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _answer(send, 413, *too_big)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        conn = HTTPConnection(scope)
        try:
            viewer = viewer_of(conn, scope["app"].state.store)
        except BadToken as err:
            await _answer(send, 401, str(err), "Send a valid token, or none.", {"WWW-Authenticate": "Bearer"})
            return
        if self.buckets is not None:
            client = (
                f"token:{viewer.name}"
                if viewer.role != "anonymous"
                else f"ip:{conn.client.host if conn.client else '-'}"
            )
            wait = self.buckets.take(client)
            if wait > 0:
                seconds = math.ceil(wait)
                await _answer(
                    send,
                    429,
                    "Too many requests from you in a short time.",
                    f"Wait {seconds} seconds and try again.",
                    {"Retry-After": str(seconds)},
                )
                return
        scope.setdefault("state", {})["viewer"] = viewer
        body = b"".join(chunks)
        if self.answer_at_once is not None and await self.answer_at_once(scope, body, send):
            return
        await self.app(scope, replaying(body, receive), send)


def replaying(body: bytes, receive: Receive) -> Receive:
    """A receive that gives `body` (read already) as the whole request body, then what
    `receive` gives."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
