"""A lean HTTP/1.1 keep-alive client for bench_load: one asyncio stream per simulated client,
requests written by hand, responses read by Content-Length. A general client (httpx) spends more
time per request than the servers measured, so its figures would be the client's, not netmap's.
Only 127.0.0.1; refuses chunked responses (netmap and the baseline send Content-Length)."""

from __future__ import annotations

import asyncio
import json


class Connection:
    """One keep-alive connection to HOST:PORT."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        self.reader = reader
        self.writer = writer
        self.host = host

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer, host)

    async def request(self, path: str, body: dict[str, object] | None = None) -> tuple[int, bytes]:
        """Send GET (no body) or POST with a JSON body; return (status, response body)."""
        if body is None:
            head = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode()
            payload = b""
        else:
            payload = json.dumps(body).encode()
            head = (
                f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n"
            ).encode()
        self.writer.write(head + payload)
        await self.writer.drain()
        header = await self.reader.readuntil(b"\r\n\r\n")
        lines = header.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if "content-length" not in fields:
            raise ValueError(f"response without Content-Length ({fields.get('transfer-encoding', '?')})")
        return status, await self.reader.readexactly(int(fields["content-length"]))

    async def close(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()
