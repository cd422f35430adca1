"""uvicorn with netmap's OneWriteProtocol (netmap/cli/one_write.py), a real server on 127.0.0.1:
answers come whole whatever their kind — plain, to HEAD, streamed, after `100 Continue`, an
error — and several on one kept-alive connection; a head is written with the body that follows
it in the same turn of the event loop, and on its own at the next turn when nothing follows."""

from __future__ import annotations

import asyncio
import http.client
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from netmap.cli.one_write import HeadWithBody, OneWriteProtocol
from tests.live_server import free_port


async def echo(request: Request) -> Response:
    return JSONResponse({"method": request.method, "got": (await request.body()).decode()})


async def stream(request: Request) -> Response:
    async def parts() -> AsyncIterator[bytes]:
        yield b"first "
        await asyncio.sleep(0.3)
        yield b"second"

    return StreamingResponse(parts(), media_type="text/plain")


async def fail(request: Request) -> Response:
    raise RuntimeError("broken on purpose")


APP = Starlette(
    routes=[
        Route("/echo", echo, methods=["GET", "HEAD", "POST"]),
        Route("/stream", stream),
        Route("/fail", fail),
    ]
)


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    port = free_port()
    config = uvicorn.Config(APP, host="127.0.0.1", port=port, http=OneWriteProtocol, log_level="critical")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def test_answers_on_one_kept_alive_connection(port: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    for n in range(3):
        connection.request("POST", "/echo", body=f"request {n}")
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("content-type") == "application/json"
        assert response.read() == f'{{"method":"POST","got":"request {n}"}}'.encode()
    connection.request("HEAD", "/echo")
    head = connection.getresponse()
    assert head.status == 200 and int(head.getheader("content-length") or 0) > 0 and head.read() == b""
    connection.request("GET", "/echo")  # the connection still serves after the HEAD answer
    assert connection.getresponse().read() == b'{"method":"GET","got":""}'
    connection.close()


def test_a_streamed_answer_starts_before_its_end_is_made(port: int) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        start = time.monotonic()
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 200") and b"first " in first and b"second" not in first
        assert time.monotonic() - start < 0.25  # not held until the second part
        rest = b""
        while not rest.endswith(b"0\r\n\r\n"):
            rest += sock.recv(65536)
        assert b"second" in rest


def test_100_continue_is_sent_at_once(port: int) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        assert sock.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"hello")
        answer = b""
        while not answer.endswith(b"}"):
            answer += sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b'"got":"hello"}')


def test_an_error_is_answered(port: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", "/fail")
    response = connection.getresponse()
    assert response.status == 500 and response.read()
    connection.close()


def test_a_head_waits_for_its_body_only_within_one_turn() -> None:
    async def main() -> tuple[bool, bool, bool, bytes]:
        loop = asyncio.get_running_loop()
        ours, theirs = socket.socketpair()
        transport, _ = await loop.create_connection(asyncio.Protocol, sock=ours)
        held = HeadWithBody(transport, loop)
        held.write(b"HTTP/1.1 200 OK\r\n\r\n")
        holding = held.held is not None
        held.write(b"body")  # the same turn: written together
        merged = held.held is None
        held.write(b"HTTP/1.1 204 No Content\r\n\r\n")
        await asyncio.sleep(0)
        await asyncio.sleep(0)  # the next turn: written alone
        flushed = held.held is None
        held.close()
        await asyncio.sleep(0.05)
        theirs.settimeout(2)
        received = b""
        while chunk := theirs.recv(65536):
            received += chunk
        theirs.close()
        return holding, merged, flushed, received

    holding, merged, flushed, received = asyncio.run(main())
    assert holding and merged and flushed
    assert received == b"HTTP/1.1 200 OK\r\n\r\nbodyHTTP/1.1 204 No Content\r\n\r\n"
