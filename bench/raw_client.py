"""A minimal keep-alive HTTP/1.1 client for timing a server: each request's bytes are built once,
and an exchange only sends them and reads the answer's bytes (status line, headers, a body of
Content-Length bytes). What a full client adds on top — encoding the request and parsing headers
in Python (http.client), decoding the JSON answer — is the client's own work, about 0.25–0.3 ms
per request on the bench machine, which on a sub-millisecond answer would be counted as the
server's."""

from __future__ import annotations

import json
import socket


class RawClient:
    """One keep-alive connection to `base` (http://HOST:PORT)."""

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.host = f"{host}:{port}"
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def post_json(self, path: str, body: dict[str, object]) -> bytes:
        """The bytes of a POST of `body` as JSON to `path`."""
        data = json.dumps(body).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n"
        )
        return head.encode() + data

    def get(self, path: str) -> bytes:
        """The bytes of a GET of `path`."""
        return f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode()

    def exchange(self, request: bytes) -> bytes:
        """Send `request` and return the answer's body; raises if the status is not 200."""
        self.sock.sendall(request)
        buffer = self.buffer
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            buffer += self._received()
        head = buffer[:end]
        if not head.startswith(b"HTTP/1.1 200 "):
            raise RuntimeError(f"the server answered {head[:200]!r}")
        length = -1
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length < 0:
            raise RuntimeError(f"an answer without Content-Length: {head[:200]!r}")
        stop = end + 4 + length
        while len(buffer) < stop:
            buffer += self._received()
        self.buffer = buffer[stop:]
        return buffer[end + 4 : stop]

    def _received(self) -> bytes:
        chunk = self.sock.recv(1 << 20)
        if not chunk:
            raise RuntimeError("the server closed the connection")
        return chunk

    def close(self) -> None:
        self.sock.close()
